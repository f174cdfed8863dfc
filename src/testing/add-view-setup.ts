/**
 * Test helper for the add view's component tests: each test starts with an empty IndexedDB (fake-indexeddb) and
 * a fetch that answers from public/ as the server would (the gazetteer, the bundled data).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { closeLibrary } from '../data/library';

export async function emptyStorageAndServedFiles(): Promise<void> {
  await closeLibrary();
  globalThis.indexedDB = new IDBFactory();
  vi.stubGlobal('fetch', (url: string) => {
    const file = resolve(process.cwd(), 'public', decodeURIComponent(String(url)));
    return Promise.resolve(
      new Response(readFileSync(file, 'utf8'), { headers: { 'Content-Type': 'application/json' } }),
    );
  });
}
