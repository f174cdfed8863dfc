/**
 * One chart failing (here: the place chart's model throws) shows its error in its own place; the other three
 * charts still draw. The failure is simulated by replacing that one model function.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildIndex, emptyFilters, selectView } from '../../data/select';
import { PageActionsProvider } from '../../lib/page-actions';
import { realDataset } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import ChartsSection from './charts-section';

vi.mock('./chart-data', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./chart-data')>()),
  placeModel: () => {
    throw new Error('place data is inconsistent');
  },
}));

describe('a chart that fails', () => {
  it('says so in its place and leaves the other charts', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const index = buildIndex(realDataset());
    renderWithProviders(
      <PageActionsProvider value={{ filterBy: vi.fn(), showEvidence: vi.fn(), focused: null }}>
        <ChartsSection index={index} view={selectView(index, emptyFilters)} filters={emptyFilters} />
      </PageActionsProvider>,
      { lang: 'zh' },
    );
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(4);
    const failed = figures[3]!;
    expect(within(failed).getByText('走访去向：区县 › 街道 › 社区（按走访次数）')).toBeInTheDocument();
    expect(within(failed).getByRole('alert')).toHaveTextContent('此图表无法显示：place data is inconsistent');
    for (const figure of figures.slice(0, 3)) expect(within(figure).queryByRole('alert')).toBeNull();
    expect(figures[0]!).toHaveAccessibleName('各区县收到的物资种类（按走访次数）');
    expect(figures[0]!.querySelector('svg.recharts-surface')).not.toBeNull();
  });
});
