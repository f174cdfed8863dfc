/**
 * Drafting a bulletin of the genre into the dataset format, in stages (assemble.ts says which file holds each):
 * normalise -> sections -> the mentions of each sentence -> visits -> places resolved -> the dataset. No DOM and no
 * Node API, so it runs in the browser, in a worker and under Node. The gazetteer is fetched through `loadChunk`.
 */
import { assemble, type DraftOptions, type DraftResult } from './assemble';
import type { GazetteerChunk, GazetteerIndex } from './gazetteer';
import { normalise } from './normalise';
import { chunksFor, type Gazetteer } from './resolve';

export type { DraftOptions, DraftResult, DraftWarning } from './assemble';
export type { Gazetteer } from './resolve';
export type { GazetteerChunk, GazetteerIndex } from './gazetteer';

export interface DraftBulletinOptions extends DraftOptions {
  /** Loads "index" or a chunk key ("4309") of public/gazetteer; without it places get no division code. */
  loadChunk?: (key: string) => Promise<unknown>;
}

/** The synchronous core: the text, the options, and whatever gazetteer chunks are already loaded. */
export function draftSync(text: string, options: DraftOptions = {}, gazetteer?: Gazetteer): DraftResult {
  return assemble(text, options, gazetteer);
}

/** Which gazetteer chunks a text needs (keys for `loadChunk`), given the index. */
export function gazetteerKeys(index: GazetteerIndex, text: string, publisher?: string): string[] {
  return chunksFor(index, normalise(`${text}\n${publisher ?? ''}`).text);
}

export async function draftBulletin(text: string, options: DraftBulletinOptions = {}): Promise<DraftResult> {
  const { loadChunk, ...rest } = options;
  let gazetteer: Gazetteer | undefined;
  if (loadChunk) {
    const index = (await loadChunk('index')) as GazetteerIndex;
    const keys = gazetteerKeys(index, text, options.publisher);
    const chunks = (await Promise.all(keys.map((k) => loadChunk(k)))) as GazetteerChunk[];
    gazetteer = { index, chunks };
  }
  return draftSync(text, rest, gazetteer);
}
