/**
 * Drafting a text without blocking the page: `draftInWorker(text, options, { onProgress, signal })` checks the
 * text (refused when blank or over MAX_DRAFT_BYTES), drafts it in a module worker (draft-worker.ts), reports
 * each stage, and resolves with what `draftBulletin` gives. Aborting the signal terminates the worker at once,
 * whatever it was doing, and rejects with an AbortError; the caller's text is never touched.
 *
 * One worker per draft: a cancelled one is gone, and a queue of imported files drafts one after another.
 * Where there is no Worker (Node, jsdom, a policy that forbids them) the same code runs on this thread.
 *
 * Only types are imported statically: the drafting rules load in the worker, or on this thread only there.
 */
import type { DraftOptions, DraftResult } from './assemble';
import type { DraftProgress, DraftReply, DraftRequest } from './draft-worker';

export type { DraftProgress, DraftStage } from './draft-worker';

/** The most text drafted at once: 2 MB of UTF-8 (1 MB = 1,000,000 bytes), some 660,000 Chinese characters. */
export const MAX_DRAFT_BYTES = 2_000_000;

export type DraftRefusal = { kind: 'blank' } | { kind: 'tooLarge'; bytes: number; limit: number };

/** A text that is not drafted, and why: nothing was started. */
export class DraftRefusedError extends Error {
  constructor(readonly refusal: DraftRefusal) {
    super(
      refusal.kind === 'blank'
        ? 'the text is blank'
        : `the text is ${refusal.bytes} bytes, over the limit of ${refusal.limit}`,
    );
    this.name = 'DraftRefusedError';
  }
}

/** True for the rejection of a draft that was stopped through its signal. */
export function isAbortError(error: unknown): boolean {
  // A DOMException, which is not an Error in every realm (jsdom's is not).
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** The size of `text` in UTF-8 (what it takes as a file), counted without copying it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Nothing but spaces, line breaks and invisible characters (zero-width spaces and joiners, BOM), or nothing. */
export function isBlankText(text: string): boolean {
  return !/[^\s\u200b-\u200d\u2060\ufeff]/.test(text);
}

/** Why `text` would be refused, or null. */
export function checkDraftText(text: string, limit = MAX_DRAFT_BYTES): DraftRefusal | null {
  if (isBlankText(text)) return { kind: 'blank' };
  // No UTF-16 unit takes more than three bytes: a short text needs no counting.
  if (text.length * 3 <= limit) return null;
  const bytes = utf8Length(text);
  return bytes > limit ? { kind: 'tooLarge', bytes, limit } : null;
}

/** What a worker is to the client: a real Worker, or a stand-in in tests. */
export interface WorkerLike {
  postMessage(message: DraftRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<DraftReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface DraftInWorkerOptions extends DraftOptions {
  /**
   * Where the place lists are, as a folder URL ending with /: relative to the page, `gazetteer/` unless given;
   * null drafts places without division codes.
   */
  gazetteer?: string | null;
  /** The size limit in bytes; MAX_DRAFT_BYTES unless given. */
  limit?: number;
}

export interface DraftControls {
  onProgress?: (progress: DraftProgress) => void;
  signal?: AbortSignal;
  /** Makes the worker; the module worker unless given; null runs on this thread. */
  createWorker?: () => WorkerLike | null;
}

function abortError(): DOMException {
  return new DOMException('Drafting was cancelled', 'AbortError');
}

function moduleWorker(): WorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./draft-worker.ts', import.meta.url), {
      type: 'module',
      name: 'drafting',
    }) as unknown as WorkerLike;
  } catch {
    return null; // e.g. a policy that forbids workers
  }
}

/** A relative folder made absolute against the page, for a worker (whose own URL is elsewhere). */
function absolute(base: string): string {
  if (typeof document === 'undefined') return base;
  try {
    return new URL(base, document.baseURI).href;
  } catch {
    return base;
  }
}

export function draftInWorker(
  text: string,
  options: DraftInWorkerOptions = {},
  controls: DraftControls = {},
): Promise<DraftResult> {
  const { gazetteer = 'gazetteer/', limit = MAX_DRAFT_BYTES, ...draftOptions } = options;
  const { onProgress, signal } = controls;
  if (signal?.aborted) return Promise.reject(abortError());
  const refusal = checkDraftText(text, limit);
  if (refusal) return Promise.reject(new DraftRefusedError(refusal));
  onProgress?.({ stage: 'loading' });

  const worker = controls.createWorker ? controls.createWorker() : moduleWorker();
  const request: DraftRequest = {
    type: 'draft',
    text,
    options: draftOptions,
    gazetteer: gazetteer === null ? null : worker && !controls.createWorker ? absolute(gazetteer) : gazetteer,
  };

  return new Promise<DraftResult>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker?.terminate();
      outcome();
    };
    const onReply = (reply: DraftReply) => {
      if (settled) return;
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else if (reply.type === 'done') finish(() => resolve(reply.result));
      else finish(() => reject(new Error(reply.message)));
    };
    const onAbort = () => finish(() => reject(abortError()));
    signal?.addEventListener('abort', onAbort, { once: true });

    if (worker) {
      worker.onmessage = (event) => onReply(event.data);
      worker.onerror = (event) => {
        event.preventDefault?.();
        finish(() => reject(new Error(event.message || 'the drafting worker failed')));
      };
      worker.postMessage(request);
      return;
    }
    // No worker: the same code on this thread (it cannot be interrupted, but its answer is dropped on abort).
    import('./draft-worker').then(
      ({ runDraft }) => runDraft(request, onReply),
      (error: unknown) => finish(() => reject(error instanceof Error ? error : new Error(String(error)))),
    );
  });
}
