/**
 * What a figure (a chart or the map) hands its export: everything the exported image says, built from the same
 * state that drew the figure, and its SVG node. The app passes it to the export buttons, so that the figures
 * and the export need not import each other, and the export never re-reads the link or re-runs the selection.
 */
import type { Filters } from './filters';
import type { Measure } from './text-metrics';

export type LegendItem = { label: string; color: string };

/** The words around every figure of one view: the same for all figures drawn from it. */
export type ViewCaption = {
  /** The active filters in words: "筛选：区县为资阳区" / "Filters: District = Ziyang District". */
  filters: string;
  /** "来源：益阳市人大常委会《…》，2020年2月8日". */
  source: string;
  /** The filters as ids, for the file name. */
  filterIds: Filters;
  /** The dataset's short name, for the file name. */
  datasetSlug: string;
};

export type ChartHandle = {
  /** Stable id, used in file names: "places", "supply-variants", "map"… */
  id: string;
  /** What the figure is, in the page language: "走访去向". */
  title: string;
  /** What it shows in this view: "赫山区4次、资阳区2次". */
  finding: string;
  /** The unit line, e.g. "Number of visits"; '' where the figure has none. */
  unit: string;
  legend: LegendItem[];
  caption: ViewCaption;
  /** The figure's live <svg>, or null while it has none. */
  getSvg: () => SVGSVGElement | null;
  /** Elements inside that <svg> that are interaction, not content (hover bands, tooltips): left out of images. */
  chromeSelector?: string;
  /** Every text the figure draws (labels, unit), for the font subset an image embeds. */
  texts: string[];
  /**
   * Draws the figure again, off screen, at a given size with a given text measure (the export font), so that an
   * image has a fixed size whatever the window, with labels measured in the font that draws them. The caller
   * disposes of it. A figure that scales cleanly (the map) may leave it out: its live <svg> is then fitted.
   */
  drawAt?: (size: { width: number; height: number }, measure: Measure) => Promise<DrawnFigure>;
};

export type DrawnFigure = { svg: SVGSVGElement; dispose: () => void };

/** Filled by the app: the export menu of a figure (loaded on first use). */
export type RenderChartActions = (chart: ChartHandle) => React.ReactNode;
