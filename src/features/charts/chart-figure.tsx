/**
 * A chart as a figure: caption (title and unit), the export toolbar, a legend that filters, the bars, and the
 * same numbers as a table (the text alternative), each row one click from its sentence in the source.
 */
import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { ChartHandle, RenderChartActions } from '../../lib/chart-handle';
import { usePageActions } from '../../lib/page-actions';
import { HorizontalBarChart } from './bar-chart';
import { chartHeight, hasData, type ChartModel, type ChartRow } from './chart-data';
import { chartTextClass } from './chart-theme';
import { useElementWidth } from './use-element-width';
import { useNearViewport } from './use-near-viewport';

/** Width the chart takes where layout gives none (jsdom). */
const fallbackWidth = 640;

export type FigureColumns = {
  /** Header of the first column: what a row is (district, person, place…). */
  label: string;
  /** Header of the second column, when the rows have a detail (role, supply type). */
  detail?: string;
  /** The first cell of a row; by default the row's full label. */
  renderLabel?: (row: ChartRow) => ReactNode;
};

type Props = {
  model: ChartModel;
  title: string;
  columns: FigureColumns;
  renderActions?: RenderChartActions;
};

export function ChartFigure({ model, title, columns, renderActions }: Props) {
  const { t } = useI18n();
  const { filterBy } = usePageActions();
  const [measureRef, width] = useElementWidth<HTMLDivElement>(fallbackWidth);
  const [figureRef, near] = useNearViewport<HTMLElement>();
  const unit = t('charts.unit');
  const titleId = useId();
  const chartId = useId();

  const handle = useMemo<ChartHandle>(
    () => ({
      id: model.id,
      title,
      unit,
      legend: model.legend.map(({ label, color }) => ({ label, color })),
      // Looked up when asked (not held in a ref): the chart redraws its <svg> as the view changes.
      getSvg: () =>
        document.getElementById(chartId)?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null,
    }),
    [model.id, model.legend, title, unit, chartId],
  );
  const onRow = useCallback((row: ChartRow) => filterBy(row.facet.key, row.facet.id), [filterBy]);
  const drawable = hasData(model);

  return (
    <figure
      ref={figureRef}
      aria-labelledby={titleId}
      className={`offscreen-lazy print-full flex min-w-0 flex-wrap items-start gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-card shadow-sm dark:border-slate-700 dark:bg-slate-900 ${chartTextClass}`}
    >
      <figcaption className="min-w-[12rem] flex-1">
        <span id={titleId} className="block font-semibold text-slate-900 dark:text-slate-100">
          {title}
        </span>
        <span className="block text-sm">{t('charts.unitLabel')}</span>
      </figcaption>
      <div data-export-ignore className="no-print flex min-w-0 max-w-full flex-wrap gap-2">
        {renderActions?.(handle)}
      </div>

      <div className="w-full min-w-0">
        {!drawable ? (
          <p className="py-6 text-center">{t('charts.empty')}</p>
        ) : (
          <>
            <ul aria-label={t('charts.legend')} className="mb-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
              {model.legend.map((entry) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    title={t('charts.filterBy', { name: entry.facet.name })}
                    onClick={() => filterBy(entry.facet.key, entry.facet.id)}
                    className="inline-flex items-center gap-1.5 rounded px-1 hover:bg-slate-100 dark:hover:bg-slate-800"
                  >
                    <span
                      aria-hidden="true"
                      className="inline-block h-3 w-3 rounded-sm"
                      style={{ background: entry.color }}
                    />
                    {entry.label}
                  </button>
                </li>
              ))}
            </ul>
            <div
              ref={measureRef}
              className="w-full overflow-hidden print:[&_.recharts-wrapper]:h-auto! print:[&_.recharts-wrapper]:w-full! print:[&_svg.recharts-surface]:h-auto!"
            >
              <div id={chartId}>
                {width !== null && !near && <div style={{ height: chartHeight(model) }} />}
                {width !== null && near && (
                  <HorizontalBarChart
                    model={model}
                    width={width}
                    title={title}
                    desc={t('charts.unitNote')}
                    onRow={onRow}
                  />
                )}
              </div>
            </div>
            {model.chartRows.length < model.totalRows && (
              <p className="mt-1 text-sm">
                {t('charts.omitted', { shown: model.chartRows.length, total: model.totalRows })}
              </p>
            )}
          </>
        )}

        {model.rows.length > 0 && <DataTable model={model} title={title} columns={columns} onRow={onRow} />}
      </div>
    </figure>
  );
}

/**
 * The chart's numbers as a table: the text alternative, and where each row's sentence is one click away. Drawn
 * only while open, so that a large view does not put hundreds of hidden rows in the page.
 */
function DataTable({
  model,
  title,
  columns,
  onRow,
}: {
  model: ChartModel;
  title: string;
  columns: FigureColumns;
  onRow: (row: ChartRow) => void;
}) {
  const { t } = useI18n();
  const { showEvidence } = usePageActions();
  const [open, setOpen] = useState(false);
  const grouped = model.colorBy === 'series';
  return (
    <details className="print-full mt-3 text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer select-none font-medium">{t('charts.table')}</summary>
      {open && (
        <div
          className="mt-2 overflow-x-auto"
          tabIndex={0}
          role="group"
          aria-label={t('charts.tableCaption', { title })}
        >
          <table className="w-full border-collapse break-keep text-left">
            <caption className="mb-1 text-left text-xs">{t('charts.tableCaption', { title })}</caption>
            <thead className="bg-slate-50 dark:bg-slate-800">
              <tr>
                <th scope="col" className="p-1.5">
                  {columns.label}
                </th>
                {columns.detail && (
                  <th scope="col" className="p-1.5">
                    {columns.detail}
                  </th>
                )}
                {grouped && (
                  <th scope="col" className="p-1.5 text-right">
                    {t('charts.col.visits')}
                  </th>
                )}
                {model.series.map((series) => (
                  <th key={series.key} scope="col" className="p-1.5 text-right">
                    {grouped ? series.label : t('charts.col.visits')}
                  </th>
                ))}
                <th scope="col" className="p-1.5">
                  {t('charts.col.source')}
                </th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-200 dark:border-slate-700">
                  <th scope="row" className="p-1.5 text-left font-normal">
                    <button
                      type="button"
                      title={t('charts.filterBy', { name: row.facet.name })}
                      onClick={() => onRow(row)}
                      className="text-left underline decoration-dotted underline-offset-2 hover:decoration-solid"
                    >
                      {columns.renderLabel ? columns.renderLabel(row) : row.fullLabel}
                    </button>
                  </th>
                  {columns.detail && <td className="p-1.5">{row.detail}</td>}
                  {grouped && <td className="p-1.5 text-right tabular-nums">{row.visits}</td>}
                  {model.series.map((series) => (
                    <td key={series.key} className="p-1.5 text-right tabular-nums">
                      {row[series.key] ?? 0}
                    </td>
                  ))}
                  <td className="p-1.5">
                    {row.evidence && (
                      <SourceButton
                        what={row.fullLabel}
                        quote={row.evidence.quote}
                        onClick={() => row.evidence && showEvidence(row.evidence)}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {model.rows.length < model.totalRows && (
            <p className="mt-1">
              {t('charts.tableOmitted', { shown: model.rows.length, total: model.totalRows })}
            </p>
          )}
        </div>
      )}
    </details>
  );
}

function SourceButton({ what, quote, onClick }: { what: string; quote: string; onClick: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      aria-label={t('charts.sourceOf', { what })}
      title={quote}
      onClick={onClick}
      className="no-print whitespace-nowrap rounded border border-slate-300 px-1.5 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {t('charts.source')}
    </button>
  );
}
