/**
 * The one drawing of every chart but the time figure: horizontal bars, one category per row, one bar per series,
 * each with its value at its end. It draws what its model says (models/) and nothing else, as plain SVG in a
 * `ChartFrame`; text, axes and grid are in currentColor, so they follow the light or dark figure around them.
 * The geometry is the one Recharts drew before (band, gap, whole-pixel bars, value axis).
 */
import { memo, useMemo } from 'react';
import { useI18n, type T } from '../../i18n/i18n';
import { isolate, isolating } from '../../lib/bidi';
import type { Measure } from '../../lib/text-metrics';
import {
  barsInBand,
  ChartFrame,
  ChartText,
  linearScale,
  plotBox,
  type DrawingProps,
  type Rect,
} from './chart-frame';
import { chartMeasure, tickFontSize } from './chart-style';
import {
  categoryAxis,
  chartHeight,
  chartMarginLeft as marginLeft,
  chartMarginRight as marginRight,
  chartMarginTop,
  indentPx,
  labelLines,
  labelRoom,
  valueAxis,
  valueAxisHeight,
} from './models/layout';
import type { ChartModel, ChartRow } from './models/rows';

/** The gap between a bar's end and its value. */
const valueGap = 5;
const maxBarSize = 24;

/** Where everything goes: the plot's box, each row's band, its bars, the value ticks. */
export function barLayout(model: ChartModel, width: number, height: number | undefined, measure: Measure) {
  const { width: axisWidth, lines } = categoryAxis(model, width, tickFontSize, measure);
  const rows = model.chartRows;
  const chartH = height ?? chartHeight(model, lines);
  const room = {
    left: marginLeft + axisWidth,
    right: marginRight,
    top: chartMarginTop,
    bottom: valueAxisHeight,
  };
  const { left, right, top, bottom } = plotBox(width, chartH, room);
  const values = valueAxis(model);
  const x = linearScale(values.max, left, right);
  const band = (bottom - top) / Math.max(1, rows.length);
  const { size, offset } = barsInBand(band, 0.2, model.series.length, 1, maxBarSize);
  const byRow = model.colorBy === 'row';
  // Every bar's value is said at its end; a bar of no length draws nothing (nor did Recharts).
  const bars = model.series.map((series, s) => {
    const rects: Rect[] = rows.map((row, i) => ({
      key: row.id,
      row,
      fill: byRow && row.rowColor ? row.rowColor : series.color,
      name: series.label,
      x: left,
      y: top + band * i + offset(s),
      width: x(row[series.key] ?? 0) - left,
      height: size,
    }));
    return { key: series.key, rects: rects.filter((r) => r.width > 0), labels: rects };
  });
  const valueTicks = values.ticks.map((v) => ({ value: v, at: x(v) }));
  return { axisWidth, height: chartH, left, right, top, bottom, band, size, bars, valueTicks };
}

export const HorizontalBarChart = memo(function HorizontalBarChart(props: DrawingProps) {
  const { model, width, height, onRow, measure = chartMeasure() } = props;
  const t = isolating(useI18n().t);
  const layout = useMemo(() => barLayout(model, width, height, measure), [model, width, height, measure]);
  const { left, right, top, band, size } = layout;
  const rows = model.chartRows;
  return (
    <ChartFrame
      {...props}
      height={layout.height}
      layout={layout}
      axis="x"
      bandAt={(_, y) => Math.floor((y - top) / band)}
      bandBox={(i) => ({ x: left, y: top + band * i, width: right - left, height: band })}
    >
      <ChartText
        className="recharts-text recharts-label"
        x={(left + right) / 2}
        y={layout.height - 2}
        dy="0em"
        anchor="middle"
        text={model.unit}
      />
      <g className="recharts-cartesian-axis-tick-labels recharts-yAxis-tick-labels">
        {rows.map((row, i) => (
          <CategoryTick
            key={row.id}
            row={row}
            y={top + band * i + band / 2}
            axisWidth={layout.axisWidth}
            tree={model.tree}
            measure={measure}
            onRow={onRow}
            t={t}
          />
        ))}
      </g>
      {layout.bars.map((series) => (
        <g key={series.key} className="recharts-layer recharts-label-list">
          {series.labels.map((bar) => (
            <ChartText
              key={bar.key}
              className="recharts-text recharts-label"
              fontSize={tickFontSize - 1}
              x={left + bar.width + valueGap}
              y={bar.y + size / 2}
              dy="0.355em"
              anchor="start"
              text={bar.row[series.key] ?? 0}
            />
          ))}
        </g>
      ))}
    </ChartFrame>
  );
});

/** A category label: left-aligned (indented by tree depth), cut to fit, the full text in its <title>; a click filters. */
function CategoryTick({
  row,
  y,
  axisWidth,
  tree,
  measure,
  onRow,
  t,
}: {
  row: ChartRow;
  y: number;
  axisWidth: number;
  tree: boolean;
  measure: Parameters<typeof labelLines>[3];
  onRow: (row: ChartRow) => void;
  t: T;
}) {
  const lines = labelLines(row.label, labelRoom(axisWidth, row.depth), tickFontSize, measure);
  const x = marginLeft + 2 + row.depth * indentPx;
  const lineHeight = tickFontSize + 1;
  return (
    <g className="recharts-cartesian-axis-tick-label" cursor="pointer" onClick={() => onRow(row)}>
      <title>
        {row.facet
          ? `${isolate(row.fullLabel)} · ${t('charts.filterBy', { name: row.facet.name })}`
          : row.fullLabel}
      </title>
      <text
        x={x}
        y={y}
        dy={lines.length === 1 ? '0.355em' : undefined}
        textAnchor="start"
        fill="currentColor"
        fontSize={tickFontSize}
        fontWeight={tree && row.depth === 0 ? 600 : 400}
      >
        {lines.length === 1
          ? lines[0]
          : lines.map((line, i) => (
              <tspan
                key={i}
                x={x}
                dy={
                  i === 0 ? `${0.355 * tickFontSize - ((lines.length - 1) * lineHeight) / 2}px` : lineHeight
                }
              >
                {line}
              </tspan>
            ))}
      </text>
    </g>
  );
}
