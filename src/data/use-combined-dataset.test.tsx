import 'fake-indexeddb/auto';
import { act, renderHook, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { IDBFactory } from 'fake-indexeddb';
import type { ReactNode } from 'react';
import { fixture } from '../testing/fixtures';
import { testQueryClient } from '../testing/render';
import { datasetQueryOptions } from './dataset-query';
import { closeLibrary, saveBulletin } from './library';
import { userBulletin } from '../testing/user-bulletin';
import { libraryQueryKey, useCombinedDataset } from './use-combined-dataset';
import { prebuiltIndex } from './select';

const bundled = fixture('small');

function setup() {
  const client = testQueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, bundled);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { client, ...renderHook(() => useCombinedDataset(), { wrapper }) };
}

beforeEach(async () => {
  await closeLibrary();
  globalThis.indexedDB = new IDBFactory();
});

describe('useCombinedDataset', () => {
  it('is the bundled dataset itself while the library is empty', async () => {
    const { result } = setup();
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current.data).toBe(bundled);
    expect(result.current.missingBulletins(['user-a'])).toEqual(['user-a']);
  });

  it('joins the library, and follows a save once the library query is invalidated', async () => {
    await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
    const { result, client } = setup();
    await waitFor(() => expect(result.current.data?.bulletins).toHaveLength(2));
    expect(result.current.library.ids.has('user-a')).toBe(true);
    expect(result.current.missingBulletins(['user-a', 'gone'])).toEqual(['gone']);

    // Indexed before the page gets it (in slices): the page's indexOf finds the index ready.
    const index = prebuiltIndex(result.current.data!);
    expect(index?.rows).toHaveLength(result.current.data!.bulletins.flatMap((b) => b.visits).length);

    await saveBulletin(userBulletin({ id: 'user-b', visitId: 'v-b' }), bundled);
    await act(() => client.invalidateQueries({ queryKey: libraryQueryKey }));
    await waitFor(() => expect(result.current.data?.bulletins).toHaveLength(3));
  });

  it('never goes back to loading when the library changes, an empty one too (what shows it stays)', async () => {
    const client = testQueryClient();
    client.setQueryData(datasetQueryOptions().queryKey, bundled);
    const pending: boolean[] = [];
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(
      () => {
        const combined = useCombinedDataset();
        pending.push(combined.isPending);
        return combined;
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current.data).toBe(bundled));
    const from = pending.length;
    await saveBulletin(userBulletin({ id: 'user-a' }), bundled);
    await act(() => client.invalidateQueries({ queryKey: libraryQueryKey }));
    await waitFor(() => expect(result.current.data?.bulletins).toHaveLength(2));
    expect(pending.slice(from)).not.toContain(true);
  });

  it('shows the bundled data, and says why, when the library cannot be read', async () => {
    // @ts-expect-error: a browser without IndexedDB
    delete globalThis.indexedDB;
    const { result } = setup();
    await waitFor(() => expect(result.current.isPending).toBe(false));
    expect(result.current.data).toBe(bundled);
    expect(result.current.library.error).toMatchObject({ kind: 'unavailable' });
  });
});
