/**
 * Reads the files given to 导入文件 off the page's thread, so that a large one never holds the page up:
 * - 'html': a saved web page, read in pieces and turned into its text (html-text.ts);
 * - 'plan': dataset files, read, parsed, validated, cut into bulletins and compared with the library (which
 *   workers reach like pages: IndexedDB), kept here; only what the user is asked about goes back to the page;
 * - 'apply': the import of what 'plan' read, as the user chose, written to the library here.
 * A failure comes back as 'failed', a storage failure with its kind (LibraryError), so the page words it.
 */
import {
  applyImport,
  planFiles,
  toLibraryError,
  type ImportChoice,
  type ImportPlan,
  type ImportReport,
  type LibraryErrorKind,
} from '../../data/library';
import type { Dataset } from '../../data/schema';
import { readHtmlText } from './html-text';

export type FileRequest =
  | { type: 'html'; file: Blob }
  | { type: 'plan'; files: readonly File[]; base: Dataset | undefined }
  | { type: 'apply'; choices: Record<string, ImportChoice> };
export type FailedReply = {
  type: 'failed';
  error: { name: string; message: string; kind?: LibraryErrorKind; size?: number; limit?: number };
};
export type FileReply =
  | { type: 'text'; text: string }
  /** The plan without the bulletins read (kept in the worker for 'apply'). */
  | { type: 'plan'; plan: ImportPlan }
  | { type: 'report'; report: ImportReport }
  | FailedReply;

function failed(error: unknown): FailedReply {
  const e = error instanceof Error || error instanceof DOMException ? error : null;
  if (e?.name === 'AbortError') return { type: 'failed', error: { name: 'AbortError', message: e.message } };
  if (e?.name === 'LibraryError' || e?.name === 'QuotaExceededError' || e?.name === 'VersionError') {
    const l = toLibraryError(error);
    return {
      type: 'failed',
      error: {
        name: 'LibraryError',
        message: l.reason,
        kind: l.kind,
        ...(l.size !== undefined ? { size: l.size } : {}),
        ...(l.limit !== undefined ? { limit: l.limit } : {}),
      },
    };
  }
  return { type: 'failed', error: { name: e?.name ?? 'Error', message: e?.message ?? String(error) } };
}

/** One reader's state: the plan read last, kept for its 'apply'. */
export function fileHandler(): (request: FileRequest, post: (reply: FileReply) => void) => Promise<void> {
  let kept: { plan: ImportPlan; base: Dataset | undefined } | null = null;
  return async (request, post) => {
    try {
      if (request.type === 'html') {
        post({ type: 'text', text: await readHtmlText(request.file) });
      } else if (request.type === 'plan') {
        const texts: { name: string; text: string }[] = [];
        const unread: ImportPlan['files'] = [];
        for (const file of request.files) {
          try {
            texts.push({ name: file.name, text: await file.text() });
          } catch (error) {
            // Larger than this browser can hold as one text (some 500 MB), or gone from the disk.
            unread.push({
              file: file.name,
              problem: { code: 'unreadable', reason: error instanceof Error ? error.message : String(error) },
            });
          }
        }
        const plan = await planFiles(texts, request.base);
        plan.files.unshift(...unread);
        kept = { plan, base: request.base };
        post({ type: 'plan', plan: { ...plan, incoming: [] } });
      } else {
        if (!kept) throw new Error('nothing was read to import');
        const { plan, base } = kept;
        kept = null;
        const choices = request.choices;
        post({ type: 'report', report: await applyImport(plan, (id) => choices[id] ?? 'skip', base) });
      }
    } catch (error) {
      post(failed(error));
    }
  };
}

// Only when running as a worker (the module is also imported for its types, and by the page where there is none).
if ('WorkerGlobalScope' in globalThis && typeof window === 'undefined') {
  const handle = fileHandler();
  self.onmessage = (event: MessageEvent<FileRequest>) =>
    void handle(event.data, (reply) => self.postMessage(reply));
}
