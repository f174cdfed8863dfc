/**
 * selectView and buildIndex work on numbers (typed arrays), and build the index piece by piece; the straightforward
 * version they replaced (Sets and Maps per row, kept below as the oracle) must give the same views: same rows in
 * the same order, same facet counts in the same order, same figures, for random datasets and filters.
 */
import fc from 'fast-check';
import { anySynth, synthYiyang } from '../testing/synth';
import { fixture } from '../testing/fixtures';
import { placePathIds } from './places';
import type { Dataset, ParticipantRole } from './schema';
import {
  facetKeys,
  participantRoleOrder,
  presentRoles,
  rowValues,
  selectView,
  type DatasetIndex,
  type FacetKey,
  type Figures,
  type Filters,
  type View,
  type VisitRow,
} from './select';
import { buildIndex, IndexBuilder, visitSortKey, withRows } from './index-builder';

// ---- the oracle: the implementation before the numbers (commit ae51c67) ----
/** A row as the oracle makes it: with every value it needs, where the index keeps them in its columns. */
type OracleRow = VisitRow & {
  personIds: string[];
  presentIds: string[];
  supplyTypeIds: string[];
  facets: Record<FacetKey, readonly string[]>;
};
type OracleIndex = DatasetIndex & { rows: OracleRow[] };

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
const unique = (values: Iterable<string>) => [...new Set(values)];

function oracleIndex(dataset: Dataset): OracleIndex {
  const people = byId(dataset.people);
  const places = byId(dataset.places);
  const rolesSeen = new Map<string, Set<ParticipantRole>>();
  const rows: OracleRow[] = [];
  for (const bulletin of dataset.bulletins) {
    bulletin.visits.forEach((visit, bulletinOrder) => {
      const personIds = unique(visit.participants.flatMap((p) => (p.personId ? [p.personId] : [])));
      for (const p of visit.participants) {
        if (!p.personId) continue;
        const roles = rolesSeen.get(p.personId) ?? new Set<ParticipantRole>();
        roles.add(p.role);
        rolesSeen.set(p.personId, roles);
      }
      const presentIds = unique(
        visit.participants.flatMap((p) => (p.personId && presentRoles.has(p.role) ? [p.personId] : [])),
      );
      const supplyTypeIds = unique(visit.supplies.map((s) => s.supplyTypeId));
      const path = placePathIds(places, visit.placeId);
      if (visit.districtId !== null && !path.includes(visit.districtId)) path.unshift(visit.districtId);
      rows.push({
        position: -1,
        visit,
        bulletin,
        bulletinOrder,
        sortKey: visitSortKey(visit),
        districtId: visit.districtId,
        placePath: path,
        leadIds: visit.participants.flatMap((p) => (p.role === 'lead' && p.personId ? [p.personId] : [])),
        personIds,
        presentIds,
        supplyTypeIds,
        facets: {
          bulletin: [bulletin.id],
          district: visit.districtId === null ? [] : [visit.districtId],
          // The streets and communities it went to, and every place it visited or inspected.
          place: unique([
            ...path.filter((id) => id !== visit.districtId),
            ...visit.inspected.map((i) => i.placeId),
          ]),
          person: personIds,
          supply: supplyTypeIds,
        },
      });
    });
  }
  const bulletinRank = new Map(dataset.bulletins.map((b, i) => [b.id, i]));
  rows.sort(
    (a, b) =>
      (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0) ||
      (bulletinRank.get(a.bulletin.id) ?? 0) - (bulletinRank.get(b.bulletin.id) ?? 0) ||
      a.bulletinOrder - b.bulletinOrder,
  );
  rows.forEach((row, i) => (row.position = i));

  const personRoles = new Map<string, ParticipantRole[]>();
  for (const [id, roles] of rolesSeen)
    personRoles.set(
      id,
      participantRoleOrder.filter((r) => roles.has(r)),
    );

  // Facet values in display order: districts and supply types as the dataset lists them, people by first
  // appearance in time order (leads of early visits first), bulletins as listed.
  const used = (key: FacetKey) => new Set(rows.flatMap((r) => r.facets[key]));
  const usedDistricts = used('district');
  const usedSupplies = used('supply');
  const usedPlaces = used('place');
  const facetValues: Record<FacetKey, string[]> = {
    bulletin: dataset.bulletins.map((b) => b.id),
    district: dataset.places.filter((p) => usedDistricts.has(p.id)).map((p) => p.id),
    place: dataset.places.filter((p) => usedPlaces.has(p.id)).map((p) => p.id),
    person: unique(rows.flatMap((r) => r.personIds)),
    supply: dataset.supplyTypes.filter((s) => usedSupplies.has(s.id)).map((s) => s.id),
  };
  for (const id of usedDistricts) if (!facetValues.district.includes(id)) facetValues.district.push(id);
  for (const id of usedSupplies) if (!facetValues.supply.includes(id)) facetValues.supply.push(id);

  // The index's fields, as index-builder.ts lists them: the oracle builds its own, sharing no code with it.
  return {
    dataset,
    rows,
    people,
    organizations: byId(dataset.organizations),
    places,
    supplyTypes: byId(dataset.supplyTypes),
    bulletins: byId(dataset.bulletins),
    personRoles,
    facetValues,
  };
}

function oracleView(index: OracleIndex, filters: Filters): View {
  const active = facetKeys
    .filter((key) => filters[key].length > 0)
    .map((key) => [key, new Set(filters[key])] as const);
  const facetCounts = {} as Record<FacetKey, Map<string, number>>;
  for (const key of facetKeys) facetCounts[key] = new Map(index.facetValues[key].map((id) => [id, 0]));
  const bump = (key: FacetKey, row: OracleRow) => {
    const counts = facetCounts[key];
    for (const id of row.facets[key]) counts.set(id, (counts.get(id) ?? 0) + 1);
  };

  // The date range: a visit with no date is in none; those the other filters keep are counted apart.
  const { from = null, to = null } = filters;
  const ranged = from !== null || to !== null;
  const inRange = (date: string | null) =>
    date !== null && (from === null || date >= from) && (to === null || date <= to);
  const undated = { inView: 0, leftOut: 0 };
  const rows: OracleRow[] = [];
  for (const row of index.rows) {
    let failed: FacetKey | null = null;
    const dateFails = ranged && !inRange(row.visit.date);
    let failures = dateFails ? 1 : 0;
    for (const [key, wanted] of active) {
      if (!row.facets[key].some((id) => wanted.has(id))) {
        failures += 1;
        failed = key;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      rows.push(row);
      if (row.visit.date === null) undated.inView += 1;
      for (const key of facetKeys) bump(key, row);
    } else if (failures === 1 && failed) {
      bump(failed, row);
    } else if (failures === 1 && row.visit.date === null) {
      undated.leftOut += 1;
    }
  }
  return { rows, total: index.rows.length, undated, facetCounts, figures: figuresOf(rows) };
}

function figuresOf(rows: readonly OracleRow[]): Figures {
  const present = new Set<string>();
  const named = new Set<string>();
  const places = new Set<string>();
  const districts = new Set<string>();
  const supplyTypes = new Set<string>();
  for (const row of rows) {
    row.presentIds.forEach((id) => present.add(id));
    row.personIds.forEach((id) => named.add(id));
    if (row.visit.placeId !== null) places.add(row.visit.placeId);
    row.visit.inspected.forEach((i) => places.add(i.placeId));
    if (row.districtId !== null) districts.add(row.districtId);
    row.supplyTypeIds.forEach((id) => supplyTypes.add(id));
  }
  let entrustedOnly = 0;
  for (const id of named) if (!present.has(id)) entrustedOnly += 1;
  return {
    visits: rows.length,
    people: present.size,
    entrustedOnly,
    places: places.size,
    districts: districts.size,
    supplyTypes: supplyTypes.size,
  };
}

// ---- the properties ----

const plain = (view: View) => ({
  ids: view.rows.map((r) => r.visit.id),
  total: view.total,
  counts: facetKeys.map((key) => [...view.facetCounts[key]]),
  figures: view.figures,
  undated: view.undated,
});

/** The index's rows with what its columns hold for each, as the oracle's rows hold it. */
const derived = (index: DatasetIndex) =>
  index.rows.map((r) => ({
    ...r,
    visit: r.visit.id,
    bulletin: r.bulletin.id,
    personIds: rowValues(index, r, 'person'),
    presentIds: rowValues(index, r, 'present'),
    supplyTypeIds: rowValues(index, r, 'supply'),
    facets: Object.fromEntries(facetKeys.map((key) => [key, rowValues(index, r, key)])),
  }));
const oracleRows = (index: OracleIndex) =>
  index.rows.map((r) => ({ ...r, visit: r.visit.id, bulletin: r.bulletin.id }));
const sameIndex = (a: DatasetIndex, b: OracleIndex) => {
  expect(derived(a)).toEqual(oracleRows(b));
  expect(a.facetValues).toEqual(b.facetValues);
  expect([...a.personRoles]).toEqual([...b.personRoles]);
};

/** The dates of an index's visits, and a day before and after them all. */
const datesOf = (index: DatasetIndex) => [
  '1999-12-31',
  ...new Set(index.rows.flatMap((r) => (r.visit.date === null ? [] : [r.visit.date]))),
  '2099-01-01',
];

/** Some values of each facet, some not in the data; sometimes a date range (either end may be open). */
const filtersFor = (index: DatasetIndex) =>
  fc
    .tuple(
      fc.record(
        Object.fromEntries(
          facetKeys.map((key) => [
            key,
            fc.subarray([...index.facetValues[key].slice(0, 12), 'no-such-id', 'constructor']),
          ]),
        ) as Record<FacetKey, fc.Arbitrary<string[]>>,
      ),
      fc.option(fc.constantFrom(...datesOf(index))),
      fc.option(fc.constantFrom(...datesOf(index))),
    )
    .map(([facets, from, to]): Filters => ({ ...facets, from, to }));

describe('selectView and buildIndex agree with the straightforward oracle', () => {
  it('on the fixtures, for every filter state drawn', () => {
    for (const name of ['small', 'tiny', 'bundled'] as const) {
      const data = fixture(name);
      const index = buildIndex(data);
      const oracle = oracleIndex(data);
      sameIndex(index, oracle);
      fc.assert(
        fc.property(filtersFor(index), (filters) => {
          expect(plain(selectView(index, filters))).toEqual(plain(oracleView(oracle, filters)));
        }),
        { numRuns: 60 },
      );
    }
  });

  it('on synthetic datasets, built in one go or piece by piece (places first or last)', () => {
    fc.assert(
      fc.property(anySynth({ min: 1, max: 300 }), fc.boolean(), ({ seed, visits }, placesFirst) => {
        const data = synthYiyang(visits, seed);
        const oracle = oracleIndex(data);
        const builder = new IndexBuilder();
        if (placesFirst) builder.setPlaces(data.places);
        for (const b of data.bulletins) builder.add(b);
        for (const index of [buildIndex(data), builder.finish(data)]) {
          sameIndex(index, oracle);
          fc.assert(
            fc.property(filtersFor(index), (filters) => {
              expect(plain(selectView(index, filters))).toEqual(plain(oracleView(oracle, filters)));
            }),
            { numRuns: 15 },
          );
        }
      }),
      { numRuns: 25 },
    );
  });

  it('with duplicate bulletin ids and an index built by hand (rows reordered)', () => {
    const data: Dataset = fixture('small');
    const copy = structuredClone(data.bulletins[0]!);
    data.bulletins.push(copy);
    const index = buildIndex(data);
    const oracle = oracleIndex(data);
    sameIndex(index, oracle);
    const byHand = withRows(index, [...index.rows].reverse());
    const oracleByHand: OracleIndex = { ...oracle, rows: [...oracle.rows].reverse() };
    fc.assert(
      fc.property(filtersFor(index), (filters) => {
        expect(plain(selectView(byHand, filters))).toEqual(plain(oracleView(oracleByHand, filters)));
      }),
      { numRuns: 40 },
    );
  });
});
