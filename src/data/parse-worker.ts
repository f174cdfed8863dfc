/**
 * Cuts the dataset into pieces off the main thread, as its bytes arrive: the page sends the body in chunks
 * (transferred, not copied); the worker finds each run of complete elements of the top-level arrays
 * (DatasetAssembler, without a builder), decodes it and forwards it to the page as a JSON array ('items', with the
 * line it starts on; for the bulletins, also its bytes, transferred, and where each bulletin's visits are in them,
 * which the page keeps: lazy-visits.ts), then the skeleton ('skeleton'). The page parses that text once
 * (DatasetBuilder) and builds the dataset; every other piece of the lists is also checked here (parsed, checked,
 * forgotten; 'verdict'), the rest on the page, and the page validates the whole at the end.
 *
 * A piece of bulletins goes without its paragraphs (their full text, most of a file's bytes): the worker parses
 * them (JSON.parse is the check that they are strings) and holds them; the page parses the rest (the visits, once
 * in all), checks it, and sends back each fact's quote ('quotes'), which the worker checks against the paragraphs
 * ('quotes-checked'). So the file is parsed once, the paragraphs here, the rest there, and the work is shared:
 * cutting, the paragraphs and the quotes here, the visits, their checks and the index there.
 *
 * A file that could not be split (not a top-level object) is read and validated here, and sent in pieces ('head',
 * 'bulletins', 'done'). A problem found here comes back as 'failed'; a JSON error the page finds in a piece is
 * sent back ('locate') to be located exactly, here, where the bytes are.
 */
import { DatasetLoadError, type LoadProblem } from './load-error';
import { DatasetAssembler, piecePasses, quotesHold, type Quotes } from './parse-dataset';
import type { Bulletin, Dataset } from './schema';

export type ParseRequest =
  | { type: 'start'; url: string }
  | { type: 'chunk'; bytes: Uint8Array }
  | { type: 'end' }
  | { type: 'locate'; problem: LoadProblem }
  /** The quotes of piece `piece` (its 'items' reply's `quotes`), for the worker to check against its paragraphs. */
  | ({ type: 'quotes'; piece: number } & Quotes);
export type ParseReply =
  | { type: 'array'; k: number; key: string }
  /**
   * `checked`: the worker checks these elements itself, and says so next ('verdict'). `bytes` and `visits`: the
   * piece's bytes (transferred) and where each bulletin's visits are in them (AssemblerHooks.onItems).
   * `paragraphs`: where each bulletin's paragraphs are in them, for bulletins that `text` has without them (a 0 in
   * their place: withoutParagraphs), or null where the text is whole; `strings`, where each of those paragraphs
   * is (AssemblerHooks.onBulletinBytes), which the page reads when its checks quote them.
   */
  | {
      type: 'items';
      k: number;
      /** The elements as a JSON array: its text, or its UTF-8 bytes (transferred), which the page decodes. */
      text: string | Uint8Array;
      line: number;
      checked: boolean;
      bytes: Uint8Array;
      visits: Int32Array | null;
      paragraphs: Int32Array | null;
      strings: Int32Array | null;
      /**
       * Where `paragraphs` is given, the number this piece's quotes are to be sent back with ('quotes'): the worker
       * holds its paragraphs, parsed, until then, and answers 'quotes-checked'. Else -1.
       */
      quotes: number;
    }
  | { type: 'verdict'; passed: boolean }
  | { type: 'quotes-checked'; passed: boolean }
  | { type: 'array-end'; k: number }
  | { type: 'skeleton'; skeleton: string; line: number }
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

/** Decodes spans of a piece as they are: a byte order mark inside the file is a character, as JSON.parse sees it. */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A piece of bulletins, from its bytes: its bytes without their paragraphs (each span of `paragraphs`, pairs of
 * offsets or -1, a 0 in its place), once each of those is found to be what JSON.parse reads as an array of the
 * strings `strings` has (AssemblerHooks.onBulletinBytes): the page then parses the rest and reads a paragraph from
 * the bytes only when a check quotes it or something shows it. Null if one is not (then the whole text, parsed
 * as one, is checked, or names the error).
 */
export function withoutParagraphs(
  bytes: Uint8Array,
  paragraphs: Int32Array,
  strings: Int32Array,
): { cut: Uint8Array; read: (string[] | null)[] } | null {
  let size = bytes.length;
  for (let i = 0; i < paragraphs.length; i += 2)
    if ((paragraphs[i] as number) >= 0) size -= (paragraphs[i + 1] as number) - (paragraphs[i] as number) - 1;
  const cut = new Uint8Array(size);
  const read: (string[] | null)[] = [];
  let from = 0;
  let to = 0;
  let s = 0;
  for (let i = 0; i < paragraphs.length; i += 2) {
    const count = strings[s] as number;
    s += 1 + 2 * count;
    const start = paragraphs[i] as number;
    read.push(null);
    if (start < 0) continue;
    const end = paragraphs[i + 1] as number;
    try {
      const own: unknown = JSON.parse(decoder.decode(bytes.subarray(start, end)));
      if (!Array.isArray(own) || own.length !== count || !own.every((p) => typeof p === 'string'))
        return null;
      read[read.length - 1] = own as string[];
    } catch {
      return null;
    }
    cut.set(bytes.subarray(from, start), to);
    to += start - from;
    cut[to++] = 0x30; // '0'
    from = end;
  }
  cut.set(bytes.subarray(from), to);
  return { cut, read };
}

/**
 * The worker's assembler: it cuts and decodes, and hands each piece on with `post`. A piece of bulletins it hands
 * on as bytes without their paragraphs (withoutParagraphs: their full text, which it parses here, where JSON.parse
 * is the check that they are strings), for the page to decode, parse and check once (it reads a paragraph from the
 * bytes where a fact quotes it, or when it shows it); of the other pieces it checks every other one (piecePasses)
 * and says so ('verdict'), the rest the page checks: the two threads share the work.
 */
export function cutter(
  url: string,
  post: (reply: ParseReply, transfer?: Transferable[]) => void,
  /** The paragraphs of the pieces whose quotes the page is to send back ('quotes'; answerQuotes). */
  held: Map<number, (string[] | null)[]> = new Map(),
): DatasetAssembler {
  const keys: string[] = [];
  const counts: number[] = [];
  let pieces = 0;
  let numbered = 0;
  return new DatasetAssembler(
    url,
    {
      onArray: (k, key) => {
        keys[k] = key;
        counts[k] = 0;
        post({ type: 'array', k, key });
      },
      onBulletinBytes: (k, line, count, bytes, visits, paragraphs, strings) => {
        if (!paragraphs.some((at) => at >= 0)) return false;
        const cut = withoutParagraphs(bytes, paragraphs, strings);
        if (!cut) return false;
        counts[k] = (counts[k] ?? 0) + count;
        const quotes = numbered++;
        held.set(quotes, cut.read);
        // The text as its bytes, which the page decodes: cheaper than a string copied from here to there.
        post(
          {
            type: 'items',
            k,
            text: cut.cut,
            line,
            checked: false,
            bytes,
            visits,
            paragraphs,
            strings,
            quotes,
          },
          [bytes.buffer, cut.cut.buffer],
        );
        return true;
      },
      onItems: (k, text, line, count, bytes, visits) => {
        const first = counts[k] ?? 0;
        counts[k] = first + count;
        const here = pieces++ % 2 === 0;
        // The bytes go with the text only where the page may keep them (a bulletin's visits).
        const keep = visits !== null && visits.some((at) => at >= 0);
        post(
          {
            type: 'items',
            k,
            text,
            line,
            checked: here,
            bytes: keep ? bytes : new Uint8Array(0),
            visits,
            paragraphs: null,
            strings: null,
            quotes: -1,
          },
          keep ? [bytes.buffer] : [],
        );
        if (here) post({ type: 'verdict', passed: piecePasses(keys[k] ?? '', text, first) });
      },
      onArrayEnd: (k) => post({ type: 'array-end', k }),
    },
    null, // the page builds
  );
}

/** The page's quotes of a piece, checked against its paragraphs (held since the piece was handed on), let go. */
export function answerQuotes(
  held: Map<number, (string[] | null)[]>,
  request: Extract<ParseRequest, { type: 'quotes' }>,
): ParseReply {
  const paragraphs = held.get(request.piece);
  held.delete(request.piece);
  return { type: 'quotes-checked', passed: paragraphs !== undefined && quotesHold(paragraphs, request) };
}

// Only when running as a worker (the module is also imported for its types and sendInPieces).
if ('WorkerGlobalScope' in globalThis && typeof window === 'undefined') {
  let assembler: DatasetAssembler | null = null;
  const held = new Map<number, (string[] | null)[]>();
  const post = (reply: ParseReply, transfer: Transferable[] = []) => self.postMessage(reply, { transfer });
  self.onmessage = (event: MessageEvent<ParseRequest>) => {
    const message = event.data;
    try {
      if (message.type === 'start') {
        assembler = cutter(message.url, post, held);
      } else if (message.type === 'quotes') post(answerQuotes(held, message));
      else if (message.type === 'chunk') assembler?.push(message.bytes);
      else if (message.type === 'locate') {
        const problem = new DatasetLoadError(message.problem);
        post({ type: 'failed', problem: (assembler ? assembler.locate(problem) : problem).problem });
        assembler = null;
      } else if (assembler) {
        const dataset = assembler.finishCutting();
        if (dataset) {
          assembler = null;
          sendInPieces(dataset, post);
        } else post({ type: 'skeleton', skeleton: assembler.skeletonText ?? '', line: assembler.lastLine });
      }
    } catch (error) {
      assembler = null;
      // A DatasetLoadError is an answer; anything else is a bug, and surfaces as the worker's error event.
      if (!(error instanceof DatasetLoadError)) throw error;
      post({ type: 'failed', problem: error.problem });
    }
  };
}
