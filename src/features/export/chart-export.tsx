/**
 * The export buttons of one chart: PNG (at 2×, 3× or 4×), SVG, and copy to the clipboard where the browser can
 * write images. This module is small; the image is made by ./chart-image, loaded on the first click.
 */
import { useState } from 'react';
import { useDataset } from '../../data/dataset-query';
import { useI18n } from '../../i18n/i18n';
import type { ChartHandle } from '../../lib/chart-handle';
import type { ImageFormat } from './chart-image';
import { ExportError, exportErrorMessage } from './export-error';
import { ExportStatusMessage, exportButtonClass, type ExportStatus } from './export-status';
import { saveFile } from './save-file';

export const pngScales = [2, 3, 4] as const;

/** Whether this browser can put an image on the clipboard (the Async Clipboard API with ClipboardItem). */
export function canCopyImages(): boolean {
  return (
    typeof ClipboardItem !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    typeof navigator.clipboard?.write === 'function'
  );
}

export default function ChartExport({ chart }: { chart: ChartHandle }) {
  const { t, lang } = useI18n();
  const { data: dataset } = useDataset();
  const [scale, setScale] = useState<number>(2);
  const [status, setStatus] = useState<ExportStatus>(null);
  const [canCopy] = useState(canCopyImages);
  const busy = status?.kind === 'busy';

  const make = async (format: ImageFormat) => {
    if (!dataset) throw new ExportError('noChart');
    const { makeChartImage } = await import('./chart-image');
    return makeChartImage({ chart, format, scale, lang, t, dataset, search: window.location.search });
  };

  const download = async (format: ImageFormat) => {
    if (busy) return;
    setStatus({ kind: 'busy', text: t('export.working', { what: format.toUpperCase() }) });
    try {
      const { blob, fileName } = await make(format);
      saveFile(blob, fileName);
      setStatus({ kind: 'done', text: t('export.done', { file: fileName }) });
    } catch (error) {
      setStatus({ kind: 'error', text: exportErrorMessage(error, t) });
    }
  };

  const copy = async () => {
    if (busy) return;
    setStatus({ kind: 'busy', text: t('export.working', { what: 'PNG' }) });
    const png = make('png').then((result) => result.blob);
    png.catch(() => undefined);
    try {
      // Ask for the clipboard inside the click (Safari insists) and hand it the image as a promise.
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
      setStatus({ kind: 'done', text: t('export.copied') });
    } catch {
      // When the image itself failed (font, size), say that; otherwise the clipboard refused.
      const cause: unknown = await png.then(
        () => null,
        (error: unknown) => error,
      );
      setStatus({ kind: 'error', text: exportErrorMessage(cause ?? new ExportError('clipboard'), t) });
    }
  };

  return (
    // No role="group" with the chart's name here: the figure around these buttons already names the chart, and a
    // group named after it would also answer to the names of the filter groups (人员, People…).
    <div aria-busy={busy} className="flex max-w-md flex-wrap items-center justify-end gap-2 text-sm">
      <button
        type="button"
        className={exportButtonClass}
        aria-disabled={busy}
        onClick={() => void download('png')}
      >
        {t('export.png')}
      </button>
      <label className="inline-flex items-center gap-1">
        <span className="text-slate-600 dark:text-slate-300">{t('export.scale')}</span>
        <select
          className="rounded border border-slate-300 bg-white px-1 py-1 dark:border-slate-600 dark:bg-slate-900"
          value={scale}
          onChange={(e) => setScale(Number(e.target.value))}
        >
          {pngScales.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className={exportButtonClass}
        aria-disabled={busy}
        onClick={() => void download('svg')}
      >
        {t('export.svg')}
      </button>
      {canCopy && (
        <button type="button" className={exportButtonClass} aria-disabled={busy} onClick={() => void copy()}>
          {t('export.copy')}
        </button>
      )}
      <ExportStatusMessage status={status} />
    </div>
  );
}
