import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/index-builder';
import { fixture } from '../../testing/fixtures';
import { sortRows } from './visits-table';

/** The small fixture has a visit whose date the text does not give: in the timeline it comes last. */
const index = buildIndex(fixture('small'));
const dates = (rows: ReturnType<typeof sortRows>) => rows.map((r) => r.visit.date ?? 'undated');

describe('sorting the table', () => {
  it('by date lists the visits as the timeline does, the undated one last', () => {
    const sorted = sortRows(index.rows, index, { key: 'date', dir: 'ascending' }, 'zh');
    expect(sorted.map((r) => r.visit.id)).toEqual(index.rows.map((r) => r.visit.id));
    expect(dates(sorted).at(-1)).toBe('undated');
  });

  it('by date, descending, puts the undated visit first and keeps reading order within a day', () => {
    const sorted = sortRows(index.rows, index, { key: 'date', dir: 'descending' }, 'zh');
    expect(dates(sorted)[0]).toBe('undated');
    const keys = sorted.map((r) => r.sortKey);
    expect(keys).toEqual([...keys].sort().reverse());
    // Visits with the same time keep their order in the timeline.
    for (let i = 1; i < sorted.length; i += 1)
      if (sorted[i]!.sortKey === sorted[i - 1]!.sortKey)
        expect(sorted[i]!.position).toBeGreaterThan(sorted[i - 1]!.position);
  });

  it('by district groups the visits by district name, each in time order', () => {
    const sorted = sortRows(index.rows, index, { key: 'district', dir: 'ascending' }, 'zh');
    // Each district's visits stand together: 东区 ×3, then 西区 ×1.
    const runs = sorted.map((r) => r.districtId).filter((id, i, all) => id !== all[i - 1]);
    expect(runs).toEqual(['east', 'west']);
    for (let i = 1; i < sorted.length; i += 1)
      if (sorted[i]!.districtId === sorted[i - 1]!.districtId)
        expect(sorted[i]!.position).toBeGreaterThan(sorted[i - 1]!.position);
  });
});
