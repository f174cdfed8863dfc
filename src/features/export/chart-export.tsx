/**
 * The export menu of one figure: 导出 opens PNG (at 2×, 3× or 4×), SVG, copy to the clipboard where the browser
 * can write images, and the image's theme (light by default, whatever the page). This module is small; the image
 * is made by ./chart-image, loaded on the first click, from the handle the figure gave (never from the link).
 *
 * The menu is a disclosure that closes as a menu does: on Escape (focus back on 导出), on a press outside it, and
 * once a file is downloaded or the image copied (focus back on 导出, the status says what was saved).
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Button, selectClass } from '../../components/ui/button';
import { useI18n } from '../../i18n/i18n';
import type { ChartHandle } from '../../lib/chart-handle';
import type { ImageFormat } from './chart-image';
import type { ExportPreset } from './svg-serialize';
import { ExportError, exportErrorMessage } from './export-error';
import { ExportStatusMessage, type ExportStatus } from './export-status';
import { saveFile } from '../../lib/save-file';

export const pngScales = [2, 3, 4] as const;
const presets: readonly ExportPreset[] = ['slide', 'report', 'square'];

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
  const [scale, setScale] = useState<number>(2);
  const [dark, setDark] = useState(false);
  const [preset, setPreset] = useState<ExportPreset>('slide');
  const [status, setStatus] = useState<ExportStatus>(null);
  const [canCopy] = useState(canCopyImages);
  const menuId = useId();
  const busy = status?.kind === 'busy';
  const menuRef = useRef<HTMLDetailsElement>(null);
  const summaryRef = useRef<HTMLElement>(null);

  const close = (refocus: boolean) => {
    const menu = menuRef.current;
    if (!menu?.open) return;
    // Focus first: the control that had it is hidden once the menu closes.
    if (refocus) summaryRef.current?.focus();
    menu.open = false;
  };

  // A press anywhere outside the open menu closes it (one listener a menu; it reads the element, not state).
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const menu = menuRef.current;
      if (menu?.open && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  const onMenuKey = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !menuRef.current?.open) return;
    event.preventDefault();
    event.stopPropagation();
    close(true);
  };

  const make = async (format: ImageFormat) => {
    const { makeChartImage } = await import('./chart-image');
    return makeChartImage({ chart, format, scale, lang, dark, preset });
  };

  const download = async (format: ImageFormat) => {
    if (busy) return;
    setStatus({ kind: 'busy', text: t('export.working', { what: format.toUpperCase() }) });
    try {
      const { blob, fileName } = await make(format);
      saveFile(blob, fileName);
      setStatus({ kind: 'done', text: t('export.done', { file: fileName }) });
      close(true);
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
      close(true);
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
    <div aria-busy={busy} className="flex max-w-md flex-col items-end gap-1 text-sm">
      <details ref={menuRef} className="group relative" onKeyDown={onMenuKey}>
        <summary
          ref={summaryRef}
          className="cursor-pointer list-none rounded border border-slate-300 bg-white px-2 py-1 font-medium hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800 [&::-webkit-details-marker]:hidden"
          aria-controls={menuId}
        >
          {t('export.menu')} <span aria-hidden="true">▾</span>
        </summary>
        <div
          id={menuId}
          className="absolute right-0 z-20 mt-1 flex w-56 flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <label className="flex items-center justify-between gap-2">
            <span>{t('export.size')}</span>
            <select
              className={selectClass}
              value={preset}
              onChange={(e) => setPreset(e.target.value as ExportPreset)}
            >
              {presets.map((p) => (
                <option key={p} value={p}>
                  {t(`export.preset.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="flex items-center gap-2">
            <Button aria-disabled={busy} className="flex-1" onClick={() => void download('png')}>
              {t('export.png')}
            </Button>
            <label className="inline-flex items-center gap-1">
              <span className="sr-only">{t('export.scale')}</span>
              <select
                className={selectClass}
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
          </div>
          <Button aria-disabled={busy} onClick={() => void download('svg')}>
            {t('export.svg')}
          </Button>
          {canCopy && (
            <Button aria-disabled={busy} onClick={() => void copy()}>
              {t('export.copy')}
            </Button>
          )}
          <label className="inline-flex items-center gap-2">
            <input type="checkbox" checked={dark} onChange={(e) => setDark(e.target.checked)} />
            {t('export.darkImage')}
          </label>
        </div>
      </details>
      <ExportStatusMessage status={status} />
    </div>
  );
}
