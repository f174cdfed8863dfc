/**
 * The page's side of reading a dataset file: builds it from the pieces the parsing worker cuts (parse-worker.ts).
 * Loaded with the first dataset (it holds the builder, and zod for a file found wanting), not in the first paint.
 */
import { DatasetBuilder } from './parse-dataset';
import type { ParseReply, ParseRequest } from './parse-worker';
import type { Bulletin, Dataset, Place } from './schema';
import { nextTask, runInSlices } from '../lib/slices';
import { IndexBuilder } from './index-builder';
import { emptyFilters, prebuildIndex, selectViewRemembered } from './select';
import { keepAsBytes, recordVisitIds } from './lazy-visits';

export { DatasetBuilder };

const decoder = new TextDecoder();

type Piece = Extract<ParseReply, { type: 'array' | 'items' | 'array-end' | 'verdict' | 'quotes-checked' }>;

/** Sends the worker a piece's quotes (the facts' numbers transferred). */
export type AskWorker = (
  request: Extract<ParseRequest, { type: 'quotes' }>,
  transfer: Transferable[],
) => void;

/**
 * The dataset, built on the page from the JSON text that the worker forwards as it cuts the file: a
 * DatasetBuilder parses each piece once, checks each element as it comes, and validates the whole from the
 * skeleton at the end (zod only for a file found wanting). The index is built as the bulletins arrive
 * (IndexBuilder, given the places first where the file lists them first), so that neither parsing nor indexing
 * is ever one long task here.
 */
export class PageCopy {
  private builder: IndexBuilder | null = new IndexBuilder();
  private bulletinsK = -1;
  private placesK = -1;
  private placesSet = false;

  /** Quotes sent to the worker and not answered yet, and what `finish` waits on until they are. */
  private pending = 0;
  private answered: (() => void) | null = null;

  /**
   * `ask`: where given, the quotes of bulletins whose paragraphs the worker holds go to it (it answers
   * 'quotes-checked'); else they are checked here, each paragraph a fact quotes parsed from the bytes.
   */
  constructor(
    private readonly dataset: DatasetBuilder,
    private readonly ask?: AskWorker,
  ) {}

  /** May throw a DatasetLoadError (a JSON error in a piece), or any error on a piece that is not valid. */
  take(piece: Piece): void {
    if (piece.type === 'array') {
      this.dataset.openArray(piece.k, piece.key);
      // A key given twice: the last one counts (as in JSON.parse); do not guess, index at the end instead.
      if (piece.key === 'bulletins') {
        if (this.bulletinsK >= 0) this.builder = null;
        this.bulletinsK = piece.k;
      } else if (piece.key === 'places') {
        if (this.placesK >= 0) this.builder = null;
        this.placesK = piece.k;
      }
    } else if (piece.type === 'verdict') this.dataset.verdict(piece.passed);
    else if (piece.type === 'quotes-checked') {
      this.dataset.verdict(piece.passed);
      this.pending -= 1;
      if (this.pending === 0) this.answered?.();
    } else if (piece.type === 'items') {
      // Bulletins whose paragraphs the worker left out of the text: read from the bytes when shown.
      const ask = this.ask;
      const cut =
        piece.paragraphs && piece.strings
          ? {
              bytes: piece.bytes,
              at: piece.paragraphs,
              strings: piece.strings,
              ask:
                ask && piece.quotes >= 0
                  ? (facts: number[], quotes: string[]) => {
                      this.pending += 1;
                      const request = {
                        type: 'quotes' as const,
                        piece: piece.quotes,
                        facts: new Float64Array(facts),
                        text: quotes.join(''),
                      };
                      ask(request, [request.facts.buffer]);
                    }
                  : undefined,
            }
          : null;
      const text = typeof piece.text === 'string' ? piece.text : decoder.decode(piece.text);
      const items = this.dataset.items(piece.k, text, piece.line, !piece.checked, cut);
      if (piece.k === this.bulletinsK) {
        this.index(() => items.forEach((b) => this.builder?.add(b as Bulletin)));
        this.keepVisitsAsBytes(piece, items as Bulletin[]);
      }
    } else {
      this.dataset.closeArray(piece.k);
      if (piece.k === this.placesK && !this.placesSet) {
        this.placesSet = true;
        this.index(() => this.builder?.setPlaces(this.dataset.array(piece.k) as Place[]));
      }
    }
  }

  /**
   * The visits of these bulletins, kept as the piece's bytes from now on (lazy-visits.ts), once nothing is left
   * to do with them while loading: checked (their evidence, ids and references; checkVisits) and indexed. Else
   * (a file that lists its people or places after its bulletins, a key given twice) they stay parsed, and the end
   * checks and indexes them as it always did.
   */
  private keepVisitsAsBytes(piece: Extract<Piece, { type: 'items' }>, bulletins: Bulletin[]): void {
    const at = piece.visits;
    if (!at || at.length !== 2 * bulletins.length || !this.builder) return;
    if (this.dataset.mayHoldProtoKey || !this.dataset.visitsChecked(piece.k)) return;
    for (let i = 0; i < bulletins.length; i += 1) {
      const from = at[2 * i] as number;
      const bulletin = bulletins[i] as Bulletin;
      if (from >= 0 && Array.isArray(bulletin.visits))
        keepAsBytes(bulletin, piece.bytes.subarray(from, at[2 * i + 1]));
    }
  }

  /** Not valid yet: anything may throw; then the index is built from the dataset at the end, as it was. */
  private index(step: () => void): void {
    if (!this.builder) return;
    try {
      step();
    } catch {
      this.builder = null;
    }
  }

  /**
   * The validated dataset (a DatasetLoadError if it is not), its index built on the way where it could be: in
   * tasks (validating, a file found wanting judged in slices, then the index), each well under 200 ms at 100,000
   * visits.
   */
  async finish(skeleton: string, line: number): Promise<Dataset> {
    const pause = nextTask;
    // The worker's answers on the last quotes (it sends them before anything else it is asked after them).
    if (this.pending > 0) await new Promise<void>((resolve) => (this.answered = resolve));
    const bulletins = this.dataset.array(this.bulletinsK);
    const places = this.dataset.array(this.placesK);
    const dataset = await this.dataset.finishInSlices(skeleton, line, pause);
    const visitIds = this.dataset.checkedVisitIds(dataset);
    if (visitIds) recordVisitIds(dataset, visitIds);
    await pause();
    await this.indexed({ dataset, bulletins, places }, pause);
    return dataset;
  }

  /** The index finished in slices (280 ms in all at 300,000 visits), where it was built. */
  private async indexed(
    {
      dataset,
      bulletins,
      places,
    }: {
      dataset: Dataset;
      bulletins: readonly unknown[] | undefined;
      places: readonly unknown[] | undefined;
    },
    pause: () => Promise<void>,
  ): Promise<void> {
    const builder = this.builder;
    this.builder = null;
    // The index was built from these very arrays (not from zod's copy of them): then it is the dataset's.
    if (!builder || dataset.bulletins !== bulletins || (this.placesSet && dataset.places !== places)) return;
    try {
      const index = await runInSlices(builder.finishSteps(dataset), pause);
      prebuildIndex(dataset, index);
      // The view without filters, in a task of its own: the page's first render then finds it counted (at
      // 300,000 visits, 60 ms of the first render's 180).
      await pause();
      selectViewRemembered(index, emptyFilters);
    } catch {
      // Not valid after all, or a bug: without an index built here, the page builds one from the dataset.
    }
  }
}
