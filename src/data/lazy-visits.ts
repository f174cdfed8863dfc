/**
 * A bulletin's visits kept as the file's own bytes, parsed again when read: what keeps a large dataset light for
 * the collector. A visit parsed is some 45 objects (its strings, evidence, participants); at 300,000 visits that is
 * over ten million objects that every full collection traces while the page loads, and its pauses then pass 200 ms.
 * Nothing that counts reads the visits (the index keeps their values in columns, select.ts); what shows one (a
 * card, the table's page, the source, an export) reads it through `bulletin.visits` as before.
 *
 * `keepAsBytes(bulletin, bytes)` turns `visits` into an accessor over the UTF-8 bytes of its JSON array (the
 * worker's piece, transferred, not copied; outside the JavaScript heap's traced objects). The bulletins read most
 * recently keep their parsed visits (RECENT_BULLETINS), so that a render reads the same objects each time; one
 * that is read again after that gets equal, new objects. The dataset is read-only: a change to a parsed visit would
 * not be kept, and so does not compile (a bulletin's visits are `readonly` by type, schema.ts). Writing `visits`
 * makes it a plain property again. JSON.stringify, spreading and structuredClone read it as any property.
 *
 * A bulletin's paragraphs (its full text, most of a real bulletin's bytes) are kept so too, from the start: the
 * worker parses them, checks the facts' quotes against them and leaves them out of the text the page parses
 * (parse-worker.ts), and the page reads them from the bytes when something shows them (the source, a fact's
 * evidence): `keepAsBytes(bulletin, bytes, 'paragraphs')`.
 */
import type { Bulletin, ReadonlyVisit } from './schema';

/** How many bulletins keep their visits (and, apart, their paragraphs) parsed: more than a screen or a page of the table shows. */
export const RECENT_BULLETINS = 512;

const decoder = new TextDecoder();
/**
 * Parsed visits by the number of their bulletin's accessor, the most recently read last (a Map keeps insertion
 * order). Keyed by a number, not the bulletin: the cache holds no bulletin, and so no piece's bytes, of a dataset
 * that is gone.
 */
type Kept = 'visits' | 'paragraphs';
const recent: Record<Kept, Map<number, unknown>> = { visits: new Map(), paragraphs: new Map() };
let accessors = 0;

function parsed(field: Kept, key: number, bytes: Uint8Array): unknown {
  const cache = recent[field];
  let value = cache.get(key);
  if (value) {
    cache.delete(key);
  } else {
    value = JSON.parse(decoder.decode(bytes)) as unknown;
    if (cache.size >= RECENT_BULLETINS) cache.delete(cache.keys().next().value as number);
  }
  cache.set(key, value);
  return value;
}

/**
 * From now on, `bulletin.visits` (or its `paragraphs`) is parsed from `bytes` (the JSON array it was parsed from,
 * or is to be) when read. The caller vouches that the bytes parse to what the field holds now, or would hold: the
 * same text, with no "__proto__" key in it.
 */
export function keepAsBytes(bulletin: Bulletin, bytes: Uint8Array, field: Kept = 'visits'): void {
  const key = accessors++;
  Object.defineProperty(bulletin, field, {
    configurable: true,
    enumerable: true,
    get() {
      return parsed(field, key, bytes);
    },
    set(this: Bulletin, value: unknown) {
      recent[field].delete(key);
      Object.defineProperty(this, field, { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

/** Whether a bulletin's visits are kept as bytes (tests). */
export function keptAsBytes(bulletin: Bulletin): boolean {
  return typeof Object.getOwnPropertyDescriptor(bulletin, 'visits')?.get === 'function';
}

/** Whether a bulletin's paragraphs are kept as bytes (tests). */
export function paragraphsKeptAsBytes(bulletin: Bulletin): boolean {
  return typeof Object.getOwnPropertyDescriptor(bulletin, 'paragraphs')?.get === 'function';
}

const visitIds = new WeakMap<object, ReadonlyMap<string, unknown>>();

/** The ids of a dataset's visits, as they were checked while it loaded: what reads only ids need not parse. */
export function recordVisitIds(dataset: object, ids: ReadonlyMap<string, unknown>): void {
  visitIds.set(dataset, ids);
}

export function visitIdsOf(dataset: object): ReadonlyMap<string, unknown> | undefined {
  return visitIds.get(dataset);
}

/**
 * The visits of many rows, in their order, each bulletin's read once (an export of a whole view: rows in time
 * order interleave bulletins, and reading each row's visit through the cache would parse a bulletin again for
 * each of its rows once more than RECENT_BULLETINS bulletins interleave).
 */
export function visitsOfRows(
  rows: readonly { bulletin: Bulletin; bulletinOrder: number }[],
): ReadonlyVisit[] {
  const read = new Map<Bulletin, readonly ReadonlyVisit[]>();
  return rows.map(({ bulletin, bulletinOrder }) => {
    let visits = read.get(bulletin);
    if (!visits) read.set(bulletin, (visits = bulletin.visits));
    return visits[bulletinOrder] as ReadonlyVisit;
  });
}
