/** Test helper: a gazetteer loader that reads public/gazetteer from disk (tests only; the module itself uses no Node API). */
import { readFileSync } from 'node:fs';

export const loadChunkFromDisk = async (key: string): Promise<unknown> =>
  JSON.parse(readFileSync(`${process.cwd()}/public/gazetteer/${key}.json`, 'utf8')) as unknown;
