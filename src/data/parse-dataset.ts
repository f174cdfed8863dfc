/**
 * Turns the text of a dataset file into a valid Dataset or a DatasetLoadError that names what is wrong.
 * It holds zod, so dataset-query.ts loads it on demand, keeping the schema library out of the first paint.
 */
import { DatasetLoadError, jsonErrorLocation } from './load-error';
import { datasetSchema, SCHEMA_VERSION, type Dataset } from './schema';

export const MAX_LISTED_ISSUES = 5;

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => {
    if (typeof part === 'number') return `${out}[${part}]`;
    const name = String(part);
    return out === '' ? name : `${out}.${name}`;
  }, '');
}

export function parseDatasetText(text: string, url: string): Dataset {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html'))
    throw new DatasetLoadError({ kind: 'html', url });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError({ kind: 'json', url, ...jsonErrorLocation(text, error) });
  }
  return validateDataset(raw);
}

export function validateDataset(raw: unknown): Dataset {
  if (
    raw !== null &&
    typeof raw === 'object' &&
    'schemaVersion' in raw &&
    raw.schemaVersion !== SCHEMA_VERSION
  ) {
    throw new DatasetLoadError({
      kind: 'version',
      found: JSON.stringify(raw.schemaVersion),
      known: SCHEMA_VERSION,
    });
  }
  const result = datasetSchema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
  }));
  throw new DatasetLoadError({
    kind: 'schema',
    issues: issues.slice(0, MAX_LISTED_ISSUES),
    count: issues.length,
  });
}
