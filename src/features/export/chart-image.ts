/**
 * Makes the exported image of a chart (SVG or PNG). Loaded by the export buttons on first click, with the font
 * tables, the serialiser and the canvas code: none of it is part of the page's first load.
 */
import type { Lang } from '../../i18n/i18n';
import type { ChartHandle } from '../../lib/chart-handle';
import { canvasMeasure } from '../../lib/text-metrics';
import { ExportError } from './export-error';
import { exportFileName } from './file-name';
import {
  EXPORT_FONT_STACK,
  fontFaceCss,
  loadChunks,
  loadFaces,
  manifest,
  planFaces,
  loadIntoPage,
  weightBucket,
  type Weight,
} from './fonts';
import { pngSize, svgToPng } from './raster';
import {
  captionTexts,
  cloneChartSvg,
  captionStyle,
  composeExportSvg,
  exportPresets,
  layoutCaption,
  type ExportPreset,
  darkTheme,
  lightTheme,
  normalizeRgb,
  serializeSvg,
  svgSize,
  type Caption,
  type ColorNormalizer,
} from './svg-serialize';

export type ImageFormat = 'png' | 'svg';

export type ChartImageRequest = {
  chart: ChartHandle;
  format: ImageFormat;
  /** Device pixels per CSS pixel of the PNG: 2, 3 or 4. */
  scale: number;
  lang: Lang;
  /** Draw on the dark theme (light by default, whatever the page: reports are printed on white). */
  dark?: boolean;
  /** The image's size: 16:9 slide (default), 4:3 report or square; the same whatever the window. */
  preset?: ExportPreset;
  now?: Date;
};

/** Any CSS colour to #rrggbb or rgba(), by painting one pixel: exact for oklch and friends. */
function canvasColorNormalizer(): ColorNormalizer {
  const canvas = document.createElement('canvas');
  canvas.width = 1;
  canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const cache = new Map<string, string>();
  return (color) => {
    const known = cache.get(color);
    if (known !== undefined) return known;
    let out = color;
    if (ctx) {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000000';
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
      out = normalizeRgb(`rgba(${r}, ${g}, ${b}, ${a / 255})`) ?? color;
    }
    cache.set(color, out);
    return out;
  };
}

function chartSize(svg: SVGSVGElement): { width: number; height: number } {
  const rect = svg.getBoundingClientRect();
  const width = rect.width || Number(svg.getAttribute('width')) || 0;
  const height = rect.height || Number(svg.getAttribute('height')) || 0;
  return { width: Math.round(width), height: Math.round(height) };
}

export async function makeChartImage(request: ChartImageRequest): Promise<{ blob: Blob; fileName: string }> {
  const { chart, format, scale, lang } = request;
  const live = chart.getSvg();
  const liveSize = live ? chartSize(live) : { width: 0, height: 0 };
  if (!live || liveSize.width === 0 || liveSize.height === 0) throw new ExportError('noChart');
  const preset = exportPresets[request.preset ?? 'slide'];

  const caption: Caption = {
    title: chart.title,
    subtitle: chart.finding,
    unit: chart.unit,
    filters: chart.caption.filters,
    source: chart.caption.source,
    legend: chart.legend,
  };

  // The fonts first: the characters of the words and of the chart's labels, in each weight, decide which
  // pieces the image embeds; the built subsets hold every character of the bundled dataset, the fallback table
  // loads only when needed.
  const need = new Map<Weight, string>();
  const add = (text: string, weight: number) => {
    const bucket = weightBucket(weight);
    need.set(bucket, (need.get(bucket) ?? '') + text);
  };
  for (const { text, weight } of captionTexts(caption)) add(text, weight);
  for (const text of chart.texts) {
    add(text, 400);
    add(text, 700);
  }
  // Tick numbers and the ellipsis of a cut label.
  add('0123456789…', 400);
  const first = planFaces(need);
  const plan = first.missing ? planFaces(need, manifest.pieces, await loadChunks()) : first;
  const faces = await loadFaces(plan.faces);
  await loadIntoPage(faces);
  const fontCss = `/* ${manifest.font}; ${manifest.license} */\n${fontFaceCss(faces)}`;
  const measure = canvasMeasure(EXPORT_FONT_STACK);

  // The chart at the size the words leave in the preset, its labels measured in the export font; a figure that
  // cannot draw itself again (the map) is fitted into that space.
  const inner = preset.width - 2 * captionStyle.padding;
  const layout = layoutCaption(caption, inner, measure);
  const box = { width: inner, height: Math.max(120, preset.height - layout.topHeight - layout.bottomHeight) };
  const drawn = chart.drawAt ? await chart.drawAt(box, measure) : null;
  try {
    const source = drawn?.svg ?? live;
    const size = drawn ? box : liveSize;
    const normalizeColor = canvasColorNormalizer();
    const theme = request.dark ? darkTheme : lightTheme;
    const clone = cloneChartSvg(source, {
      chromeSelector: chart.chromeSelector,
      // The page may be dark: the image is drawn on its own theme, so text and axes take the theme's colours.
      theme,
      getStyle: (el) => getComputedStyle(el),
      normalizeColor,
      width: size.width,
      height: size.height,
    });
    const composed = composeExportSvg({
      doc: document,
      chart: clone,
      chartWidth: size.width,
      chartHeight: size.height,
      caption,
      theme,
      fontFamily: EXPORT_FONT_STACK,
      fontCss,
      measure,
      lang,
      pixelRatio: format === 'png' ? scale : 1,
      size: preset,
    });
    const svgText = serializeSvg(composed);
    const fileName = exportFileName({
      dataset: chart.caption.datasetSlug,
      subject: chart.id,
      filters: chart.caption.filterIds,
      date: request.now ?? new Date(),
      ext: format,
    });
    if (format === 'svg')
      return { blob: new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }), fileName };
    const blob = await svgToPng(svgText, pngSize(svgSize(composed), scale), theme.background, 96 * scale);
    return { blob, fileName };
  } finally {
    drawn?.dispose();
  }
}
