/**
 * Columns along a time axis, stacked by series (the time figure): one column per period, every period drawn in
 * time order. Like the bar chart, text, axes and grid are in currentColor; labels on the time axis are thinned to
 * fit the width, and a click on a column sets the date range to its period.
 *
 * Drawn as plain SVG, not with Recharts: Recharts draws a new view from its own store, which catches up with the
 * chart's props in the next animation frame, so each change of the date range drew the figure a second time,
 * there, after the page's own render (about a third of the script of a change at 10,000 visits). Here the
 * columns follow the model in the render that brings it. The drawing is Recharts' own, element for element where
 * a reader or an export sees it (the same geometry, the same class names, which the export's chrome selector and
 * the other figures share): the band of a period, the gap around its column (`barCategoryGap`), whole-pixel
 * column widths, the hover band and the tooltip.
 */
import { memo, useMemo, useState, type MouseEvent } from 'react';
import { nice, ticks } from 'd3-array';
import { isolating } from '../../lib/bidi';
import { useI18n } from '../../i18n/i18n';
import type { Measure } from '../../lib/text-metrics';
import { ChartTooltip } from './bar-chart';
import { chartMeasure, cursorOpacity, gridOpacity, tickFontSize } from './chart-style';
import { columnChartHeight } from './models/layout';
import type { ChartModel, ChartRow } from './models/rows';

type Props = {
  model: ChartModel;
  width: number;
  title: string;
  desc: string;
  onRow: (row: ChartRow) => void;
  height?: number;
  measure?: Measure;
};

/** The value axis for stacked columns: 0 to a round number at or above the tallest stack, whole-number ticks. */
function stackAxis(model: ChartModel): { max: number; ticks: number[] } {
  let tallest = 0;
  for (const row of model.chartRows) {
    let sum = 0;
    for (const s of model.series) sum += row[s.key] ?? 0;
    tallest = Math.max(tallest, sum);
  }
  const [, rounded] = nice(0, Math.max(1, Math.ceil(tallest)), 4);
  const max = Math.ceil(rounded);
  return { max, ticks: ticks(0, max, 4).filter(Number.isInteger) };
}

const marginTop = 8;
const marginLeft = 4;
const marginRight = 24;
const valueAxisWidth = 40;
const timeAxisHeight = 28;
/** Length of a value tick, and the gap between it and its number. */
const tickSize = 6;
const tickMargin = 2;
const maxColumnWidth = 56;
/** Room left from the unit's label to the value axis's left edge. */
const unitOffset = 10;

/** A path's numbers to four decimals, as Recharts writes them. */
const round = (n: number) => Math.round(n * 10_000) / 10_000;

type Column = {
  key: string;
  row: ChartRow;
  fill: string;
  name: string;
  x: number;
  y: number;
  height: number;
};

/** Where everything goes: the plot's box, each period's band, the stacked columns, the ticks on both axes. */
export function columnLayout(model: ChartModel, width: number, height: number, measure: Measure) {
  const rows = model.chartRows;
  const left = marginLeft + valueAxisWidth;
  const right = Math.max(left + 1, width - marginRight);
  const top = marginTop;
  const bottom = Math.max(top + 1, height - timeAxisHeight);
  const values = stackAxis(model);
  // As d3's linear scale maps a value (Recharts' too): the same numbers in the drawn SVG.
  const y = (v: number) => bottom * (1 - v / values.max) + top * (v / values.max);
  const band = (right - left) / Math.max(1, rows.length);
  // The gap on each side of a column, a share of its band; the column a whole number of pixels wide.
  const gap = band * (rows.length > 40 ? 0.08 : 0.18);
  let room = band - 2 * gap;
  if (room > 1) room = Math.round(room);
  const columnWidth = Math.min(room, maxColumnWidth);
  // One layer per series, bottom to top, each with its columns in time order (as Recharts draws a stack).
  const base = new Float64Array(rows.length);
  const layers = model.series.map((series) => {
    const columns: Column[] = [];
    rows.forEach((row, i) => {
      const value = row[series.key] ?? 0;
      const below = base[i] ?? 0;
      base[i] = below + value;
      if (value <= 0) return;
      columns.push({
        key: row.id,
        row,
        fill: series.color,
        name: series.label,
        x: round(left + band * i + gap + (room - columnWidth) / 2),
        y: round(y(below + value)),
        height: round(y(below) - y(below + value)),
      });
    });
    return { key: series.key, columns };
  });
  // Every nth label, so that labels keep a gap between them: measured, the widest label against a column's room.
  const widest = Math.max(1, ...rows.map((r) => measure(r.label, tickFontSize, 400)));
  const every = Math.max(1, Math.ceil(((widest + 8) * rows.length) / (right - left)));
  const periodTicks = rows
    .map((row, i) => ({ key: row.id, label: row.label, x: left + band * i + band / 2 }))
    .filter((_, i) => i % every === 0);
  const valueTicks = values.ticks.map((v) => ({ value: v, y: y(v) }));
  return { left, right, top, bottom, band, columnWidth, layers, periodTicks, valueTicks };
}

/** The period under the pointer, and where the pointer is in the chart (for the tooltip). */
type Hover = { index: number; x: number; y: number };

/**
 * The tooltip beside the pointer, as Recharts places it: right of and below it, or left of or above it where it
 * would cross the chart's right or bottom edge, never past the plot's top or left (its size read on hover only).
 */
function placeTooltip(
  el: HTMLElement | null,
  at: Hover,
  box: { left: number; top: number; width: number; height: number },
) {
  if (!el) return;
  const offset = 10;
  const along = (pointer: number, size: number, start: number, end: number) =>
    Math.max(start, pointer + offset + size > end ? pointer - offset - size : pointer + offset);
  const x = along(at.x, el.offsetWidth, box.left, box.width);
  const y = along(at.y, el.offsetHeight, box.top, box.height);
  el.style.transform = `translate(${x}px, ${y}px)`;
}

export const ColumnChart = memo(function ColumnChart({
  model,
  width,
  title,
  desc,
  onRow,
  height = columnChartHeight,
  measure = chartMeasure(),
}: Props) {
  const t = isolating(useI18n().t);
  const layout = useMemo(() => columnLayout(model, width, height, measure), [model, width, height, measure]);
  const { left, right, top, bottom, band } = layout;
  const [hover, setHover] = useState<Hover | null>(null);
  const rows = model.chartRows;
  const hovered = hover !== null && hover.index < rows.length ? hover : null;
  const onMove = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - box.left) * width) / Math.max(1, box.width);
    const y = ((e.clientY - box.top) * height) / Math.max(1, box.height);
    const index = Math.floor((x - left) / band);
    const inside = x >= left && x < right && y >= top && y <= bottom && index >= 0 && index < rows.length;
    setHover(inside ? { index, x, y } : null);
  };
  const text = { fill: 'currentColor', fontSize: tickFontSize, stroke: 'none' } as const;
  return (
    <div
      className="recharts-wrapper"
      style={{ position: 'relative', cursor: 'default', width, height }}
      onMouseLeave={() => setHover(null)}
    >
      <svg
        role="img"
        aria-label={desc}
        className="recharts-surface"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        style={{ width: '100%', height: '100%', display: 'block' }}
        onMouseMove={onMove}
      >
        <title>{title}</title>
        <desc>{desc}</desc>
        <g className="recharts-cartesian-grid">
          <g className="recharts-cartesian-grid-horizontal">
            {layout.valueTicks.map((tick) => (
              <line
                key={tick.value}
                stroke="currentColor"
                strokeOpacity={gridOpacity}
                fill="none"
                x1={left}
                y1={tick.y}
                x2={right}
                y2={tick.y}
              />
            ))}
          </g>
        </g>
        {hovered && (
          <rect
            className="recharts-rectangle recharts-tooltip-cursor"
            x={left + band * hovered.index}
            y={top}
            width={band}
            height={bottom - top}
            fill="currentColor"
            fillOpacity={cursorOpacity}
            stroke="none"
          />
        )}
        {layout.layers.map((layer) => (
          <g key={layer.key} className="recharts-layer recharts-bar">
            {layer.columns.map((c) => (
              <g key={c.key} className="recharts-layer recharts-bar-rectangle">
                <path
                  name={c.name}
                  fill={c.fill}
                  cursor="pointer"
                  className="recharts-rectangle"
                  d={`M ${c.x},${c.y} h ${layout.columnWidth} v ${c.height} h ${-layout.columnWidth} Z`}
                  onClick={() => onRow(c.row)}
                />
              </g>
            ))}
          </g>
        ))}
        <g className="recharts-layer recharts-cartesian-axis recharts-yAxis yAxis">
          <line
            className="recharts-cartesian-axis-line"
            stroke="currentColor"
            fill="none"
            x1={left}
            y1={top}
            x2={left}
            y2={bottom}
          />
          <g className="recharts-cartesian-axis-ticks recharts-yAxis-ticks">
            {layout.valueTicks.map((tick) => (
              <line
                key={tick.value}
                className="recharts-cartesian-axis-tick-line"
                stroke="currentColor"
                fill="none"
                x1={left - tickSize}
                y1={tick.y}
                x2={left}
                y2={tick.y}
              />
            ))}
          </g>
        </g>
        <g className="recharts-layer recharts-cartesian-axis recharts-xAxis xAxis">
          <line
            className="recharts-cartesian-axis-line"
            stroke="currentColor"
            fill="none"
            x1={left}
            y1={bottom}
            x2={right}
            y2={bottom}
          />
        </g>
        <g className="recharts-cartesian-axis-tick-labels recharts-yAxis-tick-labels">
          {layout.valueTicks.map((tick) => (
            <text
              key={tick.value}
              className="recharts-text recharts-cartesian-axis-tick-value"
              {...text}
              x={left - tickSize - tickMargin}
              y={tick.y}
              textAnchor="end"
            >
              <tspan x={left - tickSize - tickMargin} dy="0.355em">
                {tick.value}
              </tspan>
            </text>
          ))}
        </g>
        <text
          className="recharts-text recharts-label"
          {...text}
          transform={`rotate(-90, ${marginLeft + unitOffset}, ${(top + bottom) / 2})`}
          x={marginLeft + unitOffset}
          y={(top + bottom) / 2}
          textAnchor="middle"
        >
          <tspan x={marginLeft + unitOffset} dy="0.355em">
            {model.unit}
          </tspan>
        </text>
        <g className="recharts-cartesian-axis-tick-labels recharts-xAxis-tick-labels">
          {layout.periodTicks.map((tick) => (
            <text
              key={tick.key}
              className="recharts-text recharts-cartesian-axis-tick-value"
              {...text}
              x={tick.x}
              y={bottom + tickSize + tickMargin}
              textAnchor="middle"
            >
              <tspan x={tick.x} dy="0.71em">
                {tick.label}
              </tspan>
            </text>
          ))}
        </g>
      </svg>
      {hovered && (
        <div
          className="recharts-tooltip-wrapper"
          ref={(el) => placeTooltip(el, hovered, { left, top, width, height })}
          style={{ position: 'absolute', top: 0, left: 0, pointerEvents: 'none', visibility: 'visible' }}
        >
          <ChartTooltip row={rows[hovered.index]} model={model} t={t} />
        </div>
      )}
    </div>
  );
});
