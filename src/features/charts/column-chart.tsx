/**
 * Columns along a time axis, stacked by series (the time figure): one column per period, every period drawn in
 * time order. Like the bar chart, text, axes and grid are in currentColor and animation is off; labels on the
 * time axis are thinned to fit the width, and a click on a column sets the date range to its period.
 */
import { memo, useCallback } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Tooltip,
  XAxis,
  YAxis,
  type BarRectangleItem,
  type TooltipContentProps,
} from 'recharts';
import { nice, ticks } from 'd3-array';
import { isolating } from '../../lib/bidi';
import { useI18n } from '../../i18n/i18n';
import type { Measure } from '../../lib/text-metrics';
import { ChartTooltip } from './bar-chart';
import { chartMeasure, cursorOpacity, gridOpacity, tickFontSize, tickText } from './chart-style';
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

const marginLeft = 4;
const marginRight = 24;
const valueAxisWidth = 40;

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
  const values = stackAxis(model);
  const rows = model.chartRows;
  const labels = new Map(rows.map((r) => [r.id, r.label]));
  // Every nth label, so that labels keep a gap between them: measured, the widest label against a column's room.
  const plot = Math.max(1, width - marginLeft - marginRight - valueAxisWidth);
  const widest = Math.max(1, ...rows.map((r) => measure(r.label, tickFontSize, 400)));
  const every = Math.max(1, Math.ceil(((widest + 8) * rows.length) / plot));
  // The same handler from view to view: Recharts' <Bar> is memoised, and a new one made every column render
  // again with the chart's old data before its store caught up (a second drawing of the whole chart per change).
  const onColumn = useCallback(
    (item: BarRectangleItem) => {
      const row = item.payload as ChartRow | undefined;
      if (row) onRow(row);
    },
    [onRow],
  );
  return (
    <BarChart
      width={width}
      height={height}
      data={rows}
      margin={{ top: 8, right: marginRight, bottom: 0, left: marginLeft }}
      barCategoryGap={rows.length > 40 ? '8%' : '18%'}
      title={title}
      desc={desc}
      role="img"
      aria-label={desc}
      accessibilityLayer={false}
    >
      <CartesianGrid
        vertical={false}
        verticalCoordinatesGenerator={noLines}
        stroke="currentColor"
        strokeOpacity={gridOpacity}
      />
      <XAxis
        dataKey="id"
        type="category"
        interval={every - 1}
        height={28}
        stroke="currentColor"
        tickLine={false}
        tick={tickText}
        tickFormatter={(id: string) => labels.get(id) ?? id}
      />
      <YAxis
        type="number"
        allowDecimals={false}
        domain={[0, values.max]}
        ticks={values.ticks}
        interval={0}
        width={valueAxisWidth}
        stroke="currentColor"
        tick={tickText}
        label={{
          value: model.unit,
          angle: -90,
          position: 'insideLeft',
          offset: 10,
          fill: 'currentColor',
          fontSize: tickFontSize,
          style: { textAnchor: 'middle' },
        }}
      />
      <Tooltip
        isAnimationActive={false}
        cursor={{ fill: 'currentColor', fillOpacity: cursorOpacity, stroke: 'none' }}
        content={(props: TooltipContentProps) => <ChartTooltip {...props} model={model} t={t} />}
      />
      {model.series.map((series) => (
        <Bar
          key={series.key}
          dataKey={series.key}
          name={series.label}
          stackId="periods"
          fill={series.color}
          isAnimationActive={false}
          maxBarSize={56}
          cursor="pointer"
          onClick={onColumn}
        />
      ))}
    </BarChart>
  );
});

const noLines = () => [];
