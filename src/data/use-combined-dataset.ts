/**
 * The dataset the page shows: the bundled one (`useDataset`) merged with the user's library (IndexedDB, read
 * through TanStack Query under `libraryQueryKey`; whoever saves, deletes or imports invalidates it).
 *
 * The library module (idb, the schema library) and the merge code are imported only inside the query function:
 * nothing of them is in the first-paint bundle, and with an empty library the bundled dataset is used as it is. A library that cannot be read (no IndexedDB, private mode, another tab
 * blocking it) never hides the bundled data: the page shows it, and `library.error` says why the rest is missing.
 */
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { datasetQueryOptions, useDataset } from './dataset-query';
import type { LibraryError, LibraryRead } from './library';
import type { mergeDatasets, Refused } from './merge';
import type { Dataset } from './schema';
import { indexInSlices, loadIndexBuilder } from './index-of';
import { memoOn } from '../lib/memo-on';
import { nextTask } from '../lib/slices';

export const libraryQueryKey = ['library'] as const;

const emptyRead: LibraryRead = { entries: [], invalid: [], pending: [] };

/** The merge, once the library query has loaded its code (it is needed only when the library has bulletins). */
let merge: typeof mergeDatasets | null = null;

/** The library as read, or, where it cannot be read, empty with the reason. */
export type LibraryState = LibraryRead & { error: LibraryError | Error | null };

export const libraryQueryOptions = () =>
  queryOptions({
    queryKey: libraryQueryKey,
    // A failure is data, not a query error: an errored query without data reads as pending again each time a
    // component using it mounts, which would take the page back to its loading state.
    queryFn: async (): Promise<LibraryState> => {
      // No IndexedDB here (an old or locked-down browser, a test page): say so at once, without loading the code.
      if (typeof indexedDB === 'undefined' || indexedDB === null)
        return {
          ...emptyRead,
          error: Object.assign(new Error('this browser offers no IndexedDB here'), {
            name: 'InvalidStateError',
            kind: 'unavailable',
          }),
        };
      try {
        // The index builder too: a merged dataset is indexed on the page (indexOf).
        const [library, merging] = await Promise.all([
          import('./library'),
          import('./merge'),
          loadIndexBuilder(),
        ]);
        merge = merging.mergeDatasets;
        return { ...(await library.readLibrary()), error: null };
      } catch (error) {
        return { ...emptyRead, error: error instanceof Error ? error : new Error(String(error)) };
      }
    },
    // Only this page writes it, and invalidates it when it does.
    staleTime: Infinity,
    retry: false,
  });

/** The library as stored: entries, entries that no longer validate, deletions that can still be undone. */
export function useLibrary() {
  return useQuery(libraryQueryOptions());
}

export type LibraryStatus = {
  /** The library's bulletins (one-bulletin datasets), oldest first; empty while it loads or when it fails. */
  entries: LibraryRead['entries'];
  invalid: LibraryRead['invalid'];
  /** Library bulletins not shown, because they disagree with the bundled data or an earlier one. */
  refused: Refused[];
  /** Why the library could not be read, or null. */
  error: LibraryError | Error | null;
  /** Ids of the user's bulletins, to tell them from bundled ones. */
  ids: ReadonlySet<string>;
};

type Common = {
  refetch: () => Promise<unknown>;
  isFetching: boolean;
  library: LibraryStatus;
  /**
   * Of the bulletin ids a link asks for (`?bulletin=`), those this browser does not have: a user's bulletin
   * deleted here or saved in another browser. Empty until everything is loaded.
   */
  missingBulletins: (ids: readonly string[]) => string[];
};
export type CombinedDatasetQuery = Common &
  (
    | { isPending: true; isError: false; error: null; data: undefined }
    | { isPending: false; isError: true; error: Error; data: undefined }
    | { isPending: false; isError: false; error: null; data: Dataset }
  );

const noIds: ReadonlySet<string> = new Set();

export function useCombinedDataset(): CombinedDatasetQuery {
  const bundled = useDataset();
  const library = useLibrary();
  const entries = library.data?.entries;
  const base = bundled.data;
  const merging = Boolean(base && entries && entries.length > 0 && merge);
  // The merge and its index, in slices before the page gets them (at 300,000 visits, half a second in all). The
  // key names the two queries' data by when it came; the function reads that data from the cache.
  const client = useQueryClient();
  const shown = useRef(false);
  const mergedQuery = useQuery({
    queryKey: ['merged', bundled.dataUpdatedAt, library.dataUpdatedAt],
    queryFn: async () => {
      const from = client.getQueryData(datasetQueryOptions().queryKey);
      const parts = client.getQueryData(libraryQueryOptions().queryKey)?.entries ?? [];
      if (!from || !merge) throw new Error('the merge needs the bundled data and the library');
      const result = merge(
        from,
        parts.map((e) => e.dataset),
      );
      await indexInSlices(result.dataset, nextTask);
      return result;
    },
    enabled: merging,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    // Datasets are large and never equal: no deep comparison with the last one.
    structuralSharing: false,
    // Meanwhile, the merge before it; or, once the page has shown data, the bundled data alone: the page never goes
    // back to loading (which would take down what shows the library, a message of an import among it). On the
    // first load it waits for the merge: a link to a library bulletin must not find it missing.
    placeholderData: (previous) =>
      previous ?? (shown.current && base ? { dataset: base, refused: [] as Refused[] } : undefined),
  });
  const merged = useMemo(
    () =>
      !base
        ? undefined
        : merging
          ? // A merge that failed (a bug) leaves the bundled data on the page; the library says why.
            (mergedQuery.data ??
            (mergedQuery.isError ? { dataset: base, refused: [] as Refused[] } : undefined))
          : { dataset: base, refused: [] as Refused[] },
    [base, merging, mergedQuery.data, mergedQuery.isError],
  );
  const ids = useMemo(() => (entries ? new Set(entries.map((e) => e.id)) : noIds), [entries]);
  const status = useMemo<LibraryStatus>(
    () => ({
      entries: entries ?? [],
      invalid: library.data?.invalid ?? [],
      refused: merged?.refused ?? [],
      error: library.data?.error ?? library.error ?? (merging ? mergedQuery.error : null),
      ids,
    }),
    [
      entries,
      library.data?.invalid,
      library.data?.error,
      merged?.refused,
      library.error,
      ids,
      merging,
      mergedQuery.error,
    ],
  );
  const { refetch: refetchBundled } = bundled;
  const { refetch: refetchLibrary } = library;
  const refetch = useCallback(
    () => Promise.all([refetchBundled(), refetchLibrary()]),
    [refetchBundled, refetchLibrary],
  );
  const ready = merged !== undefined && !library.isPending;
  useEffect(() => {
    if (ready) shown.current = true;
  }, [ready]);
  const dataset = merged?.dataset;
  // Asked on every render of the page, nearly always with nothing: the ids are gathered once per dataset, and
  // only when a link asks for some (100,000 bulletins: 20 ms in each component that used this hook).
  const missingBulletins = useCallback(
    (wanted: readonly string[]) => {
      if (!ready || !dataset || wanted.length === 0) return [];
      const have = memoOn([dataset], 'bulletin-ids', () => new Set(dataset.bulletins.map((b) => b.id)));
      return wanted.filter((id) => !have.has(id));
    },
    [ready, dataset],
  );
  const common: Common = {
    refetch,
    isFetching: bundled.isFetching || library.isFetching || mergedQuery.isFetching,
    library: status,
    missingBulletins,
  };
  if (bundled.isError)
    return { ...common, isPending: false, isError: true, error: bundled.error, data: undefined };
  if (!ready || !dataset) return { ...common, isPending: true, isError: false, error: null, data: undefined };
  return { ...common, isPending: false, isError: false, error: null, data: dataset };
}
