/**
 * The charts section as a reader meets it: four figures with captions and units, the numbers as tables, the
 * filters and the source one click away; on the bundled dataset (public/data/dataset.json).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../data/parse-dataset';
import { buildIndex, emptyFilters, selectView, type Filters } from '../../data/select';
import type { ChartHandle } from '../../lib/chart-handle';
import { PageActionsProvider, type PageActions } from '../../lib/page-actions';
import { renderWithProviders } from '../../testing/render';
import ChartsSection from './charts-section';

const datasetPath = join(dirname(fileURLToPath(import.meta.url)), '../../../public/data/dataset.json');
const dataset = validateDataset(JSON.parse(readFileSync(datasetPath, 'utf8')));
const index = buildIndex(dataset);

function setup({ lang = 'zh', filters = {} }: { lang?: 'zh' | 'en'; filters?: Partial<Filters> } = {}) {
  const all = { ...emptyFilters, ...filters };
  const view = selectView(index, all);
  const actions: PageActions = { filterBy: vi.fn(), showEvidence: vi.fn(), focused: null };
  const handles: ChartHandle[] = [];
  const renderActions = (handle: ChartHandle): ReactNode => {
    handles.push(handle);
    return <button type="button">{`export ${handle.id}`}</button>;
  };
  const utils = renderWithProviders(
    <PageActionsProvider value={actions}>
      <ChartsSection index={index} view={view} filters={all} renderActions={renderActions} />
    </PageActionsProvider>,
    { lang },
  );
  return { ...utils, actions, handles, user: userEvent.setup() };
}

const figureNamed = (name: RegExp) => screen.getByRole('figure', { name });

async function openTable(figure: HTMLElement, user: ReturnType<typeof userEvent.setup>) {
  await user.click(within(figure).getByText(/图表数据|Chart data/));
  return within(figure).getByRole('table');
}

/** The cells of a table row, as text. */
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('ChartsSection in Chinese', () => {
  it('shows four figures under the heading 图表, each captioned with its title and the unit', () => {
    setup();
    expect(screen.getByRole('heading', { level: 2, name: '图表' })).toBeInTheDocument();
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(4);
    expect(figures.map((f) => f.querySelector('figcaption')?.textContent)).toEqual([
      '各区县收到的物资种类（按走访次数）单位：走访次数',
      '物资原文写法（按走访次数）单位：走访次数',
      '人员与物资（按走访次数）单位：走访次数',
      '走访去向：区县 › 街道 › 社区（按走访次数）单位：走访次数',
    ]);
    expect(
      screen.getByText('公告未载明数量，图中数字均为走访次数。', { exact: false, selector: 'p' }),
    ).toBeInTheDocument();
    // Each figure is named by its title.
    expect(screen.getByRole('figure', { name: '各区县收到的物资种类（按走访次数）' })).toBe(figures[0]);
    expect(screen.getByRole('figure', { name: '走访去向：区县 › 街道 › 社区（按走访次数）' })).toBe(
      figures[3],
    );
  });

  it('labels the value axis of every chart 走访次数', () => {
    setup();
    for (const figure of screen.getAllByRole('figure')) {
      const svg = figure.querySelector('svg.recharts-surface');
      expect(svg).not.toBeNull();
      expect(within(svg as unknown as HTMLElement).getByText('走访次数')).toBeInTheDocument();
      // The rows' own fields never leak into the drawing as SVG attributes (filter="[object Object]").
      expect(svg!.querySelector('[filter], path[color]')).toBeNull();
    }
  });

  it('gives the numbers as a table: masks reached 赫山区 in 4 visits and 资阳区 in 2', async () => {
    const { user } = setup();
    const table = await openTable(figureNamed(/各区县收到的物资种类/), user);
    expect(table).toHaveAccessibleName('各区县收到的物资种类（按走访次数）。单位：走访次数');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['区县', '走访次数', '口罩', '酒精', '消毒液', '原文']);
    const heshan = within(table).getByRole('row', { name: /赫山区/ });
    const ziyang = within(table).getByRole('row', { name: /资阳区/ });
    // Cells after the row header: visits, 口罩, 酒精, 消毒液, source.
    expect(cells(heshan).slice(0, 4)).toEqual(['4', '4', '4', '4']);
    expect(cells(ziyang).slice(0, 4)).toEqual(['2', '2', '2', '2']);
  });

  it('keeps the supplies as written apart in their table (医用口罩 in 2 visits)', async () => {
    const { user } = setup();
    const table = await openTable(figureNamed(/物资原文写法/), user);
    expect(cells(within(table).getByRole('row', { name: /^医用口罩/ }))).toEqual(['口罩', '2', '查看原文']);
    expect(cells(within(table).getByRole('row', { name: /^84消毒液/ }))).toEqual(['消毒液', '2', '查看原文']);
    expect(cells(within(table).getByRole('row', { name: /^酒精/ }))).toEqual(['酒精', '6', '查看原文']);
  });

  it('filters by a district from its table row and from its label in the chart', async () => {
    const { user, actions } = setup();
    const figure = figureNamed(/各区县收到的物资种类/);
    const table = await openTable(figure, user);
    await user.click(within(table).getByRole('button', { name: '资阳区' }));
    expect(actions.filterBy).toHaveBeenLastCalledWith('district', 'ziyang');
    const svg = figure.querySelector('svg.recharts-surface') as unknown as HTMLElement;
    await user.click(within(svg).getByText('赫山区'));
    expect(actions.filterBy).toHaveBeenLastCalledWith('district', 'heshan');
  });

  it('filters by a supply type from the legend, and by a person from the people table', async () => {
    const { user, actions } = setup();
    const people = figureNamed(/人员与物资/);
    await user.click(
      within(within(people).getByRole('list', { name: /图例/ })).getByRole('button', { name: '酒精' }),
    );
    expect(actions.filterBy).toHaveBeenLastCalledWith('supply', 'alcohol');
    const table = await openTable(people, user);
    await user.click(within(table).getByRole('button', { name: '苏兆虎' }));
    expect(actions.filterBy).toHaveBeenLastCalledWith('person', 'su-zhaohu');
    expect(cells(within(table).getByRole('row', { name: /刘时贵/ })).slice(0, 2)).toEqual(['委托', '1']);
  });

  it('shows the sentence a row comes from', async () => {
    const { user, actions } = setup();
    const table = await openTable(figureNamed(/人员与物资/), user);
    await user.click(within(table).getByRole('button', { name: '查看原文：刘时贵（委托）' }));
    expect(actions.showEvidence).toHaveBeenCalledWith({
      bulletinId: 'yiyang-npc-2020-02-08',
      paragraph: 21,
      quote: '受市人大常委会副主任刘时贵委托',
    });
  });

  it('shows the place tree with whole paths in its table, a click on a place filtering by it', async () => {
    const { user, actions } = setup();
    const table = await openTable(figureNamed(/走访去向/), user);
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    await user.click(within(table).getByRole('button', { name: '资阳区 › 汽车路街道 › 城门外社区' }));
    expect(actions.filterBy).toHaveBeenLastCalledWith('place', 'chengmenwai-community');
    await user.click(within(table).getByRole('button', { name: '资阳区' }));
    expect(actions.filterBy).toHaveBeenLastCalledWith('district', 'ziyang');
  });

  it('hands each chart to the export: id, title, unit, legend and its svg', () => {
    const { handles } = setup();
    const byId = new Map(handles.map((h) => [h.id, h]));
    expect([...byId.keys()].sort()).toEqual([
      'people-supplies',
      'places',
      'supplies-by-district',
      'supply-variants',
    ]);
    const district = byId.get('supplies-by-district')!;
    expect(district.title).toBe('各区县收到的物资种类（按走访次数）');
    expect(district.unit).toBe('走访次数');
    expect(district.legend).toEqual([
      { label: '口罩', color: '#009E73' },
      { label: '酒精', color: '#CC79A7' },
      { label: '消毒液', color: '#E69F00' },
    ]);
    const svg = district.getSvg();
    expect(svg?.tagName.toLowerCase()).toBe('svg');
    expect(svg?.closest('figure')).toBe(figureNamed(/各区县收到的物资种类/));
    expect(byId.get('places')!.legend.map((l) => l.label)).toEqual(['赫山区', '资阳区']);
    // The toolbar is left out of exports and print.
    const toolbar = screen.getByRole('button', { name: 'export places' }).parentElement!;
    expect(toolbar).toHaveAttribute('data-export-ignore');
    expect(toolbar).toHaveClass('no-print');
  });

  it('follows the filters: only 资阳区 in view', async () => {
    const { user } = setup({ filters: { district: ['ziyang'] } });
    const table = await openTable(figureNamed(/各区县收到的物资种类/), user);
    expect(within(table).queryByRole('row', { name: /赫山区/ })).toBeNull();
    expect(cells(within(table).getByRole('row', { name: /资阳区/ })).slice(0, 2)).toEqual(['2', '2']);
  });

  it('says there is no data, instead of empty charts, when no visit is in view', () => {
    setup({ filters: { district: ['ziyang'], person: ['tan-xihua'] } });
    expect(screen.getByText('当前筛选下没有数据。')).toBeInTheDocument();
    expect(screen.queryAllByRole('figure')).toHaveLength(0);
  });
});

describe('ChartsSection in English', () => {
  it('captions, units, axis and legend in English; supplies as written stay Chinese', async () => {
    const { user, handles } = setup({ lang: 'en' });
    expect(screen.getByRole('heading', { level: 2, name: 'Charts' })).toBeInTheDocument();
    const figures = screen.getAllByRole('figure');
    expect(figures.map((f) => f.querySelector('figcaption')?.textContent)).toEqual([
      'Supply types received by each district (visits)Unit: number of visits',
      'Supplies as written (visits)Unit: number of visits',
      'People and supplies (visits)Unit: number of visits',
      'Where the visits went: district › subdistrict › community (visits)Unit: number of visits',
    ]);
    const svg = figures[0]!.querySelector('svg.recharts-surface') as unknown as HTMLElement;
    expect(within(svg).getByText('Number of visits')).toBeInTheDocument();
    expect(within(svg).getByText('Ziyang District')).toBeInTheDocument();
    expect(handles.find((h) => h.id === 'supply-variants')!.unit).toBe('Number of visits');

    const table = await openTable(figures[1]!, user);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['As written', 'Supply type', 'Visits', 'Source']);
    expect(cells(within(table).getByRole('row', { name: /^医用口罩/ }))).toEqual([
      'Mask',
      '2',
      'Show in source',
    ]);
    expect(
      within(figures[1]!.querySelector('svg')! as unknown as HTMLElement).getByText('医用口罩 (Mask)'),
    ).toBeInTheDocument();
  });

  it('says there is no data in English', () => {
    setup({ lang: 'en', filters: { district: ['ziyang'], person: ['tan-xihua'] } });
    expect(screen.getByText('No data under the current filters.')).toBeInTheDocument();
  });
});
