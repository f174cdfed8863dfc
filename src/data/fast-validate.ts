/**
 * A fast yes/no answer to "would zod accept this?", for the large files where zod itself is the slow part.
 *
 * The page's Content-Security-Policy forbids `new Function`, so zod runs without its compiled fast path: about
 * 4 s for 100,000 visits, most of it allocating the results and issues that a valid file never needs. The check
 * here is compiled at build time instead: Ajv's standalone code from public/data/dataset.schema.json, itself
 * generated from the zod schema (`npm run data:schema` writes both; scripts/validator-code.ts). Plain functions, no
 * output, nothing read from zod's insides; `fast-validate.test.ts` holds their verdicts to zod's on thousands of
 * generated inputs, and `scripts/gen-schema.test.ts` fails when the committed validator is out of date.
 *
 * The structure only: the whole-file rules (ids, references, evidence) are `checkDataset`'s. A "no" says nothing
 * about why: the caller then asks zod, for its issues and paths.
 */
import { datasetShape } from './schema';
import * as compiled from './dataset-validator.gen';

export type Check = (value: unknown) => boolean;

/** Per top-level array of the schema, the check of one element. */
const elementChecks: Record<string, Check> = compiled.itemChecks;

/**
 * The check of one element of the top-level array `key`: null for a field of the dataset that is no array (its
 * "elements" are refused), undefined for a key the schema does not know (zod leaves it out: nothing to check).
 */
export function elementCheck(key: string): Check | null | undefined {
  if (!Object.hasOwn(datasetShape.shape, key)) return undefined;
  return Object.hasOwn(elementChecks, key) ? (elementChecks[key] ?? null) : null;
}

/**
 * The dataset's structure, without the whole-file rules: the elements of a top-level array in `checked` are taken
 * as checked already (they were, one by one, as they arrived); only the array itself is.
 */
export function shapeAccepts(raw: unknown, checked: ReadonlySet<unknown> = new Set()): boolean {
  if (!compiled.datasetShell(raw)) return false;
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(elementChecks)) {
    const value = record[key] as readonly unknown[];
    if (checked.has(value)) continue;
    const check = elementChecks[key] as Check;
    for (let i = 0; i < value.length; i += 1) if (!check(value[i])) return false;
  }
  return true;
}
