/**
 * The drafting module's gazetteer read from disk (public/gazetteer), for Node: the command, its benchmark and
 * the drafting tests. The browser fetches the same files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// From the project root (npm scripts and Vitest run there; import.meta.url is no file: URL under jsdom).
const gazetteerDir = join(process.cwd(), 'public/gazetteer/');

/** Chunks read so far, frozen: a draft that wrote into one would throw, not change the next draft's reading. */
const chunks = new Map<string, unknown>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * One chunk (`index`, or a prefecture's or county's code); a key of any other shape is refused. Each is read and
 * parsed once (as the browser caches what it fetched): reading the index again for every draft took a third of the
 * time of drafting the development set.
 */
export function readChunk(key: string): unknown {
  if (!/^(?:index|\d{4,6})$/.test(key)) throw new Error(`bad gazetteer key ${key}`);
  let chunk = chunks.get(key);
  if (chunk === undefined) {
    chunk = deepFreeze(JSON.parse(readFileSync(`${gazetteerDir}${key}.json`, 'utf8')) as unknown);
    chunks.set(key, chunk);
  }
  return chunk;
}

/** The same, as the drafting module's `loadChunk`. */
export const loadChunkFromDisk = async (key: string): Promise<unknown> => readChunk(key);
