// @vitest-environment node
/**
 * Grouping and reducers on hand-made columns: five visits (runs 0–4) and what each names. The charts' own tests
 * (models.test.ts, counts-oracle.test.ts) check the numbers they make of them.
 */
import { describe, expect, it } from 'vitest';
import type { Column } from '../../../data/select';
// The module under test, its grouping and every reducer read off it: `R.groupBy`, `R.reduceCount`.
import * as R from './reduce';

/** A column from each run's values. */
const column = (runs: number[][]): Column => {
  const start = new Int32Array(runs.length + 1);
  runs.forEach((values, r) => (start[r + 1] = (start[r] as number) + values.length));
  return { start, values: Int32Array.from(runs.flat()), rows: runs.length };
};

// Places visited (0–2; run 3 none), people who went (0–3), districts (0–1; run 4 none), an amount per kind.
const place = column([[1], [0], [1], [], [2]]);
const people = column([[0, 1], [2], [1, 3], [0], [3, 3]]);
const district = column([[0], [0], [1], [1], []]);
const kinds = column([[0, 0], [], [1], [0], [1]]);
const amounts = Float64Array.from([5, 7, 2, 1, 4]);
const all = Int32Array.from([0, 1, 2, 3, 4]);

describe('groupBy', () => {
  it('makes a group per value, in the order first met, each with its rows in view order', () => {
    const groups = R.reduce(R.groupBy(all, place, 3), { rows: ({ rows }) => [...rows] });
    expect(groups).toEqual([
      { key: 1, first: 0, rows: [0, 2] },
      { key: 0, first: 1, rows: [1] },
      { key: 2, first: 4, rows: [4] },
    ]);
    expect(R.groupBy(all, place, 3).missing).toBe(1);
  });

  it('gives a row with no value a group of its own, or one group for all of them', () => {
    expect([...R.groupBy(all, place, 3, { missing: 'each' }).keys]).toEqual([1, 0, -1, 2]);
    const none = column([[], [0], [], [], [0]]);
    expect([...R.groupBy(all, none, 1, { missing: 'each' }).keys]).toEqual([-1, 0, -1, -1]);
    expect([...R.groupBy(all, none, 1, { missing: 'together' }).keys]).toEqual([-1, 0]);
  });

  it('reads only the rows given, and with `where`, only those with a value in that column', () => {
    expect([...R.groupBy(Int32Array.from([4, 2]), place, 3).keys]).toEqual([2, 1]);
    expect([...R.groupBy(all, district, 2, { missing: 'together', where: kinds }).keys]).toEqual([0, 1, -1]);
  });
});

describe('reducers', () => {
  it('count rows, distinct values (in the order first met) and distinct rows', () => {
    const byPlace = R.reduce(R.groupBy(all, place, 3, { missing: 'each' }), {
      visits: R.reduceCount,
      people: R.reduceDistinct(people, 4),
      names: R.reduceDistinctValues(people, 4),
    });
    expect(byPlace.map(({ key, visits, people, names }) => ({ key, visits, people, names }))).toEqual([
      { key: 1, visits: 2, people: 3, names: [0, 1, 3] },
      { key: 0, visits: 1, people: 1, names: [2] },
      { key: -1, visits: 1, people: 1, names: [0] },
      { key: 2, visits: 1, people: 1, names: [3] },
    ]);
  });

  // Kind 0: run 0 states it twice (5 and 7), run 3 once (1). Kind 1: run 2 (2), and run 4, which has no district (4).
  it('sum the amounts beside the entries, in all and per district', () => {
    const byKind = R.reduce(R.groupBy(all, kinds, 2), {
      total: R.reduceSum(amounts),
      perDistrict: R.reduceBy(district, 2, amounts),
    });
    expect(
      byKind.map(({ key, total, perDistrict }) => ({ key, total, perDistrict: [...perDistrict] })),
    ).toEqual([
      { key: 0, total: 13, perDistrict: [12, 1, 0] },
      { key: 1, total: 6, perDistrict: [0, 2, 4] },
    ]);
  });

  it('count the entries, and each visit once, in all and per district', () => {
    const byKind = R.reduce(R.groupBy(all, kinds, 2), {
      entries: R.reduceCount,
      visits: R.reduceRows,
      visitsPerDistrict: R.reduceBy(district, 2),
    });
    expect(
      byKind.map(({ key, first, entries, visits, visitsPerDistrict }) => ({
        key,
        first,
        entries,
        visits,
        visitsPerDistrict: [...visitsPerDistrict],
      })),
    ).toEqual([
      { key: 0, first: 0, entries: 3, visits: 2, visitsPerDistrict: [1, 1, 0] },
      { key: 1, first: 2, entries: 2, visits: 2, visitsPerDistrict: [0, 1, 1] },
    ]);
  });
});
