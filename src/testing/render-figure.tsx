/**
 * A figure of the page (the charts section, the map) rendered as the app renders it, for its tests: the view of an
 * index under the filters asked for, page actions as mocks (to see what a click asks of the page), and the export
 * handles the figure hands out collected, each with a button named by `actionName`.
 */
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { emptyFilters, selectView, type DatasetIndex, type Filters, type View } from '../data/select';
import type { Lang } from '../i18n/i18n';
import type { ChartHandle, RenderChartActions } from '../lib/chart-handle';
import { PageActionsProvider, type PageActions } from '../lib/page-actions';
import { renderWithProviders } from './render';

export type FigureProps = {
  index: DatasetIndex;
  view: View;
  filters: Filters;
  renderActions: RenderChartActions;
};

export function renderFigure(
  figure: (props: FigureProps) => ReactElement,
  {
    index,
    lang = 'zh',
    filters = {},
    actionName = (handle) => `export ${handle.id}`,
  }: {
    index: DatasetIndex;
    lang?: Lang;
    filters?: Partial<Filters>;
    actionName?: (handle: ChartHandle) => string;
  },
) {
  const all = { ...emptyFilters, ...filters };
  const actions: PageActions = { filterBy: vi.fn(), showEvidence: vi.fn() };
  const handles: ChartHandle[] = [];
  const renderActions = (handle: ChartHandle) => {
    handles.push(handle);
    return <button type="button">{actionName(handle)}</button>;
  };
  const utils = renderWithProviders(
    <PageActionsProvider value={actions}>
      {figure({ index, view: selectView(index, all), filters: all, renderActions })}
    </PageActionsProvider>,
    { lang },
  );
  return { ...utils, actions, handles, user: userEvent.setup() };
}
