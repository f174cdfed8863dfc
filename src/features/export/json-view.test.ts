import fc from 'fast-check';
import {
  buildIndex,
  emptyFilters,
  facetKeys,
  selectView,
  type FacetKey,
  type Filters,
} from '../../data/select';
import { datasetSchema } from '../../data/schema';
import { realDataset, tinyDataset } from '../../testing/fixtures';
import { datasetJson, viewDataset } from './json-view';

const index = buildIndex(realDataset());

function exportOf(filters: Filters) {
  const view = selectView(index, filters);
  return { view, data: viewDataset(index, view.rows) };
}

describe('viewDataset', () => {
  it('is the whole dataset when nothing is filtered', () => {
    const { data } = exportOf(emptyFilters);
    expect(data).toEqual(index.dataset);
  });

  it('holds only the visits in view, with their evidence and whole paragraphs, and passes the schema', () => {
    const { view, data } = exportOf({ ...emptyFilters, district: ['ziyang'] });
    expect(data).not.toBeNull();
    const parsed = datasetSchema.safeParse(JSON.parse(datasetJson(data!)));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const visits = data!.bulletins.flatMap((b) => b.visits);
    expect(visits.map((v) => v.id).sort()).toEqual(view.rows.map((r) => r.visit.id).sort());
    const original = new Map(index.dataset.bulletins.flatMap((b) => b.visits).map((v) => [v.id, v]));
    for (const v of visits) expect(v).toEqual(original.get(v.id));
    expect(data!.bulletins[0]!.paragraphs).toEqual(index.dataset.bulletins[0]!.paragraphs);
    expect(data!.places.map((p) => p.id)).not.toContain('heshan');
    expect(data!.places.map((p) => p.id)).toContain('ziyang');
  });

  it('keeps only the people, organisations, places and supply types the visits refer to', () => {
    const { data } = exportOf({ ...emptyFilters, person: ['li-zhihong'] });
    expect(data!.people.map((p) => p.id)).toEqual(['li-zhihong']);
    expect(data!.organizations).toHaveLength(1);
    const placeIds = new Set(data!.places.map((p) => p.id));
    for (const p of data!.places) if (p.parentId) expect(placeIds.has(p.parentId)).toBe(true);
  });

  it('is null when no visit is in view (a dataset needs a bulletin; the UI says so instead)', () => {
    const tiny = buildIndex(tinyDataset());
    const view = selectView(tiny, { ...emptyFilters, district: ['east'], supply: ['alcohol'] });
    expect(view.rows).toHaveLength(0);
    expect(viewDataset(tiny, view.rows)).toBeNull();
  });

  it('passes the schema, whole-file checks included, for any filter state', () => {
    const filtersArb = fc.record(
      Object.fromEntries(
        facetKeys.map((k) => [k, fc.uniqueArray(fc.constantFrom(...index.facetValues[k]), { maxLength: 3 })]),
      ) as Record<FacetKey, fc.Arbitrary<string[]>>,
    );
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const { view, data } = exportOf(filters);
        if (view.rows.length === 0) {
          expect(data).toBeNull();
          return;
        }
        const parsed = datasetSchema.safeParse(data);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        expect(data!.bulletins.flatMap((b) => b.visits)).toHaveLength(view.rows.length);
      }),
      { numRuns: 60 },
    );
  });
});
