import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { fixture } from '../testing/fixtures';
import { format, type T } from '../i18n/i18n';
import { zh } from '../i18n/zh';
import { zhLater } from '../i18n/zh-later';
import {
  clearDraft,
  addToQueue,
  closeLibrary,
  DB_NAME,
  deleteBulletin,
  describeStorageError,
  emptyFields,
  exportLibrary,
  flushDraft,
  importFiles,
  jsonSafe,
  loadDraft,
  readLibrary,
  readQueue,
  removeFromQueue,
  saveBulletin,
  saveDraft,
  toLibraryError,
  undoDelete,
  undoImport,
  UNDO_MS,
} from './library';
import { userBulletin } from '../testing/user-bulletin';

const bundled = fixture('small');

beforeEach(async () => {
  await closeLibrary();
  globalThis.indexedDB = new IDBFactory();
  // A tab's copy of its draft (sessionStorage) belongs to one test.
  sessionStorage.clear();
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
    expect(await undoDelete('user-a', 1000 + UNDO_MS / 2)).toBe('restored');
    expect((await readLibrary()).entries.map((e) => e.id)).toEqual(['user-a']);

    await deleteBulletin('user-a', 1000);
    expect(await undoDelete('user-a', 1000 + UNDO_MS)).toBe('expired');
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
    expect((await loadDraft()).record).toMatchObject({
      target: 'new',
      text: '全文',
      fields: { title: '标题' },
    });
    await clearDraft();
    expect((await loadDraft()).record).toBeUndefined();
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

  it('keeps a version on each entry and never saves over a newer one unasked', async () => {
    const first = await saveBulletin(userBulletin({ id: 'user-a' }), bundled, null);
    expect(first).toMatchObject({ ok: true, entry: { version: 1 } });
    // Tab B saves from version 1: version 2.
    const theirs = userBulletin({ id: 'user-a' });
    theirs.bulletins[0]!.title = { zh: '乙标签页的标题' };
    expect(await saveBulletin(theirs, bundled, 1)).toMatchObject({ ok: true, entry: { version: 2 } });
    // Tab A saves its edit, also begun from version 1: not written, and the newer version comes back.
    const mine = userBulletin({ id: 'user-a' });
    mine.bulletins[0]!.title = { zh: '甲标签页的标题' };
    expect(await saveBulletin(mine, bundled, 1)).toMatchObject({
      ok: false,
      problem: { code: 'newer' },
      theirs: { version: 2, dataset: { bulletins: [{ title: { zh: '乙标签页的标题' } }] } },
    });
    expect((await readLibrary()).entries[0]!.dataset.bulletins[0]!.title.zh).toBe('乙标签页的标题');
    // A new bulletin under a taken id is the same conflict; "keep mine" saves over it.
    expect(await saveBulletin(mine, bundled, null)).toMatchObject({ ok: false, problem: { code: 'newer' } });
    expect(await saveBulletin(mine, bundled)).toMatchObject({ ok: true, entry: { version: 3 } });
    // A deletion from a stale list deletes nothing.
    expect(await deleteBulletin('user-a', Date.now(), 2)).toBe(false);
    expect((await readLibrary()).entries).toHaveLength(1);
  });

  it('never brings back unasked a bulletin another tab deleted: the save says it was deleted', async () => {
    await saveBulletin(userBulletin({ id: 'user-a' }), bundled, null);
    // Tab B deletes it; tab A saves its edit, begun from version 1.
    expect(await deleteBulletin('user-a', Date.now(), 1)).toBe(true);
    const mine = userBulletin({ id: 'user-a' });
    mine.bulletins[0]!.title = { zh: '甲标签页的标题' };
    expect(await saveBulletin(mine, bundled, 1)).toMatchObject({
      ok: false,
      problem: { code: 'deleted' },
      gone: { title: '测试公告 user-a', deletedAt: expect.any(Number) as number },
    });
    expect((await readLibrary()).entries).toEqual([]);
    // "Keep mine": saved again, as the user asked, on from the deleted version.
    expect(await saveBulletin(mine, bundled)).toMatchObject({ ok: true, entry: { version: 2 } });
    expect((await readLibrary()).entries.map((e) => e.dataset.bulletins[0]!.title.zh)).toEqual([
      '甲标签页的标题',
    ]);
    // Also when the deletion can no longer be undone (the trash is emptied).
    expect(await deleteBulletin('user-a', Date.now(), 2)).toBe(true);
    expect((await readLibrary(Date.now() + UNDO_MS)).entries).toEqual([]);
    expect(await saveBulletin(mine, bundled, 2)).toMatchObject({ ok: false, problem: { code: 'deleted' } });
    expect((await readLibrary()).entries).toEqual([]);
  });

  it('writes what a damaged record holds as JSON, naming what JSON cannot hold', () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = loop;
    expect(
      jsonSafe({
        big: 10n,
        map: new Map([['k', 1]]),
        set: new Set([2]),
        bytes: new Uint8Array(3),
        when: new Date('2020-02-08T06:07:00Z'),
        nan: Number.NaN,
        loop,
        shared: [loop, loop],
      }),
    ).toEqual({
      big: '10n',
      map: { '[Map]': [['k', 1]] },
      set: { '[Set]': [2] },
      bytes: '[binary, 3 bytes]',
      when: '2020-02-08T06:07:00.000Z',
      nan: 'NaN',
      loop: { a: 1, self: '[loop]' },
      shared: [
        { a: 1, self: '[loop]' },
        { a: 1, self: '[loop]' },
      ],
    });
  });

  it('never puts a deleted or imported-over version back over a newer one', async () => {
    const a = userBulletin({ id: 'user-a' });
    await saveBulletin(a, bundled);
    const now = Date.now();
    await deleteBulletin('user-a', now);
    // The bulletin comes back by an import before the undo.
    const newer = userBulletin({ id: 'user-a' });
    newer.bulletins[0]!.title = { zh: '重新导入的' };
    await importFiles([{ name: 'n.json', text: JSON.stringify(newer) }], bundled);
    expect(await undoDelete('user-a', now + 1000)).toBe('newer');
    expect((await readLibrary(now + 1000)).entries[0]!.dataset.bulletins[0]!.title.zh).toBe('重新导入的');

    // An import replaced it, then a save changed it again: undoing the import keeps the save.
    const replacement = userBulletin({ id: 'user-a' });
    replacement.bulletins[0]!.title = { zh: '导入替换的' };
    const report = await importFiles(
      [{ name: 'r.json', text: JSON.stringify(replacement) }],
      bundled,
      () => 'replace',
    );
    expect(report.decisions.map((d) => d.kind)).toEqual(['replaced']);
    const edited = userBulletin({ id: 'user-a' });
    edited.bulletins[0]!.title = { zh: '之后又改的' };
    await saveBulletin(edited, bundled);
    expect(await undoImport(report.undo!)).toEqual({ undone: 0, kept: ['user-a'] });
    expect((await readLibrary()).entries[0]!.dataset.bulletins[0]!.title.zh).toBe('之后又改的');
  });

  it('skips and names records that do not read, and still shows and exports the rest', async () => {
    await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
    await closeLibrary();
    // Damage written straight into the database, as a bug or another program might.
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(['bulletins', 'trash', 'draft'], 'readwrite');
        tx.objectStore('bulletins').put({ id: 'broken', dataset: { bulletins: 'x' } });
        tx.objectStore('trash').put({ id: 'gone', entry: null, deletedAt: 'yesterday' });
        tx.objectStore('draft').put(42, 'current');
        tx.oncomplete = () => (db.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
      request.onerror = () => reject(request.error);
    });
    const read = await readLibrary();
    expect(read.entries.map((e) => e.id)).toEqual(['user-a']);
    expect(read.invalid.map((i) => [i.store, i.id])).toEqual([
      ['bulletins', 'broken'],
      ['trash', 'gone'],
      ['draft', 'current'],
    ]);
    expect((await exportLibrary())?.bulletins.map((b) => b.id)).toEqual(['user-a']);
    // A damaged draft is handed back to download and cleared; the next load is clean.
    const draft = await loadDraft('new');
    expect(draft.record).toBeUndefined();
    expect(draft.corrupt).toEqual([{ key: 'current', value: 42 }]);
    expect((await loadDraft('new')).corrupt).toEqual([]);
    expect((await readLibrary()).invalid.map((i) => i.store)).toEqual(['bulletins', 'trash']);
  });

  it('keeps what was typed just before the page went, in this tab', async () => {
    await saveDraft({ target: 'new', text: '早先的', fields: emptyFields, draft: null });
    // The page is hidden 150 ms after the last keystroke: written at once, before any debounce.
    flushDraft({ target: 'new', text: '早先的，再加最后几个字', fields: emptyFields, draft: null });
    await closeLibrary(); // the reload, with the IndexedDB write perhaps not done
    expect((await loadDraft('new')).record?.text).toBe('早先的，再加最后几个字');
  });

  it('says in words what a database of another layout, or a value too large, means', async () => {
    const messages: Record<string, string> = { ...zh, ...zhLater };
    const t: T = (key, params) => format(messages[key] ?? key, params);
    // A newer page upgraded the library in this browser.
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(DB_NAME, 5);
      request.onsuccess = () => (request.result.close(), resolve());
    });
    const error = await readLibrary().catch((e: unknown) => e);
    expect(toLibraryError(error).kind).toBe('newer');
    expect(describeStorageError(error, t)).toContain('请重新加载页面以获取新版本');
    // A database of this name with none of the parts this page needs.
    expect(
      toLibraryError(new DOMException('One of the specified object stores was not found.', 'NotFoundError'))
        .kind,
    ).toBe('layout');

    // A value over the browser's per-value limit: refused with its size, not as "private mode".
    await closeLibrary();
    globalThis.indexedDB = new IDBFactory();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The serialized keys and/or value are too large.', 'DataError');
    });
    try {
      const refused = await saveBulletin(userBulletin({ id: 'user-a' }), bundled).catch((e: unknown) => e);
      expect(toLibraryError(refused)).toMatchObject({ kind: 'tooLarge', size: expect.any(Number) });
      expect(describeStorageError(refused, t)).toMatch(/^这份数据有 0\.0 MB，超过了浏览器本地存储单项的上限/);
    } finally {
      put.mockRestore();
    }
    const chromium = toLibraryError(
      new DOMException(
        'The serialized keys and/or value are too large (size=139460233 bytes, max=133169152 bytes).',
        'UnknownError',
      ),
    );
    expect(describeStorageError(chromium, t)).toBe(
      '这份数据有 133.0 MB，超过了浏览器本地存储单项的上限 (127.0 MB)，没有保存。请把它拆成几个较小的文件再导入。',
    );
  });

  it('upgrades a library of layout 1 and keeps what it holds; texts to review are kept beside it', async () => {
    // The library as the page of layout 1 left it: one bulletin, one deletion, the shared draft.
    const a = userBulletin({ id: 'user-a' });
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => {
        const db = request.result;
        db.createObjectStore('bulletins', { keyPath: 'id' });
        db.createObjectStore('draft');
        db.createObjectStore('trash', { keyPath: 'id' });
        db.createObjectStore('meta');
      };
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction(['bulletins', 'draft'], 'readwrite');
        tx.objectStore('bulletins').put({
          id: 'user-a',
          dataset: a,
          savedAt: '2026-01-02T03:04:05.000Z',
          updatedAt: '2026-01-02T03:04:05.000Z',
        });
        tx.objectStore('draft').put(
          {
            target: 'new',
            text: '旧版本的草稿',
            fields: emptyFields,
            draft: null,
            updatedAt: '2026-01-03T00:00:00.000Z',
          },
          'current',
        );
        tx.oncomplete = () => (db.close(), resolve());
        tx.onerror = () => reject(tx.error);
      };
      request.onerror = () => reject(request.error);
    });
    const read = await readLibrary();
    expect(read.entries).toEqual([
      expect.objectContaining({ id: 'user-a', version: 1, savedAt: '2026-01-02T03:04:05.000Z', dataset: a }),
    ]);
    expect(read.invalid).toEqual([]);
    const [queued] = await addToQueue([
      {
        file: 'a.txt',
        text: a.bulletins[0]!.paragraphs.join('\n'),
        result: { dataset: a, warnings: [], meta: {} },
      },
    ]);
    expect((await readQueue()).items).toEqual([
      expect.objectContaining({ id: queued!.id, file: 'a.txt', title: '测试公告 user-a', visits: 1 }),
    ]);
    await removeFromQueue(queued!.id);
    expect((await readQueue()).items).toEqual([]);
  });
});
