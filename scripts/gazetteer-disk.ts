/**
 * The drafting module's gazetteer read from disk (public/gazetteer), for Node: the command, its benchmark and
 * the drafting tests. The browser fetches the same files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// From the project root (npm scripts and Vitest run there; import.meta.url is no file: URL under jsdom).
const gazetteerDir = join(process.cwd(), 'public/gazetteer/');

/** One chunk (`index`, or a prefecture's or county's code); a key of any other shape is refused. */
export function readChunk(key: string): unknown {
  if (!/^(?:index|\d{4,6})$/.test(key)) throw new Error(`bad gazetteer key ${key}`);
  return JSON.parse(readFileSync(`${gazetteerDir}${key}.json`, 'utf8')) as unknown;
}

/** The same, as the drafting module's `loadChunk`. */
export const loadChunkFromDisk = async (key: string): Promise<unknown> => readChunk(key);
