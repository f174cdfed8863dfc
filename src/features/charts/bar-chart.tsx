/**
 * The one drawing of every chart here: horizontal bars, one category per row, one bar per series. It draws what
 * its model says (src/features/charts/chart-data.ts) and nothing else. Text, axes and grid are in currentColor,
 * so they follow the light or dark figure around them; animation is off (exports and tests see the final state).
 */
import { memo, useCallback, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Label,
  LabelList,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
  type BarRectangleItem,
  type BarShapeProps,
  type LabelProps,
  type TooltipContentProps,
} from 'recharts';
import { useI18n, type T } from '../../i18n/i18n';
import { isolate, isolating } from '../../lib/bidi';
import type { Measure } from '../../lib/text-metrics';
import { chartMeasure, cursorOpacity, gridOpacity, tickFontSize, tickText } from './chart-style';
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

type Props = {
  model: ChartModel;
  width: number;
  /** The figure's title and a one-line description: the SVG's <title> and <desc>. */
  title: string;
  desc: string;
  onRow: (row: ChartRow) => void;
  /** A fixed height (an exported image); by default as tall as the rows need. */
  height?: number;
  /** How label widths are measured; by default the page's font on a canvas. */
  measure?: Measure;
};

export const HorizontalBarChart = memo(function HorizontalBarChart({
  model,
  width,
  title,
  desc,
  onRow,
  height,
  measure = chartMeasure(),
}: Props) {
  const t = isolating(useI18n().t);
  const { width: axisWidth, lines } = categoryAxis(model, width, tickFontSize, measure);
  const rowsById = new Map(model.chartRows.map((row) => [row.id, row]));
  const values = valueAxis(model);
  // The bars' shape, handler and value labels are the same from view to view: Recharts' <Bar> is memoised, and
  // new ones made every bar render again with the chart's old data before its store caught up (a second drawing
  // of the whole chart per change).
  const byRow = model.colorBy === 'row';
  const barShape = useCallback(
    (props: BarShapeProps) => {
      const row = props.payload as ChartRow | undefined;
      return <Rectangle {...props} fill={byRow && row?.rowColor ? row.rowColor : props.fill} />;
    },
    [byRow],
  );
  const onBar = useCallback(
    (item: BarRectangleItem) => {
      const row = item.payload as ChartRow | undefined;
      if (row) onRow(row);
    },
    [onRow],
  );
  const seriesKeys = model.series.map((series) => series.key).join('\n');
  const valueLabels = useMemo(
    () =>
      new Map(
        seriesKeys
          .split('\n')
          .map((key) => [
            key,
            <LabelList
              dataKey={key}
              position="right"
              fill="currentColor"
              fontSize={tickFontSize - 1}
              content={ValueLabel}
            />,
          ]),
      ),
    [seriesKeys],
  );

  return (
    <BarChart
      layout="vertical"
      width={width}
      height={height ?? chartHeight(model, lines)}
      data={model.chartRows}
      margin={{ top: chartMarginTop, right: marginRight, bottom: 0, left: marginLeft }}
      barCategoryGap="20%"
      barGap={1}
      title={title}
      desc={desc}
      // The figure gives the chart its accessible name and the table its numbers; the drawing is an image.
      role="img"
      aria-label={desc}
      accessibilityLayer={false}
    >
      <CartesianGrid
        horizontal={false}
        // No horizontal lines are drawn; without this Recharts still lays them out, measuring every category
        // label in the DOM.
        horizontalCoordinatesGenerator={noLines}
        stroke="currentColor"
        strokeOpacity={gridOpacity}
      />
      <XAxis
        type="number"
        allowDecimals={false}
        domain={[0, values.max]}
        ticks={values.ticks}
        // Every tick shown (valueAxis gives six at most): Recharts then does not measure each label in the DOM to
        // thin them out, which took 100 ms of forced layout per first drawing at 100,000 visits.
        interval={0}
        height={valueAxisHeight}
        stroke="currentColor"
        tick={tickText}
        label={{
          value: model.unit,
          position: 'insideBottom',
          offset: 2,
          fill: 'currentColor',
          fontSize: tickFontSize,
        }}
      />
      <YAxis
        type="category"
        dataKey="id"
        width={axisWidth}
        interval={0}
        stroke="currentColor"
        tickLine={false}
        tick={(props: { y: number | string; payload: { value: string } }) => {
          const row = rowsById.get(props.payload.value);
          return row ? (
            <CategoryTick
              row={row}
              y={Number(props.y)}
              axisWidth={axisWidth}
              tree={model.tree}
              measure={measure}
              onRow={onRow}
              t={t}
            />
          ) : (
            <g />
          );
        }}
      />
      <Tooltip
        isAnimationActive={false}
        cursor={{ fill: 'currentColor', fillOpacity: cursorOpacity, stroke: 'none' }}
        content={(props: TooltipContentProps) => (
          <ChartTooltip
            row={props.active ? (props.payload?.[0]?.payload as ChartRow | undefined) : undefined}
            model={model}
            t={t}
          />
        )}
      />
      {model.series.map((series) => (
        <Bar
          key={series.key}
          dataKey={series.key}
          name={series.label}
          fill={series.color}
          isAnimationActive={false}
          maxBarSize={24}
          cursor="pointer"
          shape={barShape}
          onClick={onBar}
        >
          {valueLabels.get(series.key)}
        </Bar>
      ))}
    </BarChart>
  );
});

const noLines = () => [];

/**
 * A bar's value, drawn by Recharts' own label where it would be, but given no width (neither the bar's nor the
 * room left to its right): given one, Recharts measures every new number in the page (a forced layout each) to
 * wrap it, and a number never wraps.
 */
function ValueLabel(props: LabelProps) {
  return <Label {...props} parentViewBox={undefined} width={undefined} />;
}

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

/** What a bar or column under the pointer stands for: its row's full label and its value in each series. */
export function ChartTooltip({ row, model, t }: { row: ChartRow | undefined; model: ChartModel; t: T }) {
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
