/**
 * A chart as a figure: its finding as the title (what it shows in this view), what it is and its unit, the export
 * menu, a legend that filters, the bars (or, where every bar would be the same, a sentence that says so), and the
 * same numbers as a table that is always there (the text alternative), each row one click from its sentence.
 */
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { SourceButton } from '../../components/ui/source-button';
import { useI18n } from '../../i18n/i18n';
import type { ChartHandle, DrawnFigure, RenderChartActions, ViewCaption } from '../../lib/chart-handle';
import type { Measure } from '../../lib/text-metrics';
import { isolate, isolating } from '../../lib/bidi';
import { listJoin, listSeparator } from '../../lib/format';
import { usePageActions } from '../../lib/page-actions';
import { HorizontalBarChart } from './bar-chart';
import { ColumnChart } from './column-chart';
import type { DrawingProps } from './chart-frame';
import { chartChromeSelector, chartTextClass } from './chart-style';
import { chartHeight } from './models/layout';
import { hasData, type ChartModel, type ChartRow } from './models/rows';
import { numbersSentence } from './models/words';
import { namesInCell } from './models/models';
import { useElementWidth } from '../../lib/use-element-width';
import { useNearViewport, usePrinting } from './use-near-viewport';

/** Width the chart takes where layout gives none (jsdom). */
const fallbackWidth = 640;

export type FigureColumns = {
  /** Header of the first column: what a row is (district, person, place…). */
  label: string;
  /** Header of the second column, when the rows have a detail (role, supply type). */
  detail?: string;
  /** The first cell of a row; by default the row's full label. */
  renderLabel?: (row: ChartRow) => React.ReactNode;
};

type Props = {
  model: ChartModel;
  columns: FigureColumns;
  caption: ViewCaption;
  renderActions?: RenderChartActions;
};

export const ChartFigure = memo(function ChartFigure({ model, columns, caption, renderActions }: Props) {
  const { t: pageT, lang } = useI18n();
  const t = isolating(pageT);
  const { filterBy, filterDates } = usePageActions();
  const Drawing = model.drawing === 'columns' ? ColumnChart : HorizontalBarChart;
  const [measureRef, width] = useElementWidth<HTMLDivElement>(fallbackWidth);
  const [figureRef, near] = useNearViewport<HTMLElement>();
  // The chart's box, held as state (a callback ref): the handle finds the chart's own <svg> in it when asked.
  const [chartBox, setChartBox] = useState<HTMLDivElement | null>(null);
  const sentence = numbersSentence(model, t, lang);
  // The chart as this figure draws it, on screen and for an image: its model, its finding as the title, its numbers.
  const drawing = (at: Pick<DrawingProps, 'width' | 'height' | 'measure' | 'onRow'>) => (
    <Drawing model={model} title={model.finding} desc={sentence} {...at} />
  );
  // Drawings asked for by the export: each at a fixed size, off screen, until the export disposes of it.
  const [offscreen, setOffscreen] = useState<OffscreenRequest[]>([]);
  const drawAt = useCallback(
    (size: { width: number; height: number }, measure: Measure) =>
      new Promise<DrawnFigure>((resolve, reject) => {
        const request: OffscreenRequest = { id: Math.random(), size, measure, resolve, reject };
        setOffscreen((list) => [...list, request]);
      }),
    [],
  );
  const dispose = useCallback((id: number) => setOffscreen((list) => list.filter((r) => r.id !== id)), []);

  const handle = useMemo<ChartHandle>(
    () => ({
      id: model.id,
      title: model.title,
      finding: model.finding,
      unit: t('export.unit', { unit: model.unit }),
      legend: model.legend.map(({ label, color }) => ({ label, color })),
      caption,
      // The chart's own node: looked up when asked, as the chart redraws its <svg> when the view changes.
      getSvg: () => chartBox?.querySelector('svg') ?? null,
      chromeSelector: chartChromeSelector,
      texts: [model.unit, ...model.chartRows.map((r) => r.label)],
      drawAt,
    }),
    [model, caption, t, chartBox, drawAt],
  );
  const onRow = useCallback(
    (row: ChartRow) => {
      if (row.facet) filterBy(row.facet.key, row.facet.id);
      else if (row.period) filterDates?.(row.period);
    },
    [filterBy, filterDates],
  );
  const drawable = hasData(model) && model.uniform === null;
  const draw = near;

  return (
    <figure
      ref={figureRef}
      aria-label={`${model.title}${lang === 'zh' ? '：' : ': '}${model.finding}`}
      data-chart={model.id}
      className={`offscreen-lazy print-full flex min-w-0 flex-wrap content-start items-start gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-card shadow-sm dark:border-slate-700 dark:bg-slate-900 ${chartTextClass}`}
    >
      <figcaption className="min-w-[12rem] flex-1">
        <span className="block text-sm font-medium text-slate-600 dark:text-slate-300">{model.title}</span>
        <span className="block text-lg font-semibold leading-snug text-slate-900 dark:text-slate-50">
          {model.finding}
        </span>
        <span className="block text-sm">{t('export.unit', { unit: model.unit })}</span>
      </figcaption>
      <div data-export-ignore className="no-print flex min-w-0 max-w-full flex-wrap gap-2">
        {drawable && renderActions?.(handle)}
      </div>

      <div className="w-full min-w-0">
        {!hasData(model) ? (
          <p className="py-6 text-center">{t('charts.empty')}</p>
        ) : model.uniform !== null ? (
          <p className="rounded bg-slate-50 px-3 py-2 text-sm dark:bg-slate-800">{t('charts.uniformNote')}</p>
        ) : (
          <ul aria-label={t('charts.legend')} className="mb-2 flex flex-wrap gap-x-3 gap-y-1 text-sm">
            {model.legend.map((entry) => (
              <li key={entry.id}>
                {entry.facet ? (
                  <button
                    type="button"
                    title={t('charts.filterBy', { name: entry.facet.name })}
                    onClick={() => entry.facet && filterBy(entry.facet.key, entry.facet.id)}
                    className="inline-flex items-center gap-1.5 rounded px-1 text-left hover:bg-slate-100 dark:hover:bg-slate-800"
                  >
                    <Swatch color={entry.color} />
                    <bdi>{entry.label}</bdi>
                  </button>
                ) : (
                  <span className="inline-flex items-center gap-1.5 px-1">
                    <Swatch color={entry.color} />
                    <bdi>{entry.label}</bdi>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {/* On paper the table stands beside the drawing where both fit (the drawing keeps the width it has on
            screen), and below it where they do not: a figure took a page's height with its table below, and
            left the rest of the page empty. */}
        <div className="print:flex print:flex-wrap print:items-start print:gap-x-4">
          {drawable && (
            <div className="print:max-w-full print:flex-none">
              <div ref={measureRef} className="w-full overflow-hidden">
                <div ref={setChartBox} className="chart-box">
                  {/* As wide and as tall as the drawing to come: on paper the table beside it keeps its place. */}
                  {width !== null && !draw && <div style={{ height: chartHeight(model), width }} />}
                  {width !== null && draw && drawing({ width, onRow })}
                </div>
              </div>
              {model.chartRows.length < model.totalRows && (
                <p className="mt-1 text-sm">
                  {t('charts.omitted', { shown: model.chartRows.length, total: model.totalRows })}
                </p>
              )}
            </div>
          )}
          {/* The table is there from the start, near the screen or not: it is the figure's text, and a page
              printed at once (a headless page.pdf() gives the page no event before it counts the pages) must not
              grow after its pages were counted, or the printout stops early. */}
          {model.rows.length > 0 && <DataTable model={model} columns={columns} onRow={onRow} />}
        </div>
      </div>
      {offscreen.map((request) => (
        <OffscreenChart key={request.id} request={request} drawing={drawing} dispose={dispose} />
      ))}
    </figure>
  );
});

/** Rows of a chart's table in the page before "show all". */
export const TABLE_FIRST_ROWS = 25;

type OffscreenRequest = {
  id: number;
  size: { width: number; height: number };
  measure: Measure;
  resolve: (drawn: DrawnFigure) => void;
  reject: (error: Error) => void;
};

/**
 * The chart drawn again for an image, out of sight, in the figure's text colour, at the size asked; handed over
 * once its bars are in the page.
 */
function OffscreenChart({
  request,
  drawing,
  dispose,
}: {
  request: OffscreenRequest;
  /** The figure's own chart, at the size asked. */
  drawing: (at: Pick<DrawingProps, 'width' | 'height' | 'measure' | 'onRow'>) => ReactNode;
  dispose: (id: number) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let frames = 0;
    let raf = 0;
    const look = () => {
      const svg = host.current?.querySelector('svg');
      if (svg && (svg.querySelector('path, rect') || frames > 30)) {
        request.resolve({ svg, dispose: () => dispose(request.id) });
        return;
      }
      frames += 1;
      if (frames > 120) {
        request.reject(new Error('the chart did not draw'));
        dispose(request.id);
        return;
      }
      raf = requestAnimationFrame(look);
    };
    raf = requestAnimationFrame(look);
    return () => cancelAnimationFrame(raf);
  }, [request, dispose]);
  return createPortal(
    <div
      ref={host}
      aria-hidden="true"
      className={chartTextClass}
      style={{ position: 'absolute', left: -100_000, top: 0, width: request.size.width }}
    >
      {drawing({ ...request.size, measure: request.measure, onRow: () => undefined })}
    </div>,
    document.body,
  );
}

/**
 * A list in a table cell: the first items (`namesInCell`), and a button that shows the rest and hides them again;
 * on paper, all of them. Laying out a place's 500 names in every row took 80 ms of one frame; the place's row also
 * filters the page to its visits.
 */
function ClippedList({
  items,
  what,
  printing,
}: {
  items: readonly string[];
  /** What the items are of (the place), for the button's name. */
  what: string;
  printing: boolean;
}) {
  const { t: pageT, lang } = useI18n();
  const t = isolating(pageT);
  const [all, setAll] = useState(false);
  // Each name isolated from the next: one name's direction never reorders the names after it.
  if (items.length <= namesInCell || printing) return <bdi>{listJoin(items.map(isolate), lang)}</bdi>;
  const shown = all ? items : items.slice(0, namesInCell);
  return (
    <>
      <bdi>{listJoin(shown.map(isolate), lang)}</bdi>
      {all ? ' ' : listSeparator(lang)}
      <button
        type="button"
        aria-expanded={all}
        // One name whether open or not (the state is aria-expanded), and it says which row it is in.
        aria-label={t('charts.allNames', { count: items.length, place: what })}
        onClick={() => setAll(!all)}
        className="no-print underline decoration-dotted underline-offset-2 hover:decoration-solid"
      >
        {all ? t('charts.fewer') : t('charts.finding.more', { count: items.length - namesInCell })}
      </button>
    </>
  );
}

function Swatch({ color }: { color: string }) {
  return (
    <span
      aria-hidden="true"
      // A printer drops background colours unless told to keep them: the legend needs its colours on paper too.
      className="inline-block h-3 w-3 shrink-0 rounded-sm [print-color-adjust:exact]"
      style={{ background: color }}
    />
  );
}

/**
 * The chart's numbers as a table: the text alternative, always in the page (no need to open anything), in a box
 * that scrolls when long, and printed in full.
 */
function DataTable({
  model,
  columns,
  onRow,
}: {
  model: ChartModel;
  columns: FigureColumns;
  onRow: (row: ChartRow) => void;
}) {
  const t = isolating(useI18n().t);
  const grouped = model.colorBy === 'series';
  const name = t('charts.tableCaption', { title: model.title, unit: model.unit });
  // The first rows are in the page at once; the rest on request, or for print (a large view would otherwise put
  // hundreds of rows in every table on each filter change).
  const [all, setAll] = useState(false);
  const printing = usePrinting();
  const rows = all || printing ? model.rows : model.rows.slice(0, TABLE_FIRST_ROWS);
  const countColumn = grouped && model.id !== 'people-places' && model.id !== 'quantities';
  const columnCount = 1 + (columns.detail ? 1 : 0) + (countColumn ? 1 : 0) + model.series.length;
  return (
    <div
      // On paper, beside the drawing only with room for every column (7rem each); below it otherwise.
      style={{ '--print-min-width': `${columnCount * 7}rem` } as React.CSSProperties}
      className="print-full mt-3 max-h-72 overflow-auto text-sm print:mt-0 print:max-h-none print:min-w-[min(100%,var(--print-min-width))] print:flex-1"
      tabIndex={0}
      role="region"
      aria-label={name}
    >
      {/* Words break where they may (keep-all), and inside a word only where a column would not fit otherwise:
          the table then fits its box at any width the page gives a chart (1280 px, 1920 px), no column cut. On a
          phone no word or number is cut (走访次数 stood one character a line): the table scrolls sideways in its box. */}
      <table className="w-full border-collapse break-keep text-left [overflow-wrap:anywhere] max-sm:[overflow-wrap:normal]">
        <caption className="mb-1 text-left text-xs">{name}</caption>
        <thead className="sticky top-0 bg-slate-50 dark:bg-slate-800">
          <tr>
            <th scope="col" className="p-1.5">
              {columns.label}
            </th>
            {columns.detail && (
              <th scope="col" className="p-1.5">
                {columns.detail}
              </th>
            )}
            {countColumn && (
              <th scope="col" className="p-1.5 text-right">
                {t('charts.col.visits')}
              </th>
            )}
            {model.series.map((series) => (
              // A long district name wraps in its header, not one character a line (on a phone, where the table
              // scrolls sideways, in a wider column); the roles of "who went where" (带队, 随行单位) wrap as needed,
              // leaving the places and names their room.
              <th
                key={series.key}
                scope="col"
                className={`p-1.5 text-right ${grouped && model.id !== 'people-places' ? 'min-w-[5rem] max-sm:min-w-[7rem]' : ''}`}
              >
                {grouped ? <bdi>{series.label}</bdi> : model.unit}
              </th>
            ))}
            {/* Its buttons are not printed, nor is their column. */}
            <th scope="col" className="p-1.5 print:hidden">
              {t('charts.col.source')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-200 align-top dark:border-slate-700">
              <th scope="row" className="p-1.5 text-left font-normal [overflow-wrap:normal]">
                {row.facet || row.period ? (
                  <button
                    type="button"
                    title={
                      row.facet
                        ? t('charts.filterBy', { name: row.facet.name })
                        : t('charts.filterDates', { name: row.fullLabel })
                    }
                    onClick={() => onRow(row)}
                    className="text-left underline decoration-dotted underline-offset-2 hover:decoration-solid"
                  >
                    <bdi>{columns.renderLabel ? columns.renderLabel(row) : row.fullLabel}</bdi>
                  </button>
                ) : (
                  <bdi>{columns.renderLabel ? columns.renderLabel(row) : row.fullLabel}</bdi>
                )}
              </th>
              {columns.detail && (
                <td className="p-1.5">
                  {row.detailItems ? (
                    <ClippedList items={row.detailItems} what={row.label} printing={printing} />
                  ) : (
                    <bdi>{row.detail}</bdi>
                  )}
                </td>
              )}
              {countColumn && <td className="p-1.5 text-right tabular-nums">{row.visits}</td>}
              {model.series.map((series) => (
                <td key={series.key} className="p-1.5 text-right tabular-nums">
                  {row[series.key] ?? 0}
                </td>
              ))}
              <td className="p-1.5 print:hidden">
                {row.evidence && <SourceButton evidence={row.evidence} what={row.fullLabel} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length < model.rows.length && (
        <button type="button" className="no-print mt-1 underline" onClick={() => setAll(true)}>
          {t('charts.tableAll', { count: model.rows.length })}
        </button>
      )}
      {/* How many rows are shown, as the chart says of its bars: alike in shape, each in its own words. */}
      {model.rows.length < model.totalRows && (
        <p className="mt-1">
          {t('charts.tableOmitted', { shown: model.rows.length, total: model.totalRows })}
        </p>
      )}
    </div>
  );
}
