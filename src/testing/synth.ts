/**
 * Synthetic datasets for tests, over the Yiyang divisions (data/divisions/yiyang.json): the generator of the
 * benchmarks (scripts/synth-lib.ts), read once here rather than in every test file.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { synthDataset, type Division } from '../../scripts/synth-lib';
import type { WritableDataset } from '../data/schema';
import { type DatasetIndex } from '../data/select';
import { buildIndex } from '../data/index-builder';

let divisions: Division[] | null = null;

/** The divisions of Yiyang, as the benchmarks use them. */
export function yiyangDivisions(): Division[] {
  divisions ??= JSON.parse(
    readFileSync(resolve(process.cwd(), 'data/divisions/yiyang.json'), 'utf8'),
  ) as Division[];
  return divisions;
}

/** A synthetic dataset of `visits` visits (the same for the same seed). */
export function synthYiyang(visits: number, seed = 1): WritableDataset {
  return synthDataset({ visits, seed, divisions: yiyangDivisions() });
}

/**
 * For a property test: a synthetic dataset's seed and number of visits, which fast-check prints with a failure
 * (`synthYiyang(visits, seed)` makes the dataset again).
 */
export const anySynth = (visits: { min: number; max: number }) =>
  fc.record({ seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }), visits: fc.integer(visits) });

/** Its index. */
export function synthIndex(visits: number, seed = 1): DatasetIndex {
  return buildIndex(synthYiyang(visits, seed));
}
