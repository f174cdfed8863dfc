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
/** Without a better measure of this browser's memory, the largest file it is asked to parse. */
export const DEFAULT_MAX_BYTES = 512 * 2 ** 20;
/**
 * Memory the page needs per byte of file, at its peak (the parsed dataset and the worker's copy while it hands
 * it over, the index, the page): measured with `npm run bench` at 3 to 4; 4 leaves a margin.
 */
export const HEAP_PER_FILE_BYTE = 4;

/** Test hooks: a page script may set these to try a short time-out or a small limit. */
type Hooks = { __DATASET_TIMEOUT_MS__?: number; __DATASET_MAX_BYTES__?: number };
const hooks = () => globalThis as typeof globalThis & Hooks;

export type ByteLimit = { bytes: number; basis: 'heap' | 'device' | 'default' | 'set' };

/**
 * The largest dataset file this browser can be expected to hold: its JavaScript heap limit (Chromium's
 * `performance.memory`), else its device memory (`navigator.deviceMemory`, in GB, of which a tab gets about a
 * quarter), divided by HEAP_PER_FILE_BYTE; else DEFAULT_MAX_BYTES.
 */
export function datasetByteLimit(): ByteLimit {
  const set = hooks().__DATASET_MAX_BYTES__;
  if (typeof set === 'number' && set > 0) return { bytes: set, basis: 'set' };
  const heap = (performance as Performance & { memory?: { jsHeapSizeLimit?: number } }).memory
    ?.jsHeapSizeLimit;
  if (typeof heap === 'number' && heap > 0)
    return { bytes: Math.floor(heap / HEAP_PER_FILE_BYTE), basis: 'heap' };
  const device = (globalThis.navigator as (Navigator & { deviceMemory?: number }) | undefined)?.deviceMemory;
  if (typeof device === 'number' && device > 0)
    return { bytes: Math.floor((device * 2 ** 30) / 4 / HEAP_PER_FILE_BYTE), basis: 'device' };
  return { bytes: DEFAULT_MAX_BYTES, basis: 'default' };
}

export type FetchOptions = { timeoutMs?: number; maxBytes?: number };

export async function fetchDataset(
  url: string = DATASET_URL,
  signal?: AbortSignal,
  options: FetchOptions = {},
): Promise<Dataset> {
  const timeoutMs = options.timeoutMs ?? hooks().__DATASET_TIMEOUT_MS__ ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? datasetByteLimit().bytes;
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
    const contentType = response.headers.get('content-type') ?? '';
    if (contentType.includes('text/html')) {
      void response.body?.cancel().catch(() => undefined);
      throw fail({ kind: 'html', url });
    }
    // Content-Length counts the bytes on the wire: compressed, it is a lower bound, still worth a first check.
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const expected =
      Number.isFinite(declared) && declared >= 0 && !response.headers.get('content-encoding')
        ? declared
        : null;
    if (Number.isFinite(declared) && declared > maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw fail({ kind: 'too-big', url, bytes: declared, limit: maxBytes, whole: true });
    }
    const { readDataset } = await reader;
    return await readDataset(response, {
      url,
      signal,
      maxBytes,
      expected,
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
    // The index builder loads beside the file: the page indexes the dataset as soon as it has it.
    queryFn: async ({ signal }) => (await Promise.all([fetchDataset(url, signal), loadIndexBuilder()]))[0],
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
