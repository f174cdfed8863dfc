/**
 * Parses and validates a dataset text off the main thread, so that a large file (10,000 visits is 20 MB) does
 * not freeze the page. Answers with the dataset, or with the problem that names what is wrong.
 */
import { DatasetLoadError, type LoadProblem } from './load-error';
import { parseDatasetText } from './parse-dataset';
import type { Dataset } from './schema';

export type ParseRequest = { body: ArrayBuffer; url: string };
export type ParseReply = { ok: true; dataset: Dataset } | { ok: false; problem: LoadProblem };

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { body, url } = event.data;
  try {
    const reply: ParseReply = { ok: true, dataset: parseDatasetText(new TextDecoder().decode(body), url) };
    self.postMessage(reply);
  } catch (error) {
    // A DatasetLoadError is an answer; anything else is a bug, and surfaces as the worker's error event.
    if (!(error instanceof DatasetLoadError)) throw error;
    const reply: ParseReply = { ok: false, problem: error.problem };
    self.postMessage(reply);
  }
};
