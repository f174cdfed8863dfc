/**
 * Drafting off the main thread: the page sends the text and the options ('draft'); the worker loads the place
 * lists the text needs from public/gazetteer (saying how many of how many: 'progress'), reads the text with the
 * drafting rules ('progress', stage 'reading'), and answers with the draft ('done') or why it failed ('failed').
 * The page stops a draft by terminating the worker: nothing here needs to be told.
 *
 * The page's side is worker-client.ts (`draftInWorker`); `runDraft` is exported so that the client's tests run
 * the same code in Node without a browser.
 */
import { draftSync, gazetteerKeys, type DraftOptions, type DraftResult } from './index';
import type { GazetteerChunk, GazetteerIndex } from './gazetteer';

export type DraftStage = 'loading' | 'places' | 'reading';
export interface DraftProgress {
  stage: DraftStage;
  /** For 'places': chunks of the place list loaded so far, of `total`. */
  done?: number;
  total?: number;
}
export type DraftRequest = {
  type: 'draft';
  text: string;
  options: DraftOptions;
  /** Where the place lists are (ends with /, absolute in a worker); null: places get no division code. */
  gazetteer: string | null;
};
export type DraftReply =
  | { type: 'progress'; progress: DraftProgress }
  | { type: 'done'; result: DraftResult }
  | { type: 'failed'; message: string };

/** Fetches one JSON file of the place lists. */
export type LoadJson = (url: string) => Promise<unknown>;

const fetchJson: LoadJson = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
};

/**
 * Drafts `request.text`, saying what it does as it goes. Without the place lists (offline, a file missing), the
 * places are drafted without their division codes, as the add view always did.
 */
export async function runDraft(
  request: DraftRequest,
  post: (reply: DraftReply) => void,
  load: LoadJson = fetchJson,
): Promise<void> {
  try {
    const { text, options, gazetteer: base } = request;
    let gazetteer: Parameters<typeof draftSync>[2];
    if (base !== null) {
      try {
        post({ type: 'progress', progress: { stage: 'places' } });
        const file = (key: string) => load(`${base}${encodeURIComponent(key)}.json`);
        const index = (await file('index')) as GazetteerIndex;
        const keys = gazetteerKeys(index, text, options.publisher);
        let done = 0;
        if (keys.length > 0)
          post({ type: 'progress', progress: { stage: 'places', done, total: keys.length } });
        const chunks = (await Promise.all(
          keys.map((key) =>
            file(key).then((chunk) => {
              done += 1;
              post({ type: 'progress', progress: { stage: 'places', done, total: keys.length } });
              return chunk;
            }),
          ),
        )) as GazetteerChunk[];
        gazetteer = { index, chunks };
      } catch {
        gazetteer = undefined;
      }
    }
    post({ type: 'progress', progress: { stage: 'reading' } });
    post({ type: 'done', result: draftSync(text, options, gazetteer) });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

// Only when running as a worker (the module is also imported for its types and runDraft).
if ('WorkerGlobalScope' in globalThis && typeof window === 'undefined') {
  self.onmessage = (event: MessageEvent<DraftRequest>) => {
    if (event.data?.type === 'draft') void runDraft(event.data, (reply) => self.postMessage(reply));
  };
}
