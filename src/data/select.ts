/**
 * Pure selection: (dataset, filters) -> the visits in view, facet counts and headline figures. No React and no
 * DOM here. The index is built once per dataset (index-builder.ts, loaded with the data: index-of.ts); `selectView`
 * once per filter state, in one pass over the visits.
 * Chart series are the charts' own business (src/features/charts/models).
 */
import { facetKeys, type DateRange, type FacetKey, type Filters } from '../lib/filters';
import { memoOn } from '../lib/memo-on';
import type {
  Bulletin,
  Dataset,
  Organization,
  ParticipantRole,
  Person,
  Place,
  ReadonlyVisit,
  SupplyType,
} from './schema';

// The filter state's shape lives in lib (the page's parts share it); here it is applied.
export { facetKeys, type DateRange, type FacetKey, type Filters };
export const emptyFilters: Filters = { bulletin: [], district: [], place: [], person: [], supply: [] };

/** The date range of filters: both ends null where none is set. */
export function dateRangeOf(filters: Filters): DateRange {
  return { from: filters.from ?? null, to: filters.to ?? null };
}

/** Whether filters hold a date range (either end). */
export const hasDateRange = (filters: Filters): boolean =>
  (filters.from ?? null) !== null || (filters.to ?? null) !== null;

/** The calendar date of a sort key or publication key ("2020-02-07T09" → "2020-02-07"), or null where none. */
export const dateOfKey = (key: string): string | null =>
  /^\d{4}-\d{2}-\d{2}/.test(key) ? key.slice(0, 10) : null;

/**
 * A visit as the page lists it. Kept small: the row and its lead ids are its only objects of its own (the path is
 * shared by the rows of a place, the sort key by the rows of a time). At 300,000 visits each object per row is
 * 300,000 more for the collector to trace. What counts need (facets, who went, supplies) is in the index's
 * columns (columnsOf).
 */
export type VisitRow = {
  /** Where the row stands in `index.rows` (time order): a number that names it in lists. */
  position: number;
  /** Read from the bulletin (whose visits may be kept as bytes, lazy-visits.ts): read only, not kept. */
  readonly visit: ReadonlyVisit;
  bulletin: Bulletin;
  /** Position of the visit in its bulletin: the reading order. */
  bulletinOrder: number;
  /** Sortable instant: date, then time of day; used to order the timeline (undated visits last). One string per instant. */
  sortKey: string;
  /** The county-level division, or null where neither the text nor a gazetteer gives it. */
  districtId: string | null;
  /** district › street › community (ids); missing levels are left out. Shared by the rows of a place: read only. */
  placePath: readonly string[];
  leadIds: readonly string[];
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

export const participantRoleOrder: readonly ParticipantRole[] = [
  'lead',
  'entrusted-by',
  'accompanying',
  'delegation',
];

/** The sort key of a visit whose date the text does not give: after every dated one. */
export const UNDATED_SORT_KEY = '~';

/** Roles of people who went; 'entrusted-by' names someone who sent another in their place. */
export const presentRoles: ReadonlySet<string> = new Set(['lead', 'accompanying', 'delegation']);

/** A visit's flags, as bits of `Columns.flags.values`. */
export const FLAG_DISTRICT_INFERRED = 1;
export const FLAG_DATE_UNCERTAIN = 2;
export const FLAG_NAME_INFERRED = 4;
export const FLAG_DRAFTED = 8;

/** Someone who went: a person (an id of the person facet) or a unit (an organization's id). */
export type Goer = { readonly kind: 'person' | 'unit'; readonly id: string };

/** Ids numbered in the order they are first met: number.get(id) is its number, ids[n] the id. */
export type Numbers = { readonly ids: readonly string[]; readonly number: ReadonlyMap<string, number> };

/** A column of the index: row r's numbers are values[start[r]] up to values[start[r + 1]]. */
export type Column = { readonly start: Int32Array; readonly values: Int32Array; readonly rows: number };

/**
 * The index as numbers, for selectView and every count over the rows (charts, map): every facet value and every
 * place gets a number, and each row's values are a run of numbers, so that a view is a few array reads per
 * row, with no Set or Map per row. At 300,000 visits, reading the visits' objects themselves (scattered over a
 * heap of a gigabyte) cost 100 to 350 ms per chart; these columns are read in a few milliseconds. Made by
 * IndexBuilder (index-builder.ts), with the index; rows are numbered (their run) as they were added.
 */
export type Columns = {
  readonly facets: Record<FacetKey, { readonly numbering: Numbers; readonly runs: Column }>;
  // One field a line, each said with what it holds: alike in shape, as a type's fields are, not a copy.
  /** People who went (numbered as the person facet), and places visited or inspected, per row. */
  readonly present: Column;
  readonly places: { readonly numbering: Numbers; readonly runs: Column };
  /** The place visited (0 or 1 value) and the place path, district › street › community, numbered as `places`. */
  readonly visited: Column;
  readonly path: Column;
  /** The bulletin a visit comes from (one value), numbered by the bulletin itself, not its id. */
  readonly source: Column;
  readonly sources: readonly Bulletin[];
  /** The time of each bulletin's publication, numbered as the visits' times (`times`). */
  readonly sourceTimes: readonly number[];
  /** Who went (people and units), in the order the text names them: goer g is goerList[g]. */
  readonly goers: Column;
  readonly goerList: readonly Goer[];
  /** People who led, and who went along (accompanying, or in a delegation): numbered as the person facet. */
  readonly leads: Column;
  readonly along: Column;
  /** Units that went (delegations), numbered as `goers`. */
  readonly unitsWent: Column;
  /** The ways each visit writes a supply (type and text), each once: variant v is variantText[v] of variantType[v]. */
  readonly variants: Column;
  readonly variantType: readonly string[];
  readonly variantText: readonly string[];
  /** Which of a visit's supplies state an amount (their places in `visit.supplies`). */
  readonly quantified: Column;
  /**
   * Beside `quantified.values`, each amount's value and kind: its supply type and unit, numbered in `amountKinds`
   * (an id is the type id and the unit, joined by U+0000).
   */
  readonly amounts: { readonly value: Float64Array; readonly kind: Int32Array };
  readonly amountKinds: Numbers;
  readonly flags: { readonly values: Uint8Array };
  /** The time of each visit (one value): its sort key (visitSortKey), numbered. */
  readonly time: Column;
  readonly times: Numbers;
  /** The run of index.rows[i] is run `at[i]`. */
  at: Int32Array | null;
  /** The other way: the position in index.rows of run r; made on first use. */
  positionOf: Int32Array | null;
};

const compiledIndexes = new WeakMap<DatasetIndex, Columns>();

/** The index's numbers: IndexBuilder records them with the index it makes. */
export function recordCompiled(index: DatasetIndex, c: Columns): void {
  compiledIndexes.set(index, c);
}

function compile(index: DatasetIndex): Columns {
  const c = compiledIndexes.get(index);
  if (!c) throw new Error('an index is made by IndexBuilder (index-builder.ts), which numbers its rows');
  return c;
}

/** Indexes built ahead, while the dataset loaded (page-copy.ts): indexOf returns them as they are. */
const prebuilt = new WeakMap<Dataset, DatasetIndex>();

/** Records the index of a dataset built piece by piece (IndexBuilder), so that `indexOf(dataset)` is free. */
export function prebuildIndex(dataset: Dataset, index: DatasetIndex): void {
  prebuilt.set(dataset, index);
}

export function prebuiltIndex(dataset: Dataset): DatasetIndex | undefined {
  return prebuilt.get(dataset);
}

/** The value of run r of a column of at most one value per row (district, visited place, time), or -1. */
export function oneValue({ start, values }: Column, r: number): number {
  const from = start[r] as number;
  return from < (start[r + 1] as number) ? (values[from] as number) : -1;
}

/**
 * Counts each value of a column over the given runs: how many runs hold it, the first of them (its place in
 * `runs`), and the values in the order they were first met.
 */
export function tally(
  { start, values }: Column,
  runs: Int32Array,
  size: number,
): { counts: Int32Array; first: Int32Array; met: number[] } {
  const counts = new Int32Array(size);
  const first = new Int32Array(size);
  const met: number[] = [];
  for (let k = 0; k < runs.length; k += 1) {
    const r = runs[k] as number;
    for (let j = start[r] as number, end = start[r + 1] as number; j < end; j += 1) {
      const v = values[j] as number;
      if (counts[v] === 0) {
        first[v] = k;
        met.push(v);
      }
      counts[v] = (counts[v] as number) + 1;
    }
  }
  return { counts, first, met };
}

/** The run of the row at `position` in index.rows. */
const runAt = (c: Columns, position: number) => (c.at ? (c.at[position] as number) : position);

/**
 * The index's columns, for counts over many rows (charts, map, the timeline): numbers per row (by its run; see
 * runsOf), each naming an entry of the numbering beside it. Read-only.
 */
export function columnsOf(index: DatasetIndex): Columns & { readonly positionOf: Int32Array } {
  const c = compile(index);
  c.positionOf ??= positionsOf(c.at, index.rows.length);
  return c as Columns & { readonly positionOf: Int32Array };
}

function positionsOf(at: Int32Array | null, n: number): Int32Array {
  const positions = new Int32Array(n);
  for (let i = 0; i < n; i += 1) positions[at ? (at[i] as number) : i] = i;
  return positions;
}

/** The runs of views' rows, by index, found by selectView as it picks them. */
const rowRuns = new WeakMap<DatasetIndex, WeakMap<readonly VisitRow[], Int32Array>>();
const rowRunsOf = (index: DatasetIndex) => {
  let known = rowRuns.get(index);
  if (!known) rowRuns.set(index, (known = new WeakMap()));
  return known;
};

/**
 * The run of each of `rows` (rows of `index`, in their order): where their numbers stand in the columns. Kept
 * with the array, as the page never changes an array of rows once made.
 */
export function runsOf(index: DatasetIndex, rows: readonly VisitRow[]): Int32Array {
  const known = rowRunsOf(index).get(rows);
  if (known) return known;
  const c = compile(index);
  const runs = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k += 1) {
    const row = rows[k] as VisitRow;
    // Rows of another index (an older dataset's view) would read other rows' numbers: refuse them.
    if (index.rows[row.position] !== row) throw new Error('runsOf: a row that is not one of this index');
    runs[k] = runAt(c, row.position);
  }
  rowRunsOf(index).set(rows, runs);
  return runs;
}

/** The ids of the bulletins a view draws on, in the order its rows first name them (time order). */
export function bulletinIdsInView(index: DatasetIndex, rows: readonly VisitRow[]): readonly string[] {
  // On the index's column of bulletins (at 300,000 visits, a Set of every row's bulletin id took 15 ms a view).
  // Kept with the rows: the source view and the print header's source line both ask for each view.
  return memoOn([index, rows], 'bulletin-ids', () => {
    const { numbering, runs: bulletin } = columnsOf(index).facets.bulletin;
    const ids = numbering.ids;
    return tally(bulletin, runsOf(index, rows), ids.length).met.map((v) => ids[v] as string);
  });
}

/**
 * The values one row has in a facet, or the people who went ('present'), read from the columns, one row at a
 * time (the tests read them so); counts over many rows read the columns themselves.
 */
export function rowValues(index: DatasetIndex, row: VisitRow, key: FacetKey | 'present'): string[] {
  const c = compile(index);
  const r = runAt(c, row.position);
  const { numbering, runs } =
    key === 'present' ? { numbering: c.facets.person.numbering, runs: c.present } : c.facets[key];
  const values: string[] = [];
  for (let j = runs.start[r] as number, end = runs.start[r + 1] as number; j < end; j += 1)
    values.push(numbering.ids[runs.values[j] as number] as string);
  return values;
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
  /**
   * Visits whose text gives no date: `inView` among the rows in view (no date range set), `leftOut` those the
   * other filters keep but a date range leaves out (a range says nothing of them). Said beside the status.
   */
  undated: { inView: number; leftOut: number };
  /** For each facet value: the visits it would give with the other facets' filters applied. */
  facetCounts: Record<FacetKey, Map<string, number>>;
  figures: Figures;
};

/** The last few views of each index, by their filters: undoing a filter, or Back, shows it again at once. */
const RECENT_VIEWS = 6;
const recentViews = new WeakMap<DatasetIndex, Map<string, View>>();

/**
 * selectView, remembering the last RECENT_VIEWS views of the index (by their filters, in any order): the same
 * filters give the same view object, so what the page keeps with a view (the charts, the timeline's items) is
 * found again too.
 */
export function selectViewRemembered(index: DatasetIndex, filters: Filters): View {
  let recent = recentViews.get(index);
  if (!recent) recentViews.set(index, (recent = new Map()));
  const { from, to } = dateRangeOf(filters);
  const key = JSON.stringify([...facetKeys.map((k) => [...filters[k]].sort()), from, to]);
  const known = recent.get(key);
  if (known) {
    // Most recently used last.
    recent.delete(key);
    recent.set(key, known);
    return known;
  }
  const view = selectView(index, filters);
  recent.set(key, view);
  if (recent.size > RECENT_VIEWS) recent.delete(recent.keys().next().value as string);
  return view;
}

/**
 * Values within a facet are alternatives (OR); facets combine (AND). One pass: a row that fails no facet is in
 * view and counts for every facet; a row that fails exactly one facet counts only for that facet's values.
 * It works on numbers (see Columns): a few array reads per row and facet, no Set or Map per row.
 */
export function selectView(index: DatasetIndex, filters: Filters): View {
  const c = compile(index);
  const all = index.rows;
  const n = all.length;
  const at = c.at;
  const K = facetKeys.length;
  const runs = facetKeys.map((key) => c.facets[key].runs);
  // The active facets, and which of their values are wanted (a value not in the data matches no row).
  const active: number[] = [];
  const wanted: Uint8Array[] = [];
  facetKeys.forEach((key, k) => {
    if (filters[key].length === 0) return;
    const { numbering } = c.facets[key];
    const w = new Uint8Array(numbering.ids.length);
    for (const id of filters[key]) {
      const v = numbering.number.get(id);
      if (v !== undefined) w[v] = 1;
    }
    active.push(k);
    wanted.push(w);
  });
  // The date range, as a byte per time (sort key): 1 in range, 0 out of it, UNDATED for a visit with no date.
  const dates = dateBytes(c, dateRangeOf(filters));
  const time = c.time;
  const counts = facetKeys.map((key) => new Int32Array(c.facets[key].numbering.ids.length));
  const bump = (k: number, r: number) => {
    const { start, values } = runs[k] as Column;
    const count = counts[k] as Int32Array;
    for (let j = start[r] as number, end = start[r + 1] as number; j < end; j += 1) {
      const v = values[j] as number;
      count[v] = (count[v] as number) + 1;
    }
  };

  const rows: VisitRow[] = [];
  const rowRunList = new Int32Array(n);
  const inView = new Uint8Array(runs[0]?.rows ?? 0);
  let undatedIn = 0;
  let undatedOut = 0;
  for (let i = 0; i < n; i += 1) {
    const r = at ? (at[i] as number) : i;
    // Out of the date range: a failure that counts for no facet's values (failed stays -1).
    const day = dates === null ? 1 : (dates[time.values[time.start[r] as number] as number] as number);
    let failed = -1;
    let failures = day === 1 ? 0 : 1;
    for (let a = 0; a < active.length; a += 1) {
      const { start, values } = runs[active[a] as number] as Column;
      const w = wanted[a] as Uint8Array;
      let hit = false;
      for (let j = start[r] as number, end = start[r + 1] as number; j < end; j += 1)
        if (w[values[j] as number] === 1) {
          hit = true;
          break;
        }
      if (!hit) {
        failures += 1;
        failed = active[a] as number;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      rowRunList[rows.length] = r;
      rows.push(all[i] as VisitRow);
      inView[r] = 1;
      if (dates === null && isUndated(c, r)) undatedIn += 1;
      for (let k = 0; k < K; k += 1) bump(k, r);
    } else if (failures === 1) {
      if (failed >= 0) bump(failed, r);
      else if (day === UNDATED) undatedOut += 1;
    }
  }
  const facetCounts = {} as Record<FacetKey, Map<string, number>>;
  facetKeys.forEach((key, k) => {
    const { numbering } = c.facets[key];
    const count = counts[k] as Int32Array;
    const listed = index.facetValues[key];
    // Every listed value, with 0 where no row counts for it; others only where some row does.
    const map = new Map<string, number>();
    for (const id of listed) {
      const v = numbering.number.get(id);
      map.set(id, v === undefined ? 0 : (count[v] as number));
    }
    numbering.ids.forEach((id, v) => {
      if ((count[v] as number) > 0 && !map.has(id)) map.set(id, count[v] as number);
    });
    facetCounts[key] = map;
  });
  // No filter: the index's own rows (the same array every time), so that what is kept with a view's rows (the
  // timeline's items, the charts) is found again when the filters are cleared.
  const viewRows = active.length === 0 && rows.length === n ? all : rows;
  const known = rowRunsOf(index);
  if (!known.has(viewRows)) known.set(viewRows, rowRunList.subarray(0, rows.length));
  return {
    rows: viewRows,
    total: n,
    undated: { inView: undatedIn, leftOut: undatedOut },
    facetCounts,
    figures: compiledFigures(c, inView, rows.length),
  };
}

/** In `dateBytes`: a time with no date. */
const UNDATED = 2;

/** Whether run r's visit has no date. */
function isUndated(c: Columns, r: number): boolean {
  return c.times.ids[c.time.values[c.time.start[r] as number] as number] === UNDATED_SORT_KEY;
}

/**
 * For each time of the index (sort keys, numbered: `times`): 1 where its date is in the range, 0 where it is
 * not, UNDATED where it has none; null for no range. One pass over the times (far fewer than the visits).
 */
function dateBytes(c: Columns, { from, to }: DateRange): Uint8Array | null {
  if (from === null && to === null) return null;
  const ids = c.times.ids;
  const out = new Uint8Array(ids.length);
  for (let t = 0; t < ids.length; t += 1) {
    const date = dateOfKey(ids[t] as string);
    out[t] = date === null ? UNDATED : (from === null || date >= from) && (to === null || date <= to) ? 1 : 0;
  }
  return out;
}

/** The headline figures: the distinct values among the rows in view (inView is by run). */
function compiledFigures(c: Columns, inView: Uint8Array, visits: number): Figures {
  const distinct = ({ start, values }: Column, size: number) => {
    const seen = new Uint8Array(size);
    let count = 0;
    for (let r = 0; r < inView.length; r += 1) {
      if (inView[r] === 0) continue;
      for (let j = start[r] as number, end = start[r + 1] as number; j < end; j += 1) {
        const v = values[j] as number;
        if (seen[v] === 0) {
          seen[v] = 1;
          count += 1;
        }
      }
    }
    return { seen, count };
  };
  const people = c.facets.person.numbering.ids.length;
  const present = distinct(c.present, people);
  const named = distinct(c.facets.person.runs, people);
  let entrustedOnly = 0;
  for (let v = 0; v < people; v += 1) if (named.seen[v] === 1 && present.seen[v] === 0) entrustedOnly += 1;
  const size = (key: FacetKey) => c.facets[key].numbering.ids.length;
  return {
    visits,
    people: present.count,
    entrustedOnly,
    places: distinct(c.places.runs, c.places.numbering.ids.length).count,
    districts: distinct(c.facets.district.runs, size('district')).count,
    supplyTypes: distinct(c.facets.supply.runs, size('supply')).count,
  };
}
