/**
 * The user's library, in this browser's IndexedDB: saved bulletins (each a one-bulletin dataset, validated by
 * the dataset schema on the way in and on the way out), the draft in progress (saved as the user types), and
 * deletions that can still be undone.
 *
 * Through `idb` (about 1.2 kB gzipped, promises over the IndexedDB API and nothing else, kept by the author of
 * the IndexedDB spec's test suite) rather than hand-written request callbacks, or Dexie (ten times larger).
 * This module loads after the first paint (the page imports it dynamically); it brings the schema library.
 *
 * Every failure becomes a `LibraryError` with a kind the page words for the user: no IndexedDB (private mode,
 * a policy), another tab blocking it, a full disk, a value over the browser's per-value limit (with its size), a
 * library written by a newer page or missing a part, or a stored entry that no longer validates.
 *
 * Many tabs, one library: every entry carries a version, and a write that starts from an older version is not
 * made (the caller asks the user: keep mine, keep theirs, keep both); every write is announced to the other
 * tabs on a BroadcastChannel. Each tab's unsaved draft has its own key (kept in sessionStorage, so a reload of
 * the tab finds it), and is mirrored synchronously into sessionStorage when the page is hidden or unloaded.
 * A record that does not read (a corrupt entry, trash record or draft) is skipped and named, never the rest.
 */
import { saveFile } from '../lib/save-file';
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import {
  joinLibrary,
  planImport,
  resolveClashes,
  splitBulletins,
  type ImportDecision,
  type MergeProblem,
} from './merge';
import type { T } from '../i18n/i18n';
import { datasetSchema, type Dataset } from './schema';

export const DB_NAME = 'yiyang-bulletin-library';
/** 1: bulletins, draft, trash, meta. 2: adds `queue` (texts drafted from imported files, to review). */
const DB_VERSION = 2;
/** How long a deletion can be undone, also across a reload. */
export const UNDO_MS = 10_000;
/** How long opening the database may wait for another tab to let go of it. */
const BLOCKED_MS = 5_000;

/** `version` goes up by one with every write of the entry; a write from an older one is not made. */
export type LibraryEntry = {
  id: string;
  dataset: Dataset;
  savedAt: string;
  updatedAt: string;
  version: number;
};
export type DraftFields = {
  title: string;
  titleEn: string;
  publisher: string;
  publisherEn: string;
  /** As a datetime-local input gives it: "2020-02-12T10:30" (China time). */
  publishedAt: string;
  sourceUrl: string;
};
export const emptyFields: DraftFields = {
  title: '',
  titleEn: '',
  publisher: '',
  publisherEn: '',
  publishedAt: '',
  sourceUrl: '',
};
/** The draft in progress: `target` is "new" or the id of the library bulletin being edited. */
export type DraftRecord = {
  target: string;
  text: string;
  fields: DraftFields;
  /** The drafted (and corrected) one-bulletin dataset; null before 起草. */
  draft: Dataset | null;
  updatedAt: string;
  /** The version of the library entry the edit started from (an edit of a saved bulletin). */
  baseVersion?: number;
  /** The drafting module's warnings, kept with the draft. */
  warnings?: unknown[];
};
/** A text drafted from an imported file, waiting to be reviewed (the add view opens it as `queue:<id>`). */
export type QueueItem = {
  id: string;
  file: string;
  text: string;
  addedAt: string;
  /** What the drafting module gave: the add view fills the fields and years from it as after 起草. */
  result: {
    dataset: Dataset;
    warnings: unknown[];
    meta: { title?: string; publisher?: string; publishedAt?: string; sourceUrl?: string };
  };
};
export type QueueSummary = { id: string; file: string; title: string; visits: number; addedAt: string };

type Deleted = { id: string; entry: LibraryEntry; deletedAt: number };

interface LibrarySchema extends DBSchema {
  bulletins: { key: string; value: LibraryEntry };
  draft: { key: string; value: DraftRecord };
  trash: { key: string; value: Deleted };
  meta: { key: string; value: unknown };
  queue: { key: string; value: QueueItem };
}

export type LibraryErrorKind =
  'unavailable' | 'blocked' | 'quota' | 'invalid' | 'failed' | 'newer' | 'layout' | 'tooLarge';

export class LibraryError extends Error {
  readonly kind: LibraryErrorKind;
  readonly reason: string;
  /** For `tooLarge`: the value's size and the browser's limit, in bytes (the limit where the browser says it). */
  readonly size: number | undefined;
  readonly limit: number | undefined;
  constructor(kind: LibraryErrorKind, reason: string, size?: { size?: number; limit?: number }) {
    super(`${kind}: ${reason}`);
    this.name = 'LibraryError';
    this.kind = kind;
    this.reason = reason;
    this.size = size?.size;
    this.limit = size?.limit;
  }
}

/**
 * Chromium before large values were kept as blobs: "The serialized keys and/or value are too large
 * (size=139460233 bytes, max=133169152 bytes)." Chromium 150 (measured) stores a 140 MB or 500 MB string and a
 * 165 MB object graph in one value without complaint, so this refusal cannot be met there with a real value.
 */
const TOO_LARGE = /too large|exceeds?.*(size|limit)|size=\d+/i;

/** Any failure of storage, as one of the kinds the page explains. */
export function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  const inner = (error as { inner?: unknown; cause?: unknown } | null)?.cause;
  if (name === 'QuotaExceededError' || (error as { code?: number } | null)?.code === 22)
    return new LibraryError('quota', message);
  if (inner) {
    const wrapped = toLibraryError(inner);
    if (wrapped.kind !== 'failed') return wrapped;
  }
  if (TOO_LARGE.test(message)) {
    const size = /size=(\d+)/.exec(message)?.[1];
    const limit = /max=(\d+)/.exec(message)?.[1];
    return new LibraryError('tooLarge', message, {
      ...(size ? { size: Number(size) } : {}),
      ...(limit ? { limit: Number(limit) } : {}),
    });
  }
  // The library was written by a newer version of this page (a higher database version).
  if (name === 'VersionError') return new LibraryError('newer', message || name);
  // A part of the library this page needs is missing: a database of an older or foreign layout.
  if (name === 'NotFoundError') return new LibraryError('layout', message || name);
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return new LibraryError('unavailable', message || name);
  return new LibraryError('failed', message || name || 'unknown error');
}

/** Bytes of a value as the store would hold it, near enough (its JSON in UTF-8). */
export function sizeOf(value: unknown): number {
  try {
    return new Blob([JSON.stringify(value) ?? '']).size;
  } catch {
    return Number.NaN;
  }
}

/** A failed write of `value`: where the browser refused its size, the error says how large it was. */
function writeError(error: unknown, value: unknown): LibraryError {
  const e = toLibraryError(error);
  if (e.kind !== 'tooLarge' || e.size !== undefined) return e;
  return new LibraryError('tooLarge', e.reason, {
    size: sizeOf(value),
    ...(e.limit !== undefined ? { limit: e.limit } : {}),
  });
}

/** Tabs of this page tell each other when the library changes. */
const CHANNEL = 'yiyang-bulletin-library';
let channel: BroadcastChannel | null | undefined;
function theChannel(): BroadcastChannel | null {
  if (channel === undefined)
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  return channel;
}

/** Who announces: a tab hears its own announcements on a second channel object, and skips them. */
const sender = Math.random().toString(36).slice(2);

/** Tells the other tabs that the library changed (they read it again). */
function announce(): void {
  try {
    theChannel()?.postMessage({ type: 'changed', from: sender });
  } catch {
    // A closed channel: the other tabs see the change when they next read.
  }
}

/**
 * Tells the other tabs from this page's thread that the library changed: a worker that wrote to the library and is
 * then ended at once may take its own announcement with it.
 */
export function announceLibraryChange(): void {
  announce();
}

/** Calls `onChange` when another tab of this page changes the library; returns the unsubscribe. */
export function onLibraryChange(onChange: () => void): () => void {
  const c = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  if (!c) return () => undefined;
  c.onmessage = (event: MessageEvent<{ from?: string }>) => {
    if (event.data?.from !== sender) onChange();
  };
  return () => c.close();
}

let dbPromise: Promise<IDBPDatabase<LibrarySchema>> | null = null;

function open(): Promise<IDBPDatabase<LibrarySchema>> {
  if (dbPromise) return dbPromise;
  if (typeof indexedDB === 'undefined' || indexedDB === null)
    return Promise.reject(new LibraryError('unavailable', 'this browser offers no IndexedDB here'));
  const opening = new Promise<IDBPDatabase<LibrarySchema>>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
      // Each step from the version the browser holds; what is stored stays.
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('bulletins', { keyPath: 'id' });
          db.createObjectStore('draft');
          db.createObjectStore('trash', { keyPath: 'id' });
          db.createObjectStore('meta');
        }
        if (oldVersion < 2) db.createObjectStore('queue', { keyPath: 'id' });
      },
      blocked() {
        timer = setTimeout(
          () => reject(new LibraryError('blocked', 'another tab of this page holds the library open')),
          BLOCKED_MS,
        );
      },
      blocking() {
        // A newer version of the page wants to upgrade the library: let it.
        void dbPromise?.then((db) => db.close());
        dbPromise = null;
      },
      terminated() {
        dbPromise = null;
      },
    }).then(
      (db) => {
        clearTimeout(timer);
        resolve(db);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(toLibraryError(error));
      },
    );
  });
  dbPromise = opening;
  // A failed open is tried again next time.
  opening.catch(() => {
    if (dbPromise === opening) dbPromise = null;
  });
  return opening;
}

async function withDb<T>(run: (db: IDBPDatabase<LibrarySchema>) => Promise<T>): Promise<T> {
  try {
    return await run(await open());
  } catch (error) {
    throw toLibraryError(error);
  }
}

/** Closes the connection (tests, and a page that wants to let another tab upgrade). */
export async function closeLibrary(): Promise<void> {
  const pending = dbPromise;
  dbPromise = null;
  if (pending) (await pending.catch(() => null))?.close();
}

/** A validated one-bulletin dataset, or the first problems, as "path: message". */
export function validate(value: unknown): { ok: true; dataset: Dataset } | { ok: false; issues: Issue[] } {
  const result = datasetSchema.safeParse(value);
  if (result.success) return { ok: true, dataset: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
}
type Issue = { path: string; message: string };

export type LibraryRead = {
  entries: LibraryEntry[];
  /**
   * Stored records that do not read: kept, not shown, each named by where it is and its key. `store`: a saved
   * bulletin, a deletion that could be undone, or a draft.
   */
  invalid: { id: string; issues: Issue[]; store?: 'bulletins' | 'trash' | 'draft' }[];
  /** Deleted within UNDO_MS: can still be undone. */
  pending: { id: string; title: string; deletedAt: number }[];
};

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const keyName = (key: IDBValidKey): string => (typeof key === 'string' ? key : JSON.stringify(key));

/** A stored entry as the page uses it, or why it does not read. */
function readEntry(
  key: IDBValidKey,
  value: unknown,
): { ok: true; entry: LibraryEntry } | { ok: false; issues: Issue[] } {
  if (!isObject(value))
    return { ok: false, issues: [{ path: '', message: `not a record (${typeof value})` }] };
  const checked = validate(value.dataset);
  if (!checked.ok) return { ok: false, issues: checked.issues.slice(0, 5) };
  const id = typeof value.id === 'string' ? value.id : keyName(key);
  const time = (x: unknown) => (typeof x === 'string' && !Number.isNaN(Date.parse(x)) ? x : null);
  const updatedAt = time(value.updatedAt) ?? time(value.savedAt) ?? new Date(0).toISOString();
  return {
    ok: true,
    entry: {
      id,
      dataset: checked.dataset,
      savedAt: time(value.savedAt) ?? updatedAt,
      updatedAt,
      // Entries saved before versions were kept are version 1.
      version: typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : 1,
    },
  };
}

/** The version of a stored entry (1 for entries from before versions). */
const versionOf = (stored: unknown): number =>
  isObject(stored) && typeof stored.version === 'number' ? stored.version : 1;

/** Everything saved, oldest first; deletions past their undo time are made final here. */
export async function readLibrary(now: number = Date.now()): Promise<LibraryRead> {
  return withDb(async (db) => {
    const entries: LibraryEntry[] = [];
    const invalid: LibraryRead['invalid'] = [];
    const pending: LibraryRead['pending'] = [];
    const tx = db.transaction(['bulletins', 'trash', 'draft'], 'readwrite');
    // Keys and values apart: a record that does not read is named by its key.
    const bulletinStore = tx.objectStore('bulletins');
    const [keys, values] = await Promise.all([bulletinStore.getAllKeys(), bulletinStore.getAll()]);
    keys.forEach((key, i) => {
      const read = readEntry(key, values[i] as unknown);
      if (read.ok) entries.push(read.entry);
      else invalid.push({ id: keyName(key), issues: read.issues, store: 'bulletins' });
    });
    const trash = tx.objectStore('trash');
    const [trashKeys, trashValues] = await Promise.all([trash.getAllKeys(), trash.getAll()]);
    for (const [i, key] of trashKeys.entries()) {
      const d = trashValues[i] as unknown;
      const entry = isObject(d) ? readEntry(key, d.entry) : null;
      if (!isObject(d) || typeof d.deletedAt !== 'number' || !entry?.ok) {
        invalid.push({
          id: keyName(key),
          issues: entry && !entry.ok ? entry.issues : [{ path: '', message: 'not a deleted bulletin' }],
          store: 'trash',
        });
        continue;
      }
      if (now - d.deletedAt >= UNDO_MS) await trash.delete(key);
      else
        pending.push({
          id: keyName(key),
          title: entry.entry.dataset.bulletins[0]?.title.zh ?? keyName(key),
          deletedAt: d.deletedAt,
        });
    }
    const drafts = tx.objectStore('draft');
    const [draftKeys, draftValues] = await Promise.all([drafts.getAllKeys(), drafts.getAll()]);
    draftKeys.forEach((key, i) => {
      if (!readDraftRecord(draftValues[i] as unknown))
        invalid.push({ id: keyName(key), issues: [{ path: '', message: 'not a draft' }], store: 'draft' });
    });
    await tx.done;
    entries.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
    return { entries, invalid, pending };
  });
}

/** Where a record that does not read is kept. */
export type DamagedStore = 'bulletins' | 'trash' | 'draft';
/** A record that does not read, as it was stored (as far as JSON can hold it), for the user to keep. */
export type DamagedRecord = { store: DamagedStore; key: string; value: unknown };

/** Whether a stored record of `store` does not read (the rules readLibrary and loadDraft skip it by). */
function isDamaged(store: DamagedStore, key: IDBValidKey, value: unknown): boolean {
  if (store === 'bulletins') return !readEntry(key, value).ok;
  if (store === 'draft') return !readDraftRecord(value);
  return !isObject(value) || typeof value.deletedAt !== 'number' || !readEntry(key, value.entry).ok;
}

/**
 * A stored value as JSON can hold it: what the structured clone keeps and JSON does not (a bigint, a Map, a Set,
 * binary data, a Blob, a loop back into itself) is named in words rather than lost with the rest.
 */
export function jsonSafe(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'bigint') return `${value.toString()}n`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[loop]';
  seen.add(value);
  try {
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (typeof Blob !== 'undefined' && value instanceof Blob)
      return `[${value.type || 'Blob'}, ${value.size} bytes]`;
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer)
      return `[binary, ${value.byteLength} bytes]`;
    if (value instanceof Map)
      return { '[Map]': [...value.entries()].map(([k, v]) => [jsonSafe(k, seen), jsonSafe(v, seen)]) };
    if (value instanceof Set) return { '[Set]': [...value].map((v) => jsonSafe(v, seen)) };
    if (Array.isArray(value)) return value.map((v) => jsonSafe(v, seen));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v, seen)]));
  } finally {
    seen.delete(value);
  }
}

/** The records named (by store and key, as LibraryRead.invalid names them) that still do not read. */
export async function readDamaged(
  which: readonly { store?: DamagedStore; id: string }[],
): Promise<DamagedRecord[]> {
  return withDb(async (db) => {
    const out: DamagedRecord[] = [];
    const tx = db.transaction(DAMAGED_STORES, 'readonly');
    await eachDamaged(tx, which, (store, key, value) => {
      out.push({ store, key: keyName(key), value: jsonSafe(value) });
    });
    await tx.done;
    return out;
  });
}

const DAMAGED_STORES: DamagedStore[] = ['bulletins', 'trash', 'draft'];

/** Calls `visit` for each record named in `which` that still does not read, store by store, in one transaction. */
async function eachDamaged<Mode extends IDBTransactionMode>(
  tx: IDBPTransaction<LibrarySchema, DamagedStore[], Mode>,
  which: readonly { store?: DamagedStore; id: string }[],
  visit: (store: DamagedStore, key: string, value: unknown) => void | Promise<void>,
): Promise<void> {
  for (const store of DAMAGED_STORES) {
    const names = new Set(which.filter((w) => (w.store ?? 'bulletins') === store).map((w) => w.id));
    if (names.size === 0) continue;
    const os = tx.objectStore(store);
    for (const key of await os.getAllKeys()) {
      if (!names.has(keyName(key))) continue;
      const value = (await os.get(key)) as unknown;
      if (value !== undefined && isDamaged(store, key, value)) await visit(store, key, value);
    }
  }
}

/**
 * Deletes the records named that still do not read (one another tab has written again since is left alone);
 * says how many went.
 */
export async function removeDamaged(which: readonly { store?: DamagedStore; id: string }[]): Promise<number> {
  const removed = await withDb(async (db) => {
    let n = 0;
    const tx = db.transaction(DAMAGED_STORES, 'readwrite');
    await eachDamaged(tx, which, async (store, key) => {
      await tx.objectStore(store).delete(key);
      n++;
    });
    await tx.done;
    return n;
  });
  if (removed > 0) announce();
  return removed;
}

export async function getEntry(id: string): Promise<LibraryEntry | undefined> {
  const stored = await withDb((db) => db.get('bulletins', id));
  if (stored === undefined) return undefined;
  const read = readEntry(id, stored);
  if (!read.ok)
    throw new LibraryError('invalid', read.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return read.entry;
}

export type Persistence = 'persisted' | 'best-effort' | 'unsupported';

/** Whether the browser keeps the library even when space runs short. */
export async function persistence(): Promise<Persistence> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}

/** Asks once (on the first save) that the browser not evict the library; says what it granted. */
async function askPersistence(db: IDBPDatabase<LibrarySchema>): Promise<Persistence> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return 'unsupported';
  const asked = await db.get('meta', 'persistAsked');
  if (!asked) {
    await db.put('meta', true, 'persistAsked');
    try {
      return (await storage.persist()) ? 'persisted' : 'best-effort';
    } catch {
      return 'best-effort';
    }
  }
  return persistence();
}

export type SaveResult =
  | { ok: true; entry: LibraryEntry; replaced: boolean; persistence: Persistence }
  | { ok: false; problem: MergeProblem }
  /** The library holds a version of this bulletin that the save did not start from (another tab saved it). */
  | { ok: false; problem: { code: 'newer' }; theirs: LibraryEntry }
  /**
   * The edit started from a saved version that is no longer in the library (another tab deleted it): nothing is
   * written; the caller asks (save it again, or accept the delete). `deletedAt` and `title`: when, and the title
   * of the version deleted, where the trash still says.
   */
  | { ok: false; problem: { code: 'deleted' }; gone: { deletedAt: number | null; title: string | null } };

/**
 * Saves a one-bulletin dataset: validated, and checked against the bundled data and the rest of the library
 * (a definition that disagrees is refused with the reason, never overwritten).
 *
 * `expected`: the version the user's edit started from (null: a new bulletin, none may exist under its id).
 * When the library holds another version, nothing is written and that version comes back (`newer`); when an edit
 * of a saved version finds none (another tab deleted it), nothing is written either (`deleted`): the caller asks
 * the user. Left out, the entry of the same id is replaced whatever its version (a choice already made), on from
 * the version in the trash, if any.
 */
export async function saveBulletin(
  dataset: Dataset,
  base?: Dataset,
  expected?: number | null,
): Promise<SaveResult> {
  const checked = validate(dataset);
  if (!checked.ok) return { ok: false, problem: { code: 'invalid', issues: checked.issues } };
  const id = checked.dataset.bulletins[0]!.id;
  return withDb(async (db) => {
    const library = await readLibrary();
    const [decision] = planImport(
      base,
      library.entries.map((e) => e.dataset),
      [{ file: '', dataset: checked.dataset }],
    );
    if (decision?.kind === 'refused') return { ok: false, problem: decision.problem };
    const now = new Date().toISOString();
    const tx = db.transaction(['bulletins', 'trash'], 'readwrite');
    const store = tx.objectStore('bulletins');
    const old = (await store.get(id)) as unknown;
    if (old !== undefined && expected !== undefined && versionOf(old) !== expected) {
      await tx.done;
      const read = readEntry(id, old);
      if (read.ok) return { ok: false, problem: { code: 'newer' }, theirs: read.entry };
    }
    const deleted = old === undefined ? ((await tx.objectStore('trash').get(id)) as unknown) : undefined;
    // An edit of a saved version that is gone: deleted in another tab, not to be brought back unasked.
    if (old === undefined && typeof expected === 'number') {
      await tx.done;
      const deletedAt = isObject(deleted) && typeof deleted.deletedAt === 'number' ? deleted.deletedAt : null;
      const was = isObject(deleted) ? readEntry(id, deleted.entry) : null;
      const title = was?.ok ? (was.entry.dataset.bulletins[0]?.title.zh ?? null) : null;
      return { ok: false, problem: { code: 'deleted' }, gone: { deletedAt, title } };
    }
    const kept = old === undefined ? null : readEntry(id, old);
    const before = old ?? (isObject(deleted) ? deleted.entry : undefined);
    const entry: LibraryEntry = {
      id,
      dataset: checked.dataset,
      savedAt: kept?.ok ? kept.entry.savedAt : now,
      updatedAt: now,
      version: before === undefined ? 1 : versionOf(before) + 1,
    };
    try {
      await store.put(entry);
      await tx.done;
    } catch (error) {
      throw writeError(error, entry);
    }
    announce();
    return { ok: true, entry, replaced: old !== undefined, persistence: await askPersistence(db) };
  });
}

/**
 * Moves a bulletin to the trash, from where `undoDelete` brings it back for UNDO_MS. With `expected`, only
 * that version is deleted: false when the library holds another (another tab changed it meanwhile).
 */
export async function deleteBulletin(
  id: string,
  now: number = Date.now(),
  expected?: number,
): Promise<boolean> {
  const done = await withDb(async (db) => {
    const tx = db.transaction(['bulletins', 'trash'], 'readwrite');
    const entry = (await tx.objectStore('bulletins').get(id)) as unknown;
    if (entry === undefined || (expected !== undefined && versionOf(entry) !== expected)) {
      await tx.done;
      return false;
    }
    await tx.objectStore('trash').put({ id, entry: entry as LibraryEntry, deletedAt: now });
    await tx.objectStore('bulletins').delete(id);
    await tx.done;
    return true;
  });
  if (done) announce();
  return done;
}

/**
 * Brings a deleted bulletin back: `restored`; `expired` when its undo time has passed (or it was never
 * deleted); `newer` when the library holds this bulletin again (saved or imported since): that is kept, the
 * deleted version is not put back over it.
 */
export async function undoDelete(
  id: string,
  now: number = Date.now(),
): Promise<'restored' | 'expired' | 'newer'> {
  const result = await withDb(async (db) => {
    const tx = db.transaction(['bulletins', 'trash'], 'readwrite');
    const deleted = (await tx.objectStore('trash').get(id)) as unknown;
    let result: 'restored' | 'expired' | 'newer' = 'expired';
    if (isObject(deleted) && typeof deleted.deletedAt === 'number' && now - deleted.deletedAt < UNDO_MS) {
      const present = await tx.objectStore('bulletins').get(id);
      if (present !== undefined) result = 'newer';
      else {
        await tx.objectStore('bulletins').put(deleted.entry as LibraryEntry);
        result = 'restored';
      }
    }
    if (deleted !== undefined) await tx.objectStore('trash').delete(id);
    await tx.done;
    return result;
  });
  announce();
  return result;
}

/** Saved times of the library's bulletins, by id, carried in an export beside the dataset. */
export type LibraryTimes = { savedAt: Record<string, string>; updatedAt: Record<string, string> };
/** An export: a valid dataset, with the bulletins' saved times under `library` (which the dataset schema ignores). */
export type LibraryExport = Dataset & { library: LibraryTimes };

/**
 * The whole library as one dataset (validated), or null when it is empty. Records that do not read are left
 * out (the library names them); the rest is exported.
 */
export async function exportLibrary(): Promise<LibraryExport | null> {
  const { entries } = await readLibrary();
  if (entries.length === 0) return null;
  const { dataset } = joinLibrary(entries.map((e) => e.dataset));
  if (!dataset) return null;
  const checked = validate(dataset);
  if (!checked.ok)
    throw new LibraryError('invalid', checked.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  const library: LibraryTimes = { savedAt: {}, updatedAt: {} };
  for (const e of entries)
    if (checked.dataset.bulletins.some((b) => b.id === e.id)) {
      library.savedAt[e.id] = e.savedAt;
      library.updatedAt[e.id] = e.updatedAt;
    }
  return { ...checked.dataset, library };
}

type WithoutDataset<D> = D extends unknown ? Omit<D, 'dataset'> : never;
export type FileRefusal = { file: string; problem: MergeProblem };
/** What to do with an imported bulletin that the library holds in another form. */
export type ImportChoice = 'replace' | 'both' | 'skip';
export type ImportPlan = {
  /** Each bulletin read, with its title (Chinese) where it has one. */
  decisions: (WithoutDataset<ImportDecision> & { title: string | null })[];
  /** Whole files refused: not JSON, or not a valid dataset. */
  files: FileRefusal[];
  /** What was read, for `applyImport`: each one-bulletin dataset with its file and saved times. */
  incoming: { file: string; dataset: Dataset; savedAt?: string; updatedAt?: string }[];
};
/** What an import did, one line per bulletin; `kept-both`: added beside the library's one, as `newId`. */
export type ImportDone =
  | {
      kind: 'added' | 'replaced' | 'unchanged' | 'skipped';
      bulletinId: string;
      title: string | null;
      file: string;
    }
  | { kind: 'kept-both'; bulletinId: string; newId: string; title: string | null; file: string }
  | { kind: 'refused'; bulletinId: string | null; problem: MergeProblem; title: string | null; file: string };
/** What undoes an import: each bulletin it wrote, as it was before (null: it was not there), and the version written. */
export type ImportUndo = { changes: { id: string; before: LibraryEntry | null; version: number }[] };
export type ImportReport = {
  decisions: ImportDone[];
  files: FileRefusal[];
  /** Null when the import wrote nothing. */
  undo: ImportUndo | null;
};

const isoTime = (x: unknown): string | undefined =>
  typeof x === 'string' && !Number.isNaN(Date.parse(x)) ? x : undefined;
const titleOf = (d: Dataset | undefined) => d?.bulletins[0]?.title.zh ?? null;

/**
 * Reads dataset files (JSON text), validates each, cuts them into bulletins and says what importing them would
 * do (added, unchanged, differs from the library's, refused, and why). Writes nothing.
 */
export async function planFiles(
  files: readonly { name: string; text: string }[],
  base?: Dataset,
): Promise<ImportPlan> {
  const refusedFiles: FileRefusal[] = [];
  const incoming: ImportPlan['incoming'] = [];
  for (const { name, text } of files) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      refusedFiles.push({
        file: name,
        problem: { code: 'unreadable', reason: error instanceof Error ? error.message : String(error) },
      });
      continue;
    }
    const checked = validate(json);
    if (!checked.ok) {
      refusedFiles.push({ file: name, problem: { code: 'invalid', issues: checked.issues.slice(0, 5) } });
      continue;
    }
    // A library export carries its bulletins' saved times: an imported bulletin keeps its own.
    const times = isObject(json) && isObject(json.library) ? json.library : {};
    const timeOf = (field: string, id: string) =>
      isoTime(isObject(times[field]) ? (times[field] as Record<string, unknown>)[id] : undefined);
    for (const dataset of splitBulletins(checked.dataset)) {
      const id = dataset.bulletins[0]!.id;
      const savedAt = timeOf('savedAt', id);
      const updatedAt = timeOf('updatedAt', id) ?? savedAt;
      incoming.push({
        file: name,
        dataset,
        ...(savedAt ? { savedAt } : {}),
        ...(updatedAt ? { updatedAt } : {}),
      });
    }
  }
  if (incoming.length === 0) return { decisions: [], files: refusedFiles, incoming };
  const { entries } = await readLibrary();
  const decisions = planImport(
    base,
    entries.map((e) => e.dataset),
    incoming,
  );
  return {
    decisions: decisions.map((d) => {
      const { dataset, ...rest } = d as ImportDecision & { dataset?: Dataset };
      const title = titleOf(
        dataset ?? incoming.find((i) => i.dataset.bulletins[0]?.id === d.bulletinId)?.dataset,
      );
      return { ...rest, title } as WithoutDataset<ImportDecision> & { title: string | null };
    }),
    files: refusedFiles,
    incoming,
  };
}

/**
 * Imports what `planFiles` read, in one transaction: a bulletin the library holds in another form is replaced,
 * kept beside it (under a free id) or skipped, as `choose` says; one it holds as it is stays untouched. Checked
 * again against the library as it is now (another tab may have changed it). Comes back with what undoes it.
 */
export async function applyImport(
  plan: ImportPlan,
  choose: (bulletinId: string) => ImportChoice,
  base?: Dataset,
): Promise<ImportReport> {
  if (plan.incoming.length === 0) return { decisions: [], files: plan.files, undo: null };
  return withDb(async (db) => {
    const { entries } = await readLibrary();
    const library = new Map(entries.map((e) => [e.id, e] as const));
    const done: ImportDone[] = [];
    const writes: LibraryEntry[] = [];
    const now = new Date().toISOString();
    for (const item of plan.incoming) {
      const id = item.dataset.bulletins[0]!.id;
      const title = titleOf(item.dataset);
      const datasets = [...library.values()].map((e) => e.dataset);
      const [decision] = planImport(base, datasets, [item]);
      if (!decision) continue;
      if (decision.kind === 'refused') {
        done.push({ kind: 'refused', bulletinId: id, problem: decision.problem, title, file: item.file });
        continue;
      }
      if (decision.kind === 'unchanged') {
        done.push({ kind: 'unchanged', bulletinId: id, title, file: item.file });
        continue;
      }
      let dataset = decision.dataset;
      const old = library.get(id);
      let kind: 'added' | 'replaced' | 'kept-both' = old ? 'replaced' : 'added';
      if (old) {
        const choice = choose(id);
        if (choice === 'skip') {
          done.push({ kind: 'skipped', bulletinId: id, title, file: item.file });
          continue;
        }
        if (choice === 'both') {
          dataset = resolveClashes(dataset, datasets, base);
          kind = 'kept-both';
        }
      }
      const newId = dataset.bulletins[0]!.id;
      const before = library.get(newId);
      const entry: LibraryEntry = {
        id: newId,
        dataset,
        savedAt: item.savedAt ?? before?.savedAt ?? now,
        updatedAt: item.updatedAt ?? now,
        version: (before?.version ?? 0) + 1,
      };
      library.set(newId, entry);
      writes.push(entry);
      done.push(
        kind === 'kept-both'
          ? { kind, bulletinId: id, newId, title, file: item.file }
          : { kind, bulletinId: id, title, file: item.file },
      );
    }
    const undo: ImportUndo = { changes: [] };
    if (writes.length > 0) {
      const tx = db.transaction('bulletins', 'readwrite');
      try {
        for (const entry of writes) {
          const before = (await tx.store.get(entry.id)) as unknown;
          const read = before === undefined ? null : readEntry(entry.id, before);
          // Written by another tab since the library was read: this write goes on from its version.
          if (before !== undefined) entry.version = versionOf(before) + 1;
          undo.changes.push({ id: entry.id, before: read?.ok ? read.entry : null, version: entry.version });
          // The browser may refuse a value as it is put (too large): said with its size.
          try {
            await tx.store.put(entry);
          } catch (error) {
            throw writeError(error, entry);
          }
        }
        await tx.done;
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // Aborted already by the failure.
        }
        throw toLibraryError(error);
      }
      announce();
    }
    return { decisions: done, files: plan.files, undo: undo.changes.length > 0 ? undo : null };
  });
}

/**
 * Undoes an import: each bulletin it wrote goes back to what it was (or away, if it was new), unless it was
 * changed since (another save, tab or import): that one is kept, and its id comes back in `kept`.
 */
export async function undoImport(undo: ImportUndo): Promise<{ undone: number; kept: string[] }> {
  const result = await withDb(async (db) => {
    const tx = db.transaction('bulletins', 'readwrite');
    let undone = 0;
    const kept: string[] = [];
    for (const change of undo.changes) {
      const now = (await tx.store.get(change.id)) as unknown;
      if (now === undefined || versionOf(now) !== change.version) {
        kept.push(change.id);
        continue;
      }
      if (change.before) await tx.store.put({ ...change.before, version: change.version + 1 });
      else await tx.store.delete(change.id);
      undone++;
    }
    await tx.done;
    return { undone, kept };
  });
  announce();
  return result;
}

/** Plans and applies an import in one step; a bulletin held in another form is handled as `choose` says. */
export async function importFiles(
  files: readonly { name: string; text: string }[],
  base?: Dataset,
  choose: (bulletinId: string) => ImportChoice = () => 'skip',
): Promise<ImportReport> {
  return applyImport(await planFiles(files, base), choose, base);
}

/** The one shared draft of versions before drafts were kept per tab: offered to any tab, like a closed tab's. */
const LEGACY_DRAFT_KEY = 'current';
const TAB_KEY = 'yiyang-bulletin-tab';
const MIRROR_KEY = 'yiyang-bulletin-draft|';
const LOCK_PREFIX = 'yiyang-bulletin-tab:';

const session = (): Storage | null => {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
};
const newTabId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Holds a lock named after the tab while the tab lives: false where another tab (a duplicate) holds it. */
async function holdTab(id: string): Promise<boolean> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return true;
  return new Promise<boolean>((resolve) => {
    locks
      .request(`${LOCK_PREFIX}${id}`, { ifAvailable: true }, (lock) => {
        resolve(lock !== null);
        // Held until the tab goes.
        return lock ? new Promise<void>(() => undefined) : undefined;
      })
      .catch(() => resolve(true));
  });
}

let tabPromise: Promise<string> | null = null;

/**
 * This tab's id: kept in sessionStorage, so a reload of the tab finds its draft again; a tab that starts as a
 * copy of another (duplicated, its sessionStorage copied) takes a new one.
 */
export function thisTab(): Promise<string> {
  tabPromise ??= (async () => {
    const store = session();
    let id = store?.getItem(TAB_KEY) ?? null;
    if (!id || !(await holdTab(id))) {
      id = newTabId();
      await holdTab(id);
      try {
        store?.setItem(TAB_KEY, id);
      } catch {
        // No sessionStorage: the draft lasts as long as the tab.
      }
    }
    return id;
  })();
  return tabPromise;
}

const draftKey = async (target: string) => `${await thisTab()}|${target}`;

/** A stored draft as the add view can use it, or null: the structure the view reads, not the schema's rules. */
export function readDraftRecord(value: unknown): DraftRecord | null {
  if (!isObject(value) || typeof value.target !== 'string' || typeof value.text !== 'string') return null;
  const rawFields = value.fields === undefined ? {} : value.fields;
  if (!isObject(rawFields)) return null;
  const fields = { ...emptyFields };
  for (const name of Object.keys(emptyFields) as (keyof DraftFields)[]) {
    const v = rawFields[name];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return null;
    fields[name] = v;
  }
  if (value.draft !== null && value.draft !== undefined && !draftShape(value.draft)) return null;
  if (value.warnings !== undefined && !Array.isArray(value.warnings)) return null;
  return {
    target: value.target,
    text: value.text,
    fields,
    draft: (value.draft ?? null) as Dataset | null,
    updatedAt: isoTime(value.updatedAt) ?? new Date(0).toISOString(),
    ...(typeof value.baseVersion === 'number' ? { baseVersion: value.baseVersion } : {}),
    ...(Array.isArray(value.warnings) ? { warnings: value.warnings as unknown[] } : {}),
  };
}

/** Whether a draft has the shape of a one-bulletin dataset (its facts may still fail the schema's rules). */
function draftShape(d: unknown): boolean {
  const list = (x: unknown, each: (y: Record<string, unknown>) => boolean) =>
    Array.isArray(x) && x.every((y) => isObject(y) && each(y));
  const text = (x: unknown) => isObject(x) && typeof x.zh === 'string';
  const entity = (e: Record<string, unknown>) => typeof e.id === 'string' && text(e.name);
  const fact = (f: Record<string, unknown>) => f.evidence === undefined || isObject(f.evidence);
  return (
    isObject(d) &&
    list(d.people, entity) &&
    list(d.organizations, entity) &&
    list(d.places, entity) &&
    list(d.supplyTypes, entity) &&
    Array.isArray(d.bulletins) &&
    d.bulletins.length === 1 &&
    list(
      d.bulletins,
      (b) =>
        typeof b.id === 'string' &&
        text(b.title) &&
        Array.isArray(b.paragraphs) &&
        b.paragraphs.every((p) => typeof p === 'string') &&
        list(
          b.visits,
          (v) =>
            typeof v.id === 'string' &&
            list(v.participants, fact) &&
            list(v.supplies, fact) &&
            list(v.inspected, fact) &&
            list(v.remarks, fact),
        ),
    )
  );
}

export type DraftLoad = {
  /** This tab's draft for the target, as it was last kept (the newer of IndexedDB and the tab's own copy). */
  record?: DraftRecord;
  /**
   * Drafts that did not read (this tab's, or a closed tab's): taken out of storage, handed back as they were for
   * the user to download.
   */
  corrupt: { key: string; value: unknown }[];
};

function readMirror(target: string): { record?: DraftRecord; corrupt?: unknown } {
  const raw = session()?.getItem(`${MIRROR_KEY}${target}`);
  if (!raw) return {};
  try {
    const record = readDraftRecord(JSON.parse(raw));
    return record ? { record } : { corrupt: raw };
  } catch {
    return { corrupt: raw };
  }
}

/** This tab's draft for `target` ("new" or a library bulletin's id). */
export async function loadDraft(target = 'new'): Promise<DraftLoad> {
  const key = await draftKey(target);
  const stored = await withDb((db) => db.get('draft', key) as Promise<unknown>);
  const mirror = readMirror(target);
  const out: DraftLoad = { corrupt: [] };
  let record: DraftRecord | undefined;
  if (stored !== undefined) {
    const read = readDraftRecord(stored);
    if (read) record = read;
    else out.corrupt.push({ key, value: stored });
  }
  if (mirror.corrupt !== undefined) {
    out.corrupt.push({ key: `sessionStorage:${MIRROR_KEY}${target}`, value: mirror.corrupt });
    session()?.removeItem(`${MIRROR_KEY}${target}`);
  }
  // Closed tabs' drafts that do not read: offered once, here, and cleared.
  const me = await thisTab();
  const open = await openTabs();
  const others = await draftsStored();
  for (const [other, value] of others) {
    const tab = other === LEGACY_DRAFT_KEY ? null : other.split('|')[0]!;
    if (other === key || tab === me || (tab !== null && open?.has(tab))) continue;
    if (!readDraftRecord(value)) out.corrupt.push({ key: other, value });
  }
  if (out.corrupt.length > 0)
    await withDb(async (db) => {
      const tx = db.transaction('draft', 'readwrite');
      for (const c of out.corrupt) if (!c.key.startsWith('sessionStorage:')) await tx.store.delete(c.key);
      await tx.done;
    });
  if (
    mirror.record &&
    mirror.record.target === target &&
    (!record || mirror.record.updatedAt > record.updatedAt)
  )
    record = mirror.record;
  if (record && record.target === target) out.record = record;
  return out;
}

/** Keeps this tab's draft in IndexedDB. */
export async function saveDraft(record: Omit<DraftRecord, 'updatedAt'>): Promise<void> {
  const value: DraftRecord = { ...record, updatedAt: new Date().toISOString() };
  const key = await draftKey(record.target);
  await withDb((db) => db.put('draft', value, key)).catch((error: unknown) => {
    throw writeError(error, value);
  });
}

/**
 * Keeps this tab's draft now, as the page is hidden or unloaded: a copy in sessionStorage at once (it survives
 * the reload of this tab whatever happens to the write below), and the write to IndexedDB begun.
 */
export function flushDraft(record: Omit<DraftRecord, 'updatedAt'>): void {
  const value: DraftRecord = { ...record, updatedAt: new Date().toISOString() };
  try {
    session()?.setItem(`${MIRROR_KEY}${record.target}`, JSON.stringify(value));
  } catch {
    // Too large for sessionStorage (about 5 MB): IndexedDB keeps it.
  }
  void saveDraft(record).catch(() => undefined);
}

/** Clears this tab's draft for `target`. */
export async function clearDraft(target = 'new'): Promise<void> {
  session()?.removeItem(`${MIRROR_KEY}${target}`);
  const key = await draftKey(target);
  await withDb((db) => db.delete('draft', key));
}

export type OtherDraft = { key: string; target: string; title: string; updatedAt: string };

/** Tabs of this page that are open now, by id (null where the browser cannot say). */
async function openTabs(): Promise<Set<string> | null> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return null;
  try {
    const { held = [] } = await locks.query();
    return new Set(
      held.flatMap((l) => (l.name?.startsWith(LOCK_PREFIX) ? [l.name.slice(LOCK_PREFIX.length)] : [])),
    );
  } catch {
    return null;
  }
}

/** Every stored draft, by key. */
async function draftsStored(): Promise<(readonly [string, unknown])[]> {
  return withDb(async (db) => {
    const store = db.transaction('draft').store;
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    return keys.map((key, i) => [keyName(key), values[i] as unknown] as const);
  });
}

/**
 * Unsaved drafts of tabs that are closed (and of versions of this page that kept one shared draft), newest
 * first: a new tab offers them, never overwrites them. The drafts of tabs still open are theirs.
 */
export async function otherDrafts(target?: string): Promise<OtherDraft[]> {
  const me = await thisTab();
  const open = await openTabs();
  const all = await draftsStored();
  const out: OtherDraft[] = [];
  for (const [key, value] of all) {
    const tab = key === LEGACY_DRAFT_KEY ? null : key.split('|')[0]!;
    if (tab === me || (tab !== null && open?.has(tab))) continue;
    const record = readDraftRecord(value);
    if (!record || (record.text.trim() === '' && !record.draft)) continue;
    if (target !== undefined && record.target !== target) continue;
    const title =
      record.fields.title.trim() ||
      record.draft?.bulletins[0]?.title.zh ||
      [...record.text.trim().split('\n')[0]!].slice(0, 40).join('');
    out.push({ key, target: record.target, title, updatedAt: record.updatedAt });
  }
  return out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
}

/** Takes another (closed) tab's draft as this tab's draft for its target; it is no longer offered elsewhere. */
export async function takeDraft(key: string): Promise<DraftRecord | undefined> {
  const me = await thisTab();
  const taken = await withDb(async (db) => {
    const tx = db.transaction('draft', 'readwrite');
    const record = readDraftRecord(await tx.store.get(key));
    if (record) {
      await tx.store.put(record, `${me}|${record.target}`);
      await tx.store.delete(key);
    }
    await tx.done;
    return record ?? undefined;
  });
  if (taken) announce();
  return taken;
}

/** A stored queue item as the page uses it, or null. */
function readQueueItem(value: unknown): QueueItem | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.text !== 'string') return null;
  const result = value.result;
  if (!isObject(result) || !draftShape(result.dataset) || !Array.isArray(result.warnings)) return null;
  const meta = isObject(result.meta) ? result.meta : {};
  const metaOut: QueueItem['result']['meta'] = {};
  for (const k of ['title', 'publisher', 'publishedAt', 'sourceUrl'] as const)
    if (typeof meta[k] === 'string') metaOut[k] = meta[k];
  return {
    id: value.id,
    file: typeof value.file === 'string' ? value.file : value.id,
    text: value.text,
    addedAt: isoTime(value.addedAt) ?? new Date(0).toISOString(),
    result: { dataset: result.dataset as Dataset, warnings: result.warnings as unknown[], meta: metaOut },
  };
}

/** Puts drafted texts in the queue to review; each gets an id of its own. */
export async function addToQueue(items: readonly Omit<QueueItem, 'id' | 'addedAt'>[]): Promise<QueueItem[]> {
  const added = await withDb(async (db) => {
    const tx = db.transaction('queue', 'readwrite');
    const out: QueueItem[] = [];
    for (const item of items) {
      const entry: QueueItem = { ...item, id: newTabId(), addedAt: new Date().toISOString() };
      try {
        await tx.store.put(entry);
      } catch (error) {
        throw writeError(error, entry);
      }
      out.push(entry);
    }
    await tx.done;
    return out;
  });
  if (added.length > 0) announce();
  return added;
}

/** The queue, oldest first: title and visits found for each; items that do not read are named. */
export async function readQueue(): Promise<{
  items: QueueSummary[];
  invalid: { id: string; issues: Issue[] }[];
}> {
  return withDb(async (db) => {
    const store = db.transaction('queue').store;
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    const items: QueueSummary[] = [];
    const invalid: { id: string; issues: Issue[] }[] = [];
    keys.forEach((key, i) => {
      const item = readQueueItem(values[i] as unknown);
      if (!item) {
        invalid.push({ id: keyName(key), issues: [{ path: '', message: 'not a drafted text' }] });
        return;
      }
      const bulletin = item.result.dataset.bulletins[0]!;
      items.push({
        id: item.id,
        file: item.file,
        title: item.result.meta.title?.trim() || bulletin.title.zh || item.file,
        visits: bulletin.visits.length,
        addedAt: item.addedAt,
      });
    });
    items.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
    return { items, invalid };
  });
}

/** One queued text, or undefined (reviewed and saved meanwhile, or removed). */
export async function getQueueItem(id: string): Promise<QueueItem | undefined> {
  const value = await withDb((db) => db.get('queue', id) as Promise<unknown>);
  return value === undefined ? undefined : (readQueueItem(value) ?? undefined);
}

/** Takes a text out of the queue (saved to the library, or not wanted). */
export async function removeFromQueue(id: string): Promise<void> {
  await withDb((db) => db.delete('queue', id));
  announce();
}

/** Hands a JSON file to the browser's download. */
export function downloadJson(value: unknown, fileName: string): void {
  saveFile(new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: 'application/json' }), fileName);
}

/** Why a bulletin was refused, in the page language. */
export function describeProblem(problem: MergeProblem, t: T): string {
  switch (problem.code) {
    case 'conflict':
      return t('problem.conflict', {
        kind: t(`problem.kind.${problem.kind}`),
        id: problem.id,
        field: problem.field,
        with:
          problem.with === null ? t('problem.withBundled') : t('problem.withBulletin', { id: problem.with }),
      });
    case 'visit-id':
      return t('problem.visitId', {
        id: problem.visitId,
        with:
          problem.with === null ? t('problem.withBundled') : t('problem.withBulletin', { id: problem.with }),
      });
    case 'bundled':
      return t('problem.bundled', { id: problem.bulletinId });
    case 'invalid':
      return t('problem.invalid', {
        issues: problem.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
      });
    case 'unreadable':
      return t('problem.unreadable', { reason: problem.reason });
  }
}

/** A storage failure, in the page language. */
export function describeStorageError(error: unknown, t: T): string {
  const e = toLibraryError(error);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (e.kind === 'tooLarge')
    return t('storage.tooLarge', {
      size: e.size !== undefined && Number.isFinite(e.size) ? mb(e.size) : '?',
      limit: e.limit !== undefined ? ` (${mb(e.limit)})` : '',
    });
  return t(`storage.${e.kind}`, { reason: e.reason });
}
