/**
 * The bundled dataset: fetch, parse (cut in a worker, built here; zod loaded on demand), queryOptions and the hook.
 *
 * The body is read as a stream: the page knows the file's size before parsing it (Content-Length, or the bytes
 * read so far) and refuses, with an alert that says how big and what the limit is, a file past what this browser
 * can hold. Each chunk goes to the worker as it arrives; the worker cuts it into pieces (checking every other one)
 * and the page builds the dataset from them (page-copy.ts). A request that gets no answer, or no further bytes,
 * for `timeoutMs` is abandoned with a time-out.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DatasetLoadError, type LoadProblem } from './load-error';
import type { ParseReply, ParseRequest } from './parse-worker';
import type { PageCopy } from './page-copy';
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
  let bytes = 0;
  const fail = (problem: LoadProblem) => new DatasetLoadError(problem);
  const timeout = () => fail({ kind: 'timeout', url, seconds: Math.round(timeoutMs / 100) / 10, bytes });
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
    const parser = await openParser(url);
    try {
      const reader = response.body?.getReader();
      if (reader) {
        for (;;) {
          let chunk: ReadableStreamReadResult<Uint8Array>;
          try {
            chunk = await reader.read();
          } catch (error) {
            if (timedOut) throw timeout();
            if (signal?.aborted) throw error;
            throw fail({
              kind: 'cut',
              url,
              bytes,
              expected,
              reason: error instanceof Error ? error.message : String(error),
            });
          }
          if (chunk.done) break;
          arm();
          bytes += chunk.value.length;
          if (bytes > maxBytes) {
            void reader.cancel().catch(() => undefined);
            throw fail({ kind: 'too-big', url, bytes, limit: maxBytes, whole: false });
          }
          if (!parser.push(chunk.value)) {
            void reader.cancel().catch(() => undefined);
            return await parser.finish();
          }
        }
      } else {
        const body = new Uint8Array(await response.arrayBuffer());
        bytes = body.length;
        if (bytes > maxBytes) throw fail({ kind: 'too-big', url, bytes, limit: maxBytes, whole: true });
        if (!parser.push(body)) return await parser.finish();
      }
      if (expected !== null && bytes < expected)
        throw fail({ kind: 'cut', url, bytes, expected, reason: 'the body ended early' });
      clearTimeout(timer);
      return await parser.finish();
    } finally {
      parser.close();
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** `push` answers false once the parser needs no more bytes (it has found a problem, and `finish` tells it). */
type Parser = { push(bytes: Uint8Array): boolean; finish(): Promise<Dataset>; close(): void };

/** The parser: in a worker where there is one (the page stays responsive); else here, in one go. */
async function openParser(url: string): Promise<Parser> {
  const onMainThread = async (): Promise<Parser> => {
    const { DatasetAssembler } = await import('./parse-dataset');
    const assembler = new DatasetAssembler(url);
    let problem: unknown = null;
    return {
      push: (bytes) => {
        if (problem) return false;
        try {
          assembler.push(bytes);
          return true;
        } catch (error) {
          problem = error;
          return false;
        }
      },
      finish: async () => {
        if (problem) throw problem;
        return assembler.finish();
      },
      close: () => undefined,
    };
  };
  if (typeof Worker === 'undefined') return onMainThread();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread(); // e.g. a policy that forbids workers
  }
  const send = (message: ParseRequest, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);
  // The answer: the dataset built here from the text the worker forwards as it cuts, each piece its own task;
  // or, for a file the worker could not cut, the dataset itself in pieces.
  // The builder (and zod, for a file found wanting) load with the first dataset, after the first paint.
  const { DatasetBuilder, PageCopy } = await import('./page-copy');
  let failure: DatasetLoadError | null = null;
  let locating = false;
  const result = new Promise<Dataset>((resolve, reject) => {
    let copy: PageCopy | null = new PageCopy(new DatasetBuilder(url));
    let dataset: Dataset | null = null;
    /** A problem found here: a JSON error goes back to the worker to be located exactly (it answers 'failed'). */
    const problem = (error: unknown) => {
      copy = null;
      if (error instanceof DatasetLoadError && error.problem.kind === 'json') {
        locating = true;
        send({ type: 'locate', problem: error.problem });
        return;
      }
      failure =
        error instanceof DatasetLoadError
          ? error
          : new DatasetLoadError({
              kind: 'parser',
              url,
              reason: error instanceof Error ? error.message : String(error),
            });
      reject(failure);
    };
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      const reply = event.data;
      if (reply.type === 'failed') {
        copy = null;
        failure = new DatasetLoadError(reply.problem);
        reject(failure);
      } else if (reply.type === 'head') {
        copy = null;
        dataset = reply.dataset;
      } else if (reply.type === 'bulletins') for (const b of reply.items) dataset?.bulletins.push(b);
      else if (reply.type === 'done' && dataset) resolve(dataset);
      else if (copy) {
        try {
          if (reply.type === 'skeleton') {
            const current = copy;
            copy = null;
            current.finish(reply.skeleton, reply.line).then(resolve, problem);
          } else if (reply.type !== 'done') copy.take(reply);
        } catch (error) {
          problem(error);
        }
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failure = new DatasetLoadError({
        kind: 'parser',
        url,
        reason: event.message || 'the parsing worker failed',
      });
      reject(failure);
    };
  });
  // A failure before finish() is awaited is still reported by finish(); never an unhandled rejection.
  result.catch(() => undefined);
  send({ type: 'start', url });
  return {
    push: (bytes) => {
      // A problem is already found: stop reading the rest of the body (and, while the worker locates a JSON
      // error, send it no more bytes).
      if (failure) throw failure;
      if (locating) return false;
      send({ type: 'chunk', bytes }, [bytes.buffer]);
      return true;
    },
    finish: () => {
      send({ type: 'end' });
      return result;
    },
    close: () => worker.terminate(),
  };
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
