/**
 * The page's way to an index: the builder (index-builder.ts) is code the first paint does not need, so it loads
 * with the data, and a dataset's index is then at hand without waiting.
 */
import type { Dataset } from './schema';
import { prebuildIndex, prebuiltIndex, type DatasetIndex } from './select';
import { runInSlices } from '../lib/slices';

let builder: typeof import('./index-builder') | null = null;

/** Loads the index builder; whoever hands the page a dataset (the dataset and library queries) awaits it first. */
export async function loadIndexBuilder(): Promise<void> {
  builder ??= await import('./index-builder');
}

/** The index of a dataset: the one built as it loaded, else built now (the builder must be loaded). */
export function indexOf(dataset: Dataset): DatasetIndex {
  const ready = prebuiltIndex(dataset);
  if (ready) return ready;
  if (!builder) throw new Error('the index builder is not loaded: await loadIndexBuilder() with the data');
  return builder.buildIndex(dataset);
}

/**
 * The index of a dataset built in slices, with `pause()` between them, and recorded, so that `indexOf(dataset)`
 * then finds it: for a dataset the page makes itself (the bundled data merged with the library), which at 300,000
 * visits takes half a second to index.
 */
export async function indexInSlices(dataset: Dataset, pause: () => Promise<void>): Promise<DatasetIndex> {
  if (!builder) throw new Error('the index builder is not loaded: await loadIndexBuilder() with the data');
  const index = await runInSlices(builder.buildIndexSteps(dataset), pause);
  prebuildIndex(dataset, index);
  return index;
}
