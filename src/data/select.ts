/**
 * Pure selection: (dataset, filters) -> the visits in view, facet counts and headline figures. No React and no
 * DOM here. `buildIndex` runs once per dataset; `selectView` once per filter state, in one pass over the visits.
 * Chart series are the charts' own business (src/features/charts/models).
 */
import { orderByRank } from '../lib/order';
import { runSteps } from '../lib/slices';
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

/**
 * A visit as the page lists it. Kept small, three objects with the visit's own: at 300,000 visits each object per
 * row is 300,000 more for the collector to trace. What counts need (facets, who went, supplies) is in the index's
 * columns (columnsOf).
 */
export type VisitRow = {
  /** Where the row stands in `index.rows` (time order): a number that names it in lists. */
  position: number;
  visit: Visit;
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

const timeRank: Record<TimeOfDay, string> = { morning: '09', afternoon: '15', evening: '20' };
export const participantRoleOrder: readonly ParticipantRole[] = [
  'lead',
  'entrusted-by',
  'accompanying',
  'delegation',
];

/** Each role as written in this program (a string constant, one in memory), by its value read from a file. */
const roleConstant = new Map<string, ParticipantRole>(participantRoleOrder.map((r) => [r, r]));

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

/** Numbers for ids, in the order they are first met. */
class Numbering {
  readonly ids: string[] = [];
  readonly number = new Map<string, number>();
  of(id: string): number {
    let k = this.number.get(id);
    if (k === undefined) {
      k = this.ids.length;
      this.ids.push(id);
      this.number.set(id, k);
    }
    return k;
  }
}

/** Runs of numbers, one run per row: row r's values are values[start[r]] up to values[start[r + 1]]. */
class Runs {
  start = new Int32Array(1024);
  values = new Int32Array(4096);
  private at = 0;
  rows = 0;
  add(numbering: Numbering, ids: readonly string[]): void {
    for (let j = 0; j < ids.length; j += 1) this.push(numbering.of(ids[j] as string));
  }
  push(value: number): void {
    if (this.at >= this.values.length) this.values = grow(this.values, this.at + 1);
    this.values[this.at++] = value;
  }
  /** Pushes a value the current row's run does not hold yet. */
  pushOnce(value: number): void {
    for (let j = this.start[this.rows] as number; j < this.at; j += 1) if (this.values[j] === value) return;
    this.push(value);
  }
  /** Ends the current row's run. */
  next(): void {
    this.rows += 1;
    if (this.rows >= this.start.length) this.start = grow(this.start, this.rows + 1);
    this.start[this.rows] = this.at;
  }
}

const grow = (a: Int32Array, need: number) => {
  const more = new Int32Array(Math.max(need, a.length * 2));
  more.set(a);
  return more;
};

/** A growing run of bytes, one per row: the rows' flags (FLAG_*). */
class Bytes {
  values = new Uint8Array(1024);
  rows = 0;
  push(value: number): void {
    if (this.rows >= this.values.length) {
      const more = new Uint8Array(this.values.length * 2);
      more.set(this.values);
      this.values = more;
    }
    this.values[this.rows++] = value;
  }
}

/** A visit's flags, as bits of `Columns.flags`. */
export const FLAG_DISTRICT_INFERRED = 1;
export const FLAG_DATE_UNCERTAIN = 2;
export const FLAG_NAME_INFERRED = 4;
export const FLAG_DRAFTED = 8;

/** Who went, in a `goers` run: a person (their number in the person facet) with a role bit, or a unit. */
export const GOER_LEAD = 1;
export const GOER_ACCOMPANYING = 2;
export const GOER_UNIT = 3;

/**
 * The index as numbers, for selectView and every count over the rows (charts, map): every facet value and every
 * place gets a number, and each row's values are a run of numbers (Runs), so that a view is a few array reads per
 * row, with no Set or Map per row. At 300,000 visits, reading the visits' objects themselves (scattered over a
 * heap of a gigabyte) cost 100 to 350 ms per chart; these columns are read in a few milliseconds.
 */
type Compiled = {
  facets: Record<FacetKey, { numbering: Numbering; runs: Runs }>;
  /** People who went (numbered as the person facet), and places visited or inspected, per row. */
  present: Runs;
  places: { numbering: Numbering; runs: Runs };
  /** The place visited (0 or 1 value) and the place path, district › street › community, numbered as `places`. */
  place: Runs;
  path: Runs;
  /** Who went, in the order the text names them: (person << 2) | GOER_LEAD or GOER_ACCOMPANYING; (unit << 2) | GOER_UNIT. */
  goers: Runs;
  units: Numbering;
  /** The ways each visit writes a supply (type and text), each once. */
  variants: Runs;
  variantOf: Map<string, Map<string, number>>;
  variantType: string[];
  variantText: string[];
  /** Which of a visit's supplies state an amount (their places in `visit.supplies`). */
  quantified: Runs;
  flags: Bytes;
  /** The time of each visit (one value): its sort key (visitSortKey), numbered. */
  time: Runs;
  times: Numbering;
  /** The run of index.rows[i] is run `at[i]` (rows are numbered as they were added, before the time sort). */
  at: Int32Array | null;
  /** The other way: the position in index.rows of run r; made on first use. */
  positionOf: Int32Array | null;
};

function newCompiled(): Compiled {
  const facets = {} as Compiled['facets'];
  for (const key of facetKeys) facets[key] = { numbering: new Numbering(), runs: new Runs() };
  return {
    facets,
    present: new Runs(),
    places: { numbering: new Numbering(), runs: new Runs() },
    place: new Runs(),
    path: new Runs(),
    goers: new Runs(),
    units: new Numbering(),
    variants: new Runs(),
    variantOf: new Map(),
    variantType: [],
    variantText: [],
    quantified: new Runs(),
    flags: new Bytes(),
    time: new Runs(),
    times: new Numbering(),
    at: null,
    positionOf: null,
  };
}

/** Numbers a row: its facet values and the other columns, each a run (the facets' values each once). */
function compileRow(c: Compiled, row: VisitRow): void {
  const visit = row.visit;
  const f = c.facets;
  f.bulletin.runs.push(f.bulletin.numbering.of(row.bulletin.id));
  if (row.districtId !== null) f.district.runs.push(f.district.numbering.of(row.districtId));
  // Places: the streets and communities it went to, and every place it visited or inspected.
  for (const id of row.placePath) if (id !== row.districtId) f.place.runs.pushOnce(f.place.numbering.of(id));
  for (const s of visit.inspected) f.place.runs.pushOnce(f.place.numbering.of(s.placeId));
  // Everyone named, whatever their role; and those who took part (all but who only entrusted someone).
  for (const p of visit.participants) {
    if (!p.personId) continue;
    const v = f.person.numbering.of(p.personId);
    f.person.runs.pushOnce(v);
    if (presentRoles.has(p.role)) c.present.pushOnce(v);
  }
  for (const s of visit.supplies) f.supply.runs.pushOnce(f.supply.numbering.of(s.supplyTypeId));
  for (const key of facetKeys) f[key].runs.next();
  c.present.next();
  const places = c.places;
  if (visit.placeId !== null) places.runs.push(places.numbering.of(visit.placeId));
  for (const s of visit.inspected) places.runs.push(places.numbering.of(s.placeId));
  places.runs.next();
  if (visit.placeId !== null) c.place.push(places.numbering.of(visit.placeId));
  c.place.next();
  c.path.add(places.numbering, row.placePath);
  c.path.next();
  const person = f.person.numbering;
  let nameInferred = false;
  for (const p of visit.participants) {
    if (p.inferred) nameInferred = true;
    if (p.role === 'entrusted-by') continue;
    if (p.personId)
      c.goers.push((person.of(p.personId) << 2) | (p.role === 'lead' ? GOER_LEAD : GOER_ACCOMPANYING));
    else c.goers.push((c.units.of(p.organizationId ?? '') << 2) | GOER_UNIT);
  }
  c.goers.next();
  const supplies = visit.supplies;
  for (let i = 0; i < supplies.length; i += 1) {
    const s = supplies[i] as (typeof supplies)[number];
    let texts = c.variantOf.get(s.supplyTypeId);
    if (!texts) c.variantOf.set(s.supplyTypeId, (texts = new Map()));
    let v = texts.get(s.text);
    if (v === undefined) {
      texts.set(s.text, (v = c.variantType.length));
      c.variantType.push(s.supplyTypeId);
      c.variantText.push(s.text);
    }
    c.variants.pushOnce(v);
    if (s.quantity) c.quantified.push(i);
  }
  c.variants.next();
  c.quantified.next();
  c.time.push(c.times.of(row.sortKey));
  c.time.next();
  c.flags.push(
    (visit.districtInferred ? FLAG_DISTRICT_INFERRED : 0) |
      (visit.dateCertain ? 0 : FLAG_DATE_UNCERTAIN) |
      (nameInferred ? FLAG_NAME_INFERRED : 0) |
      (visit.drafted ? FLAG_DRAFTED : 0),
  );
}

const compiledIndexes = new WeakMap<DatasetIndex, Compiled>();

/** The numbers of an index: built with it by IndexBuilder, else here on its first view. */
function compile(index: DatasetIndex): Compiled {
  let c = compiledIndexes.get(index);
  if (c) return c;
  c = newCompiled();
  for (const row of index.rows) compileRow(c, row);
  compiledIndexes.set(index, c);
  return c;
}

/** A column of the index: row r's numbers are values[start[r]] up to values[start[r + 1]]. */
export type Column = { readonly start: Int32Array; readonly values: Int32Array };

/**
 * The index's columns, for counts over many rows (charts, map, the timeline): numbers per row (by its run; see
 * runsOf), each naming an entry of the id list beside it. Read-only.
 */
export type Columns = {
  readonly districtIds: readonly string[];
  readonly district: Column;
  readonly supplyIds: readonly string[];
  readonly supply: Column;
  readonly bulletinIds: readonly string[];
  readonly bulletin: Column;
  /** Places: the one visited (0 or 1 value) and its path, district › street › community. */
  readonly placeIds: readonly string[];
  readonly place: Column;
  readonly path: Column;
  /** Who went: (number << 2) | GOER_*, a person (personIds) or a unit (unitIds). */
  readonly personIds: readonly string[];
  readonly unitIds: readonly string[];
  readonly goers: Column;
  /** The ways a visit writes a supply, each once: variant v is variantText[v] of type variantType[v]. */
  readonly variants: Column;
  readonly variantType: readonly string[];
  readonly variantText: readonly string[];
  /** The places in `visit.supplies` of the supplies that state an amount. */
  readonly quantified: Column;
  /** FLAG_* bits, by run. */
  readonly flags: Uint8Array;
  /** The time of the visit (one value): timeKeys[v] is its visitSortKey. */
  readonly time: Column;
  readonly timeKeys: readonly string[];
  /** The position in index.rows of each run. */
  readonly positionOf: Int32Array;
};

const column = (runs: Runs): Column => ({ start: runs.start, values: runs.values });

export function columnsOf(index: DatasetIndex): Columns {
  const c = compile(index);
  const f = c.facets;
  return {
    districtIds: f.district.numbering.ids,
    district: column(f.district.runs),
    supplyIds: f.supply.numbering.ids,
    supply: column(f.supply.runs),
    bulletinIds: f.bulletin.numbering.ids,
    bulletin: column(f.bulletin.runs),
    placeIds: c.places.numbering.ids,
    place: column(c.place),
    path: column(c.path),
    personIds: f.person.numbering.ids,
    unitIds: c.units.ids,
    goers: column(c.goers),
    variants: column(c.variants),
    variantType: c.variantType,
    variantText: c.variantText,
    quantified: column(c.quantified),
    flags: c.flags.values,
    time: column(c.time),
    timeKeys: c.times.ids,
    positionOf: (c.positionOf ??= positionsOf(c.at, index.rows.length)),
  };
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

/** The run of each of `rows` (rows of `index`, in their order): where their numbers stand in the columns. */
export function runsOf(index: DatasetIndex, rows: readonly VisitRow[]): Int32Array {
  const known = rowRunsOf(index).get(rows);
  if (known) return known;
  const at = compile(index).at;
  const runs = new Int32Array(rows.length);
  for (let k = 0; k < rows.length; k += 1) {
    const position = (rows[k] as VisitRow).position;
    runs[k] = at ? (at[position] as number) : position;
  }
  rowRunsOf(index).set(rows, runs);
  return runs;
}

/**
 * The values one row has in a facet, or the people who went ('present'), read from the columns: for a few rows
 * (a card, a test); counts over many read the columns themselves.
 */
export function rowValues(index: DatasetIndex, row: VisitRow, key: FacetKey | 'present'): string[] {
  const c = compile(index);
  const r = c.at ? (c.at[row.position] as number) : row.position;
  const { numbering, runs } =
    key === 'present' ? { numbering: c.facets.person.numbering, runs: c.present } : c.facets[key];
  const values: string[] = [];
  for (let j = runs.start[r] as number, end = runs.start[r + 1] as number; j < end; j += 1)
    values.push(numbering.ids[runs.values[j] as number] as string);
  return values;
}

/** A row before its place path is known (the places come after the bulletins in a file). */
type PartialRow = Omit<VisitRow, 'placePath'> & { placePath?: readonly string[] };

/** No lead: one array for every row without one. */
const noIds: readonly string[] = Object.freeze([]);

/**
 * Builds the index piece by piece: `add` each bulletin as it arrives (a few milliseconds per thousand visits),
 * then `finish` with the whole dataset (time order and facet values, in linear time). Given the places first
 * (`setPlaces`), rows are complete, and numbered (the columns) as they are added. `buildIndex` is all in one go;
 * dataset-query.ts uses the pieces to build the index while the file is still loading, so that the main thread
 * never has one long task to do it.
 */
export class IndexBuilder {
  private readonly rows: PartialRow[] = [];
  private readonly rolesSeen = new Map<string, Set<ParticipantRole>>();
  private readonly bulletinRank = new Map<string, number>();
  private bulletins = 0;
  private places: Map<string, Place> | null = null;
  /** The path of each place, and of each place with a district its path does not hold: shared by their rows. */
  private readonly paths = new Map<string | null, readonly string[]>();
  private readonly pathsWithDistrict = new Map<string, Map<string | null, readonly string[]>>();
  /** The columns of the rows so far; null once a row was added without the places (then made by finish). */
  private compiled: Compiled | null = newCompiled();

  /** The places of the dataset: from now on, rows are completed as they are added. */
  setPlaces(places: readonly Place[]): void {
    this.places = byId(places);
    this.paths.clear();
    this.pathsWithDistrict.clear();
  }

  get visits(): number {
    return this.rows.length;
  }

  /**
   * One string for each id: a file repeats an id once per mention (800,000 strings at 100,000 visits), and the
   * index writes the first back in their place, and the role as the program's own constant. The values are the
   * same; the heap is smaller, and every later count (filters, charts, map) compares one hot string, not many
   * cold ones: the "who went where" count took a third less time. Sort keys are shared the same way.
   */
  private readonly ids = new Map<string, string>();
  private one(id: string): string {
    const known = this.ids.get(id);
    if (known !== undefined) return known;
    this.ids.set(id, id);
    return id;
  }

  /** Writes back only strings, and only where they are: a visit not validated yet may lack any of them. */
  private shareIds(visit: Visit): void {
    if (typeof visit.placeId === 'string') visit.placeId = this.one(visit.placeId);
    if (typeof visit.districtId === 'string') visit.districtId = this.one(visit.districtId);
    for (const p of visit.participants) {
      if (typeof p.role === 'string') p.role = roleConstant.get(p.role) ?? p.role;
      if (typeof p.personId === 'string') p.personId = this.one(p.personId);
      if (typeof p.organizationId === 'string') p.organizationId = this.one(p.organizationId);
    }
    for (const s of visit.supplies)
      if (typeof s.supplyTypeId === 'string') s.supplyTypeId = this.one(s.supplyTypeId);
    for (const s of visit.inspected) if (typeof s.placeId === 'string') s.placeId = this.one(s.placeId);
  }

  add(bulletin: Bulletin): void {
    this.bulletinRank.set(bulletin.id, this.bulletins++);
    const visits = bulletin.visits;
    for (let bulletinOrder = 0; bulletinOrder < visits.length; bulletinOrder += 1) {
      const visit = visits[bulletinOrder] as Visit;
      this.shareIds(visit);
      let leadIds = noIds;
      for (const p of visit.participants) {
        const personId = p.personId;
        if (!personId) continue;
        if (p.role === 'lead') {
          if (leadIds === noIds) leadIds = [];
          (leadIds as string[]).push(personId);
        }
        let roles = this.rolesSeen.get(personId);
        if (!roles) this.rolesSeen.set(personId, (roles = new Set()));
        roles.add(p.role);
      }
      const row: PartialRow = {
        position: -1, // set by finish(), once the time order is known
        visit,
        bulletin,
        bulletinOrder,
        sortKey: this.one(visitSortKey(visit)),
        districtId: visit.districtId,
        leadIds,
      };
      this.rows.push(row);
      if (this.places) {
        row.placePath = this.pathOf(visit, this.places);
        if (this.compiled) compileRow(this.compiled, row as VisitRow);
      } else {
        this.compiled = null;
      }
    }
  }

  /** district › street › community: the place's path, with the visit's district first where the path lacks it. */
  private pathOf(visit: Visit, places: ReadonlyMap<string, Place>): readonly string[] {
    // Each place's path once (there are far fewer places than visits), shared by the rows that went there.
    let shared = this.paths.get(visit.placeId);
    if (!shared) this.paths.set(visit.placeId, (shared = placePathIds(places, visit.placeId)));
    const district = visit.districtId;
    if (district === null || shared.includes(district)) return shared;
    let byPlace = this.pathsWithDistrict.get(district);
    if (!byPlace) this.pathsWithDistrict.set(district, (byPlace = new Map()));
    let path = byPlace.get(visit.placeId);
    if (!path) byPlace.set(visit.placeId, (path = [district, ...shared]));
    return path;
  }

  /** The index of `dataset`, whose bulletins are those added, in the same order. */
  finish(dataset: Dataset): DatasetIndex {
    return runSteps(this.finishSteps(dataset));
  }

  /**
   * `finish` in steps, each a pass or 16,384 rows of one (2 to 5 ms): the page runs them in slices with pauses
   * between (at 300,000 visits the whole took 280 ms).
   */
  *finishSteps(dataset: Dataset): Generator<void, DatasetIndex> {
    const places = byId(dataset.places);
    if (!this.places) this.setPlaces(dataset.places);
    const all = this.rows as VisitRow[];
    const n = all.length;
    // Rows added before the places were known (a file that lists its places after its bulletins): their paths,
    // and the columns.
    let c = this.compiled;
    if (!c) {
      c = newCompiled();
      for (let i = 0; i < n; i += 1) {
        const row = this.rows[i] as PartialRow;
        if (!row.placePath) row.placePath = this.pathOf(row.visit, places);
        compileRow(c, row as VisitRow);
        if ((i & STEP_ROWS) === STEP_ROWS) yield;
      }
    }
    yield;

    // Time order; within a time, bulletins as listed and visits in reading order.
    const keys = [...c.times.ids].sort();
    const keyRank = new Int32Array(keys.length);
    const number = c.times.number;
    keys.forEach((key, i) => (keyRank[number.get(key) as number] = i));
    const time = new Int32Array(n);
    const times = c.time.values;
    for (let i = 0; i < n; i += 1) time[i] = keyRank[times[i] as number] as number;
    let order: Int32Array;
    if (this.bulletinRank.size === this.bulletins) {
      // Ids unique (as in any valid dataset): rows were added in bulletin and reading order, so a stable
      // counting sort on the time is the whole order, in linear time.
      order = orderByRank(time, keys.length);
    } else {
      const rank = (r: VisitRow) => this.bulletinRank.get(r.bulletin.id) ?? 0;
      order = Int32Array.from(all.keys()).sort((a, b) => {
        const x = all[a] as VisitRow;
        const y = all[b] as VisitRow;
        return (
          (time[a] as number) - (time[b] as number) ||
          rank(x) - rank(y) ||
          x.bulletinOrder - y.bulletinOrder ||
          a - b
        );
      });
    }
    yield;
    const rows = new Array<VisitRow>(n);
    for (let i = 0; i < n; i += 1) {
      const row = all[order[i] as number] as VisitRow;
      row.position = i;
      rows[i] = row;
      if ((i & STEP_ROWS) === STEP_ROWS) yield;
    }

    const personRoles = new Map<string, ParticipantRole[]>();
    for (const [id, roles] of this.rolesSeen)
      personRoles.set(
        id,
        participantRoleOrder.filter((r) => roles.has(r)),
      );

    // Facet values in display order: districts and supply types as the dataset lists them, people by first
    // appearance in time order (leads of early visits first), bulletins as listed; values the dataset does not
    // list after them, in time order too.
    const inTimeOrder = (key: FacetKey) => {
      const { numbering, runs } = (c as Compiled).facets[key];
      const seen = new Uint8Array(numbering.ids.length);
      const ids: string[] = [];
      for (let i = 0; i < n; i += 1) {
        const r = order[i] as number;
        for (let j = runs.start[r] as number, end = runs.start[r + 1] as number; j < end; j += 1) {
          const v = runs.values[j] as number;
          if (seen[v] === 0) {
            seen[v] = 1;
            ids.push(numbering.ids[v] as string);
          }
        }
      }
      return ids;
    };
    const listed = <T extends { id: string }>(items: readonly T[], used: string[]) => {
      const usedSet = new Set(used);
      const ids = items.filter((item) => usedSet.has(item.id)).map((item) => item.id);
      const known = new Set(ids);
      for (const id of used) if (!known.has(id)) ids.push(id);
      return ids;
    };
    const facetValues: Record<FacetKey, string[]> = {
      bulletin: dataset.bulletins.map((b) => b.id),
      district: listed(dataset.places, inTimeOrder('district')),
      place: dataset.places.filter((p) => c.facets.place.numbering.number.has(p.id)).map((p) => p.id),
      person: inTimeOrder('person'),
      supply: listed(dataset.supplyTypes, inTimeOrder('supply')),
    };

    yield;
    const index: DatasetIndex = {
      dataset,
      rows,
      people: byId(dataset.people),
      organizations: byId(dataset.organizations),
      places,
      supplyTypes: byId(dataset.supplyTypes),
      bulletins: byId(dataset.bulletins),
      personRoles,
      facetValues,
    };
    c.at = order;
    compiledIndexes.set(index, c);
    return index;
  }
}

/** `finishSteps` yields every STEP_ROWS + 1 rows of a pass (a power of two, less one, to test with &). */
const STEP_ROWS = 16_383;

/** Indexes built ahead, while the dataset loaded: buildIndex returns them as they are. */
const prebuilt = new WeakMap<Dataset, DatasetIndex>();

/** Records the index of a dataset built piece by piece (IndexBuilder), so that `buildIndex(dataset)` is free. */
export function prebuildIndex(dataset: Dataset, index: DatasetIndex): void {
  prebuilt.set(dataset, index);
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const ready = prebuilt.get(dataset);
  if (ready) return ready;
  const builder = new IndexBuilder();
  builder.setPlaces(dataset.places);
  for (const bulletin of dataset.bulletins) builder.add(bulletin);
  return builder.finish(dataset);
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
  const key = JSON.stringify(facetKeys.map((k) => [...filters[k]].sort()));
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
 * It works on numbers (see Compiled): a few array reads per row and facet, no Set or Map per row.
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
  const counts = facetKeys.map((key) => new Int32Array(c.facets[key].numbering.ids.length));
  const bump = (k: number, r: number) => {
    const { start, values } = runs[k] as Runs;
    const count = counts[k] as Int32Array;
    for (let j = start[r] as number, end = start[r + 1] as number; j < end; j += 1) {
      const v = values[j] as number;
      count[v] = (count[v] as number) + 1;
    }
  };

  const rows: VisitRow[] = [];
  const rowRunList = new Int32Array(n);
  const inView = new Uint8Array(runs[0]?.rows ?? 0);
  for (let i = 0; i < n; i += 1) {
    const r = at ? (at[i] as number) : i;
    let failed = -1;
    let failures = 0;
    for (let a = 0; a < active.length; a += 1) {
      const { start, values } = runs[active[a] as number] as Runs;
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
      for (let k = 0; k < K; k += 1) bump(k, r);
    } else if (failures === 1) {
      bump(failed, r);
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
  return { rows: viewRows, total: n, facetCounts, figures: compiledFigures(c, inView, rows.length) };
}

/** The headline figures: the distinct values among the rows in view (inView is by run). */
function compiledFigures(c: Compiled, inView: Uint8Array, visits: number): Figures {
  const distinct = ({ start, values }: Runs, size: number) => {
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
