/**
 * Builds the index of a dataset (select.ts reads it): its rows in time order, and its columns, each row's values
 * as numbers. Loaded with the data (index-of.ts, loadIndexBuilder; page-copy.ts imports it to build the index
 * while a file loads), not in the first paint.
 */
import { orderByKey } from '../lib/order';
import { runSteps } from '../lib/slices';
import { placePathIds } from './places';
import type { Bulletin, Dataset, ParticipantRole, Place, ReadonlyVisit, TimeOfDay, Visit } from './schema';
import {
  facetKeys,
  FLAG_DATE_UNCERTAIN,
  FLAG_DISTRICT_INFERRED,
  FLAG_DRAFTED,
  FLAG_NAME_INFERRED,
  participantRoleOrder,
  prebuiltIndex,
  presentRoles,
  recordCompiled,
  UNDATED_SORT_KEY,
  type Columns,
  type DatasetIndex,
  type FacetKey,
  type Goer,
  type VisitRow,
} from './select';

/* The sort keys of visits and publications (time order), and datasets that extend others: the builder's own. */
const timeRank: Record<TimeOfDay, string> = { morning: '09', afternoon: '15', evening: '20' };

/** Sort key of a visit: its date and time of day; a day without a time of day sorts first on that day. */
export function visitSortKey(visit: ReadonlyVisit): string {
  if (visit.date === null) return UNDATED_SORT_KEY;
  return `${visit.date}T${visit.timeOfDay ? timeRank[visit.timeOfDay] : '00'}`;
}

/** Sort key of a publication, comparable with visitSortKey: local date and hour as written; null if unknown. */
export function publicationSortKey(bulletin: Bulletin): string | null {
  return bulletin.publishedAt === null ? null : bulletin.publishedAt.slice(0, 16);
}

const bases = new WeakMap<Dataset, Dataset>();

/**
 * `dataset` is `base` with bulletins added after base's own (mergeDatasets: the bundled data and the user's
 * library), whose other lists agree with base's where they share ids: its index can go on from base's
 * (IndexBuilder.forkSteps) rather than read every visit again.
 */
export function recordBase(dataset: Dataset, base: Dataset): void {
  bases.set(dataset, base);
}

export function baseOf(dataset: Dataset): Dataset | undefined {
  return bases.get(dataset);
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

/** Each role as written in this program (a string constant, one in memory), by its value read from a file. */
const roleConstant = new Map<string, ParticipantRole>(participantRoleOrder.map((r) => [r, r]));

/** Numbers for ids, in the order they are first met. */
class Numbering {
  constructor(
    readonly ids: string[] = [],
    readonly number = new Map<string, number>(),
  ) {}
  copy(): Numbering {
    return new Numbering(this.ids.slice(), new Map(this.number));
  }
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
  copy(): Runs {
    const runs = new Runs();
    runs.start = this.start.slice();
    runs.values = this.values.slice();
    runs.at = this.at;
    runs.rows = this.rows;
    return runs;
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

/** Amounts and their kinds, in the order they are pushed (beside the `quantified` column's values). */
class Amounts {
  value = new Float64Array(256);
  kind = new Int32Array(256);
  private n = 0;
  copy(): Amounts {
    const amounts = new Amounts();
    amounts.value = this.value.slice();
    amounts.kind = this.kind.slice();
    amounts.n = this.n;
    return amounts;
  }
  push(kind: number, value: number): void {
    if (this.n >= this.value.length) {
      const more = new Float64Array(this.value.length * 2);
      more.set(this.value);
      this.value = more;
      this.kind = grow(this.kind, this.n + 1);
    }
    this.kind[this.n] = kind;
    this.value[this.n++] = value;
  }
}

/** A growing run of bytes, one per row: the rows' flags (FLAG_*). */
class Bytes {
  values = new Uint8Array(1024);
  rows = 0;
  copy(): Bytes {
    const bytes = new Bytes();
    bytes.values = this.values.slice();
    bytes.rows = this.rows;
    return bytes;
  }
  push(value: number): void {
    if (this.rows >= this.values.length) {
      const more = new Uint8Array(this.values.length * 2);
      more.set(this.values);
      this.values = more;
    }
    this.values[this.rows++] = value;
  }
}

/** The columns as they are built: select.ts's Columns, writable. */
type Building = Columns & {
  facets: Record<FacetKey, { numbering: Numbering; runs: Runs }>;
  present: Runs;
  places: { numbering: Numbering; runs: Runs };
  visited: Runs;
  source: Runs;
  sources: Bulletin[];
  sourceTimes: number[];
  sourceOf: Map<Bulletin, number>;
  path: Runs;
  goers: Runs;
  goerList: Goer[];
  /** The number of each goer, by kind and id. */
  goerOf: Record<Goer['kind'], Map<string, number>>;
  leads: Runs;
  along: Runs;
  unitsWent: Runs;
  variants: Runs;
  variantOf: Map<string, Map<string, number>>;
  variantType: string[];
  variantText: string[];
  quantified: Runs;
  amounts: Amounts;
  amountKinds: Numbering;
  flags: Bytes;
  time: Runs;
  times: Numbering;
};

function newCompiled(): Building {
  const facets = {} as Building['facets'];
  for (const key of facetKeys) facets[key] = { numbering: new Numbering(), runs: new Runs() };
  return {
    facets,
    present: new Runs(),
    places: { numbering: new Numbering(), runs: new Runs() },
    visited: new Runs(),
    source: new Runs(),
    sources: [],
    sourceTimes: [],
    sourceOf: new Map(),
    path: new Runs(),
    goers: new Runs(),
    goerList: [],
    goerOf: { person: new Map(), unit: new Map() },
    leads: new Runs(),
    along: new Runs(),
    unitsWent: new Runs(),
    variants: new Runs(),
    variantOf: new Map(),
    variantType: [],
    variantText: [],
    quantified: new Runs(),
    amounts: new Amounts(),
    amountKinds: new Numbering(),
    flags: new Bytes(),
    time: new Runs(),
    times: new Numbering(),
    at: null,
    positionOf: null,
  };
}

/**
 * A copy of columns being built, to go on with beside the original: every column and numbering copied (the
 * records of them too), every Map, and the arrays (of strings, numbers and bulletins, which are shared).
 */
function* copyBuilding(c: Building): Generator<void, Building> {
  const copy = (value: unknown): unknown => {
    if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, copy(v)]));
    if (ArrayBuffer.isView(value)) return (value as Int32Array).slice();
    if (Array.isArray(value)) return value.slice();
    if (
      value instanceof Numbering ||
      value instanceof Runs ||
      value instanceof Amounts ||
      value instanceof Bytes
    )
      return value.copy();
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
    if (value === null || typeof value !== 'object') return value;
    throw new Error('copyBuilding: a column of a kind it does not know how to copy');
  };
  // A column at a time (at 300,000 visits each is megabytes of typed arrays to copy).
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(c)) {
    out[key] = copy(value);
    yield;
  }
  return { ...(out as Building), at: null, positionOf: null };
}

/** Numbers a row: its facet values and the other columns, each a run (the facets' values each once). */
function compileRow(c: Building, row: VisitRow, visit: ReadonlyVisit = row.visit): void {
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
  if (visit.placeId !== null) c.visited.push(places.numbering.of(visit.placeId));
  c.visited.next();
  let source = c.sourceOf.get(row.bulletin);
  if (source === undefined) {
    c.sourceOf.set(row.bulletin, (source = c.sources.length));
    c.sources.push(row.bulletin);
    c.sourceTimes.push(c.times.of(publicationSortKey(row.bulletin) ?? UNDATED_SORT_KEY));
  }
  c.source.push(source);
  c.source.next();
  c.path.add(places.numbering, row.placePath);
  c.path.next();
  const person = f.person.numbering;
  let nameInferred = false;
  for (const p of visit.participants) {
    if (p.inferred) nameInferred = true;
    if (p.role === 'entrusted-by') continue;
    // A person and a unit may share an id: goers are numbered by kind and id.
    const kind: Goer['kind'] = p.personId ? 'person' : 'unit';
    const id = p.personId || (p.organizationId ?? '');
    const numbers = c.goerOf[kind];
    let g = numbers.get(id);
    if (g === undefined) {
      numbers.set(id, (g = c.goerList.length));
      c.goerList.push({ kind, id });
    }
    c.goers.push(g);
    if (kind === 'unit') c.unitsWent.push(g);
    else if (p.role === 'lead') c.leads.push(person.of(id));
    else c.along.push(person.of(id));
  }
  c.goers.next();
  c.leads.next();
  c.along.next();
  c.unitsWent.next();
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
    if (s.quantity) {
      c.quantified.push(i);
      c.amounts.push(c.amountKinds.of(`${s.supplyTypeId}\u0000${s.quantity.unit}`), s.quantity.value);
    }
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

/** A row before its place path is known (the places come after the bulletins in a file). */
type PartialRow = Omit<VisitRow, 'placePath'> & { placePath?: readonly string[] };

/**
 * A row as the builder makes it: its visit is read from its bulletin when asked for, not held, so that a bulletin
 * whose visits are kept as bytes (lazy-visits.ts) keeps them so.
 */
class Row implements PartialRow {
  placePath?: readonly string[];
  constructor(
    public position: number,
    readonly bulletin: Bulletin,
    readonly bulletinOrder: number,
    readonly sortKey: string,
    readonly districtId: string | null,
    readonly leadIds: readonly string[],
  ) {}

  get visit(): ReadonlyVisit {
    return this.bulletin.visits[this.bulletinOrder]!;
  }

  /** The same row, for another index (its position there to be set). */
  copy(): Row {
    const row = new Row(-1, this.bulletin, this.bulletinOrder, this.sortKey, this.districtId, this.leadIds);
    row.placePath = this.placePath;
    return row;
  }
}

/** The builder of each index it finished, kept so that a dataset that extends the index's can fork it. */
const builders = new WeakMap<DatasetIndex, IndexBuilder>();

/** No lead: one array for every row without one. */
const noIds: readonly string[] = Object.freeze([]);

/**
 * Builds the index piece by piece: `add` each bulletin as it arrives (a few milliseconds per thousand visits),
 * then `finish` with the whole dataset (time order and facet values, in linear time). Given the places first
 * (`setPlaces`), rows are complete, and numbered (the columns) as they are added. `buildIndex` is all in one go;
 * page-copy.ts uses the pieces to build the index while the file is still loading, so that the main thread never
 * has one long task to do it.
 */
export class IndexBuilder {
  private rows: Row[] = [];
  private rolesSeen = new Map<string, Set<ParticipantRole>>();
  private bulletinRank = new Map<string, number>();
  private bulletins = 0;
  private places: Map<string, Place> | null = null;
  /** The path of each place, and of each place with a district its path does not hold: shared by their rows. */
  private readonly paths = new Map<string | null, readonly string[]>();
  private readonly pathsWithDistrict = new Map<string, Map<string | null, readonly string[]>>();
  /** The columns of the rows so far; null once a row was added without the places (then made by finish). */
  private compiled: Building | null = newCompiled();
  private finished = false;

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
   * In steps (the rows 65,536 at a time, then a column at a time), a builder that goes on from this one, finished
   * or not: the rows and columns so far, copied, so that adding to it changes nothing of this one or of the index
   * it finished. A merged dataset (the bundled data and the user's library) is indexed so, from the bundled data's
   * builder, without reading its visits again: at 100,000 visits, 0.4 s to read them as objects, 3 s where they
   * are kept as bytes (lazy-visits.ts).
   */
  *forkSteps(): Generator<void, IndexBuilder> {
    const next = new IndexBuilder();
    const rows = new Array<Row>(this.rows.length);
    for (let i = 0; i < rows.length; i += 1) {
      rows[i] = (this.rows[i] as Row).copy();
      if ((i & 0xffff) === 0xffff) yield;
    }
    next.rows = rows;
    next.rolesSeen = new Map([...this.rolesSeen].map(([id, roles]) => [id, new Set(roles)]));
    next.bulletinRank = new Map(this.bulletinRank);
    next.bulletins = this.bulletins;
    next.places = this.places;
    next.ids = new Map(this.ids);
    next.compiled = this.compiled && (yield* copyBuilding(this.compiled));
    return next;
  }

  /**
   * One string for each id: a file repeats an id once per mention (800,000 strings at 100,000 visits), and the
   * index writes the first back in their place, and the role as the program's own constant. The values are the
   * same; the heap is smaller, and every later count (filters, charts, map) compares one hot string, not many
   * cold ones: the "who went where" count took a third less time. Sort keys are shared the same way.
   */
  private ids = new Map<string, string>();
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
    // The finished index holds these columns: a row added now would change them under it.
    if (this.finished) throw new Error('an IndexBuilder takes no bulletins once it has finished');
    this.bulletinRank.set(bulletin.id, this.bulletins++);
    const visits = bulletin.visits;
    for (let bulletinOrder = 0; bulletinOrder < visits.length; bulletinOrder += 1) {
      const visit = visits[bulletinOrder]!;
      // The loader's own objects, fresh from the file: equal strings shared in place. Where the visits are kept as
      // bytes (lazy-visits.ts) the write is lost with the parsed copy, and so is nothing but memory saved.
      this.shareIds(visit as Visit);
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
      // position -1: set by finish(), once the time order is known.
      const row = new Row(
        -1,
        bulletin,
        bulletinOrder,
        this.one(visitSortKey(visit)),
        visit.districtId,
        leadIds,
      );
      this.rows.push(row);
      if (this.places) {
        row.placePath = this.pathOf(visit, this.places);
        if (this.compiled) compileRow(this.compiled, row as VisitRow, visit);
      } else {
        this.compiled = null;
      }
    }
  }

  /** district › street › community: the place's path, with the visit's district first where the path lacks it. */
  private pathOf(visit: ReadonlyVisit, places: ReadonlyMap<string, Place>): readonly string[] {
    // Each place's path once (there are far fewer places than visits), shared by the rows that went there.
    let shared = this.paths.get(visit.placeId);
    if (!shared) this.paths.set(visit.placeId, (shared = Object.freeze(placePathIds(places, visit.placeId))));
    const district = visit.districtId;
    if (district === null || shared.includes(district)) return shared;
    let byPlace = this.pathsWithDistrict.get(district);
    if (!byPlace) this.pathsWithDistrict.set(district, (byPlace = new Map()));
    let path = byPlace.get(visit.placeId);
    if (!path) byPlace.set(visit.placeId, (path = Object.freeze([district, ...shared])));
    return path;
  }

  /** The index of `dataset`, whose bulletins are those added, in the same order. */
  finish(dataset: Dataset): DatasetIndex {
    return runSteps(this.finishSteps(dataset));
  }

  /**
   * `finish` in steps: the passes over the rows' objects yield every 16,384 rows (numbering rows added before the
   * places, placing the rows in time order), those over the columns yield between passes (at 300,000 visits the
   * longest step is under 70 ms); the page runs them in slices with pauses between.
   */
  *finishSteps(dataset: Dataset): Generator<void, DatasetIndex> {
    this.finished = true;
    const places = byId(dataset.places);
    if (!this.places) this.setPlaces(dataset.places);
    const all = this.rows as VisitRow[];
    const n = all.length;
    // Rows added before the places were known (a file that lists its places after its bulletins): their paths,
    // and the columns.
    let c: Building | null = this.compiled;
    if (!c) {
      c = newCompiled();
      for (let i = 0; i < n; i += 1) {
        const row = this.rows[i] as Row;
        if (!row.placePath) row.placePath = this.pathOf(row.visit, places);
        compileRow(c, row as VisitRow);
        if ((i & STEP_ROWS) === STEP_ROWS) yield;
      }
    }
    yield;

    // Time order; within a time, bulletins as listed and visits in reading order.
    const times = c.time.values.subarray(0, n);
    let order: Int32Array;
    if (this.bulletinRank.size === this.bulletins) {
      // Ids unique (as in any valid dataset): rows were added in bulletin and reading order, so a stable
      // counting sort on the time is the whole order, in linear time.
      order = orderByKey(times, c.times.ids);
    } else {
      const key = (i: number) => c.times.ids[times[i] as number] as string;
      const rank = (r: VisitRow) => this.bulletinRank.get(r.bulletin.id) ?? 0;
      order = Int32Array.from(all.keys()).sort((a, b) => {
        const x = all[a] as VisitRow;
        const y = all[b] as VisitRow;
        return (
          (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) ||
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
      const { numbering, runs } = (c as Building).facets[key];
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
    recordCompiled(index, c);
    builders.set(index, this);
    return index;
  }
}

/** `finishSteps` yields every STEP_ROWS + 1 rows of a pass (a power of two, less one, to test with &). */
const STEP_ROWS = 16_383;

/** Indexes, built in one go: the one built while the dataset loaded where there is one. */
export function buildIndex(dataset: Dataset): DatasetIndex {
  return runSteps(buildIndexSteps(dataset));
}

/**
 * `buildIndex` in steps (runInSlices runs them with pauses between): the copy of a builder to fork, every 256
 * bulletins added, and `finishSteps`. A merged dataset of 300,000 visits takes 0.5 s to index in all.
 */
export function* buildIndexSteps(dataset: Dataset): Generator<void, DatasetIndex> {
  const ready = prebuiltIndex(dataset);
  if (ready) return ready;
  const { builder, from } = (yield* forkedFor(dataset)) ?? { builder: new IndexBuilder(), from: 0 };
  yield;
  builder.setPlaces(dataset.places);
  for (let i = from; i < dataset.bulletins.length; i += 1) {
    builder.add(dataset.bulletins[i] as Bulletin);
    if ((i - from) % 256 === 255) yield;
  }
  return yield* builder.finishSteps(dataset);
}

/**
 * For a dataset that extends another (recordBase) whose index was built ahead and whose bulletins it begins with:
 * that index's builder, forked, and the first bulletin it has yet to add.
 */
function* forkedFor(dataset: Dataset): Generator<void, { builder: IndexBuilder; from: number } | null> {
  const base = baseOf(dataset);
  const index = base && prebuiltIndex(base);
  const builder = index && builders.get(index);
  if (!base || !builder || base.bulletins.length > dataset.bulletins.length) return null;
  for (let i = 0; i < base.bulletins.length; i += 1)
    if (base.bulletins[i] !== dataset.bulletins[i]) return null;
  return { builder: yield* builder.forkSteps(), from: base.bulletins.length };
}

/** An index with the given rows, in their order (copies, each at its new position), numbered for them. */
export function withRows(index: DatasetIndex, rows: readonly VisitRow[]): DatasetIndex {
  const c = newCompiled();
  // Copies of the rows as they are made (a builder's rows read their visit through their prototype).
  const placed = rows.map((row, position) =>
    Object.assign(Object.create(Object.getPrototypeOf(row) as object) as VisitRow, row, { position }),
  );
  for (const row of placed) compileRow(c, row);
  const made = { ...index, rows: placed };
  recordCompiled(made, c);
  return made;
}
