/**
 * Parses and validates the dataset off the main thread, as its bytes arrive: the page sends the body in chunks
 * (transferred, not copied), the worker cuts it into elements (DatasetAssembler) and, once the whole is valid,
 * answers in pieces (the small tables first, then the bulletins a few thousand visits at a time), so that the main
 * thread never has one long task to take the dataset in. A problem that names what is wrong comes back as such.
 */
import { DatasetLoadError, type LoadProblem } from './load-error';
import { DatasetAssembler } from './parse-dataset';
import type { Bulletin, Dataset } from './schema';

export type ParseRequest =
  { type: 'start'; url: string } | { type: 'chunk'; bytes: Uint8Array } | { type: 'end' };
export type ParseReply =
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
      if (message.type === 'start') assembler = new DatasetAssembler(message.url);
      else if (message.type === 'chunk') assembler?.push(message.bytes);
      else if (assembler) {
        const dataset = assembler.finish();
        assembler = null;
        sendInPieces(dataset, post);
      }
    } catch (error) {
      assembler = null;
      // A DatasetLoadError is an answer; anything else is a bug, and surfaces as the worker's error event.
      if (!(error instanceof DatasetLoadError)) throw error;
      post({ type: 'failed', problem: error.problem });
    }
  };
}
