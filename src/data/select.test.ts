import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { synthDataset, type Division } from '../../scripts/synth-lib';
import { realDataset, tinyDataset } from '../testing/fixtures';
import {
  buildIndex,
  emptyFilters,
  placeTree,
  selectView,
  suppliesByDistrict,
  suppliesByPerson,
  supplyVariants,
  facetKeys,
  type FacetKey,
  type Filters,
} from './select';

const index = buildIndex(realDataset());
const filters = (f: Partial<Filters>): Filters => ({ ...emptyFilters, ...f });
const leads = (rows: ReturnType<typeof selectView>['rows']) => rows.map((r) => r.leadIds.join('+'));

describe('selectView on the bundled bulletin', () => {
  it('shows all six visits in time order when nothing is filtered', () => {
    const view = selectView(index, emptyFilters);
    expect(view.total).toBe(6);
    expect(view.rows).toHaveLength(6);
    // All on 2020-02-07: the visit with no time of day first, then the morning visits in bulletin order.
    expect(leads(view.rows)).toEqual([
      'tan-xihua',
      'cheng-daofeng',
      'li-zhihong',
      'zhang-liangwen',
      'chen-youcai',
      'su-zhaohu',
    ]);
  });

  it('filters by district', () => {
    const view = selectView(index, filters({ district: ['ziyang'] }));
    expect(leads(view.rows)).toEqual(['li-zhihong', 'su-zhaohu']);
    expect(view.figures).toMatchObject({ visits: 2, districts: 1 });
  });

  it('treats values within a facet as alternatives and facets as conditions that all hold', () => {
    expect(selectView(index, filters({ district: ['ziyang', 'heshan'] })).rows).toHaveLength(6);
    const view = selectView(index, filters({ district: ['heshan'], person: ['liu-songtao', 'tan-xihua'] }));
    expect(leads(view.rows)).toEqual(['tan-xihua', 'chen-youcai']);
  });

  it('matches a person in any role, not only the lead', () => {
    const view = selectView(index, filters({ person: ['liu-shigui'] }));
    expect(leads(view.rows)).toEqual(['su-zhaohu']);
  });

  it('counts beside each value what it would give with the other filters applied', () => {
    const view = selectView(index, filters({ district: ['ziyang'], supply: ['mask'] }));
    // District counts ignore the district filter but apply the supply filter: every visit had masks.
    expect(view.facetCounts.district.get('heshan')).toBe(4);
    expect(view.facetCounts.district.get('ziyang')).toBe(2);
    // Person counts apply both: people of the heshan visits get 0, but are still listed.
    expect(view.facetCounts.person.get('li-zhihong')).toBe(1);
    expect(view.facetCounts.person.get('tan-xihua')).toBe(0);
    expect(view.facetCounts.person.has('tan-xihua')).toBe(true);
  });

  it('gives an empty view, not an error, when filters exclude everything', () => {
    const view = selectView(index, filters({ district: ['ziyang'], person: ['tan-xihua'] }));
    expect(view.rows).toEqual([]);
    expect(view.figures).toEqual({ visits: 0, people: 0, places: 0, districts: 0, supplyTypes: 0 });
  });
});

describe('chart series count visits, never amounts', () => {
  const rows = selectView(index, emptyFilters).rows;

  it('supplies by district', () => {
    const series = suppliesByDistrict(index, rows);
    expect(series.map((s) => s.id)).toEqual(['heshan', 'ziyang']);
    expect(series[0]?.counts).toEqual({ mask: 4, alcohol: 4, disinfectant: 4 });
    expect(series[1]?.counts).toEqual({ mask: 2, alcohol: 2, disinfectant: 2 });
  });

  it('supply variants as written', () => {
    const variants = supplyVariants(index, rows).map((v) => `${v.text}:${v.visits}`);
    expect(variants).toEqual(
      expect.arrayContaining(['口罩:4', '医用口罩:2', '消毒液:4', '84消毒液:2', '酒精:6']),
    );
    expect(variants).toHaveLength(5);
  });

  it('people by supplies', () => {
    const series = suppliesByPerson(index, rows);
    expect(series.find((s) => s.id === 'liu-shigui')?.counts).toEqual({
      mask: 1,
      alcohol: 1,
      disinfectant: 1,
    });
  });

  it('place tree: district › street › community, parents before children', () => {
    const tree = placeTree(index, rows);
    const heshan = tree.find((p) => p.id === 'heshan');
    expect(heshan).toMatchObject({ depth: 0, visits: 4 });
    const street = tree.find((p) => p.id === 'heshan-subdistrict');
    expect(street?.visits).toBe(2);
    expect(tree.indexOf(street!)).toBeGreaterThan(tree.indexOf(heshan!));
    // The village whose street is not named hangs directly under its district.
    expect(tree.find((p) => p.path.at(-1) === 'heshan-village')?.path).toEqual(['heshan', 'heshan-village']);
    expect(tree.filter((p) => p.depth === 0).reduce((n, p) => n + p.visits, 0)).toBe(6);
  });
});

describe('many bulletins', () => {
  it('counts visits across every bulletin and filters by bulletin', () => {
    const data = tinyDataset();
    const second = structuredClone(data.bulletins[0]!);
    second.id = 'second-bulletin';
    second.publishedAt = '2020-03-01T10:00:00+08:00';
    second.visits = second.visits.map((v) => ({ ...v, id: `${v.id}-2`, date: '2020-02-29' }));
    data.bulletins.push(second);
    const idx = buildIndex(data);
    expect(selectView(idx, emptyFilters).total).toBe(4);
    expect(selectView(idx, filters({ bulletin: ['second-bulletin'] })).rows.map((r) => r.visit.id)).toEqual([
      'visit-one-2',
      'visit-two-2',
    ]);
    expect(idx.facetValues.bulletin).toEqual(['test-bulletin', 'second-bulletin']);
  });
});

describe('selection properties (fast-check)', () => {
  const idx = buildIndex(realDataset());
  const filtersArb = fc.record(
    Object.fromEntries(
      facetKeys.map((k) => [k, fc.uniqueArray(fc.constantFrom(...idx.facetValues[k]), { maxLength: 4 })]),
    ) as Record<FacetKey, fc.Arbitrary<string[]>>,
  );

  it('each facet count equals the visits that value alone would give with the other filters', () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        const view = selectView(idx, f);
        for (const key of facetKeys) {
          for (const id of idx.facetValues[key]) {
            expect(view.facetCounts[key].get(id)).toBe(selectView(idx, { ...f, [key]: [id] }).rows.length);
          }
        }
      }),
    );
  });

  it('district counts sum to the visits in view when districts are not filtered (they partition the visits)', () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        const view = selectView(idx, { ...f, district: [] });
        const sum = [...view.facetCounts.district.values()].reduce((a, b) => a + b, 0);
        expect(sum).toBe(view.rows.length);
        expect(view.figures.visits).toBe(view.rows.length);
      }),
    );
  });

  it('every visit in view satisfies every active filter, and no visit left out does', () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        const inView = new Set(selectView(idx, f).rows.map((r) => r.visit.id));
        for (const row of idx.rows) {
          const ok = facetKeys.every(
            (k) => f[k].length === 0 || row.facets[k].some((id) => f[k].includes(id)),
          );
          expect(inView.has(row.visit.id)).toBe(ok);
        }
      }),
    );
  });
});

describe('selection properties over generated datasets (fast-check)', () => {
  const divisions = JSON.parse(
    readFileSync(resolve(process.cwd(), 'data/divisions/yiyang.json'), 'utf8'),
  ) as Division[];

  it('for any dataset and filter state: status = cards, counts agree, facet counts match their own views', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (seed, visits, coins) => {
          const idx = buildIndex(synthDataset({ visits, seed, divisions }));
          // A random filter state drawn from the values the dataset has.
          const f = Object.fromEntries(
            facetKeys.map((k) => [k, idx.facetValues[k].filter(() => (coins.next().value as number) < 0.15)]),
          ) as unknown as Filters;
          const view = selectView(idx, f);
          expect(view.total).toBe(visits);
          expect(view.figures.visits).toBe(view.rows.length);
          const unfiltered = selectView(idx, { ...f, district: [] });
          expect([...unfiltered.facetCounts.district.values()].reduce((a, b) => a + b, 0)).toBe(
            unfiltered.rows.length,
          );
          for (const key of facetKeys) {
            for (const id of idx.facetValues[key].slice(0, 6)) {
              expect(view.facetCounts[key].get(id)).toBe(selectView(idx, { ...f, [key]: [id] }).rows.length);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
