/**
 * One chart failing (here: the place chart's model throws) shows its error in its own place; the other charts
 * still draw. The failure is simulated by replacing that one model function.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../data/parse-dataset';
import { emptyFilters, selectView } from '../../data/select';
import { buildIndex } from '../../data/index-builder';

import { PageActionsProvider } from '../../lib/page-actions';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import ChartsSection from './charts-section';

vi.mock('./models/models', async (importOriginal) => {
  const original = await importOriginal<typeof import('./models/models')>();
  return {
    ...original,
    chartModels: original.chartModels.map((entry) =>
      entry.id === 'places'
        ? {
            ...entry,
            build: () => {
              throw new Error('place data is inconsistent');
            },
          }
        : entry,
    ),
  };
});

describe('a chart that fails', () => {
  it('says so in its place and leaves the other charts', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const index = buildIndex(validateDataset(fixture('small')));
    const view = selectView(index, emptyFilters);
    renderWithProviders(
      <PageActionsProvider value={{ filterBy: vi.fn(), showEvidence: vi.fn() }}>
        <ChartsSection index={index} view={view} filters={emptyFilters} />
      </PageActionsProvider>,
      { lang: 'zh' },
    );
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(5);
    const failed = figures[0]!;
    expect(within(failed).getByText('走访去向')).toBeInTheDocument();
    expect(within(failed).getByRole('alert')).toHaveTextContent('此图表无法显示：place data is inconsistent');
    for (const figure of figures.slice(1)) expect(within(figure).queryByRole('alert')).toBeNull();
    expect(within(figures[1]!).getByRole('img')).toBeInTheDocument();
  });
});
