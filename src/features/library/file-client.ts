/**
 * The page's side of file-worker.ts: `openFileReader()` starts one worker for a batch of files given to 导入文件
 * (one request at a time), and `close()` ends it. A stop (the signal) ends the worker at once, whatever it was
 * reading. Where there is no Worker (jsdom, a policy that forbids them) the same code runs on this thread.
 */
import {
  announceLibraryChange,
  LibraryError,
  type ImportChoice,
  type ImportPlan,
  type ImportReport,
} from '../../data/library';
import { visitIdsOf } from '../../data/lazy-visits';
import type { Dataset } from '../../data/schema';
import type { FileReply, FileRequest } from './file-worker';

/**
 * What an import is checked against in the bundled data, and no more: its definitions and the ids of its
 * bulletins and visits (a large dataset's visits, kept as bytes, are not parsed to be sent).
 */
export function baseForCheck(base: Dataset | undefined): Dataset | undefined {
  if (!base) return undefined;
  const recorded = visitIdsOf(base);
  const bulletins = base.bulletins.map((b, i) => ({
    id: b.id,
    visits:
      recorded === undefined
        ? b.visits.map((v) => ({ id: v.id }))
        : i === 0
          ? [...recorded.keys()].map((id) => ({ id }))
          : [],
  }));
  return { ...base, bulletins } as unknown as Dataset;
}

type Port = {
  post: (request: FileRequest) => void;
  onReply: ((reply: FileReply) => void) | null;
  onFail: ((error: Error) => void) | null;
  close: () => void;
};

function workerPort(): Port | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./file-worker.ts', import.meta.url), {
      type: 'module',
      name: 'file-worker',
    });
  } catch {
    return null; // e.g. a policy that forbids workers
  }
  const port: Port = {
    post: (request) => worker.postMessage(request),
    onReply: null,
    onFail: null,
    close: () => worker.terminate(),
  };
  worker.onmessage = (event: MessageEvent<FileReply>) => port.onReply?.(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    port.onFail?.(new Error(event.message || 'the file reader failed'));
  };
  return port;
}

function threadPort(): Port {
  let closed = false;
  const handler = import('./file-worker').then((m) => m.fileHandler());
  const port: Port = {
    post: (request) =>
      void handler.then(
        (handle) => handle(request, (reply) => !closed && port.onReply?.(reply)),
        (error: unknown) => port.onFail?.(error instanceof Error ? error : new Error(String(error))),
      ),
    onReply: null,
    onFail: null,
    close: () => {
      closed = true;
    },
  };
  return port;
}

const abortError = () => new DOMException('Reading was stopped', 'AbortError');

function toError(reply: Extract<FileReply, { type: 'failed' }>): Error {
  const { name, message, kind, size, limit } = reply.error;
  if (name === 'AbortError') return abortError() as unknown as Error;
  if (name === 'LibraryError' && kind)
    return new LibraryError(kind, message, {
      ...(size !== undefined ? { size } : {}),
      ...(limit !== undefined ? { limit } : {}),
    });
  const error = new Error(message);
  error.name = name;
  return error;
}

export type FileReader = {
  /** The text of a saved web page. */
  html(file: Blob, signal?: AbortSignal): Promise<string>;
  /** Reads dataset files and says what importing them would do; the bulletins read stay with the reader. */
  plan(files: readonly File[], base: Dataset | undefined): Promise<ImportPlan>;
  /** Imports what `plan` read last, as chosen for each bulletin the library holds in another form. */
  apply(choices: Record<string, ImportChoice>): Promise<ImportReport>;
  close(): void;
};

export function openFileReader(): FileReader {
  let port: Port | null = null;
  const ask = (request: FileRequest, signal?: AbortSignal): Promise<FileReply> => {
    if (signal?.aborted) return Promise.reject(abortError());
    port ??= workerPort() ?? threadPort();
    const current = port;
    return new Promise<FileReply>((resolve, reject) => {
      const onAbort = () => {
        // The worker goes at once, with whatever it was reading; the next request starts another.
        current.close();
        if (port === current) port = null;
        reject(abortError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => {
        signal?.removeEventListener('abort', onAbort);
        current.onReply = null;
        current.onFail = null;
      };
      current.onReply = (reply) => {
        done();
        if (reply.type === 'failed') reject(toError(reply));
        else resolve(reply);
      };
      current.onFail = (error) => {
        done();
        current.close();
        if (port === current) port = null;
        reject(error);
      };
      current.post(request);
    });
  };
  return {
    async html(file, signal) {
      const reply = await ask({ type: 'html', file }, signal);
      if (reply.type !== 'text') throw new Error(`unexpected reply ${reply.type}`);
      return reply.text;
    },
    async plan(files, base) {
      const reply = await ask({ type: 'plan', files, base: baseForCheck(base) });
      if (reply.type !== 'plan') throw new Error(`unexpected reply ${reply.type}`);
      return reply.plan;
    },
    async apply(choices) {
      const reply = await ask({ type: 'apply', choices });
      if (reply.type !== 'report') throw new Error(`unexpected reply ${reply.type}`);
      // The worker announced the change, but may be ended before the other tabs hear it: say it again from here.
      announceLibraryChange();
      return reply.report;
    },
    close() {
      port?.close();
      port = null;
    },
  };
}
