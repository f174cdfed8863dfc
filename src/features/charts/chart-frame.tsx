/**
 * What both drawings (the bars and the time figure's columns) share: the SVG with its title and description, the
 * grid, the bars of each series and the value axis, the category under the pointer with its hover band and
 * tooltip, in a box of the chart's size; a drawing adds its own labels. The drawings are plain
 * SVG in the render that brings a new model (Recharts drew a new view from its own store, a frame after the page's
 * render: a second drawing of each chart per filter change). The class names are the ones Recharts gave the same
 * elements: the export leaves out the hover band and tooltip by them (`chartChromeSelector`), and tests find the
 * drawing, its bars and its axes by them.
 */
import { useState, type MouseEvent, type ReactNode } from 'react';
import { useI18n, type T } from '../../i18n/i18n';
import { isolating } from '../../lib/bidi';
import type { Measure } from '../../lib/text-metrics';
import type { ChartModel, ChartRow } from './models/rows';
import { cursorOpacity, gridOpacity, tickFontSize } from './chart-style';

/** What a drawing (bars or columns) is given. */
export type DrawingProps = {
  model: ChartModel;
  width: number;
  /** The figure's title and a one-line description: the SVG's <title> and <desc>. */
  title: string;
  desc: string;
  onRow: (row: ChartRow) => void;
  /** A fixed height (an exported image); by default the drawing's own. */
  height?: number;
  /** How label widths are measured; by default the page's font on a canvas. */
  measure?: Measure;
};

/** Length of a value tick, and the gap between it and its number. */
export const tickSize = 6;
export const tickMargin = 2;

/** The plot's box inside the chart, in SVG units (the chart's pixels). */
export type Plot = { left: number; top: number; right: number; bottom: number };

/** The plot's box in a chart of this size, inside the room kept on each side (axes, labels): a pixel at the least. */
export function plotBox(width: number, height: number, room: Plot): Plot {
  const { left, top } = room;
  return {
    left,
    top,
    right: Math.max(left + 1, width - room.right),
    bottom: Math.max(top + 1, height - room.bottom),
  };
}

/** As d3's linear scale maps 0…max onto from…to (Recharts' too): the same numbers in the drawn SVG. */
export const linearScale = (max: number, from: number, to: number) => (v: number) =>
  from * (1 - v / max) + to * (v / max);

/** The category under the pointer, and where the pointer is in the chart (for the tooltip). */
type Hover = { index: number; x: number; y: number };

/** A path's numbers to four decimals, as Recharts writes them. */
export const round = (n: number) => Math.round(n * 10_000) / 10_000;

/** A bar or column as a path (Recharts' rectangle), its numbers rounded. */
export const rectPath = (x: number, y: number, width: number, height: number) => {
  return `M ${round(x)},${round(y)} h ${round(width)} v ${round(height)} h ${round(-width)} Z`;
};

/**
 * The tooltip beside the pointer, as Recharts places it: right of and below it, or left of or above it where it
 * would cross the chart's right or bottom edge, never past the plot's top or left (its size read on hover only).
 */
function placeTooltip(el: HTMLElement | null, at: Hover, plot: Plot, width: number, height: number) {
  if (!el) return;
  const offset = 10;
  const along = (pointer: number, size: number, start: number, end: number) =>
    Math.max(start, pointer + offset + size > end ? pointer - offset - size : pointer + offset);
  const x = along(at.x, el.offsetWidth, plot.left, width);
  const y = along(at.y, el.offsetHeight, plot.top, height);
  el.style.transform = `translate(${x}px, ${y}px)`;
}

export function ChartFrame({
  model,
  width,
  height,
  title,
  desc,
  onRow,
  layout,
  axis,
  bandAt,
  bandBox,
  children,
}: Omit<DrawingProps, 'height'> & {
  height: number;
  /** The plot's box, the value ticks and the bars of each series (as `Bars` draws them). */
  layout: Plot & { valueTicks: ValueTick[]; bars: BarSeries[] };
  /** Where the values go: along x (bars) or along y (columns). */
  axis: 'x' | 'y';
  /** The category at a point of the plot (horizontal bars: by y; columns: by x). */
  bandAt: (x: number, y: number) => number;
  /** The box of a category's band: the hover band drawn under its bars. */
  bandBox: (index: number) => { x: number; y: number; width: number; height: number };
  /** What the drawing adds over its bars and value axis: the unit, the categories' labels, the bars' values. */
  children: ReactNode;
}) {
  const t = isolating(useI18n().t);
  const plot = layout;
  const count = model.chartRows.length;
  const [hover, setHover] = useState<Hover | null>(null);
  const hovered = hover !== null && hover.index < count ? hover : null;
  const onMove = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = ((e.clientX - box.left) * width) / Math.max(1, box.width);
    const y = ((e.clientY - box.top) * height) / Math.max(1, box.height);
    const inside = x >= plot.left && x < plot.right && y >= plot.top && y < plot.bottom;
    const index = inside ? bandAt(x, y) : -1;
    setHover(index >= 0 && index < count ? { index, x, y } : null);
  };
  const cursor = hovered && (
    <rect
      className="recharts-rectangle recharts-tooltip-cursor"
      {...bandBox(hovered.index)}
      fill="currentColor"
      fillOpacity={cursorOpacity}
      stroke="none"
    />
  );
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
        <Grid axis={axis} plot={layout} ticks={layout.valueTicks} />
        {cursor}
        <Bars series={layout.bars} onRow={onRow} />
        <ValueAxis axis={axis} plot={layout} ticks={layout.valueTicks} />
        {children}
      </svg>
      {hovered && (
        <div
          className="recharts-tooltip-wrapper"
          ref={(el) => placeTooltip(el, hovered, plot, width, height)}
          style={{ position: 'absolute', top: 0, left: 0, pointerEvents: 'none', visibility: 'visible' }}
        >
          <ChartTooltip row={model.chartRows[hovered.index]} model={model} t={t} />
        </div>
      )}
    </div>
  );
}

/**
 * Where the bars of one category go in its band, as Recharts places them: a gap of `categoryGap` (a share of the
 * band) on each side, `barGap` px between bars, each bar a whole number of pixels thick and at most `maxSize`.
 * Gives the offset of the i-th bar from the band's start, and the bars' thickness.
 */
export function barsInBand(band: number, categoryGap: number, bars: number, barGap: number, maxSize: number) {
  const gap = band * categoryGap;
  const between = band - 2 * gap - (bars - 1) * barGap <= 0 ? 0 : barGap;
  let room = (band - 2 * gap - (bars - 1) * between) / bars;
  if (room > 1) room = Math.round(room);
  const size = Math.min(room, maxSize);
  return { size, offset: (i: number) => gap + (bars * (room - size)) / 2 + (size + between) * i };
}

type Segment = { x1: number; y1: number; x2: number; y2: number };

/** A line of an axis, a tick or the grid, in currentColor (the grid faint). */
function ChartLine({ kind, ...at }: Segment & { kind: 'axis' | 'tick' | 'grid' }) {
  const className = {
    axis: 'recharts-cartesian-axis-line',
    tick: 'recharts-cartesian-axis-tick-line',
    grid: undefined,
  };
  return (
    <line
      className={className[kind]}
      stroke="currentColor"
      strokeOpacity={kind === 'grid' ? gridOpacity : undefined}
      fill="none"
      {...at}
    />
  );
}

/** A value on the value axis and where it is drawn along that axis. */
type ValueTick = { value: number; at: number };

/** The grid: a faint line at each value tick, across the plot (upright for values along x, level along y). */
function Grid({ axis, plot, ticks }: { axis: 'x' | 'y'; plot: Plot; ticks: ValueTick[] }) {
  const { left, right, top, bottom } = plot;
  return (
    <g className="recharts-cartesian-grid">
      <g className={`recharts-cartesian-grid-${axis === 'x' ? 'vertical' : 'horizontal'}`}>
        {ticks.map(({ at }, i) => (
          <ChartLine
            key={i}
            kind="grid"
            {...(axis === 'x'
              ? { x1: at, y1: top, x2: at, y2: bottom }
              : { x1: left, y1: at, x2: right, y2: at })}
          />
        ))}
      </g>
    </g>
  );
}

/** An axis: its line, and its tick lines where it has them. */
function Axis({ axis, line, ticks }: { axis: 'x' | 'y'; line: Segment; ticks?: Segment[] }) {
  return (
    <g className={`recharts-layer recharts-cartesian-axis recharts-${axis}Axis ${axis}Axis`}>
      <ChartLine kind="axis" {...line} />
      {ticks && (
        <g className={`recharts-cartesian-axis-ticks recharts-${axis}Axis-ticks`}>
          {ticks.map((tick, i) => (
            <ChartLine key={i} kind="tick" {...tick} />
          ))}
        </g>
      )}
    </g>
  );
}

/** A tick's number or name, a bar's value or an axis's unit: one line of text in currentColor. */
export function ChartText({
  x,
  y,
  dy,
  anchor,
  text,
  fontSize = tickFontSize,
  className = 'recharts-text recharts-cartesian-axis-tick-value',
  transform,
}: {
  x: number;
  y: number;
  dy: string;
  anchor: 'start' | 'middle' | 'end';
  text: ReactNode;
  fontSize?: number;
  className?: string;
  transform?: string;
}) {
  return (
    <text
      className={className}
      fill="currentColor"
      fontSize={fontSize}
      stroke="none"
      x={x}
      y={y}
      textAnchor={anchor}
      transform={transform}
    >
      <tspan x={x} dy={dy}>
        {text}
      </tspan>
    </text>
  );
}

/** The labels along an axis (its numbers, its periods), each at its tick. */
export function TickLabels({
  axis,
  dy,
  anchor,
  labels,
}: {
  axis: 'x' | 'y';
  dy: string;
  anchor: 'start' | 'middle' | 'end';
  labels: { key: string | number; x: number; y: number; text: ReactNode }[];
}) {
  return (
    <g className={`recharts-cartesian-axis-tick-labels recharts-${axis}Axis-tick-labels`}>
      {labels.map((label) => (
        <ChartText key={label.key} x={label.x} y={label.y} dy={dy} anchor={anchor} text={label.text} />
      ))}
    </g>
  );
}

/**
 * The value axis, its line with a tick and a number at each value, and the other axis as a plain line: along x
 * (numbers under the plot) for bars, along y (numbers left of the plot) for columns.
 */
function ValueAxis({ axis, plot, ticks }: { axis: 'x' | 'y'; plot: Plot; ticks: ValueTick[] }) {
  const { left, right, top, bottom } = plot;
  const alongX = axis === 'x';
  const xLine = { x1: left, y1: bottom, x2: right, y2: bottom };
  const yLine = { x1: left, y1: top, x2: left, y2: bottom };
  // A tick points out of the plot, its number beyond it: below the x axis, left of the y axis.
  const tick = (at: number) =>
    alongX
      ? { x1: at, y1: bottom + tickSize, x2: at, y2: bottom }
      : { x1: left - tickSize, y1: at, x2: left, y2: at };
  const label = (at: number) =>
    alongX ? { x: at, y: bottom + tickSize + tickMargin } : { x: left - tickSize - tickMargin, y: at };
  return (
    <>
      <Axis axis={axis} line={alongX ? xLine : yLine} ticks={ticks.map((t) => tick(t.at))} />
      <Axis axis={alongX ? 'y' : 'x'} line={alongX ? yLine : xLine} />
      <TickLabels
        axis={axis}
        dy={alongX ? '0.71em' : '0.355em'}
        anchor={alongX ? 'middle' : 'end'}
        labels={ticks.map((t) => ({ key: t.value, ...label(t.at), text: t.value }))}
      />
    </>
  );
}

/** A bar or a column: its row (what a click filters by), its series' name and colour, its box. */
export type Rect = {
  key: string;
  row: ChartRow;
  fill: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
};

/** One series' bars (or one layer of a stack of columns). */
type BarSeries = { key: string; rects: Rect[] };

/** The bars of each series, one group per series; a click on a bar hands its row over. */
function Bars({ series, onRow }: { series: BarSeries[]; onRow: (row: ChartRow) => void }) {
  return series.map((s) => (
    <g key={s.key} className="recharts-layer recharts-bar">
      {s.rects.map((r) => (
        <g key={r.key} className="recharts-layer recharts-bar-rectangle">
          <path
            name={r.name}
            fill={r.fill}
            cursor="pointer"
            className="recharts-rectangle"
            d={rectPath(r.x, r.y, r.width, r.height)}
            onClick={() => onRow(r.row)}
          />
        </g>
      ))}
    </g>
  ));
}

/** What a bar or column under the pointer stands for: its row's full label and its value in each series. */
function ChartTooltip({ row, model, t }: { row: ChartRow | undefined; model: ChartModel; t: T }) {
  if (!row) return null;
  return (
    <div className="max-w-xs rounded border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-md dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100">
      <p className="font-semibold">{row.fullLabel}</p>
      <ul className="mt-1 space-y-0.5">
        {model.series.map((series) => (
          <li key={series.key} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-3 shrink-0 rounded-sm"
              style={{ background: model.colorBy === 'row' ? (row.rowColor ?? series.color) : series.color }}
            />
            {model.colorBy === 'series'
              ? t('charts.seriesValue', { name: series.label, value: String(row[series.key] ?? 0) })
              : t('charts.seriesValue', { name: model.unit, value: String(row[series.key] ?? 0) })}
          </li>
        ))}
      </ul>
    </div>
  );
}
