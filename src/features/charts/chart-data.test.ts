// @vitest-environment node
/**
 * The chart rows, legends and layout numbers, computed from the bundled dataset (public/data/dataset.json): six
 * visits of 2020-02-07, four in 赫山区 and two in 资阳区, each handing over masks, alcohol and disinfectant.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../data/parse-dataset';
import { buildIndex, emptyFilters, selectView, type Filters, type VisitRow } from '../../data/select';
import { tokens } from '../../../tailwind.config';
import {
  categoryAxis,
  chartHeight,
  chartLimits,
  collectFacts,
  districtSupplyModel,
  fitLabel,
  hasData,
  keepLargest,
  keepTreeTop,
  peopleSupplyModel,
  placeModel,
  tableLimit,
  textWidth,
  variantModel,
  wrapLabel,
  type ChartModel,
  type ChartRow,
} from './chart-data';
import { districtColor, fallbackColor, supplyColor } from './chart-theme';

const dataset = validateDataset(
  JSON.parse(readFileSync(new URL('../../../public/data/dataset.json', import.meta.url), 'utf8')),
);
const index = buildIndex(dataset);
const bulletin = dataset.bulletins[0]!;
const rowsFor = (filters: Partial<Filters> = {}) => selectView(index, { ...emptyFilters, ...filters }).rows;
const all = rowsFor();

/** Each row as { label: { series label: value } }, to compare whole tables at once. */
function table(model: ChartModel): Record<string, Record<string, number>> {
  return Object.fromEntries(
    model.rows.map((row) => [
      row.label,
      Object.fromEntries(model.series.map((s) => [s.label, row[s.key] ?? 0])),
    ]),
  );
}
const quoteIsInParagraph = (row: ChartRow) => {
  expect(row.evidence, row.label).not.toBeNull();
  expect(row.evidence!.bulletinId).toBe(bulletin.id);
  expect(bulletin.paragraphs[row.evidence!.paragraph]).toContain(row.evidence!.quote);
};

describe('supplies by district', () => {
  it('counts visits per district and supply type (masks reached 赫山区 in 4 visits, 资阳区 in 2)', () => {
    const model = districtSupplyModel(index, all, 'zh');
    expect(model.series.map((s) => s.id)).toEqual(['mask', 'alcohol', 'disinfectant']);
    expect(table(model)).toEqual({
      赫山区: { 口罩: 4, 酒精: 4, 消毒液: 4 },
      资阳区: { 口罩: 2, 酒精: 2, 消毒液: 2 },
    });
    expect(model.rows.map((r) => r.visits)).toEqual([4, 2]);
    expect(model.rows.map((r) => r.facet)).toEqual([
      { key: 'district', id: 'heshan', name: '赫山区' },
      { key: 'district', id: 'ziyang', name: '资阳区' },
    ]);
  });

  it('colours each supply type from the tokens, and gives the legend in the page language', () => {
    const model = districtSupplyModel(index, all, 'en');
    expect(model.series.map((s) => [s.label, s.color])).toEqual([
      ['Mask', tokens.colors.supply.mask],
      ['Alcohol', tokens.colors.supply.alcohol],
      ['Disinfectant', tokens.colors.supply.disinfectant],
    ]);
    expect(model.legend.map((l) => l.label)).toEqual(['Mask', 'Alcohol', 'Disinfectant']);
    expect(model.rows.map((r) => r.label)).toEqual(['Heshan District', 'Ziyang District']);
  });

  it('follows the filters: only 资阳区 when filtered by it', () => {
    const model = districtSupplyModel(index, rowsFor({ district: ['ziyang'] }), 'zh');
    expect(model.rows.map((r) => r.id)).toEqual(['ziyang']);
    expect(model.rows[0]!.v0).toBe(2);
  });

  it('points each district at the first supply sentence of its first visit', () => {
    const model = districtSupplyModel(index, all, 'zh');
    model.rows.forEach(quoteIsInParagraph);
    expect(model.rows[0]!.evidence!.quote).toBe('赠送消毒液、酒精和口罩等防疫物资');
  });
});

describe('supplies as written', () => {
  it('keeps each written form apart: 口罩 4 vs 医用口罩 2, 消毒液 4 vs 84消毒液 2, 酒精 6', () => {
    const model = variantModel(index, all, 'zh');
    expect(model.rows.map((r) => [r.verbatim, r.v0])).toEqual([
      ['口罩', 4],
      ['医用口罩', 2],
      ['酒精', 6],
      ['消毒液', 4],
      ['84消毒液', 2],
    ]);
    expect(model.colorBy).toBe('row');
    expect(model.rows.map((r) => r.rowColor)).toEqual([
      tokens.colors.supply.mask,
      tokens.colors.supply.mask,
      tokens.colors.supply.alcohol,
      tokens.colors.supply.disinfectant,
      tokens.colors.supply.disinfectant,
    ]);
    model.rows.forEach(quoteIsInParagraph);
  });

  it('stays verbatim Chinese in English, with the English type name added', () => {
    const model = variantModel(index, all, 'en');
    expect(model.rows.map((r) => r.label)).toEqual([
      '口罩 (Mask)',
      '医用口罩 (Mask)',
      '酒精 (Alcohol)',
      '消毒液 (Disinfectant)',
      '84消毒液 (Disinfectant)',
    ]);
    expect(model.rows[1]!.verbatim).toBe('医用口罩');
    expect(model.rows[1]!.facet).toEqual({ key: 'supply', id: 'mask', name: 'Mask' });
  });
});

describe('people × supplies', () => {
  it('lists every person in view with their role, one visit each', () => {
    const model = peopleSupplyModel(index, all, 'zh');
    expect(model.rows).toHaveLength(10);
    expect(model.rows[0]!.label).toBe('谭喜华（带队）');
    expect(model.rows.find((r) => r.id === 'liu-shigui')!.label).toBe('刘时贵（委托）');
    for (const row of model.rows) expect([row.visits, row.v0, row.v1, row.v2]).toEqual([1, 1, 1, 1]);
    model.rows.forEach(quoteIsInParagraph);
  });

  it('names people and roles in English', () => {
    const model = peopleSupplyModel(index, all, 'en');
    expect(model.rows[0]!.label).toBe('Tan Xihua (lead)');
    expect(model.rows.find((r) => r.id === 'hou-yaosen')!.detail).toBe('accompanying');
  });

  it('shows only the people of the visits in view', () => {
    const model = peopleSupplyModel(index, rowsFor({ district: ['ziyang'] }), 'zh');
    expect(model.rows.map((r) => r.id)).toEqual(['li-zhihong', 'su-zhaohu', 'liu-shigui']);
  });
});

describe('where the visits went', () => {
  it('is the tree district › street › community, in district colours', () => {
    const model = placeModel(index, all, 'zh');
    expect(model.rows.map((r) => `${'  '.repeat(r.depth)}${r.label} ${r.v0}`)).toEqual([
      '赫山区 4',
      '  赫山街道 2',
      '    洪家村社区 1',
      '    腰塘社区 1',
      '  赫山村 1',
      '  会龙山街道 1',
      '    龙山港社区 1',
      '资阳区 2',
      '  大码头街道 1',
      '    金花坪社区 1',
      '  汽车路街道 1',
      '    城门外社区 1',
    ]);
    expect(model.rows[2]!.fullLabel).toBe('赫山区 › 赫山街道 › 洪家村社区');
    expect(new Set(model.rows.filter((r) => r.facet.id === 'ziyang').map((r) => r.rowColor))).toEqual(
      new Set([tokens.colors.district.ziyang]),
    );
    expect(model.legend.map((l) => [l.label, l.color])).toEqual([
      ['赫山区', tokens.colors.district.heshan],
      ['资阳区', tokens.colors.district.ziyang],
    ]);
    model.rows.forEach(quoteIsInParagraph);
  });

  it('filters a district row by district, and a street or community row by that place', () => {
    const model = placeModel(index, all, 'en');
    expect(model.rows.find((r) => r.id === 'ziyang')!.facet).toEqual({
      key: 'district',
      id: 'ziyang',
      name: 'Ziyang District',
    });
    expect(model.rows.find((r) => r.id === 'chengmenwai-community')!.facet).toEqual({
      key: 'place',
      id: 'chengmenwai-community',
      name: 'Chengmenwai Community',
    });
  });
});

/** All four charts' models for some visits, as the charts section computes them. */
function chartModels(rows: readonly VisitRow[]) {
  const facts = collectFacts(rows);
  return [districtSupplyModel, variantModel, peopleSupplyModel, placeModel].map((model) =>
    model(index, rows, 'zh', facts),
  );
}

describe('empty and large views', () => {
  it('has nothing to draw when no visit is in view', () => {
    for (const model of chartModels([])) {
      expect(model.rows).toEqual([]);
      expect(hasData(model)).toBe(false);
    }
    for (const model of chartModels(all)) expect(hasData(model)).toBe(true);
  });

  it('keeps the rows with most visits, in their order', () => {
    const rows = [3, 1, 5, 1, 4].map((visits, i) => ({ id: `r${i}`, visits }));
    expect(keepLargest(rows, 3).map((r) => r.id)).toEqual(['r0', 'r2', 'r4']);
    expect(keepLargest(rows, 10)).toHaveLength(5);
  });

  it('never draws a community without its street and district', () => {
    const model = placeModel(index, all, 'zh');
    expect(keepTreeTop(model.rows, 5).map((r) => r.label)).toEqual([
      '赫山区',
      '赫山街道',
      '赫山村',
      '会龙山街道',
      '资阳区',
    ]);
    for (let limit = 1; limit <= model.rows.length; limit += 1) {
      const kept = keepTreeTop(model.rows, limit);
      expect(kept).toHaveLength(limit);
      const ids = new Set(kept.map((r) => r.id));
      for (const row of kept) {
        const parentId = index.places.get(row.id)?.parentId;
        if (parentId) expect(ids.has(parentId), `${row.id} without ${parentId} (limit ${limit})`).toBe(true);
      }
    }
  });

  it('limits the chart and the table with many visits (synthetic: the six visits repeated)', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      all.map((row) => ({ ...row, personIds: row.personIds.map((p) => `${p}-${i}`) })),
    ).flat();
    const model = peopleSupplyModel(index, many, 'zh');
    expect(model.totalRows).toBe(2000);
    expect(model.chartRows).toHaveLength(chartLimits['people-supplies']);
    expect(model.rows).toHaveLength(tableLimit);
  });
});

describe('labels and layout', () => {
  it('measures CJK wider than Latin', () => {
    expect(textWidth('赫山区', 12)).toBe(36);
    expect(textWidth('abc', 10)).toBeCloseTo(16.8);
  });

  it('cuts a label to fit, with an ellipsis', () => {
    expect(fitLabel('洪家村社区', 100, 12)).toBe('洪家村社区');
    expect(fitLabel('洪家村社区便民服务中心', 60, 12)).toBe('洪家村社…');
    expect(
      textWidth(fitLabel('Hongjiacun Community convenience service centre', 90, 12), 12),
    ).toBeLessThanOrEqual(90);
  });

  it('wraps a long label on two lines, between words or CJK characters', () => {
    expect(wrapLabel('Hongjiacun Community', 90, 12)).toEqual(['Hongjiacun', 'Community']);
    expect(wrapLabel('赫山区', 90, 12)).toEqual(['赫山区']);
    expect(wrapLabel('洪家村社区便民服务中心', 60, 12)).toEqual(['洪家村社区', '便民服务…']);
    const lines = wrapLabel('Liu Shigui (entrusted by) and several more words', 90, 12);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(90);
    expect(wrapLabel('Supercalifragilisticexpialidocious', 60, 12).every((l) => textWidth(l, 12) <= 60)).toBe(
      true,
    );
  });

  it('gives the labels at most 40 % of a narrow chart, and more rows more height', () => {
    const model = placeModel(index, all, 'en');
    expect(categoryAxis(model, 340, 12).width).toBe(136);
    expect(categoryAxis(model, 340, 12).lines).toBe(2);
    expect(categoryAxis(model, 1200, 12).lines).toBe(1);
    expect(chartHeight(model, 2)).toBeGreaterThan(chartHeight(model, 1));
  });
});

describe('chart theme', () => {
  it('takes district and supply colours from the tokens', () => {
    expect(districtColor('heshan')).toBe(tokens.colors.district.heshan);
    expect(districtColor('ziyang')).toBe(tokens.colors.district.ziyang);
    expect(supplyColor('mask')).toBe(tokens.colors.supply.mask);
  });

  it('gives an unknown id a stable colour that no named id of its kind has', () => {
    expect(supplyColor('gloves')).toBe(supplyColor('gloves'));
    expect(Object.values(tokens.colors.supply)).not.toContain(supplyColor('gloves'));
    expect(Object.values(tokens.colors.supply)).not.toContain(supplyColor('thermometer'));
    expect(districtColor('anhua')).toBe(
      fallbackColor('anhua', [tokens.colors.district.heshan, tokens.colors.district.ziyang]),
    );
  });
});
