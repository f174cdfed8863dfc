/**
 * Test helper for the add view's component tests: each test starts with an empty IndexedDB (fake-indexeddb) and
 * a fetch that answers from public/ as the server would (the gazetteer, the bundled data).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';
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

/** Waits until the add view has read what storage keeps for it: its fields take typing from then on, as a user sees. */
export async function viewReady(): Promise<void> {
  // The first view of a test file also loads the library's code: longer than waitFor's second on a busy machine.
  await waitFor(() => expect(screen.getByRole('textbox', { name: '标题' })).toBeEnabled(), {
    timeout: 10_000,
  });
}
