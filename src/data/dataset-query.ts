/**
 * The bundled dataset: fetch, parse (cut in a worker, built here; zod loaded on demand), queryOptions and the hook.
 *
 * The body is read as a stream: the page knows the file's size before parsing it (Content-Length, or the bytes
 * read so far) and refuses, with an alert that says how big and what the limit is, a file past what this browser
 * can hold. Each chunk goes to the worker as it arrives (dataset-read.ts, whose code loads beside the request); the
 * worker cuts it into pieces and the page builds the dataset from them (page-copy.ts). A request that gets no answer, or no further bytes,
 * for `timeoutMs` is abandoned with a time-out.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DatasetLoadError, type LoadProblem } from './load-error';
import type { Dataset } from './schema';
import { loadIndexBuilder } from './index-of';

export const DATASET_URL = 'data/dataset.json';

/** No answer, or no further bytes, for this long: the request is abandoned. */
export const DEFAULT_TIMEOUT_MS = 30_000;
export type FetchOptions = { timeoutMs?: number; maxBytes?: number };

export async function fetchDataset(
  url: string = DATASET_URL,
  signal?: AbortSignal,
  options: FetchOptions = {},
): Promise<Dataset> {
  // A test hook: a page script may set a short time-out.
  const timeoutMs =
    options.timeoutMs ??
    (globalThis as { __DATASET_TIMEOUT_MS__?: number }).__DATASET_TIMEOUT_MS__ ??
    DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  const fail = (problem: LoadProblem) => new DatasetLoadError(problem);
  const timeout = (bytes = 0) =>
    fail({ kind: 'timeout', url, seconds: Math.round(timeoutMs / 100) / 10, bytes });
  // The code that reads and parses the body (dataset-read.ts) loads beside the request, not in the first paint.
  const reader = import('./dataset-read');
  reader.catch(() => undefined);
  arm();
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    } catch (error) {
      if (timedOut) throw timeout();
      if (signal?.aborted) throw error;
      throw fail({ kind: 'network', url, reason: error instanceof Error ? error.message : String(error) });
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw fail({ kind: 'http', url, status: response.status, statusText: response.statusText });
    }
    // The body's type and size are checked, and the body read, by the code that loaded beside the request.
    const { readDataset } = await reader;
    return await readDataset(response, {
      url,
      signal,
      maxBytes: options.maxBytes,
      fail,
      timedOut: () => timedOut,
      timeout,
      arm,
      disarm: () => clearTimeout(timer),
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

export const datasetQueryOptions = (url: string = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    // The index builder loads beside the file: the page indexes the dataset as soon as it has it. When the builder
    // cannot load, that is the failure told, whichever came first: the file's own code (page-copy.ts) imports the
    // builder too, and would otherwise name itself instead of the file that is missing.
    queryFn: async ({ signal }) => {
      const [data, builder] = await Promise.allSettled([fetchDataset(url, signal), loadIndexBuilder()]);
      if (builder.status === 'rejected') throw builder.reason;
      if (data.status === 'rejected') throw data.reason;
      return data.value;
    },
    // The dataset is bundled with the build: it never goes stale.
    staleTime: Infinity,
    // A refetch (a retry) gives a whole new dataset: comparing it deeply with the last one would read every visit
    // (kept as bytes, lazy-visits.ts) of both.
    structuralSharing: false,
    gcTime: Infinity,
    // A broken file stays broken, and a time-out has waited long enough: retry only when the user asks.
    retry: (count, error) => !(error instanceof DatasetLoadError) && count < 2,
  });

export function useDataset(url?: string) {
  return useQuery(datasetQueryOptions(url));
}
