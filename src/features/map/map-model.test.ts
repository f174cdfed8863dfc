/**
 * The map's model on the bundled dataset (public/data/dataset.json: 4 visits in 赫山区 430903, 2 in 资阳区 430902)
 * and on copies of it changed one field at a time; the geometry index is a hand-made one of two prefectures.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../data/parse-dataset';
import type { Dataset } from '../../data/schema';
import { emptyFilters, selectView } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import { fixture } from '../../testing/fixtures';
// The model under test, each part read off it (`M.finding`, `M.planMap`).
import * as M from './map-model';

const geo: M.GeoIndex = {
  source: { package: 'p', version: '1', license: 'MIT', files: 'x', divisions: 'd' },
  checksum: '',
  files: {
    '4309': { name: '益阳市', bytes: 1, sha256: '', counties: 6 },
    '1101': { name: '北京市', bytes: 1, sha256: '', counties: 16 },
  },
  prefectures: { '4309': ['4309'], '1101': ['1101'] },
  counties: { '430902': '4309', '430903': '4309', '430921': '4309', '110101': '1101' },
};

function edited(edit: (d: Dataset) => void) {
  const dataset = structuredClone(fixture('bundled'));
  edit(dataset);
  return buildIndex(validateDataset(dataset));
}

const all = (index: ReturnType<typeof buildIndex>) => selectView(index, emptyFilters).rows;

describe('counting visits by county', () => {
  it('counts each visit in view under its district’s code', () => {
    const index = buildIndex(validateDataset(fixture('bundled')));
    const counts = M.countVisits(index, all(index));
    expect(Object.fromEntries(counts.byCounty)).toEqual({ '430903': 4, '430902': 2 });
    expect(counts.unknown).toBe(0);
    expect(counts.total).toBe(6);
  });

  it('counts only the visits in view', () => {
    const index = buildIndex(validateDataset(fixture('bundled')));
    const rows = selectView(index, { ...emptyFilters, district: ['ziyang'] }).rows;
    expect(Object.fromEntries(M.countVisits(index, rows).byCounty)).toEqual({ '430902': 2 });
  });

  it('falls back to the code of the place visited when the district has none', () => {
    const index = edited((d) => {
      for (const p of d.places) if (p.kind === 'district') p.divisionCode = null;
    });
    // The communities' 12-digit codes still start with their county's six digits; 赫山村 has no code of its
    // own, so with its district's gone that visit's county is unknown.
    const counts = M.countVisits(index, all(index));
    expect(Object.fromEntries(counts.byCounty)).toEqual({ '430903': 3, '430902': 2 });
    expect(counts.unknown).toBe(1);
  });

  it('counts a visit with no code anywhere on its path as place unknown', () => {
    const index = edited((d) => {
      for (const p of d.places) p.divisionCode = null;
    });
    const counts = M.countVisits(index, all(index));
    expect(counts.byCounty.size).toBe(0);
    expect(counts.unknown).toBe(6);
  });
});

describe('which prefectures to draw', () => {
  it('draws the prefecture of the counties in view', () => {
    const index = buildIndex(validateDataset(fixture('bundled')));
    expect(M.planMap(geo, index, M.countVisits(index, all(index)))).toEqual({
      files: ['4309'],
      unmapped: [],
    });
  });

  it('draws each prefecture a dataset spans, most visits first, and names counties with no outline', () => {
    const index = edited((d) => {
      const ziyang = d.places.find((p) => p.id === 'ziyang');
      if (ziyang) ziyang.divisionCode = '110101';
      for (const p of d.places) if (p.divisionCode?.startsWith('430902')) p.divisionCode = null;
      const heshan = d.places.find((p) => p.id === 'heshan');
      if (heshan) heshan.divisionCode = '430999';
    });
    const plan = M.planMap(geo, index, M.countVisits(index, all(index)));
    expect(plan.files).toEqual(['1101']);
    expect(plan.unmapped).toEqual(['430999']);
  });

  it('keeps the dataset’s prefectures on the map when no visit is in view', () => {
    const index = buildIndex(validateDataset(fixture('bundled')));
    expect(M.planMap(geo, index, M.countVisits(index, [])).files).toEqual(['4309']);
  });
});

describe('colour scale', () => {
  it('gives zero the neutral colour and the largest count the darkest', () => {
    const bins = M.colorBins(4);
    expect(M.colorOf(bins, 0)).toBe(M.neutral);
    expect(M.colorOf(bins, 4)).toBe(M.ramp[4]);
    expect(M.colorOf(bins, 1)).toBe(M.ramp[0]);
    expect(new Set(bins.map((b) => b.color)).size).toBe(4);
  });

  it('one count per step up to five, then five equal ranges', () => {
    expect(M.colorBins(0)).toEqual([]);
    expect(M.colorBins(1)).toEqual([{ from: 1, to: 1, color: M.ramp[4] }]);
    expect(M.colorBins(12).map((b) => [b.from, b.to])).toEqual([
      [1, 3],
      [4, 6],
      [7, 9],
      [10, 12],
    ]);
    expect(M.colorOf(M.colorBins(12), 12)).toBe(M.ramp[3]);
  });
});

describe('the finding in words', () => {
  const index = buildIndex(validateDataset(fixture('bundled')));
  const districts = M.districtPlaces(index);
  const counts = M.countVisits(index, all(index));

  it('names the counties with visits, most first', () => {
    const zh = M.finding(counts, (code) => M.countyName(code, 'zh', districts));
    expect(M.findingTitle(zh, { item: (n, c) => `${n}${c}次`, sep: '、', more: (c) => `等${c}个区县` })).toBe(
      '赫山区4次、资阳区2次',
    );
    const en = M.finding(counts, (code) => M.countyName(code, 'en', districts));
    expect(
      M.findingTitle(en, { item: (n, c) => `${n} ${c}`, sep: ', ', more: (c) => ` and ${c} more` }),
    ).toBe('Heshan District 4, Ziyang District 2');
  });

  it('says how many more past the first few', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map((code, i) => ({ code, name: code, count: 5 - i }));
    expect(M.findingTitle(items, { item: (n, c) => `${n}${c}`, sep: '、', more: (c) => `等${c}个` })).toBe(
      'a5、b4、c3等2个',
    );
  });

  it('takes a county’s name from the outline where the dataset has no such district', () => {
    expect(M.countyName('430921', 'en', districts, { name: '南县', en: 'Nan County' })).toBe('Nan County');
    expect(M.countyName('430921', 'zh', districts, { name: '南县', en: 'Nan County' })).toBe('南县');
  });
});
