import fc from 'fast-check';
import { emptyFilters, facetKeys, selectView, type FacetKey, type Filters } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import { datasetSchema } from '../../data/schema';
import { fixture } from '../../testing/fixtures';
import { datasetJson, viewDataset } from './json-view';

/** The small fixture (src/testing/fixtures.ts): 东区 ×3, 西区 ×1. */
const index = buildIndex(fixture('small'));

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
    const { view, data } = exportOf({ ...emptyFilters, district: ['west'] });
    expect(data).not.toBeNull();
    const parsed = datasetSchema.safeParse(JSON.parse(datasetJson(data!)));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    const visits = data!.bulletins.flatMap((b) => b.visits);
    expect(visits.map((v) => v.id)).toEqual(view.rows.map((r) => r.visit.id));
    expect(visits.map((v) => v.id)).toEqual(['visit-f']);
    const original = new Map(index.dataset.bulletins.flatMap((b) => b.visits).map((v) => [v.id, v]));
    for (const v of visits) expect(v).toEqual(original.get(v.id));
    expect(data!.bulletins[0]!.paragraphs).toEqual(index.dataset.bulletins[0]!.paragraphs);
    expect(data!.places.map((p) => p.id)).toEqual(['west', 'community-four']);
    expect(data!.people.map((p) => p.id)).toEqual(['person-f']);
    expect(data!.organizations).toEqual([]);
    expect(data!.supplyTypes.map((s) => s.id)).toEqual(['alcohol']);
  });

  it('keeps only the people, organisations, places and supply types the visits refer to, with the places’ parents', () => {
    const { data } = exportOf({ ...emptyFilters, person: ['person-d'] });
    // The visit made for 丁: the one who entrusted and the one who went.
    expect(data!.people.map((p) => p.id)).toEqual(['person-d', 'person-e']);
    expect(data!.places.map((p) => p.id)).toEqual(['east', 'village-three']);
    const street = exportOf({ ...emptyFilters, place: ['street-one'] }).data!;
    expect(street.places.map((p) => p.id)).toEqual(['east', 'street-one', 'community-one', 'community-two']);
    expect(street.organizations.map((o) => o.id)).toEqual(['unit-b']);
    expect(street.supplyTypes.map((s) => s.id)).toEqual(['mask', 'alcohol', 'gloves']);
    const placeIds = new Set(street.places.map((p) => p.id));
    for (const p of street.places) if (p.parentId) expect(placeIds.has(p.parentId)).toBe(true);
  });

  it('exports a visit with no date, place or district, and the file still passes the schema', () => {
    const tiny = fixture('tiny');
    const visit = tiny.bulletins[0]!.visits[1]!;
    Object.assign(visit, { date: null, placeId: null, districtId: null });
    const idx = buildIndex(tiny);
    const data = viewDataset(
      idx,
      idx.rows.filter((r) => r.visit.id === visit.id),
    );
    expect(data!.places).toEqual([]);
    const parsed = datasetSchema.safeParse(JSON.parse(datasetJson(data!)));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('is null when no visit is in view (a dataset needs a bulletin; the UI says so instead)', () => {
    const tiny = buildIndex(fixture('tiny'));
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
