/**
 * The shape every chart draws: rows (one per category) with values under `v0`, `v1`, … (one key per series), a
 * legend, and the words that say what the chart shows. One row builder, one way to keep the largest rows.
 */
import type { DateRange, FacetKey } from '../../../data/select';
import type { LegendItem } from '../../../lib/chart-handle';
import type { EvidenceRef } from '../../../lib/page-actions';

export type ChartId = 'places' | 'supplies' | 'supply-variants' | 'people-places' | 'quantities' | 'time';

export type ValueKey = `v${number}`;
export const valueKey = (i: number): ValueKey => `v${i}`;

/** A set of bars: one per supply type or district in the grouped charts, a single one in the others. */
export type ChartSeries = { key: ValueKey; id: string; label: string; color: string };

/** What clicking a row's bar or label filters by; null where the row stands for nothing one can filter by. */
export type RowFilter = { key: FacetKey; id: string; name: string };

export type ChartRow = {
  /** Unique within the chart: the category of the axis. */
  id: string;
  /** The name on the axis, before it is fitted to the space. */
  label: string;
  /** The full text, for the tooltip and the table (a place's whole path, a person's roles). */
  fullLabel: string;
  /** Verbatim Chinese text the row stands for (supplies as written), or null. */
  verbatim: string | null;
  /** A second column of the table: the role, the supply type, the unit; '' when the chart has none. */
  detail: string;
  /**
   * Where the detail is a list (the people who went to a place), its items: the table shows the first few and
   * the rest on request. At 100,000 visits a place can have 500 names, 2,000 characters in one cell.
   */
  detailItems: readonly string[] | null;
  /** Indentation level: 0 for a district, 1 for a street, 2 for a community (the place chart); else 0. */
  depth: number;
  /** The colour of the row's bar when the chart colours by row (variants, places); null otherwise. */
  rowColor: string | null;
  facet: RowFilter | null;
  /** A row that stands for a stretch of time (the time figure): clicking it sets the date range to it. */
  period: DateRange | null;
  /** The sentence the row comes from. */
  evidence: EvidenceRef | null;
  /** Visits in view this row stands for. */
  visits: number;
} & { [key: ValueKey]: number };

export type LegendEntry = LegendItem & { id: string; facet: RowFilter | null };

export type ChartModel = {
  id: ChartId;
  /** What the chart is: "走访去向". */
  title: string;
  /** What it shows in this view: "赫山区4次、资阳区2次". */
  finding: string;
  /** The unit of the values: "走访次数". */
  unit: string;
  /**
   * Set where every value would be the same: bars would say nothing, so the figure says this sentence instead
   * ("6次走访都送了口罩、酒精和消毒液"), and keeps the table.
   */
  uniform: string | null;
  /** Every row, for the data table (at most `tableLimit`). */
  rows: ChartRow[];
  /** The rows the chart draws (at most the chart's limit), in display order. */
  chartRows: ChartRow[];
  /** How many rows there are in all, before any limit. */
  totalRows: number;
  series: ChartSeries[];
  legend: LegendEntry[];
  /** Grouped charts colour by series; the others by row. */
  colorBy: 'series' | 'row';
  /** Rows form a tree (district › street › community): labels are indented and the top level is bold. */
  tree: boolean;
  /**
   * How the rows are drawn: horizontal bars (the default), or columns along a time axis, stacked by series (the
   * time figure, whose rows are periods in time order, every one drawn).
   */
  drawing?: 'bars' | 'columns';
};

/** Beyond these, a chart shows its largest rows and says so; the table shows up to `tableLimit` rows. */
export const chartLimit = 24;
export const tableLimit = 200;

type RowInput = Pick<ChartRow, 'id' | 'label' | 'visits'> &
  Partial<Omit<ChartRow, 'id' | 'label' | 'visits' | 'evidence' | ValueKey>> & {
    values?: readonly number[];
    /**
     * Given as a function, the evidence is made when first read (once): a chart of thousands of rows, of which
     * the table shows the first `tableLimit`, then reads only theirs (a visit kept as bytes is parsed to read it).
     */
    evidence?: EvidenceRef | null | (() => EvidenceRef);
  };

/** The one row builder: defaults for every field a chart does not set, values under v0, v1, …. */
export function makeRow(input: RowInput): ChartRow {
  const { values = [], evidence = null, ...fields } = input;
  const row: ChartRow = {
    fullLabel: fields.label,
    verbatim: null,
    detail: '',
    detailItems: null,
    depth: 0,
    rowColor: null,
    facet: null,
    period: null,
    evidence: typeof evidence === 'function' ? null : evidence,
    ...fields,
  };
  if (typeof evidence === 'function') {
    let made: EvidenceRef | undefined;
    Object.defineProperty(row, 'evidence', { enumerable: true, get: () => (made ??= evidence()) });
  }
  values.forEach((value, i) => {
    row[valueKey(i)] = value;
  });
  return row;
}

/**
 * The `limit` rows that rank first, in their original order. `rank` orders them (most visits first by default;
 * the place tree ranks upper levels first, so that a community is never drawn without its street and district);
 * ties keep the earlier row.
 */
export function keepTop<T extends { visits: number }>(
  rows: readonly T[],
  limit: number,
  rank: (a: T, b: T) => number = (a, b) => b.visits - a.visits,
): T[] {
  if (rows.length <= limit) return [...rows];
  const keep = new Set(
    rows
      .map((row, i) => ({ row, i }))
      .sort((a, b) => rank(a.row, b.row) || a.i - b.i)
      .slice(0, limit)
      .map((x) => x.i),
  );
  return rows.filter((_, i) => keep.has(i));
}

/** Ranks a tree's rows: upper levels first, then by visits. */
export const treeRank = (a: { depth: number; visits: number }, b: { depth: number; visits: number }) =>
  a.depth - b.depth || b.visits - a.visits;

/** A chart has something to draw: rows, and at least one bar that is not zero. */
export function hasData(model: Pick<ChartModel, 'chartRows' | 'series'>): boolean {
  return model.chartRows.some((row) => model.series.some((s) => (row[s.key] ?? 0) > 0));
}

/** Every drawn value is the same (and there are at least two): bars would carry no information. */
export function allEqual(rows: readonly ChartRow[], series: readonly ChartSeries[]): boolean {
  const values = rows.flatMap((row) => series.map((s) => row[s.key] ?? 0));
  return values.length >= 2 && values.every((v) => v === values[0]);
}
