/**
 * Makes the data files of the view (CSV, JSON). Loaded by the data export buttons on first click: it holds the
 * schema (zod), which the page's first load does without.
 */
import { formatPath } from '../../data/parse-dataset';
import { datasetSchema } from '../../data/schema';
import type { DatasetIndex, Filters, View } from '../../data/select';
import type { Lang, T } from '../../i18n/i18n';
import { suppliesTable, toCsv, visitsTable } from './csv';
import { ExportError } from './export-error';
import { datasetSlug } from '../../data/view-words';
import { exportFileName } from './file-name';
import { datasetJson, viewDataset } from './json-view';
import { isolating } from '../../lib/bidi';

/** The visits as CSV, their supplies as CSV (one row each), or the view as a dataset (JSON). */
export type DataFormat = 'csv' | 'supplies-csv' | 'json';

export function makeDataFile(request: {
  format: DataFormat;
  index: DatasetIndex;
  view: View;
  filters: Filters;
  lang: Lang;
  t: T;
  now?: Date;
}): { blob: Blob; fileName: string } {
  const { format, index, view, filters, lang, t } = request;
  if (view.rows.length === 0) throw new ExportError('empty');
  const fileName = exportFileName({
    dataset: datasetSlug(index),
    subject: format === 'supplies-csv' ? 'supplies' : 'visits',
    filters,
    date: request.now ?? new Date(),
    ext: format === 'json' ? 'json' : 'csv',
  });
  if (format !== 'json') {
    const table = format === 'csv' ? visitsTable : suppliesTable;
    // A name put into the page's words (谭喜华（带队）) is isolated: its direction never turns the role round.
    const csv = toCsv(table(index, view.rows, lang, isolating(t)));
    return { blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName };
  }
  const dataset = viewDataset(index, view.rows);
  if (!dataset) throw new ExportError('empty');
  // The file is the public format: it must pass the same checks as a dataset the page loads, or it is not written.
  const checked = datasetSchema.safeParse(dataset);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new ExportError(
      'invalid',
      issue ? `${formatPath(issue.path) || '(root)'}: ${issue.message}` : 'unknown',
    );
  }
  return { blob: new Blob([datasetJson(dataset)], { type: 'application/json;charset=utf-8' }), fileName };
}
