/**
 * Merging datasets by id: the bundled dataset with the user's library, and a library with imported files.
 *
 * Pure, and free of the schema library (only its types): the page merges on every load. People, places,
 * organizations and supply types are shared by id; the same id defined twice must agree (same name, kind,
 * parent, code), and then the two are joined (titles of a person collected from both). A definition that
 * disagrees is never overwritten: the bulletin that brings it is refused, with what disagrees and with whom.
 */
// Types only: the schema library (zod) stays out of the first paint, which this module is part of.
import {
  writableCopy,
  type Bulletin,
  type Dataset,
  type Organization,
  type Person,
  type Place,
  type SupplyType,
  type Text,
} from './schema';
import { visitIdsOf } from './lazy-visits';
import { recordBase } from './index-builder';

const SCHEMA_VERSION = 1;

export type EntityKind = 'people' | 'organizations' | 'places' | 'supplyTypes';
export const entityKinds: readonly EntityKind[] = ['people', 'organizations', 'places', 'supplyTypes'];

/** Why a bulletin was not merged. `with`: the bulletin that holds the other definition (null: the bundled data). */
export type MergeProblem =
  | { code: 'conflict'; kind: EntityKind; id: string; field: string; with: string | null }
  | { code: 'visit-id'; visitId: string; with: string | null }
  | { code: 'bundled'; bulletinId: string }
  | { code: 'invalid'; issues: { path: string; message: string }[] }
  | { code: 'unreadable'; reason: string };

type Entity = Person | Organization | Place | SupplyType;

const textClash = (a: Text, b: Text) =>
  a.zh !== b.zh || (a.en !== undefined && b.en !== undefined && a.en !== b.en);

/** The first field on which two definitions under one id disagree, or null where they agree. */
export function clash(kind: EntityKind, a: Entity, b: Entity): string | null {
  if (textClash(a.name, b.name)) return 'name';
  if (kind === 'places') {
    const p = a as Place;
    const q = b as Place;
    if (p.kind !== q.kind) return 'kind';
    if (p.parentId !== q.parentId) return 'parentId';
    if (p.divisionCode != null && q.divisionCode != null && p.divisionCode !== q.divisionCode)
      return 'divisionCode';
  }
  return null;
}

/** Two agreeing definitions as one: English where either has it, a person's titles from both. */
function join(kind: EntityKind, a: Entity, b: Entity): Entity {
  const name: Text = {
    zh: a.name.zh,
    ...((a.name.en ?? b.name.en) ? { en: (a.name.en ?? b.name.en)! } : {}),
  };
  const out = { ...b, ...a, name } as Entity & { drafted?: boolean };
  if (a.drafted && b.drafted) out.drafted = true;
  else delete out.drafted;
  if (kind === 'people') {
    const titles = [...(a as Person).titles];
    for (const t of (b as Person).titles) if (!titles.some((x) => x.zh === t.zh)) titles.push(t);
    (out as Person).titles = titles;
  }
  if (kind === 'places') {
    const code = (a as Place).divisionCode ?? (b as Place).divisionCode;
    if (code !== undefined) (out as Place).divisionCode = code;
  }
  return out;
}

/**
 * Visit ids, each with the bulletin that brought it (null: the base). A large file's ids, as recorded while it
 * loaded, are looked up where they are (300,000 of them took 100 ms to copy), the others kept here; an id set
 * here wins over one looked up.
 */
class VisitOwners {
  private readonly own = new Map<string, string | null>();
  private readonly recorded: { ids: ReadonlyMap<string, unknown>; owner: string | null }[] = [];
  addRecorded(ids: ReadonlyMap<string, unknown>, owner: string | null): void {
    this.recorded.push({ ids, owner });
  }
  set(id: string, owner: string | null): void {
    this.own.set(id, owner);
  }
  has(id: string): boolean {
    return this.own.has(id) || this.recorded.some((r) => r.ids.has(id));
  }
  get(id: string): string | null | undefined {
    if (this.own.has(id)) return this.own.get(id);
    return this.recorded.find((r) => r.ids.has(id))?.owner;
  }
}

/** Everything a dataset defines, by id, with the bulletin that brought it (null: the base). */
class Registry {
  readonly entities: Record<EntityKind, Map<string, { value: Entity; owner: string | null }>> = {
    people: new Map(),
    organizations: new Map(),
    places: new Map(),
    supplyTypes: new Map(),
  };
  readonly visits = new VisitOwners();

  /** Adds without checks (the base, validated on load). */
  addTrusted(dataset: Dataset, owner: string | null): void {
    for (const kind of entityKinds)
      for (const e of dataset[kind] as Entity[]) {
        const had = this.entities[kind].get(e.id);
        this.entities[kind].set(e.id, {
          value: had ? join(kind, had.value, e) : e,
          owner: had?.owner ?? owner,
        });
      }
    // A large file's visit ids as they were checked while it loaded: its visits may be kept as bytes.
    const known = visitIdsOf(dataset);
    if (known) this.visits.addRecorded(known, owner);
    else for (const b of dataset.bulletins) for (const v of b.visits) this.visits.set(v.id, owner);
  }

  /** The first reason `part` cannot join what is here, or null. */
  check(part: Dataset, except?: string): MergeProblem | null {
    for (const kind of entityKinds)
      for (const e of part[kind] as Entity[]) {
        const had = this.entities[kind].get(e.id);
        if (!had || (except !== undefined && had.owner === except)) continue;
        const field = clash(kind, had.value, e);
        if (field) return { code: 'conflict', kind, id: e.id, field, with: had.owner };
      }
    for (const b of part.bulletins)
      for (const v of b.visits)
        if (this.visits.has(v.id) && this.visits.get(v.id) !== except)
          return { code: 'visit-id', visitId: v.id, with: this.visits.get(v.id) ?? null };
    return null;
  }

  list<K extends EntityKind>(kind: K): Dataset[K] {
    return [...this.entities[kind].values()].map((e) => e.value) as Dataset[K];
  }
}

export type Refused = { bulletinId: string; problem: MergeProblem };

/**
 * The bundled dataset with the library's bulletins (each a one-bulletin dataset) added in order. A library
 * bulletin whose id is a bundled one, whose definitions disagree with what is already merged, or whose visit ids
 * are taken, is left out and listed in `refused`. With nothing to add, the bundled dataset itself comes back.
 */
export function mergeDatasets(
  base: Dataset,
  parts: readonly Dataset[],
): { dataset: Dataset; refused: Refused[] } {
  if (parts.length === 0) return { dataset: base, refused: [] };
  const registry = new Registry();
  registry.addTrusted(base, null);
  const bulletins: Bulletin[] = [...base.bulletins];
  const ids = new Set(bulletins.map((b) => b.id));
  const refused: Refused[] = [];
  for (const part of parts) {
    const bulletinId = part.bulletins[0]?.id ?? '';
    const taken = part.bulletins.find((b) => ids.has(b.id));
    const problem: MergeProblem | null = taken
      ? { code: 'bundled', bulletinId: taken.id }
      : registry.check(part);
    if (problem) {
      refused.push({ bulletinId, problem });
      continue;
    }
    registry.addTrusted(part, bulletinId);
    for (const b of part.bulletins) {
      bulletins.push(b);
      ids.add(b.id);
    }
  }
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    bulletins,
    people: registry.list('people'),
    organizations: registry.list('organizations'),
    places: registry.list('places'),
    supplyTypes: registry.list('supplyTypes'),
  };
  // base's bulletins first, the lists agreeing with base's: its index goes on from base's.
  recordBase(dataset, base);
  return { dataset, refused };
}

/**
 * A dataset cut into one dataset per bulletin, each with only the people, organizations, places (and their
 * parents) and supply types it refers to: the form in which the library keeps bulletins.
 */
export function splitBulletins(dataset: Dataset): Dataset[] {
  const people = new Map(dataset.people.map((x) => [x.id, x]));
  const orgs = new Map(dataset.organizations.map((x) => [x.id, x]));
  const places = new Map(dataset.places.map((x) => [x.id, x]));
  const supplies = new Map(dataset.supplyTypes.map((x) => [x.id, x]));
  return dataset.bulletins.map((bulletin) => {
    const usedPeople = new Set<string>();
    const usedOrgs = new Set<string>();
    const usedPlaces = new Set<string>();
    const usedSupplies = new Set<string>();
    const addPlace = (id: string | null) => {
      while (id !== null && !usedPlaces.has(id) && places.has(id)) {
        usedPlaces.add(id);
        id = places.get(id)!.parentId;
      }
    };
    for (const v of bulletin.visits) {
      addPlace(v.placeId);
      addPlace(v.districtId);
      for (const p of v.participants) {
        if (p.personId) usedPeople.add(p.personId);
        if (p.organizationId) usedOrgs.add(p.organizationId);
      }
      for (const s of v.supplies) usedSupplies.add(s.supplyTypeId);
      for (const s of v.inspected) addPlace(s.placeId);
    }
    const pick = <T extends { id: string }>(items: readonly T[], used: Set<string>) =>
      items.filter((x) => used.has(x.id));
    return {
      schemaVersion: SCHEMA_VERSION,
      bulletins: [bulletin],
      people: pick(dataset.people, usedPeople).filter((p) => people.has(p.id)),
      organizations: pick(dataset.organizations, usedOrgs).filter((o) => orgs.has(o.id)),
      places: pick(dataset.places, usedPlaces),
      supplyTypes: pick(dataset.supplyTypes, usedSupplies).filter((s) => supplies.has(s.id)),
    };
  });
}

export type ImportDecision =
  | { kind: 'added' | 'differs' | 'unchanged'; bulletinId: string; dataset: Dataset; file: string }
  | { kind: 'refused'; bulletinId: string | null; problem: MergeProblem; file: string };

/** Same content, key order aside. */
function sameJson(a: unknown, b: unknown): boolean {
  const norm = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(norm)
      : x && typeof x === 'object'
        ? Object.fromEntries(
            Object.entries(x as Record<string, unknown>)
              .filter(([, v]) => v !== undefined)
              .sort(([k], [l]) => (k < l ? -1 : 1))
              .map(([k, v]) => [k, norm(v)]),
          )
        : x;
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

/**
 * The same bulletin as the library holds: the bulletin itself equal (key order aside), and every definition the
 * two share agreeing. A library export joins definitions (a person's titles from all bulletins, a place's
 * division code) and lists them in its own order: that is no change to the bulletin.
 */
export function sameBulletin(held: Dataset, incoming: Dataset): boolean {
  if (!sameJson(held.bulletins, incoming.bulletins)) return false;
  for (const kind of entityKinds) {
    const had = new Map((held[kind] as Entity[]).map((e) => [e.id, e] as const));
    for (const e of incoming[kind] as Entity[]) {
      const h = had.get(e.id);
      if (h && clash(kind, h, e)) return false;
    }
  }
  return true;
}

/**
 * What an import does to the library: each incoming one-bulletin dataset is added (a new id), differs from the
 * library's bulletin of the same id (the caller asks: replace, keep both, skip), is unchanged (the same
 * bulletin, `sameBulletin`), or is refused (a bundled id, a definition
 * that disagrees with the bundled data, the rest of the library or an earlier bulletin of the import, or a visit
 * id another bulletin uses). Refusals of whole files (unreadable, invalid) are the caller's, before this.
 */
export function planImport(
  base: Dataset | undefined,
  library: readonly Dataset[],
  incoming: readonly { file: string; dataset: Dataset }[],
): ImportDecision[] {
  const baseRegistry = new Registry();
  if (base) baseRegistry.addTrusted(base, null);
  const baseIds = new Set(base?.bulletins.map((b) => b.id) ?? []);
  // The library as it will be: id -> dataset, in order; replaced entries are swapped in place.
  const next = new Map(library.map((d) => [d.bulletins[0]!.id, d] as const));
  const decisions: ImportDecision[] = [];
  for (const { file, dataset } of incoming) {
    const bulletinId = dataset.bulletins[0]!.id;
    if (baseIds.has(bulletinId)) {
      decisions.push({ kind: 'refused', bulletinId, problem: { code: 'bundled', bulletinId }, file });
      continue;
    }
    const old = next.get(bulletinId);
    if (old && sameBulletin(old, dataset)) {
      decisions.push({ kind: 'unchanged', bulletinId, dataset, file });
      continue;
    }
    let problem = baseRegistry.check(dataset);
    if (!problem) {
      const rest = new Registry();
      for (const [id, d] of next) if (id !== bulletinId) rest.addTrusted(d, id);
      problem = rest.check(dataset);
    }
    if (problem) {
      decisions.push({ kind: 'refused', bulletinId, problem, file });
      continue;
    }
    next.set(bulletinId, dataset);
    decisions.push({ kind: old ? 'differs' : 'added', bulletinId, dataset, file });
  }
  return decisions;
}

/** The library (one-bulletin datasets) as one dataset, for export: the merge with no base. */
export function joinLibrary(parts: readonly Dataset[]): { dataset: Dataset | null; refused: Refused[] } {
  if (parts.length === 0) return { dataset: null, refused: [] };
  const [first, ...rest] = parts;
  const { dataset, refused } = mergeDatasets(first!, rest);
  return { dataset, refused };
}

/** `base-2`, `base-3`, … : the first that `taken` does not hold. */
function freeId(base: string, taken: (id: string) => boolean): string {
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** The dataset with one entity id renamed everywhere it is used. */
function renameEntity(part: Dataset, kind: EntityKind, from: string, to: string): Dataset {
  const d = writableCopy(part);
  for (const e of d[kind] as Entity[]) if (e.id === from) e.id = to;
  const place = (id: string | null) => (kind === 'places' && id === from ? to : id);
  for (const p of d.places) p.parentId = place(p.parentId);
  for (const b of d.bulletins)
    for (const v of b.visits) {
      v.placeId = place(v.placeId);
      v.districtId = place(v.districtId);
      for (const s of v.inspected) s.placeId = place(s.placeId) ?? s.placeId;
      for (const s of v.supplies) if (kind === 'supplyTypes' && s.supplyTypeId === from) s.supplyTypeId = to;
      for (const p of v.participants) {
        if (kind === 'people' && p.personId === from) p.personId = to;
        if (kind === 'organizations' && p.organizationId === from) p.organizationId = to;
      }
    }
  return d;
}

/**
 * A new or edited bulletin of the user made to fit beside the others: where its bulletin id, a visit id, or an
 * id it defines differently is already taken (by the bundled data or another library bulletin), its own id is
 * renamed (`-2`, `-3`, …), so that saving never overwrites or is refused for a name the drafting chose.
 * `others`: the library without the bulletin being edited.
 */
export function resolveClashes(part: Dataset, others: readonly Dataset[], base?: Dataset): Dataset {
  const registry = new Registry();
  if (base) registry.addTrusted(base, null);
  for (const d of others) registry.addTrusted(d, d.bulletins[0]?.id ?? null);
  const bulletinIds = new Set(
    [...(base?.bulletins ?? []), ...others.flatMap((d) => d.bulletins)].map((b) => b.id),
  );
  let d = part;
  const bulletin = d.bulletins[0];
  if (bulletin && bulletinIds.has(bulletin.id)) {
    const copy = writableCopy(d);
    copy.bulletins[0]!.id = freeId(bulletin.id, (id) => bulletinIds.has(id));
    d = copy;
  }
  for (let round = 0; round < 1000; round++) {
    const problem = registry.check(d);
    if (!problem) return d;
    if (problem.code === 'conflict') {
      const own = new Set((d[problem.kind] as Entity[]).map((e) => e.id));
      const to = freeId(problem.id, (id) => own.has(id) || registry.entities[problem.kind].has(id));
      d = renameEntity(d, problem.kind, problem.id, to);
    } else if (problem.code === 'visit-id') {
      const copy = writableCopy(d);
      const own = new Set(copy.bulletins.flatMap((b) => b.visits.map((v) => v.id)));
      const to = freeId(problem.visitId, (id) => own.has(id) || registry.visits.has(id));
      for (const v of copy.bulletins.flatMap((b) => b.visits)) if (v.id === problem.visitId) v.id = to;
      d = copy;
    } else return d;
  }
  return d;
}
