/**
 * Pure selection: (dataset, filters) -> the visits in view, facet counts and headline figures. No React and no
 * DOM here. `buildIndex` runs once per dataset; `selectView` once per filter state, in one pass over the visits.
 * Chart series are the charts' own business (src/features/charts/models).
 */
import { placePathIds } from './places';
import type {
  Bulletin,
  Dataset,
  Organization,
  ParticipantRole,
  Person,
  Place,
  SupplyType,
  TimeOfDay,
  Visit,
} from './schema';

export const facetKeys = ['bulletin', 'district', 'person', 'supply', 'place'] as const;
export type FacetKey = (typeof facetKeys)[number];
export type Filters = Record<FacetKey, readonly string[]>;
export const emptyFilters: Filters = { bulletin: [], district: [], place: [], person: [], supply: [] };

export type VisitRow = {
  visit: Visit;
  bulletin: Bulletin;
  /** Position of the visit in its bulletin: the reading order. */
  bulletinOrder: number;
  /** Sortable instant: date, then time of day; used to order the timeline (undated visits last). */
  sortKey: string;
  /** The county-level division, or null where neither the text nor a gazetteer gives it. */
  districtId: string | null;
  /** district › street › community (ids); missing levels are left out. */
  placePath: string[];
  leadIds: string[];
  /** Everyone named in the visit, whatever their role. */
  personIds: string[];
  /** Those who took part: every role but 'entrusted-by' (who sent someone and did not go). */
  presentIds: string[];
  supplyTypeIds: string[];
  facets: Record<FacetKey, readonly string[]>;
};

export type DatasetIndex = {
  dataset: Dataset;
  rows: VisitRow[];
  people: Map<string, Person>;
  organizations: Map<string, Organization>;
  places: Map<string, Place>;
  supplyTypes: Map<string, SupplyType>;
  bulletins: Map<string, Bulletin>;
  /** The roles each person has anywhere in the data, in the order of `participantRoleOrder`. */
  personRoles: Map<string, ParticipantRole[]>;
  /** Every value of every facet, in display order. */
  facetValues: Record<FacetKey, string[]>;
};

const timeRank: Record<TimeOfDay, string> = { morning: '09', afternoon: '15', evening: '20' };
export const participantRoleOrder: readonly ParticipantRole[] = ['lead', 'entrusted-by', 'accompanying', 'delegation'];

/** The sort key of a visit whose date the text does not give: after every dated one. */
export const UNDATED_SORT_KEY = '~';

/** Sort key of a visit: its date and time of day; a day without a time of day sorts first on that day. */
export function visitSortKey(visit: Visit): string {
  if (visit.date === null) return UNDATED_SORT_KEY;
  return `${visit.date}T${visit.timeOfDay ? timeRank[visit.timeOfDay] : '00'}`;
}

/** Sort key of a publication, comparable with visitSortKey: local date and hour as written; null if unknown. */
export function publicationSortKey(bulletin: Bulletin): string | null {
  return bulletin.publishedAt === null ? null : bulletin.publishedAt.slice(0, 16);
}

/** Roles of people who went; 'entrusted-by' names someone who sent another in their place. */
export const presentRoles: ReadonlySet<string> = new Set(['lead', 'accompanying', 'delegation']);

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
const unique = (values: Iterable<string>) => [...new Set(values)];

export function buildIndex(dataset: Dataset): DatasetIndex {
  const people = byId(dataset.people);
  const places = byId(dataset.places);
  const rolesSeen = new Map<string, Set<ParticipantRole>>();
  const rows: VisitRow[] = [];
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

export type Figures = {
  visits: number;
  /** People who took part in a visit in view. */
  people: number;
  /** People named only as having entrusted someone (they did not go). */
  entrustedOnly: number;
  places: number;
  districts: number;
  supplyTypes: number;
};

export type View = {
  rows: VisitRow[];
  total: number;
  /** For each facet value: the visits it would give with the other facets' filters applied. */
  facetCounts: Record<FacetKey, Map<string, number>>;
  figures: Figures;
};

/**
 * Values within a facet are alternatives (OR); facets combine (AND). One pass: a row that fails no facet is in
 * view and counts for every facet; a row that fails exactly one facet counts only for that facet's values.
 */
export function selectView(index: DatasetIndex, filters: Filters): View {
  const active = facetKeys
    .filter((key) => filters[key].length > 0)
    .map((key) => [key, new Set(filters[key])] as const);
  const facetCounts = {} as Record<FacetKey, Map<string, number>>;
  for (const key of facetKeys) facetCounts[key] = new Map(index.facetValues[key].map((id) => [id, 0]));
  const bump = (key: FacetKey, row: VisitRow) => {
    const counts = facetCounts[key];
    for (const id of row.facets[key]) counts.set(id, (counts.get(id) ?? 0) + 1);
  };

  const rows: VisitRow[] = [];
  for (const row of index.rows) {
    let failed: FacetKey | null = null;
    let failures = 0;
    for (const [key, wanted] of active) {
      if (!row.facets[key].some((id) => wanted.has(id))) {
        failures += 1;
        failed = key;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      rows.push(row);
      for (const key of facetKeys) bump(key, row);
    } else if (failures === 1 && failed) {
      bump(failed, row);
    }
  }
  return { rows, total: index.rows.length, facetCounts, figures: figuresOf(rows) };
}

export function figuresOf(rows: readonly VisitRow[]): Figures {
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
