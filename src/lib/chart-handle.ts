/**
 * What a chart tells the export about itself. Charts build it; the app hands it to the export buttons, so that
 * the charts and the export features need not import each other.
 */
export type LegendItem = { label: string; color: string };

export type ChartHandle = {
  /** Stable id, used in file names: "supplies-by-district" etc. */
  id: string;
  /** The chart's title in the page language (the figcaption). */
  title: string;
  /** The unit line, e.g. "Number of visits". */
  unit: string;
  /** The chart's legend, drawn into the exported image. */
  legend: LegendItem[];
  /** The live <svg> the chart drew (Recharts' surface), or null while it has none. */
  getSvg: () => SVGSVGElement | null;
};

/** Filled by the app: the export buttons for a chart (loaded on first use). */
export type RenderChartActions = (chart: ChartHandle) => React.ReactNode;
