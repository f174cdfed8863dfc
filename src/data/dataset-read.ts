/**
 * The dataset's body, read and parsed: the part of fetchDataset (dataset-query.ts) that runs once the response's
 * headers are in. Its code loads beside the request, not in the first paint. Each chunk goes to the worker as it
 * arrives; the worker cuts it into pieces (checking every other one) and the page builds the dataset from them
 * (page-copy.ts).
 */
import { DatasetLoadError, type LoadProblem } from './load-error';
import type { ParseReply, ParseRequest } from './parse-worker';
import type { PageCopy } from './page-copy';
import type { Dataset } from './schema';

/** Without a better measure of this browser's memory, the largest file it is asked to parse. */
export const DEFAULT_MAX_BYTES = 512 * 2 ** 20;
/**
 * Memory the page needs per byte of file, at its peak (the parsed dataset and the worker's copy while it hands
 * it over, the index, the page): measured with `npm run bench` at 3 to 4; 4 leaves a margin.
 */
export const HEAP_PER_FILE_BYTE = 4;

/** A test hook: a page script may set a small limit. */
const hooks = () => globalThis as typeof globalThis & { __DATASET_MAX_BYTES__?: number };

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

/** What the request hands the reader: its limits, and its time-out, which each chunk starts again. */
export type Reading = {
  url: string;
  signal: AbortSignal | undefined;
  /** The largest file to read (else datasetByteLimit's). */
  maxBytes: number | undefined;
  fail: (problem: LoadProblem) => DatasetLoadError;
  /** Whether the request was abandoned for its time-out, and the error that says so (with the bytes read). */
  timedOut: () => boolean;
  timeout: (bytes: number) => DatasetLoadError;
  /** A chunk came: the time-out starts again. The body is read: it stops. */
  arm: () => void;
  disarm: () => void;
};

/** Reads the body as a stream, stops at the byte limit, and gives the dataset parsed from it. */
export async function readDataset(response: Response, reading: Reading): Promise<Dataset> {
  const { url, signal, fail } = reading;
  const maxBytes = reading.maxBytes ?? datasetByteLimit().bytes;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('text/html')) {
    void response.body?.cancel().catch(() => undefined);
    throw fail({ kind: 'html', url });
  }
  // Content-Length counts the bytes on the wire: compressed, it is a lower bound, still worth a first check.
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const expected =
    Number.isFinite(declared) && declared >= 0 && !response.headers.get('content-encoding') ? declared : null;
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw fail({ kind: 'too-big', url, bytes: declared, limit: maxBytes, whole: true });
  }
  let bytes = 0;
  const parser = await openParser(url);
  try {
    const reader = response.body?.getReader();
    if (reader) {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          if (reading.timedOut()) throw reading.timeout(bytes);
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
        reading.arm();
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
    reading.disarm();
    return await parser.finish();
  } finally {
    parser.close();
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
    let copy: PageCopy | null = new PageCopy(new DatasetBuilder(url), (request, transfer) =>
      send(request, transfer),
    );
    /** The copy being finished: it still takes the worker's answers on quotes. */
    let finishing: PageCopy | null = null;
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
      else if (reply.type === 'quotes-checked' && finishing) finishing.take(reply);
      else if (reply.type === 'done' && dataset) resolve(dataset);
      else if (copy) {
        try {
          if (reply.type === 'skeleton') {
            const current = copy;
            copy = null;
            finishing = current;
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
