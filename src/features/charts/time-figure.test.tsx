/**
 * The visits over time as a reader meets it, on the small fixture (2月3日 ×2, 2月5日 ×1, one visit with no
 * date): a figure named by what it shows, its table, a period one click from a date range, and an export handle.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../data/parse-dataset';
import { emptyFilters, selectView, type Filters } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import type { ChartHandle } from '../../lib/chart-handle';
import { PageActionsProvider, type PageActions } from '../../lib/page-actions';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import TimeFigure from './time-figure';

const index = buildIndex(validateDataset(fixture('small')));

function setup(filters: Partial<Filters> = {}, lang: 'zh' | 'en' = 'zh') {
  const all = { ...emptyFilters, ...filters };
  const actions: PageActions = { filterBy: vi.fn(), filterDates: vi.fn(), showEvidence: vi.fn() };
  const handles: ChartHandle[] = [];
  const renderActions = (handle: ChartHandle): ReactNode => {
    handles.push(handle);
    return <button type="button">{`export ${handle.id}`}</button>;
  };
  renderWithProviders(
    <PageActionsProvider value={actions}>
      <TimeFigure index={index} view={selectView(index, all)} filters={all} renderActions={renderActions} />
    </PageActionsProvider>,
    { lang },
  );
  return { actions, handles, user: userEvent.setup() };
}

describe('TimeFigure', () => {
  it('is a figure named by its grain and its finding, with its numbers in a table, and exports', async () => {
    const { actions, handles, user } = setup();
    const figure = screen.getByRole('figure', {
      name: '走访时间分布：按日：2020年2月3日最多：2次；另有1次未写日期',
    });
    expect(within(figure).getByText('走访时间分布：按日')).toBeInTheDocument();
    const table = within(figure).getByRole('table', { name: '走访时间分布：按日的数据（走访次数）' });
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['2020年2月3日220查看原文', '2020年2月4日000', '2020年2月5日101查看原文']);
    expect(within(figure).getByRole('button', { name: 'export time' })).toBeInTheDocument();
    expect(handles.at(-1)).toMatchObject({ id: 'time', title: '走访时间分布：按日' });
    expect(handles.at(-1)?.caption.filters).toBe('筛选：全部');
    // A period filters the page to its dates.
    await user.click(within(table).getByRole('button', { name: '2020年2月5日' }));
    expect(actions.filterDates).toHaveBeenCalledWith({ from: '2020-02-05', to: '2020-02-05' });
  });

  it('says its date range in the words every export carries, and that undated visits are left out', () => {
    const { handles } = setup({ from: '2020-02-01', to: '2020-02-05' }, 'en');
    expect(
      screen.getByRole('figure', { name: 'Visits over time: by day: Most in 3 Feb 2020: 2' }),
    ).toBeInTheDocument();
    expect(handles.at(-1)?.caption.filters).toBe(
      'Filters: Dates\u00a0=\u00a01 Feb 2020 to 5 Feb 2020 (visits whose text gives no date left out)',
    );
  });
});
