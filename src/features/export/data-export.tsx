/**
 * Export of the data in view: CSV (one row per visit, and one row per supply with its quantity and unit, for
 * spreadsheets and statistics) and JSON (the view as a dataset of the
 * public format). The files are made by ./data-file, loaded on the first click.
 */
import { useId, useState } from 'react';
import type { DatasetIndex, Filters, View } from '../../data/select';
import { useI18n } from '../../i18n/i18n';
import type { DataFormat } from './data-file';
import { exportErrorMessage } from './export-error';
import { Button } from '../../components/ui/button';
import { ExportStatusMessage, type ExportStatus } from './export-status';
import { saveFile } from '../../lib/save-file';

export default function DataExport({
  index,
  view,
  filters,
}: {
  index: DatasetIndex;
  view: View;
  filters: Filters;
}) {
  const { t, lang } = useI18n();
  const labelId = useId();
  const [status, setStatus] = useState<ExportStatus>(null);
  const busy = status?.kind === 'busy';

  const run = async (format: DataFormat) => {
    if (busy) return;
    setStatus({ kind: 'busy', text: t('export.working', { what: format === 'json' ? 'JSON' : 'CSV' }) });
    try {
      const { makeDataFile } = await import('./data-file');
      const { blob, fileName } = makeDataFile({ format, index, view, filters, lang, t });
      saveFile(blob, fileName);
      setStatus({ kind: 'done', text: t('export.done', { file: fileName }) });
    } catch (error) {
      setStatus({ kind: 'error', text: exportErrorMessage(error, t) });
    }
  };

  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-busy={busy}
      className="no-print flex flex-wrap items-center gap-2 text-sm"
    >
      <span id={labelId} className="text-slate-700 dark:text-slate-300">
        {t('export.data', { count: view.rows.length })}
      </span>
      <Button aria-disabled={busy} onClick={() => void run('csv')}>
        {t('export.csv')}
      </Button>
      <Button aria-disabled={busy} onClick={() => void run('supplies-csv')}>
        {t('export.csvSupplies')}
      </Button>
      <Button aria-disabled={busy} onClick={() => void run('json')}>
        {t('export.json')}
      </Button>
      <span className="w-full text-xs text-slate-600 dark:text-slate-300">{t('export.csvNote')}</span>
      <ExportStatusMessage status={status} />
    </div>
  );
}
