/**
 * Layout that depends on the data: the width of the category axis, how many lines its labels take, the height of
 * the chart. Widths come from a `Measure` (lib/text-metrics): the canvas with the page's font in the browser, so
 * that no label touches or crosses the axis in either language; the estimate in tests.
 */
import { nice, ticks } from 'd3-array';
import { estimateWidth, fitText, wrapText, type Measure } from '../../../lib/text-metrics';
import type { ChartModel } from './rows';

/** Indentation of the place tree's labels, per level, in px. */
export const indentPx = 12;
/** Space between a label and the axis line, in px. */
export const labelGap = 10;
/** Space for the value axis and its unit below the bars, and a little above. */
export const valueAxisHeight = 48;
export const chartMarginTop = 8;
export const chartMarginLeft = 4;
/** Room right of the longest bar for its value label. */
export const chartMarginRight = 36;

/** Width a row's label may take on an axis of `axisWidth`: less the indentation and the gap to the axis. */
export function labelRoom(axisWidth: number, depth: number): number {
  return axisWidth - labelGap - chartMarginLeft - 2 - depth * indentPx;
}

/** A label on at most two lines that fit `room`: broken between words or CJK characters, the rest cut with …. */
export function labelLines(
  text: string,
  room: number,
  fontPx: number,
  measure: Measure = estimateWidth,
): string[] {
  if (measure(text, fontPx, 400) <= room) return [text];
  const lines = wrapText(text, room, { fontSize: fontPx, measure, maxLines: 2 });
  return lines.length > 0 ? lines : [fitText(text, room, { fontSize: fontPx, measure })];
}

/**
 * The category axis: as wide as the longest label needs, but never more than about 40 % of the chart (so the
 * bars keep room on a phone) and never less than 64 px; and the most lines a label then takes.
 */
export function categoryAxis(
  model: Pick<ChartModel, 'chartRows'>,
  chartWidth: number,
  fontPx: number,
  measure: Measure = estimateWidth,
): { width: number; lines: number } {
  const need = (r: { label: string; depth: number }) =>
    measure(r.label, fontPx, r.depth === 0 ? 600 : 400) + r.depth * indentPx + labelGap + chartMarginLeft + 4;
  const widest = Math.max(0, ...model.chartRows.map(need));
  const cap = Math.max(64, Math.round(chartWidth * 0.4));
  const width = Math.ceil(Math.min(cap, Math.max(64, widest)));
  const lines = Math.max(
    1,
    ...model.chartRows.map((r) => labelLines(r.label, labelRoom(width, r.depth), fontPx, measure).length),
  );
  return { width, lines };
}

/** Height of one category: room for one bar per series, and for the label's lines. */
export function rowHeight(model: Pick<ChartModel, 'colorBy' | 'series'>, labelLines = 1): number {
  const bars = model.colorBy === 'series' ? model.series.length : 1;
  return Math.max(labelLines > 1 ? 40 : 32, bars * 12 + 14);
}

/** Height of a chart of columns (the time figure), whatever its number of periods. */
export const columnChartHeight = 240;

export function chartHeight(
  model: Pick<ChartModel, 'colorBy' | 'series' | 'chartRows' | 'drawing'>,
  lines = 1,
): number {
  if (model.drawing === 'columns') return columnChartHeight;
  return model.chartRows.length * rowHeight(model, lines) + valueAxisHeight + chartMarginTop;
}

/**
 * The value axis: from 0 to a round whole number at or above the largest bar, with at most six whole-number ticks
 * (d3-array's nice and ticks), so that every tick can be shown without measuring or overlapping ("45" and "46"
 * side by side, when the axis ended at the largest value). An amount like 2.5 ends the axis at 3.
 */
export function valueAxis(model: Pick<ChartModel, 'chartRows' | 'series'>): { max: number; ticks: number[] } {
  let largest = 0;
  for (const row of model.chartRows)
    for (const s of model.series) largest = Math.max(largest, row[s.key] ?? 0);
  const [, rounded] = nice(0, Math.max(1, Math.ceil(largest)), 4);
  const max = Math.ceil(rounded);
  return { max, ticks: ticks(0, max, 4).filter(Number.isInteger) };
}
