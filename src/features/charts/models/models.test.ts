// @vitest-environment node
/**
 * The chart models on the small fixture (src/testing/fixtures.ts): four made-up visits, 东区 ×3 and 西区 ×1,
 * supplies written two ways, an unknown supply id, a quantity, a person who only entrusted.
 */
import { describe, expect, it } from 'vitest';
import { tokens } from '../../../../tailwind.config';
import { validateDataset } from '../../../data/parse-dataset';
import { emptyFilters, selectView, type Filters } from '../../../data/select';
import { buildIndex, IndexBuilder } from '../../../data/index-builder';
import { loadCatalogue, translator, type Lang } from '../../../i18n/i18n';
import { colorFor } from '../../../lib/colors';
import { fixture, small } from '../../../testing/fixtures';
import { synthIndex, synthYiyang } from '../../../testing/synth';
import { categoryAxis, chartHeight, labelLines, labelRoom, valueAxis } from './layout';
import {
  namesInCell,
  namesInLabel,
  peoplePlacesModel,
  placeModel,
  quantityModel,
  supplyModel,
  variantModel,
  type ModelInput,
} from './models';
import { allEqual, chartLimit, hasData, keepTop, makeRow, treeRank, type ChartModel } from './rows';
import { numbersSentence } from './words';

await loadCatalogue('en');
const dataset = validateDataset(fixture('small'));
const index = buildIndex(dataset);
const input = (filters: Partial<Filters> = {}, lang: Lang = 'zh'): ModelInput => ({
  index,
  rows: selectView(index, { ...emptyFilters, ...filters }).rows,
  lang,
  t: translator(lang),
});
/** Each row as label → values, to compare whole tables at once. */
const table = (model: ChartModel) =>
  Object.fromEntries(model.rows.map((r) => [r.label, model.series.map((s) => r[s.key] ?? 0)]));
/** The place tree as lines, each indented by its depth, with its count. */
const indented = (model: ChartModel) => model.rows.map((r) => `${'  '.repeat(r.depth)}${r.label} ${r.v0}`);
const quoted = (model: ChartModel) => {
  for (const row of model.rows) {
    if (!row.evidence) continue;
    expect(dataset.bulletins[0]!.paragraphs[row.evidence.paragraph]).toContain(row.evidence.quote);
  }
};

describe('where the visits went', () => {
  it('is the tree district › street › community, with the finding in the title', () => {
    const model = placeModel(input());
    expect(indented(model)).toEqual([
      '东区 3',
      '  一号街道 2',
      '    一号社区 1',
      '    二号社区 1',
      '  三号村 1',
      '西区 1',
      '  四号社区 1',
    ]);
    expect(model.finding).toBe(`东区${small.districts.east}次、西区${small.districts.west}次`);
    expect(model.title).toBe('走访去向：区县 › 街道 › 社区');
    expect(model.rows[2]!.fullLabel).toBe('东区 › 一号街道 › 一号社区');
    expect(model.rows.find((r) => r.id === 'east')!.facet).toEqual({
      key: 'district',
      id: 'east',
      name: '东区',
    });
    expect(model.rows.find((r) => r.id === 'community-two')!.facet?.key).toBe('place');
    quoted(model);
  });

  it('says it in English too', () => {
    expect(placeModel(input({}, 'en')).finding).toBe('East District 3, West District 1');
  });

  it('becomes a sentence when one path has the same count all the way down', () => {
    const model = placeModel(input({ place: ['community-four'] }));
    expect(model.uniform).toBe('1次走访都去了西区 › 四号社区');
  });
});

describe('which supplies', () => {
  it('counts visits per supply type and district, largest first in the finding', () => {
    const model = supplyModel(input());
    expect(model.series.map((s) => s.label)).toEqual(['东区', '西区']);
    expect(table(model)).toEqual({ 口罩: [3, 0], 酒精: [1, 1], 手套: [1, 0] });
    expect(model.finding).toBe('口罩3次、酒精2次、手套1次');
    expect(model.uniform).toBeNull();
    quoted(model);
  });

  it('is a sentence, not equal bars, when every visit handed over every supply type', () => {
    const model = supplyModel(input({ district: ['west'] }));
    expect(model.uniform).toBe('1次走访都送了酒精');
    const both = supplyModel(input({ place: ['community-one'] }));
    expect(both.uniform).toBe('1次走访都送了口罩和酒精');
    expect(supplyModel(input({ place: ['community-one'] }, 'en')).uniform).toBe(
      'Every visit in view (1) handed over Mask and Alcohol',
    );
  });

  it('counts an id such as "constructor" like any other (counts are Maps)', () => {
    const data = fixture('small');
    data.supplyTypes.push({ id: 'constructor', name: { zh: '构造', en: 'Constructor' } });
    data.bulletins[0]!.visits[0]!.supplies[1]!.supplyTypeId = 'constructor';
    const idx = buildIndex(validateDataset(data));
    const model = supplyModel({ index: idx, rows: idx.rows, lang: 'zh', t: translator('zh') });
    expect(model.rows.map((r) => r.id)).toContain('constructor');
    expect(table(model)['构造']).toEqual([1, 0]);
  });
});

describe("districts' colours", () => {
  it('are distinct while the palette lasts, for a dataset of districts the colour tokens do not name', () => {
    const many = synthIndex(2000, 9);
    const input = { index: many, rows: many.rows, lang: 'zh' as const, t: translator('zh') };
    const colors = supplyModel(input).series.map((s) => s.color);
    expect(colors.length).toBeGreaterThan(4);
    const palette = new Set(colors.slice(0, 7));
    expect(palette.size).toBe(Math.min(colors.length, 7));
    // The places chart colours each district as the supplies chart colours its series.
    const places = placeModel(input).legend.map((l) => l.color);
    expect(new Set(places)).toEqual(new Set(colors));
  });
});

describe('supplies as written', () => {
  it('keeps each written form apart, coloured by supply type, and names the types written two ways', () => {
    const model = variantModel(input());
    expect(model.rows.map((r) => [r.verbatim, r.v0])).toEqual([
      ['口罩', small.variants['口罩']],
      ['医用口罩', small.variants['医用口罩']],
      ['酒精', small.variants['酒精']],
      ['手套', small.variants['手套']],
    ]);
    expect(model.rows.map((r) => r.rowColor)).toEqual([
      tokens.colors.supply.mask,
      tokens.colors.supply.mask,
      tokens.colors.supply.alcohol,
      colorFor('supply', 'gloves', index.facetValues.supply),
    ]);
    expect(model.finding).toBe('口罩有“口罩”2次、“医用口罩”1次');
    quoted(model);
  });

  it('stays verbatim Chinese in English, with the English type name added', () => {
    const model = variantModel(input({}, 'en'));
    expect(model.rows[1]!.label).toBe('医用口罩 (Mask)');
    expect(model.rows[1]!.verbatim).toBe('医用口罩');
  });
});

describe('who went where', () => {
  it('counts the people who went and the units with them at each place; one who only entrusted does not count', () => {
    const model = peoplePlacesModel(input());
    expect(model.series.map((s) => s.id)).toEqual(['lead', 'accompanying', 'delegation']);
    expect(table(model)).toEqual({
      一号社区: [1, 0, 1],
      二号社区: [1, 0, 0],
      三号村: [1, 0, 0],
      四号社区: [1, 0, 0],
    });
    expect(model.rows.find((r) => r.label === '三号村')!.detail).toBe('戊');
    expect(model.finding).toBe('一号社区去的最多：1人、1个单位');
  });

  it('keeps a label short where many went to a place: the first names and how many more; the table has them all', () => {
    const big = synthIndex(3000, 3);
    const model = peoplePlacesModel({ index: big, rows: big.rows, lang: 'zh', t: translator('zh') });
    const row = model.rows.reduce((a, b) =>
      (b.detailItems?.length ?? 0) > (a.detailItems?.length ?? 0) ? b : a,
    );
    const names = row.detailItems ?? [];
    expect(names.length).toBeGreaterThan(namesInLabel + 5);
    expect(row.detail).toBe(
      [...names.slice(0, namesInCell), `另有${names.length - namesInCell}项`].join('、'),
    );
    expect(row.fullLabel).toBe(
      `${row.label}: ${[...names.slice(0, namesInLabel), `另有${names.length - namesInLabel}项`].join('、')}`,
    );
    // Each one who went named once, though one may have led a visit there and accompanied another.
    const went = new Set(
      big.rows
        .filter((r) => r.visit.placeId === row.id)
        .flatMap((r) => r.visit.participants.filter((p) => p.role !== 'entrusted-by'))
        .map((p) => (p.personId ? `p:${p.personId}` : `o:${p.organizationId}`)),
    );
    expect(names).toHaveLength(went.size);
  });

  it('counts and names a person and a unit that have the same id apart', () => {
    // Ids are unique among people and among units: a unit may have a person's id.
    const data = structuredClone(fixture('small'));
    data.organizations[0]!.id = 'person-a';
    for (const v of data.bulletins[0]!.visits)
      for (const p of v.participants) if (p.organizationId === 'unit-b') p.organizationId = 'person-a';
    const same = buildIndex(validateDataset(data));
    const model = peoplePlacesModel({ index: same, rows: same.rows, lang: 'zh', t: translator('zh') });
    const row = model.rows.find((r) => r.label === '一号社区')!;
    expect(model.series.map((s) => row[s.key])).toEqual([1, 0, 1]);
    expect(row.detailItems).toEqual(['甲', '乙单位']);
  });

  it('names the people and units in the page language', () => {
    const model = peoplePlacesModel(input({}, 'en'));
    const first = model.rows.find((r) => r.detail?.includes('Unit B'));
    expect(first?.detail).toMatch(/Unit B/);
    expect(model.rows.map((r) => r.detail).join(' ')).not.toContain('乙单位');
  });
});

describe('amounts', () => {
  it('sums stated quantities by supply and unit, and is absent where the text states none', () => {
    const model = quantityModel(input())!;
    expect(table(model)).toEqual({ '口罩（个）': [800] });
    expect(model.finding).toBe('口罩共800个');
    expect(quantityModel(input({ district: ['west'] }))).toBeNull();
  });

  it('never adds amounts of different units', () => {
    const data = fixture('small');
    data.bulletins[0]!.visits[1]!.supplies[0]!.quantity = { value: 2, unit: '箱' };
    const idx = buildIndex(validateDataset(data));
    const model = quantityModel({ index: idx, rows: idx.rows, lang: 'zh', t: translator('zh') })!;
    expect(model.rows.map((r) => r.label).sort()).toEqual(['口罩（个）', '口罩（箱）']);
  });
});

describe('what each chart shows where visits go back to a place, repeat a supply and lack a place', () => {
  // The small fixture and two more visits: 丙 leads 甲 (who led the first visit there) and 乙单位 back to 一号社区,
  // with 口罩 written twice (200个, then 1箱); a visit with neither place nor district hands over 3瓶 of 酒精.
  const data = fixture('small');
  const visits = data.bulletins[0]!.visits;
  const [a, , , f] = visits;
  visits.push(
    {
      ...structuredClone(a!),
      id: 'visit-g',
      date: '2020-02-06',
      participants: [
        { personId: 'person-c', role: 'lead', evidence: a!.evidence },
        { personId: 'person-a', role: 'accompanying', evidence: a!.evidence },
        { organizationId: 'unit-b', role: 'delegation', evidence: a!.evidence },
      ],
      supplies: [
        { supplyTypeId: 'mask', text: '口罩', quantity: { value: 200, unit: '个' }, evidence: a!.evidence },
        { supplyTypeId: 'mask', text: '口罩', quantity: { value: 1, unit: '箱' }, evidence: a!.evidence },
      ],
    },
    {
      ...structuredClone(f!),
      id: 'visit-h',
      placeId: null,
      districtId: null,
      supplies: [
        { supplyTypeId: 'alcohol', text: '酒精', quantity: { value: 3, unit: '瓶' }, evidence: f!.evidence },
      ],
    },
  );
  const more = buildIndex(validateDataset(data));
  const all = (lang: Lang = 'zh'): ModelInput => ({
    index: more,
    rows: more.rows,
    lang,
    t: translator(lang),
  });

  it('places: each level counts the visits under it, and the visit with no place is said', () => {
    const model = placeModel(all());
    // The small fixture's tree (东区 › 一号街道 › 一号社区, 二号社区; 三号村; 西区 › 四号社区), the visit back to
    // 一号社区 counted at each level above it; the visit with no place is in no row.
    expect(model.rows.map((r) => r.id)).toEqual(placeModel(input()).rows.map((r) => r.id));
    expect(model.rows.map((r) => r.v0)).toEqual([4, 3, 2, 1, 1, 1, 1]);
    expect(model.finding).toBe('东区4次、西区1次；1次地点不明');
  });

  it('who went where: one who led and went along counts in both, a unit once, names in the order first named', () => {
    const model = peoplePlacesModel(all());
    expect(table(model)).toEqual({
      一号社区: [2, 1, 1],
      二号社区: [1, 0, 0],
      三号村: [1, 0, 0],
      四号社区: [1, 0, 0],
      地点不明: [1, 0, 0],
    });
    expect(model.rows[0]!.detailItems).toEqual(['甲', '乙单位', '丙']);
    expect(model.rows[0]!.visits).toBe(2);
    expect(model.finding).toBe('一号社区去的最多：3人、1个单位');
  });

  it('supplies: a visit counts once per supply type, by district, the one with none apart', () => {
    const model = supplyModel(all());
    expect(model.series.map((s) => s.label)).toEqual(['东区', '西区', '区县不明']);
    expect(table(model)).toEqual({ 口罩: [4, 0, 0], 酒精: [1, 1, 1], 手套: [1, 0, 0] });
    expect(model.finding).toBe('口罩4次、酒精3次、手套1次');
  });

  it('supplies as written: a visit that writes 口罩 twice counts once', () => {
    expect(variantModel(all()).rows.map((r) => [r.verbatim, r.v0])).toEqual([
      ['口罩', 3],
      ['医用口罩', 1],
      ['酒精', 3],
      ['手套', 1],
    ]);
  });

  it('amounts: summed per supply and unit and district, with the visits that state them', () => {
    const model = quantityModel(all())!;
    expect(model.series.map((s) => s.label)).toEqual(['东区', '区县不明']);
    expect(table(model)).toEqual({ '口罩（个）': [1000, 0], '口罩（箱）': [1, 0], '酒精（瓶）': [0, 3] });
    expect(model.rows.map((r) => r.visits)).toEqual([2, 1, 1]);
    expect(model.finding).toBe('口罩共1,000个、酒精共3瓶、口罩共1箱');
    expect(quantityModel(all('en'))!.finding).toBe(
      'Mask: 1,000 个 in all, Alcohol: 3 瓶 in all, Mask: 1 箱 in all',
    );
  });
});

describe('rows, limits and sentences', () => {
  it('keeps the rows that rank first, in their order; a tree keeps upper levels first', () => {
    const rows = [3, 9, 1, 9, 5].map((visits, i) =>
      makeRow({ id: `r${i}`, label: `r${i}`, visits, depth: i % 2 }),
    );
    expect(keepTop(rows, 2).map((r) => r.id)).toEqual(['r1', 'r3']);
    expect(keepTop(rows, 3, treeRank).map((r) => r.id)).toEqual(['r0', 'r2', 'r4']);
    expect(keepTop(rows, 10)).toHaveLength(5);
  });

  it('limits what a chart draws and says there is nothing to draw when no visit is in view', () => {
    expect(chartLimit).toBeGreaterThan(10);
    const empty = placeModel(input({ district: ['nowhere'] }));
    expect(hasData(empty)).toBe(false);
  });

  it('knows when all values are equal', () => {
    const series = [{ key: 'v0' as const, id: 'x', label: 'x', color: '#000' }];
    const rowsOf = (a: number, b: number) => [
      makeRow({ id: 'a', label: 'a', visits: 1, values: [a] }),
      makeRow({ id: 'b', label: 'b', visits: 1, values: [b] }),
    ];
    expect(allEqual(rowsOf(2, 2), series)).toBe(true);
    expect(allEqual(rowsOf(2, 3), series)).toBe(false);
  });

  it('reads a chart out as one sentence with its numbers', () => {
    const t = translator('zh');
    expect(numbersSentence(placeModel(input()), t, 'zh')).toBe(
      '走访去向：区县 › 街道 › 社区，走访次数：东区 3；东区 › 一号街道 2；东区 › 一号街道 › 一号社区 1；东区 › 一号街道 › 二号社区 1；东区 › 三号村 1；西区 1；西区 › 四号社区 1',
    );
  });
});

describe('label layout', () => {
  it('wraps a long label on at most two lines that fit, and gives labels at most 40 % of a narrow chart', () => {
    const lines = labelLines('Longshangang Community convenience service centre', 90, 12);
    expect(lines.length).toBeLessThanOrEqual(2);
    const model = placeModel(input({}, 'en'));
    const axis = categoryAxis(model, 300, 12);
    expect(axis.width).toBeLessThanOrEqual(120);
    for (const row of model.chartRows)
      expect(labelLines(row.label, labelRoom(axis.width, row.depth), 12).length).toBeLessThanOrEqual(
        axis.lines,
      );
    expect(chartHeight(model, 2)).toBeGreaterThan(chartHeight(model, 1));
  });
});

describe('the value axis', () => {
  const axis = (largest: number) =>
    valueAxis({
      chartRows: [makeRow({ id: 'a', label: 'a', visits: largest, values: [largest] })],
      series: [{ key: 'v0', id: 'x', label: 'x', color: '' }],
    });
  it('ends at a round number at or above the largest bar, with whole ticks that never crowd the end', () => {
    expect(axis(46)).toEqual({ max: 50, ticks: [0, 10, 20, 30, 40, 50] });
    expect(axis(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    expect(axis(1)).toEqual({ max: 1, ticks: [0, 1] });
    expect(axis(0)).toEqual({ max: 1, ticks: [0, 1] });
    expect(axis(2.5)).toEqual({ max: 3, ticks: [0, 1, 2, 3] });
    for (const largest of [2, 7, 13, 46, 99, 101, 987, 12_345]) {
      const { max, ticks } = axis(largest);
      expect(max).toBeGreaterThanOrEqual(largest);
      expect(ticks.at(-1)).toBe(max);
      expect(ticks.length).toBeLessThanOrEqual(7);
      expect(ticks.every(Number.isInteger)).toBe(true);
    }
  });
});

describe("the index's columns", () => {
  const models = { placeModel, peoplePlacesModel, supplyModel, variantModel, quantityModel };
  const charts = (input: ModelInput) => Object.values(models).map((build) => JSON.stringify(build(input)));

  it('give the same charts for a view, a copy of its rows, and an index that learnt its places last', () => {
    const data = synthYiyang(1500, 5);
    const early = buildIndex(data);
    // A file that lists its places after its bulletins: the rows are numbered when the index is finished.
    const builder = new IndexBuilder();
    for (const bulletin of data.bulletins) builder.add(bulletin);
    const late = builder.finish(data);
    const t = translator('en');
    const district = early.facetValues.district[1] as string;
    const filters = { ...emptyFilters, district: [district] };
    const view = selectView(early, filters).rows;
    const expected = charts({ index: early, rows: view, lang: 'en', t });
    expect(expected.join('')).toContain(district);
    // Rows the index has not seen as a view (found from each row's position), in order and some left out.
    expect(charts({ index: early, rows: [...view], lang: 'en', t })).toEqual(expected);
    expect(charts({ index: late, rows: selectView(late, filters).rows, lang: 'en', t })).toEqual(expected);
    const some = view.filter((_, i) => i % 3 !== 0);
    const lateSome = selectView(late, filters).rows.filter((_, i) => i % 3 !== 0);
    expect(charts({ index: late, rows: lateSome, lang: 'en', t })).toEqual(
      charts({ index: early, rows: some, lang: 'en', t }),
    );
    expect(charts({ index: early, rows: some, lang: 'en', t })).not.toEqual(expected);
  });
});

describe("a place's ¶", () => {
  it('is the sentence of the first visit in view that went there, read when asked for', () => {
    const synth = synthIndex(400, 6);
    const { rows } = selectView(synth, { ...emptyFilters, district: synth.facetValues.district.slice(1, 3) });
    const t = translator('zh');
    const firstAt = (placeId: string) =>
      rows.find((r) => r.placePath.includes(placeId) || r.visit.placeId === placeId)!;
    const people = peoplePlacesModel({ index: synth, rows, lang: 'zh', t });
    const places = placeModel({ index: synth, rows, lang: 'zh', t });
    expect(people.rows.length).toBeGreaterThan(10);
    for (const model of [people, places])
      for (const row of model.rows) {
        const first = model === people ? rows.find((r) => r.visit.placeId === row.id)! : firstAt(row.id);
        expect(row.evidence).toEqual({
          bulletinId: first.bulletin.id,
          paragraph: first.visit.evidence.paragraph,
          quote: first.visit.evidence.quote,
        });
        expect(row.evidence).toBe(row.evidence); // made once
      }
  });
});
