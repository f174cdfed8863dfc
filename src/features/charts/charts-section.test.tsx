/**
 * The charts section as a reader meets it, on the small fixture (src/testing/fixtures.ts): figures named by what
 * they are and what they show, bars or a sentence, the numbers in a table that is always there, the filters and
 * the source one click away, and a handle for the export built from the same state.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { validateDataset } from '../../data/parse-dataset';
import { emptyFilters, selectView, type Filters } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import { loadCatalogue, translator } from '../../i18n/i18n';
import { colorFor } from '../../lib/colors';
import { PageActionsProvider } from '../../lib/page-actions';
import { fixture } from '../../testing/fixtures';
import { renderWithProviders } from '../../testing/render';
import { renderFigure } from '../../testing/render-figure';
import { synthIndex } from '../../testing/synth';
import ChartsSection from './charts-section';
import { namesInCell, peoplePlacesModel } from './models/models';

await loadCatalogue('en');
const index = buildIndex(validateDataset(fixture('small')));

function setup({ lang = 'zh', filters = {} }: { lang?: 'zh' | 'en'; filters?: Partial<Filters> } = {}) {
  return renderFigure((props) => <ChartsSection {...props} />, { index, lang, filters });
}

const figureNamed = (name: RegExp) => screen.getByRole('figure', { name });
const tableOf = (figure: HTMLElement) => within(figure).getByRole('table');
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('ChartsSection in Chinese', () => {
  it('names each figure by what it is and what it shows in this view', () => {
    setup();
    expect(screen.getByRole('heading', { level: 2, name: '图表' })).toBeInTheDocument();
    expect(screen.getAllByRole('figure').map((f) => f.getAttribute('data-chart'))).toEqual([
      'places',
      'people-places',
      'supplies',
      'supply-variants',
      'quantities',
    ]);
    expect(figureNamed(/^走访去向/)).toHaveAccessibleName('走访去向：区县 › 街道 › 社区：东区3次、西区1次');
    expect(figureNamed(/^送了哪些物资/)).toHaveAccessibleName(/口罩3次、酒精2次、手套1次$/);
    expect(figureNamed(/^物资数量/)).toHaveAccessibleName(/口罩共800个$/);
  });

  it('draws each chart as an image whose name says its numbers, with the value axis unit', () => {
    setup();
    const figure = figureNamed(/^走访去向/);
    const drawing = within(figure).getByRole('img');
    expect(drawing).toHaveAccessibleName(
      /^走访去向：区县 › 街道 › 社区，走访次数：东区 3；东区 › 一号街道 2/,
    );
    expect(within(drawing).getByText('走访次数')).toBeInTheDocument();
    // The rows' own fields never leak into the drawing as SVG attributes (filter="[object Object]").
    expect(drawing.querySelector('[filter], path[color]')).toBeNull();
  });

  it('gives the numbers as a table that is there without opening anything', () => {
    setup();
    const table = tableOf(figureNamed(/^送了哪些物资/));
    expect(table).toBeVisible();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['物资种类', '走访次数', '东区', '西区', '原文']);
    expect(cells(within(table).getByRole('row', { name: /^口罩/ })).slice(0, 3)).toEqual(['3', '3', '0']);
    expect(cells(within(table).getByRole('row', { name: /^酒精/ })).slice(0, 3)).toEqual(['2', '1', '1']);
  });

  it('keeps the supplies as written apart (医用口罩 in 1 visit)', () => {
    setup();
    const table = tableOf(figureNamed(/^物资原文写法/));
    expect(cells(within(table).getByRole('row', { name: /^医用口罩/ }))).toEqual(['口罩', '1', '查看原文']);
  });

  it('filters by a district from its table row and from its label in the chart', async () => {
    const { user, actions } = setup();
    const figure = figureNamed(/^走访去向/);
    await user.click(within(tableOf(figure)).getByRole('button', { name: '西区' }));
    expect(actions.filterBy).toHaveBeenLastCalledWith('district', 'west');
    await user.click(within(within(figure).getByRole('img')).getByText('东区'));
    expect(actions.filterBy).toHaveBeenLastCalledWith('district', 'east');
    await user.click(within(tableOf(figure)).getByRole('button', { name: '东区 › 一号街道 › 二号社区' }));
    expect(actions.filterBy).toHaveBeenLastCalledWith('place', 'community-two');
  });

  it('filters by a district from the legend of the supplies chart', async () => {
    const { user, actions } = setup();
    const legend = within(figureNamed(/^送了哪些物资/)).getByRole('list', { name: /图例/ });
    await user.click(within(legend).getByRole('button', { name: '西区' }));
    expect(actions.filterBy).toHaveBeenLastCalledWith('district', 'west');
  });

  it('shows who went where, leaving out one who only entrusted', () => {
    setup();
    const table = tableOf(figureNamed(/^谁去了哪里/));
    expect(cells(within(table).getByRole('row', { name: /^三号村/ })).slice(0, 4)).toEqual([
      '戊',
      '1',
      '0',
      '0',
    ]);
    expect(within(table).queryByText(/丁/)).toBeNull();
  });

  it('lists the first eight who went to a place, and the rest on request; all of them on paper', async () => {
    const big = synthIndex(3000, 3);
    const show = () =>
      renderWithProviders(
        <PageActionsProvider value={{ filterBy: vi.fn(), showEvidence: vi.fn() }}>
          <ChartsSection index={big} view={selectView(big, emptyFilters)} filters={emptyFilters} />
        </PageActionsProvider>,
        { lang: 'zh' },
      );
    const model = peoplePlacesModel({ index: big, rows: big.rows, lang: 'zh', t: translator('zh') });
    const top = model.rows[0]!;
    const names = top.detailItems!;
    expect(names.length).toBeGreaterThan(namesInCell);
    const firstRow = () => within(tableOf(figureNamed(/^谁去了哪里/))).getAllByRole('row')[1]!;

    const { unmount } = show();
    const row = firstRow();
    expect(within(row).getByRole('rowheader').textContent).toBe(top.label);
    const cell = within(row).getAllByRole('cell')[0]!;
    const more = within(cell).getByRole('button', { name: `${top.label}的全部${names.length}个人员和单位` });
    expect(more.textContent).toBe(`另有${names.length - namesInCell}项`);
    expect(cell.textContent).toBe(`${names.slice(0, namesInCell).join('、')}、${more.textContent}`);
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(more);
    expect(cell.textContent).toBe(`${names.join('、')} 收起`);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    unmount();

    // Printing (the media turned to print, as a headless PDF does): every name, and no button.
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === 'print',
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    try {
      show();
      const printed = within(firstRow()).getAllByRole('cell')[0]!;
      expect(printed.textContent).toBe(names.join('、'));
      expect(within(printed).queryByRole('button')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('shows the sentence a row comes from', async () => {
    const { user, actions } = setup();
    await user.click(
      within(tableOf(figureNamed(/^物资原文写法/))).getByRole('button', { name: '查看原文：医用口罩' }),
    );
    expect(actions.showEvidence).toHaveBeenCalledWith({
      bulletinId: 'small-bulletin',
      paragraph: 2,
      quote: '医用口罩',
    });
  });

  it('says in a sentence what equal bars would say, and keeps the table', () => {
    setup({ filters: { district: ['west'] } });
    const figure = figureNamed(/^送了哪些物资/);
    expect(figure).toHaveAccessibleName(/1次走访都送了酒精$/);
    expect(within(figure).getByText('各项数值相同，不画条形；数字见下表。')).toBeInTheDocument();
    expect(within(figure).queryByRole('img')).toBeNull();
    expect(tableOf(figure)).toBeInTheDocument();
  });

  it('hands each drawn chart to the export with its title, finding, view caption, legend and svg', () => {
    const { handles } = setup({ filters: { district: ['east'] } });
    const places = handles.findLast((h) => h.id === 'places')!;
    expect(places.title).toBe('走访去向：区县 › 街道 › 社区');
    expect(places.finding).toBe('东区3次');
    expect(places.caption.filters).toBe('筛选：区县为东区');
    expect(places.caption.source).toBe('来源：测试单位《测试公告：区领导走访社区》，2020年2月4日');
    const supplies = handles.find((h) => h.id === 'supply-variants')!;
    expect(supplies.legend).toContainEqual({
      label: '手套',
      color: colorFor('supply', 'gloves', index.facetValues.supply),
    });
    const svg = places.getSvg();
    expect(svg?.tagName.toLowerCase()).toBe('svg');
    expect(svg?.closest('figure')).toBe(figureNamed(/^走访去向/));
    // The toolbar is left out of exports and print.
    const toolbar = screen.getByRole('button', { name: 'export places' }).parentElement!;
    expect(toolbar).toHaveAttribute('data-export-ignore');
    expect(toolbar).toHaveClass('no-print');
  });

  it('says there is no data, instead of empty charts, when no visit is in view', () => {
    setup({ filters: { district: ['west'], person: ['person-a'] } });
    expect(screen.getByText('当前筛选下没有数据。')).toBeInTheDocument();
    expect(screen.queryAllByRole('figure')).toHaveLength(0);
  });
});

describe('ChartsSection in English', () => {
  it('titles, findings, axis and legend in English; supplies as written stay Chinese', () => {
    const { handles } = setup({ lang: 'en' });
    expect(screen.getByRole('heading', { level: 2, name: 'Charts' })).toBeInTheDocument();
    expect(figureNamed(/^Where the visits went/)).toHaveAccessibleName(
      'Where the visits went: district › subdistrict › community: East District 3, West District 1',
    );
    const variants = figureNamed(/^Supplies as written/);
    expect(within(within(variants).getByRole('img')).getByText('医用口罩 (Mask)')).toBeInTheDocument();
    expect(
      within(tableOf(variants))
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['As written', 'Supply type', 'Number of visits', 'Source']);
    expect(handles.find((h) => h.id === 'places')!.unit).toBe('Unit: Number of visits');
  });
});
