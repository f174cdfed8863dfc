import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fixture } from '../testing/fixtures';
import {
  clearDraft,
  closeLibrary,
  deleteBulletin,
  emptyFields,
  exportLibrary,
  importFiles,
  loadDraft,
  readLibrary,
  saveBulletin,
  saveDraft,
  toLibraryError,
  undoDelete,
  UNDO_MS,
} from './library';
import { userBulletin } from '../testing/user-bulletin';

const bundled = fixture('small');

beforeEach(async () => {
  await closeLibrary();
  globalThis.indexedDB = new IDBFactory();
});

describe('the library in IndexedDB', () => {
  it('saves a bulletin, reads it back validated, and asks once for persistent storage', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persist, persisted: () => Promise.resolve(true) },
    });
    const saved = await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
    expect(saved).toMatchObject({ ok: true, replaced: false, persistence: 'persisted' });
    await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
    expect(persist).toHaveBeenCalledTimes(1);
    const read = await readLibrary();
    expect(read.entries.map((e) => e.id)).toEqual(['user-a']);
    expect(read.invalid).toEqual([]);
  });

  it('refuses an invalid dataset and a conflicting definition, saving nothing', async () => {
    const broken = userBulletin({ id: 'user-a' });
    broken.bulletins[0]!.visits[0]!.supplies[0]!.evidence.quote = '不在文中';
    expect(await saveBulletin(broken, bundled)).toMatchObject({ ok: false, problem: { code: 'invalid' } });
    await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
    const clash = userBulletin({ id: 'user-b', visitId: 'v-b', person: { id: 'li-hongmei', zh: '李宏梅' } });
    expect(await saveBulletin(clash, bundled)).toMatchObject({
      ok: false,
      problem: { code: 'conflict', kind: 'people', id: 'li-hongmei', with: 'user-a' },
    });
    expect((await readLibrary()).entries).toHaveLength(1);
  });

  it('deletes with an undo window that survives a reload', async () => {
    await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
    await deleteBulletin('user-a', 1000);
    await closeLibrary(); // a reload
    const during = await readLibrary(1000 + UNDO_MS / 2);
    expect(during.entries).toEqual([]);
    expect(during.pending.map((p) => p.id)).toEqual(['user-a']);
    expect(await undoDelete('user-a', 1000 + UNDO_MS / 2)).toBe(true);
    expect((await readLibrary()).entries.map((e) => e.id)).toEqual(['user-a']);

    await deleteBulletin('user-a', 1000);
    expect(await undoDelete('user-a', 1000 + UNDO_MS)).toBe(false);
    expect((await readLibrary()).entries).toEqual([]);
  });

  it('exports the library as one valid dataset and imports it back into an empty browser', async () => {
    await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
    await saveBulletin(
      userBulletin({ id: 'user-b', visitId: 'v-b', person: { id: 'wang-jun', zh: '王军' } }),
      bundled,
    );
    const exported = await exportLibrary();
    expect(exported?.bulletins.map((b) => b.id)).toEqual(['user-a', 'user-b']);

    await closeLibrary();
    globalThis.indexedDB = new IDBFactory(); // another browser
    const report = await importFiles([{ name: 'library.json', text: JSON.stringify(exported) }], bundled);
    expect(report.files).toEqual([]);
    expect(report.decisions.map((d) => [d.kind, d.bulletinId])).toEqual([
      ['added', 'user-a'],
      ['added', 'user-b'],
    ]);
    expect((await readLibrary()).entries.map((e) => e.dataset)).toEqual(
      exported && [
        expect.objectContaining({ bulletins: [exported.bulletins[0]] }),
        expect.objectContaining({ bulletins: [exported.bulletins[1]] }),
      ],
    );
    const again = await importFiles([{ name: 'library.json', text: JSON.stringify(exported) }], bundled);
    expect(again.decisions.map((d) => d.kind)).toEqual(['unchanged', 'unchanged']);
  });

  it('says why a file is refused: not JSON, or not a valid dataset (with the path)', async () => {
    const invalid = userBulletin();
    (invalid.bulletins[0]!.visits[0] as { date: string }).date = '2月11日';
    const report = await importFiles(
      [
        { name: 'a.json', text: '{"schemaVersion":' },
        { name: 'b.json', text: JSON.stringify(invalid) },
      ],
      bundled,
    );
    expect(report.decisions).toEqual([]);
    expect(report.files[0]).toMatchObject({ file: 'a.json', problem: { code: 'unreadable' } });
    expect(report.files[1]).toMatchObject({
      file: 'b.json',
      problem: { code: 'invalid', issues: [{ path: 'bulletins.0.visits.0.date' }] },
    });
  });

  it('keeps the draft in progress across a reload, and clears it', async () => {
    await saveDraft({ target: 'new', text: '全文', fields: { ...emptyFields, title: '标题' }, draft: null });
    await closeLibrary();
    expect(await loadDraft()).toMatchObject({ target: 'new', text: '全文', fields: { title: '标题' } });
    await clearDraft();
    expect(await loadDraft()).toBeUndefined();
  });

  it('names storage failures by kind', () => {
    expect(toLibraryError(new DOMException('full', 'QuotaExceededError')).kind).toBe('quota');
    expect(toLibraryError(new DOMException('private', 'InvalidStateError')).kind).toBe('unavailable');
    expect(toLibraryError(new Error('odd')).kind).toBe('failed');
  });

  it('says so when the browser has no IndexedDB', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: a browser without IndexedDB
    delete globalThis.indexedDB;
    await expect(readLibrary()).rejects.toMatchObject({ kind: 'unavailable' });
    globalThis.indexedDB = saved;
  });
});
