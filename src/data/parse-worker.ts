/**
 * Parses and validates the dataset off the main thread, as its bytes arrive: the page sends the body in chunks
 * (transferred, not copied), the worker cuts it into elements (DatasetAssembler) and forwards each run of complete
 * elements to the page as JSON text at once ('items'), so that the page parses its own copy, and builds its index,
 * while the worker is still parsing and validating. Once the whole is valid (zod, the one schema, unchanged), the
 * worker says so with the skeleton ('valid'); the page's copy is then the dataset. Validation keeps pace with the
 * bytes: each element is checked as it is cut out (fast-validate.ts, a closure compiled from the zod schema), so
 * that at the end only the skeleton and the whole-file rules are left; zod itself runs only on a file found
 * wanting, for its issues. Text is much cheaper for the
 * page to take in than deep objects (a structured clone costs the page about twice a JSON.parse).
 *
 * Where the page's copy would differ from what zod returns (a "__proto__" key, which zod leaves out), and for a
 * file that could not be split, the worker sends the validated dataset itself, in pieces ('head', 'bulletins',
 * 'done'), each small enough not to hold the page for long. A problem that names what is wrong comes back as such.
 */
import { DatasetLoadError, type LoadProblem } from './load-error';
import { DatasetAssembler } from './parse-dataset';
import type { Bulletin, Dataset } from './schema';

export type ParseRequest =
  { type: 'start'; url: string } | { type: 'chunk'; bytes: Uint8Array } | { type: 'end' };
export type ParseReply =
  | { type: 'array'; k: number; key: string }
  | { type: 'items'; k: number; text: string }
  | { type: 'array-end'; k: number }
  | { type: 'valid'; skeleton: string }
  | { type: 'head'; dataset: Dataset; bulletins: number }
  | { type: 'bulletins'; items: Bulletin[] }
  | { type: 'done' }
  | { type: 'failed'; problem: LoadProblem };

/** About this many visits per message: each takes the main thread well under 100 ms to receive. */
export const VISITS_PER_MESSAGE = 2000;

/** Sends a valid dataset in pieces: the dataset without its bulletins, then the bulletins in batches. */
export function sendInPieces(dataset: Dataset, post: (reply: ParseReply) => void): void {
  post({ type: 'head', dataset: { ...dataset, bulletins: [] }, bulletins: dataset.bulletins.length });
  let batch: Bulletin[] = [];
  let visits = 0;
  for (const bulletin of dataset.bulletins) {
    batch.push(bulletin);
    visits += bulletin.visits.length + 1;
    if (visits >= VISITS_PER_MESSAGE) {
      post({ type: 'bulletins', items: batch });
      batch = [];
      visits = 0;
    }
  }
  if (batch.length > 0) post({ type: 'bulletins', items: batch });
  post({ type: 'done' });
}

// Only when running as a worker (the module is also imported for its types and sendInPieces).
if ('WorkerGlobalScope' in globalThis && typeof window === 'undefined') {
  let assembler: DatasetAssembler | null = null;
  const post = (reply: ParseReply) => self.postMessage(reply);
  self.onmessage = (event: MessageEvent<ParseRequest>) => {
    const message = event.data;
    try {
      if (message.type === 'start') {
        const current: DatasetAssembler = new DatasetAssembler(message.url, {
          onArray: (k, key) => post({ type: 'array', k, key }),
          // Once the page's copy would differ from zod's output (a "__proto__" key), it is of no use.
          onItems: (k, text) => {
            if (!current.mayHoldProtoKey) post({ type: 'items', k, text });
          },
          onArrayEnd: (k) => post({ type: 'array-end', k }),
        });
        assembler = current;
      } else if (message.type === 'chunk') assembler?.push(message.bytes);
      else if (assembler) {
        const dataset = assembler.finish();
        const skeleton = assembler.skeletonText;
        const protoKey = assembler.mayHoldProtoKey;
        assembler = null;
        if (skeleton !== null && !protoKey) post({ type: 'valid', skeleton });
        else sendInPieces(dataset, post);
      }
    } catch (error) {
      assembler = null;
      // A DatasetLoadError is an answer; anything else is a bug, and surfaces as the worker's error event.
      if (!(error instanceof DatasetLoadError)) throw error;
      post({ type: 'failed', problem: error.problem });
    }
  };
}
