/**
 * Where everything goes in the map's <svg>: one panel per prefecture (two columns on wide screens), each with its
 * own Mercator projection fitted to its counties, paths, and name labels that do not overlap. Pure: tested
 * without a DOM.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { CountyTopology } from './geo-query';
import type { CountyProperties } from './map-model';

export type County = Feature<Polygon | MultiPolygon, CountyProperties> & { id: string };

export function countiesOf(topology: CountyTopology): County[] {
  const collection = feature(topology, topology.objects.counties) as FeatureCollection<
    Polygon | MultiPolygon,
    CountyProperties
  >;
  return collection.features.filter((f): f is County => typeof f.id === 'string' && f.geometry !== null);
}

export type Label = { x: number; y: number; lines: string[]; code: string };
export type PanelLayout = {
  key: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  paths: { code: string; d: string; area: number }[];
  labels: Label[];
};
export type MapLayout = { width: number; height: number; panels: PanelLayout[] };

export const PANEL_TITLE = 22;
const PAD = 8;
const GAP = 16;

/** Width of a label line in pixels: CJK characters a full em, others about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.6;
  return w;
}

type Box = { x0: number; y0: number; x1: number; y1: number };
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A panel's geometry: where it goes, its outlines, and where each county's label would be centred. */
export type PanelGeometry = Omit<PanelLayout, 'labels'> & {
  /** The panel's counties, with the point of each label (projected), or null where it has none. */
  anchors: { county: County; point: [number, number] | null }[];
  /** Where labels may go: below the panel's title, above its foot. */
  top: number;
};
export type MapGeometry = { width: number; height: number; panels: PanelGeometry[] };

/**
 * The map's geometry at a width: the projections fitted, the outlines drawn, the panels placed. It depends on
 * the outlines and the width alone, so a change of the view (another date range, say) reuses it and redoes only
 * the labels (`labelMap`): projecting every outline again took 10 ms of each filter change.
 */
export function projectMap(
  panels: { key: string; name: string; counties: County[] }[],
  width: number,
): MapGeometry {
  const columns = panels.length > 1 && width >= 720 ? 2 : 1;
  const panelWidth = Math.max(120, Math.floor((width - GAP * (columns - 1)) / columns));
  const maxHeight = Math.min(480, Math.round(panelWidth * 1.05));
  const laid: PanelGeometry[] = [];
  let y = 0;
  let rowHeight = 0;
  panels.forEach((panel, i) => {
    const column = i % columns;
    if (column === 0 && i > 0) {
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    const collection = { type: 'FeatureCollection', features: panel.counties } as GeoPermissibleObjects;
    const inner = panelWidth - 2 * PAD;
    const projection = geoMercator().fitWidth(inner, collection);
    const [[, by0], [, by1]] = geoPath(projection).bounds(collection);
    let height = Math.ceil(by1 - by0);
    if (!Number.isFinite(height) || height > maxHeight) height = maxHeight;
    const top = PANEL_TITLE;
    projection.fitExtent(
      [
        [PAD, top],
        [PAD + inner, top + height],
      ],
      collection,
    );
    const path = geoPath(projection);
    const paths = panel.counties.map((c) => ({ code: c.id, d: path(c) ?? '', area: path.area(c) }));
    const panelHeight = top + height + PAD;
    laid.push({
      key: panel.key,
      name: panel.name,
      x: column * (panelWidth + GAP),
      y,
      width: panelWidth,
      height: panelHeight,
      paths,
      anchors: panel.counties.map((county) => ({ county, point: projection(county.properties.label) })),
      top,
    });
    rowHeight = Math.max(rowHeight, panelHeight);
  });
  return { width: columns === 1 ? panelWidth : width, height: y + rowHeight, panels: laid };
}

/**
 * The labels on a map's geometry: visited counties first, then the larger ones; a label that would overlap one
 * placed, or leave the panel, is left out (the county is still named by its button and the text alternative).
 */
export function labelMap(
  geometry: MapGeometry,
  opts: {
    /** Label lines of a county: its name, and its count where it has visits. */
    labelLines: (county: County) => string[];
    /** Counties whose labels go first (most visits first); the rest by size. */
    priority: (code: string) => number;
    fontSize: number;
  },
): MapLayout {
  const { fontSize } = opts;
  const lineHeight = fontSize * 1.2;
  const panels = geometry.panels.map(({ anchors, top, ...panel }): PanelLayout => {
    const areaOf = new Map(panel.paths.map((p) => [p.code, p.area]));
    const order = [...anchors].sort(
      (a, b) =>
        opts.priority(b.county.id) - opts.priority(a.county.id) ||
        (areaOf.get(b.county.id) ?? 0) - (areaOf.get(a.county.id) ?? 0),
    );
    const placed: Box[] = [];
    const labels: Label[] = [];
    for (const { county, point } of order) {
      if (!point) continue;
      const lines = opts.labelLines(county);
      const w = Math.max(...lines.map((l) => textWidth(l, fontSize)));
      const h = lines.length * lineHeight;
      const box = {
        x0: point[0] - w / 2 - 2,
        y0: point[1] - h / 2,
        x1: point[0] + w / 2 + 2,
        y1: point[1] + h / 2,
      };
      if (box.x0 < 0 || box.x1 > panel.width || box.y0 < top || box.y1 > panel.height) continue;
      if (placed.some((b) => overlaps(b, box))) continue;
      placed.push(box);
      labels.push({ x: point[0], y: point[1] - h / 2 + lineHeight / 2, lines, code: county.id });
    }
    return { ...panel, labels };
  });
  return { width: geometry.width, height: geometry.height, panels };
}

/** The geometry and the labels at once (`projectMap`, then `labelMap`). */
export function layoutMap(opts: {
  panels: { key: string; name: string; counties: County[] }[];
  width: number;
  /** Label lines of a county: its name, and its count where it has visits. */
  labelLines: (county: County) => string[];
  /** Counties whose labels go first (most visits first); the rest by size. */
  priority: (code: string) => number;
  fontSize: number;
}): MapLayout {
  return labelMap(projectMap(opts.panels, opts.width), opts);
}
