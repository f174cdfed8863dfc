/**
 * Pure selection: (dataset, filters) -> the visits in view, facet counts, headline figures and chart series.
 * No React and no DOM here. `buildIndex` runs once per dataset; `selectView` once per filter state, in one pass
 * over the visits; chart series are computed from the visits in view.
 */
import type { Bulletin, Dataset, Organization, Person, Place, SupplyType, TimeOfDay, Visit } from './schema';

export const facetKeys = ['bulletin', 'district', 'person', 'supply', 'place'] as const;
export type FacetKey = (typeof facetKeys)[number];
export type Filters = Record<FacetKey, readonly string[]>;
export const emptyFilters: Filters = { bulletin: [], district: [], place: [], person: [], supply: [] };

export type VisitRow = {
  visit: Visit;
  bulletin: Bulletin;
  /** Position of the visit in its bulletin: the reading order. */
  bulletinOrder: number;
  /** Sortable instant: date, then time of day; used to order the timeline. */
  sortKey: string;
  districtId: string;
  /** district › street › community (ids); missing levels are left out. */
  placePath: string[];
  leadIds: string[];
  personIds: string[];
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
  personRoles: Map<string, string[]>;
  /** Every value of every facet, in display order. */
  facetValues: Record<FacetKey, string[]>;
};

const timeRank: Record<TimeOfDay, string> = { morning: '09', afternoon: '15', evening: '20' };
export const participantRoleOrder = ['lead', 'entrusted-by', 'accompanying', 'delegation'] as const;

/** Sort key of a visit: its date and time of day; a day without a time of day sorts first on that day. */
export function visitSortKey(visit: Visit): string {
  return `${visit.date}T${visit.timeOfDay ? timeRank[visit.timeOfDay] : '00'}`;
}

/** Sort key of a publication, comparable with visitSortKey: local date and hour as written in publishedAt. */
export function publicationSortKey(bulletin: Bulletin): string {
  return bulletin.publishedAt.slice(0, 16);
}

export function placePath(places: Map<string, Place>, placeId: string): Place[] {
  const path: Place[] = [];
  const seen = new Set<string>();
  let current = places.get(placeId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.unshift(current);
    current = current.parentId === null ? undefined : places.get(current.parentId);
  }
  return path;
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
const unique = (values: Iterable<string>) => [...new Set(values)];

export function buildIndex(dataset: Dataset): DatasetIndex {
  const people = byId(dataset.people);
  const places = byId(dataset.places);
  const rolesSeen = new Map<string, Set<string>>();
  const rows: VisitRow[] = [];
  for (const bulletin of dataset.bulletins) {
    bulletin.visits.forEach((visit, bulletinOrder) => {
      const personIds = unique(visit.participants.flatMap((p) => (p.personId ? [p.personId] : [])));
      for (const p of visit.participants) {
        if (!p.personId) continue;
        const roles = rolesSeen.get(p.personId) ?? new Set<string>();
        roles.add(p.role);
        rolesSeen.set(p.personId, roles);
      }
      const supplyTypeIds = unique(visit.supplies.map((s) => s.supplyTypeId));
      const path = placePath(places, visit.placeId)
        .filter(
          (p) =>
            p.kind === 'district' || p.kind === 'street' || p.kind === 'community' || p.kind === 'village',
        )
        .map((p) => p.id);
      if (path[0] !== visit.districtId) path.unshift(visit.districtId);
      rows.push({
        visit,
        bulletin,
        bulletinOrder,
        sortKey: visitSortKey(visit),
        districtId: visit.districtId,
        placePath: path,
        leadIds: visit.participants.flatMap((p) => (p.role === 'lead' && p.personId ? [p.personId] : [])),
        personIds,
        supplyTypeIds,
        facets: {
          bulletin: [bulletin.id],
          district: [visit.districtId],
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

  const personRoles = new Map<string, string[]>();
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
    district: dataset.places.filter((p) => p.kind === 'district' && usedDistricts.has(p.id)).map((p) => p.id),
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
  people: number;
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
  const people = new Set<string>();
  const places = new Set<string>();
  const districts = new Set<string>();
  const supplyTypes = new Set<string>();
  for (const row of rows) {
    row.personIds.forEach((id) => people.add(id));
    places.add(row.visit.placeId);
    row.visit.inspected.forEach((i) => places.add(i.placeId));
    districts.add(row.districtId);
    row.supplyTypeIds.forEach((id) => supplyTypes.add(id));
  }
  return {
    visits: rows.length,
    people: people.size,
    places: places.size,
    districts: districts.size,
    supplyTypes: supplyTypes.size,
  };
}

/* ---------- Chart series: numbers of visits, never quantities (the text gives none). ---------- */

export type CountSeries = { id: string; counts: Record<string, number>; total: number }[];

/** For each district in view: how many visits delivered each supply type. */
export function suppliesByDistrict(index: DatasetIndex, rows: readonly VisitRow[]): CountSeries {
  const out = new Map<string, Record<string, number>>();
  for (const row of rows) {
    const counts = out.get(row.districtId) ?? {};
    for (const s of row.supplyTypeIds) counts[s] = (counts[s] ?? 0) + 1;
    out.set(row.districtId, counts);
  }
  return orderBy(index.facetValues.district, out);
}

/** For each person in view: how many of their visits delivered each supply type. */
export function suppliesByPerson(index: DatasetIndex, rows: readonly VisitRow[]): CountSeries {
  const out = new Map<string, Record<string, number>>();
  for (const row of rows) {
    for (const person of row.personIds) {
      const counts = out.get(person) ?? {};
      for (const s of row.supplyTypeIds) counts[s] = (counts[s] ?? 0) + 1;
      out.set(person, counts);
    }
  }
  return orderBy(index.facetValues.person, out);
}

function orderBy(order: readonly string[], map: Map<string, Record<string, number>>): CountSeries {
  const ids = [...order.filter((id) => map.has(id)), ...[...map.keys()].filter((id) => !order.includes(id))];
  return ids.map((id) => {
    const counts = map.get(id) ?? {};
    return { id, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  });
}

export type VariantCount = { text: string; supplyTypeId: string; visits: number };

/** Supplies as written (口罩 vs 医用口罩 ...): how many visits mention each written form. */
export function supplyVariants(index: DatasetIndex, rows: readonly VisitRow[]): VariantCount[] {
  const counts = new Map<string, VariantCount>();
  for (const row of rows) {
    const seen = new Set<string>();
    for (const s of row.visit.supplies) {
      const key = `${s.supplyTypeId}\u0000${s.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? { text: s.text, supplyTypeId: s.supplyTypeId, visits: 0 };
      entry.visits += 1;
      counts.set(key, entry);
    }
  }
  const typeOrder = index.facetValues.supply;
  return [...counts.values()].sort(
    (a, b) =>
      typeOrder.indexOf(a.supplyTypeId) - typeOrder.indexOf(b.supplyTypeId) ||
      b.visits - a.visits ||
      a.text.localeCompare(b.text, 'zh'),
  );
}

export type PlaceCount = { id: string; path: string[]; districtId: string; visits: number; depth: number };

/**
 * Where the visits went, as a tree flattened in display order: each district, then its streets, then the
 * communities or villages, each with the number of visits in view that went there.
 */
export function placeTree(index: DatasetIndex, rows: readonly VisitRow[]): PlaceCount[] {
  const counts = new Map<string, PlaceCount>();
  for (const row of rows) {
    row.placePath.forEach((id, depth) => {
      const entry = counts.get(id) ?? {
        id,
        path: row.placePath.slice(0, depth + 1),
        districtId: row.districtId,
        visits: 0,
        depth,
      };
      entry.visits += 1;
      counts.set(id, entry);
    });
  }
  const districtOrder = index.facetValues.district;
  return [...counts.values()].sort((a, b) => {
    const da = districtOrder.indexOf(a.districtId);
    const db = districtOrder.indexOf(b.districtId);
    if (da !== db) return da - db;
    // Depth-first: compare paths element by element, a parent before its children.
    for (let i = 0; i < Math.min(a.path.length, b.path.length); i += 1) {
      const pa = a.path[i] ?? '';
      const pb = b.path[i] ?? '';
      if (pa !== pb) {
        const ca = counts.get(pa)?.visits ?? 0;
        const cb = counts.get(pb)?.visits ?? 0;
        return cb - ca || pa.localeCompare(pb);
      }
    }
    return a.path.length - b.path.length;
  });
}
