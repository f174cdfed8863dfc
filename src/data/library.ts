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
 * a policy), another tab blocking it, a full disk, or a stored entry that no longer validates.
 */
import { saveFile } from '../lib/save-file';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { joinLibrary, planImport, splitBulletins, type ImportDecision, type MergeProblem } from './merge';
import type { T } from '../i18n/i18n';
import { datasetSchema, type Dataset } from './schema';

export const DB_NAME = 'yiyang-bulletin-library';
const DB_VERSION = 1;
/** How long a deletion can be undone, also across a reload. */
export const UNDO_MS = 10_000;
/** How long opening the database may wait for another tab to let go of it. */
const BLOCKED_MS = 5_000;

export type LibraryEntry = { id: string; dataset: Dataset; savedAt: string; updatedAt: string };
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
};
type Deleted = { id: string; entry: LibraryEntry; deletedAt: number };

interface LibrarySchema extends DBSchema {
  bulletins: { key: string; value: LibraryEntry };
  draft: { key: string; value: DraftRecord };
  trash: { key: string; value: Deleted };
  meta: { key: string; value: unknown };
}

export type LibraryErrorKind = 'unavailable' | 'blocked' | 'quota' | 'invalid' | 'failed';

export class LibraryError extends Error {
  readonly kind: LibraryErrorKind;
  readonly reason: string;
  constructor(kind: LibraryErrorKind, reason: string) {
    super(`${kind}: ${reason}`);
    this.name = 'LibraryError';
    this.kind = kind;
    this.reason = reason;
  }
}

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
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError')
    return new LibraryError('unavailable', message || name);
  return new LibraryError('failed', message || name || 'unknown error');
}

let dbPromise: Promise<IDBPDatabase<LibrarySchema>> | null = null;

function open(): Promise<IDBPDatabase<LibrarySchema>> {
  if (dbPromise) return dbPromise;
  if (typeof indexedDB === 'undefined' || indexedDB === null)
    return Promise.reject(new LibraryError('unavailable', 'this browser offers no IndexedDB here'));
  const opening = new Promise<IDBPDatabase<LibrarySchema>>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    openDB<LibrarySchema>(DB_NAME, DB_VERSION, {
      upgrade(db) {
        db.createObjectStore('bulletins', { keyPath: 'id' });
        db.createObjectStore('draft');
        db.createObjectStore('trash', { keyPath: 'id' });
        db.createObjectStore('meta');
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
  /** Stored entries that no longer validate: kept, not shown. */
  invalid: { id: string; issues: Issue[] }[];
  /** Deleted within UNDO_MS: can still be undone. */
  pending: { id: string; title: string; deletedAt: number }[];
};

/** Everything saved, oldest first; deletions past their undo time are made final here. */
export async function readLibrary(now: number = Date.now()): Promise<LibraryRead> {
  return withDb(async (db) => {
    const tx = db.transaction(['bulletins', 'trash'], 'readwrite');
    const stored = await tx.objectStore('bulletins').getAll();
    const trash = await tx.objectStore('trash').getAll();
    const pending: LibraryRead['pending'] = [];
    for (const d of trash) {
      if (now - d.deletedAt >= UNDO_MS) await tx.objectStore('trash').delete(d.id);
      else
        pending.push({
          id: d.id,
          title: d.entry.dataset.bulletins[0]?.title.zh ?? d.id,
          deletedAt: d.deletedAt,
        });
    }
    await tx.done;
    const entries: LibraryEntry[] = [];
    const invalid: LibraryRead['invalid'] = [];
    for (const entry of stored) {
      const checked = validate(entry.dataset);
      if (checked.ok) entries.push({ ...entry, dataset: checked.dataset });
      else invalid.push({ id: entry.id, issues: checked.issues.slice(0, 5) });
    }
    entries.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
    return { entries, invalid, pending };
  });
}

export async function getEntry(id: string): Promise<LibraryEntry | undefined> {
  return withDb((db) => db.get('bulletins', id));
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
  | { ok: false; problem: MergeProblem };

/**
 * Saves a one-bulletin dataset: validated, and checked against the bundled data and the rest of the library
 * (a definition that disagrees is refused with the reason, never overwritten). Replaces the entry of the same id.
 */
export async function saveBulletin(dataset: Dataset, base?: Dataset): Promise<SaveResult> {
  const checked = validate(dataset);
  if (!checked.ok) return { ok: false, problem: { code: 'invalid', issues: checked.issues } };
  const id = checked.dataset.bulletins[0]!.id;
  return withDb(async (db) => {
    const library = (await db.getAll('bulletins')).map((e) => e.dataset);
    const [decision] = planImport(base, library, [{ file: '', dataset: checked.dataset }]);
    if (decision?.kind === 'refused') return { ok: false, problem: decision.problem };
    const now = new Date().toISOString();
    const old = await db.get('bulletins', id);
    const entry: LibraryEntry = {
      id,
      dataset: checked.dataset,
      savedAt: old?.savedAt ?? now,
      updatedAt: now,
    };
    await db.put('bulletins', entry);
    return { ok: true, entry, replaced: old !== undefined, persistence: await askPersistence(db) };
  });
}

/** Moves a bulletin to the trash, from where `undoDelete` brings it back for UNDO_MS. */
export async function deleteBulletin(id: string, now: number = Date.now()): Promise<void> {
  await withDb(async (db) => {
    const tx = db.transaction(['bulletins', 'trash'], 'readwrite');
    const entry = await tx.objectStore('bulletins').get(id);
    if (entry) {
      await tx.objectStore('trash').put({ id, entry, deletedAt: now });
      await tx.objectStore('bulletins').delete(id);
    }
    await tx.done;
  });
}

/** Brings a deleted bulletin back; false when its undo time has passed (or it was never deleted). */
export async function undoDelete(id: string, now: number = Date.now()): Promise<boolean> {
  return withDb(async (db) => {
    const tx = db.transaction(['bulletins', 'trash'], 'readwrite');
    const deleted = await tx.objectStore('trash').get(id);
    let restored = false;
    if (deleted && now - deleted.deletedAt < UNDO_MS) {
      await tx.objectStore('bulletins').put(deleted.entry);
      restored = true;
    }
    if (deleted) await tx.objectStore('trash').delete(id);
    await tx.done;
    return restored;
  });
}

/** The whole library as one dataset (validated), or null when it is empty. */
export async function exportLibrary(): Promise<Dataset | null> {
  const { entries } = await readLibrary();
  if (entries.length === 0) return null;
  const { dataset } = joinLibrary(entries.map((e) => e.dataset));
  if (!dataset) return null;
  const checked = validate(dataset);
  if (!checked.ok)
    throw new LibraryError('invalid', checked.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return checked.dataset;
}

type WithoutDataset<D> = D extends unknown ? Omit<D, 'dataset'> : never;
export type FileRefusal = { file: string; problem: MergeProblem };
export type ImportReport = {
  /** Each bulletin read, with its title (Chinese) where it has one. */
  decisions: (WithoutDataset<ImportDecision> & { title: string | null })[];
  /** Whole files refused: not JSON, or not a valid dataset. */
  files: FileRefusal[];
};

/**
 * Reads dataset files (JSON text), validates each, cuts them into bulletins and merges them into the library by
 * id: what was added, replaced, unchanged or refused, and why. Written in one transaction.
 */
export async function importFiles(
  files: readonly { name: string; text: string }[],
  base?: Dataset,
): Promise<ImportReport> {
  const refusedFiles: FileRefusal[] = [];
  const incoming: { file: string; dataset: Dataset }[] = [];
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
    for (const dataset of splitBulletins(checked.dataset)) incoming.push({ file: name, dataset });
  }
  if (incoming.length === 0) return { decisions: [], files: refusedFiles };
  return withDb(async (db) => {
    const library = (await db.getAll('bulletins')).map((e) => e.dataset);
    const decisions = planImport(base, library, incoming);
    const tx = db.transaction('bulletins', 'readwrite');
    const now = new Date().toISOString();
    for (const d of decisions) {
      if (d.kind !== 'added' && d.kind !== 'replaced') continue;
      const old = await tx.store.get(d.bulletinId);
      await tx.store.put({
        id: d.bulletinId,
        dataset: d.dataset,
        savedAt: old?.savedAt ?? now,
        updatedAt: now,
      });
    }
    await tx.done;
    return {
      decisions: decisions.map((d) => {
        const { dataset, ...rest } = d as ImportDecision & { dataset?: Dataset };
        const title = (dataset ?? incoming.find((i) => i.dataset.bulletins[0]?.id === d.bulletinId)?.dataset)
          ?.bulletins[0]?.title.zh;
        return { ...rest, title: title ?? null } as WithoutDataset<ImportDecision> & { title: string | null };
      }),
      files: refusedFiles,
    };
  });
}

const DRAFT_KEY = 'current';

export async function loadDraft(): Promise<DraftRecord | undefined> {
  return withDb((db) => db.get('draft', DRAFT_KEY));
}

export async function saveDraft(record: Omit<DraftRecord, 'updatedAt'>): Promise<void> {
  await withDb((db) => db.put('draft', { ...record, updatedAt: new Date().toISOString() }, DRAFT_KEY));
}

export async function clearDraft(): Promise<void> {
  await withDb((db) => db.delete('draft', DRAFT_KEY));
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
  return t(`storage.${e.kind}`, { reason: e.reason });
}
