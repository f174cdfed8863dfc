/**
 * Columns along a time axis, stacked by series (the time figure): one column per period, every period drawn in
 * time order. Like the bar chart, plain SVG in a `ChartFrame`, text, axes and grid in currentColor; labels on
 * the time axis are thinned to fit the width, and a click on a column sets the date range to its period. The
 * geometry is the one Recharts drew before (band, gap around a column, whole-pixel column widths).
 */
import { memo, useMemo } from 'react';
import { nice, ticks } from 'd3-array';
import type { Measure } from '../../lib/text-metrics';
import {
  barsInBand,
  ChartFrame,
  ChartText,
  linearScale,
  plotBox,
  TickLabels,
  tickMargin,
  tickSize,
  type DrawingProps,
  type Rect,
} from './chart-frame';
import { chartMeasure, tickFontSize } from './chart-style';
import { columnChartHeight } from './models/layout';
import type { ChartModel } from './models/rows';

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

const marginLeft = 4;
const valueAxisWidth = 40;
/** The room kept around the plot: the value axis (and the unit) on the left, the time axis below. */
const room = { left: marginLeft + valueAxisWidth, right: 24, top: 8, bottom: 28 };
const maxColumnWidth = 56;
/** Room left from the unit's label to the value axis's left edge. */
const unitOffset = 10;

/** Where everything goes: the plot's box, each period's band, the stacked columns, the ticks on both axes. */
export function columnLayout(model: ChartModel, width: number, height: number, measure: Measure) {
  const rows = model.chartRows;
  const { left, right, top, bottom } = plotBox(width, height, room);
  const values = stackAxis(model);
  const y = linearScale(values.max, bottom, top);
  const band = (right - left) / Math.max(1, rows.length);
  // One column per band (a stack), with a gap on each side, a share of the band.
  const { size: columnWidth, offset } = barsInBand(
    band,
    rows.length > 40 ? 0.08 : 0.18,
    1,
    0,
    maxColumnWidth,
  );
  // One layer per series, bottom to top, each with its columns in time order (as Recharts draws a stack).
  const base = new Float64Array(rows.length);
  const bars = model.series.map((series) => {
    const rects: Rect[] = [];
    rows.forEach((row, i) => {
      const value = row[series.key] ?? 0;
      const below = base[i] ?? 0;
      base[i] = below + value;
      if (value <= 0) return;
      rects.push({
        key: row.id,
        row,
        fill: series.color,
        name: series.label,
        x: left + band * i + offset(0),
        y: y(below + value),
        width: columnWidth,
        height: y(below) - y(below + value),
      });
    });
    return { key: series.key, rects };
  });
  // Every nth label, so that labels keep a gap between them: measured, the widest label against a column's room.
  const widest = Math.max(1, ...rows.map((r) => measure(r.label, tickFontSize, 400)));
  const every = Math.max(1, Math.ceil(((widest + 8) * rows.length) / (right - left)));
  const periodTicks = rows
    .map((row, i) => ({ key: row.id, label: row.label, x: left + band * i + band / 2 }))
    .filter((_, i) => i % every === 0);
  const valueTicks = values.ticks.map((v) => ({ value: v, at: y(v) }));
  return { left, right, top, bottom, band, columnWidth, bars, periodTicks, valueTicks };
}

export const ColumnChart = memo(function ColumnChart(props: DrawingProps) {
  const { model, width, height = columnChartHeight, measure = chartMeasure() } = props;
  const layout = useMemo(() => columnLayout(model, width, height, measure), [model, width, height, measure]);
  const { left, top, bottom, band } = layout;
  return (
    <ChartFrame
      {...props}
      height={height}
      layout={layout}
      axis="y"
      bandAt={(x) => Math.floor((x - left) / band)}
      bandBox={(i) => ({ x: left + band * i, y: top, width: band, height: bottom - top })}
    >
      <ChartText
        className="recharts-text recharts-label"
        transform={`rotate(-90, ${marginLeft + unitOffset}, ${(top + bottom) / 2})`}
        x={marginLeft + unitOffset}
        y={(top + bottom) / 2}
        dy="0.355em"
        anchor="middle"
        text={model.unit}
      />
      <TickLabels
        axis="x"
        dy="0.71em"
        anchor="middle"
        labels={layout.periodTicks.map((tick) => ({
          key: tick.key,
          x: tick.x,
          y: bottom + tickSize + tickMargin,
          text: tick.label,
        }))}
      />
    </ChartFrame>
  );
});
