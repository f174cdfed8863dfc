/**
 * Turns a chart's live <svg> into a self-contained image: a clone with the computed colours and text styles
 * written onto each element (so it does not depend on the page's CSS, its dark mode or its variables), without
 * the UI chrome (export toolbar, tooltips, hover cursor, focus and click affordances), composed with the title,
 * the active filters, the legend and the source line, and the embedded font.
 *
 * DOM only, no canvas and no fetch: the caller passes the style reader, the colour normaliser, the text measure
 * and the font CSS, so that this runs (and is tested) in jsdom.
 */
import type { LegendItem } from '../../lib/chart-handle';
import { fitText, wrapText, type Measure } from '../../lib/text-metrics';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What is never drawn into an export, whatever the figure: UI marked as such, and what an image must not hold. */
export const CHROME_SELECTOR = ['[data-export-ignore]', 'title', 'desc', 'foreignObject', 'script'].join(',');

/**
 * Characters XML 1.0 forbids (C0 controls but tab, line feed and carriage return; lone surrogates; U+FFFE/F):
 * a name holding one would make the file not well-formed. Each becomes U+FFFD, the replacement character.
 */
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what must be found
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '\ufffd');
}

/** Attributes of interaction, styling hooks or accessibility of the live chart; an image needs none of them. */
const DROPPED_ATTRIBUTES =
  /^(class|style|tabindex|cursor|role|focusable|on[a-z]+|aria-[a-z-]+|data-[a-z-]+)$/;

/** Inherited properties carried as presentation attributes: written where they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
  'paint-order',
  'shape-rendering',
] as const;

/** Properties that are not inherited: written where they differ from the initial value. */
const NOT_INHERITED: Record<string, string> = { opacity: '1', 'stop-color': '#000000', 'stop-opacity': '1' };

const COLOR_PROPERTIES = new Set(['fill', 'stroke', 'stop-color']);

export type StyleReader = (element: Element) => { getPropertyValue(name: string): string };
/** Turns any CSS colour (oklch, color-mix, named…) into #rrggbb or rgba(); the browser's canvas does it best. */
export type ColorNormalizer = (color: string) => string;

/** `rgb(1, 2, 3)` -> `#010203`; `rgba(…, 0)` -> `none`; other alpha kept as rgba(); unknown forms as given. */
export function normalizeRgb(value: string): string | null {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(
    value.trim(),
  );
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => Math.max(0, Math.min(255, Math.round(Number(v)))));
  const alphaText = m[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? Number(alphaText.slice(0, -1)) / 100
        : Number(alphaText);
  if (alpha <= 0) return 'none';
  if (alpha >= 1) return `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
  return `rgba(${r}, ${g}, ${b}, ${Number(alpha.toFixed(3))})`;
}

function paintValue(value: string, normalize: ColorNormalizer): string {
  const v = value.trim();
  if (v === '' || v === 'none') return v;
  // url("http://host/page#grad") or url(#grad): keep the fragment, which points inside the image.
  const url = /^url\(["']?[^#"')]*(#[^"')]+)["']?\)/.exec(v);
  if (url) return `url(${url[1]})`;
  if (v === 'transparent') return 'none';
  return normalizeRgb(v) ?? normalizeRgb(normalize(v)) ?? normalize(v);
}

export type ChartClone = {
  svg: SVGSVGElement;
  /** Every text the chart draws, with the weight it is drawn in (for the font subset). */
  texts: { text: string; weight: number }[];
};

/**
 * A clone of the chart's <svg> that carries its own styles: each element gets the computed values of the listed
 * properties as presentation attributes (root: all of them; below: where they differ from the parent), its
 * classes, inline styles and interaction attributes are dropped, and the UI chrome is left out.
 */
export function cloneChartSvg(
  source: SVGSVGElement,
  opts: {
    getStyle: StyleReader;
    normalizeColor: ColorNormalizer;
    width: number;
    height: number;
    /** The figure's own interaction chrome (hover bands, tooltips), which it names. */
    chromeSelector?: string | undefined;
    /** Draw the text and axes (the page's currentColor) in this theme's text colour instead. */
    theme?: Theme | undefined;
  },
): ChartClone {
  const doc = source.ownerDocument;
  const texts: ChartClone['texts'] = [];
  const chrome = opts.chromeSelector ? `${CHROME_SELECTOR},${opts.chromeSelector}` : CHROME_SELECTOR;
  // The colour the page draws text and axes in (currentColor of the chart): mapped to the image's theme.
  const pageText = paintValue(opts.getStyle(source).getPropertyValue('color'), opts.normalizeColor);
  const themed = (value: string) =>
    opts.theme && value !== '' && value === pageText ? opts.theme.text : value;

  const copy = (original: Element, parentValues: Map<string, string> | null): Element | null => {
    if (parentValues !== null && original.matches(chrome)) return null;
    const style = opts.getStyle(original);
    if (style.getPropertyValue('display') === 'none') return null;
    const clone = doc.createElementNS(original.namespaceURI ?? SVG_NS, original.localName);
    for (const attr of Array.from(original.attributes)) {
      if (DROPPED_ATTRIBUTES.test(attr.name)) continue;
      if ((INHERITED as readonly string[]).includes(attr.name) || attr.name in NOT_INHERITED) continue;
      if (attr.name === 'color' || attr.name === 'font-family') continue;
      clone.setAttributeNS(attr.namespaceURI, attr.name, xmlSafe(attr.value));
    }
    const values = new Map<string, string>();
    for (const name of INHERITED) {
      let value = style.getPropertyValue(name).trim();
      if (COLOR_PROPERTIES.has(name)) value = themed(paintValue(value, opts.normalizeColor));
      values.set(name, value);
      if (value !== '' && value !== parentValues?.get(name)) clone.setAttribute(name, value);
    }
    for (const [name, initial] of Object.entries(NOT_INHERITED)) {
      if (name.startsWith('stop-') && original.localName !== 'stop') continue;
      let value = style.getPropertyValue(name).trim();
      if (COLOR_PROPERTIES.has(name)) value = themed(paintValue(value, opts.normalizeColor));
      if (value !== '' && value !== initial) clone.setAttribute(name, value);
    }
    if (original.localName === 'text') {
      const text = xmlSafe(original.textContent ?? '');
      if (text.trim())
        texts.push({ text, weight: Number.parseInt(values.get('font-weight') ?? '400', 10) || 400 });
    }
    for (const child of Array.from(original.childNodes)) {
      if (child.nodeType === 1) {
        const c = copy(child as Element, values);
        if (c) clone.appendChild(c);
      } else if (child.nodeType === 3) {
        clone.appendChild(doc.createTextNode(xmlSafe(child.textContent ?? '')));
      }
    }
    return clone;
  };

  const svg = copy(source, null) as SVGSVGElement;
  svg.setAttribute('width', String(opts.width));
  svg.setAttribute('height', String(opts.height));
  if (!svg.hasAttribute('viewBox')) svg.setAttribute('viewBox', `0 0 ${opts.width} ${opts.height}`);
  svg.setAttribute('overflow', 'visible');
  return { svg, texts };
}

export type Theme = { background: string; text: string; muted: string };
export const lightTheme: Theme = { background: '#ffffff', text: '#0f172a', muted: '#475569' };
export const darkTheme: Theme = { background: '#0f172a', text: '#f1f5f9', muted: '#cbd5e1' };

export type Caption = {
  title: string;
  /** The finding: what the figure shows in this view. */
  subtitle: string;
  unit: string;
  filters: string;
  source: string;
  legend: readonly LegendItem[];
};

/** Type sizes of the caption, in CSS pixels. */
export const captionStyle = {
  padding: 24,
  gap: 12,
  title: { size: 18, weight: 700 },
  subtitle: { size: 15, weight: 400 },
  line: { size: 13, weight: 400 },
  small: { size: 12, weight: 400 },
  lineHeight: 1.45,
  swatch: 12,
} as const;

/** Every caption text with its weight: what the font must hold besides the chart's own text. */
export function captionTexts(caption: Caption): { text: string; weight: number }[] {
  const s = captionStyle;
  return [
    { text: caption.title, weight: s.title.weight },
    { text: caption.subtitle, weight: s.subtitle.weight },
    { text: caption.unit, weight: s.small.weight },
    { text: caption.filters, weight: s.line.weight },
    { text: caption.source, weight: s.small.weight },
    ...caption.legend.map((l) => ({ text: l.label, weight: s.small.weight })),
  ];
}

/** Fixed sizes of exported images, in CSS pixels (a PNG multiplies them by its scale). */
export const exportPresets = {
  slide: { width: 1280, height: 720 },
  report: { width: 1024, height: 768 },
  square: { width: 1080, height: 1080 },
} as const;
export type ExportPreset = keyof typeof exportPresets;

type Line = { text: string; size: number; weight: number; fill: 'text' | 'muted' };
type LegendPlacement = { item: LegendItem; text: string; x: number; row: number };

/**
 * The words around the chart, wrapped to `inner` px: title › subtitle (the finding) › filters › unit above,
 * legend and source below, with the height each block takes. The chart gets what is left.
 */
export function layoutCaption(caption: Caption, inner: number, measure: Measure) {
  const s = captionStyle;
  const wrap = (
    text: string,
    type: { size: number; weight: number },
    fill: Line['fill'],
    maxLines: number,
  ) =>
    text === ''
      ? []
      : wrapText(xmlSafe(text), inner, {
          fontSize: type.size,
          fontWeight: type.weight,
          measure,
          maxLines,
        }).map((line): Line => ({ text: line, size: type.size, weight: type.weight, fill }));
  const top = [
    ...wrap(caption.title, s.title, 'text', 2),
    ...wrap(caption.subtitle, s.subtitle, 'text', 3),
    ...wrap(caption.filters, s.line, 'text', 3),
    ...wrap(caption.unit, s.small, 'muted', 1),
  ];
  const source = wrap(caption.source, s.small, 'muted', 3);
  const legend: LegendPlacement[] = [];
  let x = 0;
  let row = 0;
  for (const item of caption.legend) {
    const text = fitText(xmlSafe(item.label), inner - s.swatch - 6, {
      fontSize: s.small.size,
      fontWeight: s.small.weight,
      measure,
    });
    const itemWidth = s.swatch + 6 + measure(text, s.small.size, s.small.weight);
    if (x > 0 && x + itemWidth > inner) {
      x = 0;
      row += 1;
    }
    legend.push({ item, text, x, row });
    x += itemWidth + 16;
  }
  const lineHeight = (l: Line) => l.size * s.lineHeight;
  const legendStep = s.small.size * s.lineHeight + 4;
  const topHeight = s.padding + top.reduce((h, l) => h + lineHeight(l), 0) + s.gap;
  const legendHeight = legend.length > 0 ? (row + 1) * legendStep + s.gap : 0;
  const bottomHeight = s.gap + legendHeight + source.reduce((h, l) => h + lineHeight(l), 0) + s.padding;
  return { top, source, legend, legendStep, topHeight, bottomHeight };
}

/**
 * The exported image: background, title, subtitle, filters, unit, the chart, its legend and the source line.
 * With `size`, the image has exactly that size and the chart is fitted into the space the words leave (scaled,
 * keeping its proportions, if it was drawn at another size); without, the image is as wide as the chart and as
 * tall as it all takes. Sizes in CSS pixels; `pixelRatio` > 1 asks a rasteriser for more pixels (the viewBox stays
 * in CSS pixels, so everything is drawn as vectors at that resolution).
 */
export function composeExportSvg(opts: {
  doc: Document;
  chart: ChartClone;
  chartWidth: number;
  chartHeight: number;
  caption: Caption;
  theme: Theme;
  fontFamily: string;
  fontCss: string;
  measure: Measure;
  /** The page language: the image's xml:lang, and in English proportional quotes and apostrophes. */
  lang: 'zh' | 'en';
  pixelRatio?: number;
  size?: { width: number; height: number };
}): SVGSVGElement {
  const { doc, caption, theme } = opts;
  const s = captionStyle;
  const width = opts.size ? opts.size.width : Math.ceil(opts.chartWidth + 2 * s.padding);
  const inner = width - 2 * s.padding;
  const layout = layoutCaption(caption, inner, opts.measure);
  const el = (name: string, attrs: Record<string, string | number> = {}) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };
  const root = el('svg', { version: '1.1' }) as SVGSVGElement;
  root.setAttributeNS(
    'http://www.w3.org/XML/1998/namespace',
    'xml:lang',
    opts.lang === 'zh' ? 'zh-CN' : 'en',
  );
  const title = el('title');
  title.textContent = xmlSafe(caption.subtitle ? `${caption.title}: ${caption.subtitle}` : caption.title);
  const desc = el('desc');
  desc.textContent = xmlSafe(`${caption.filters} ${caption.unit} ${caption.source}`);
  const defs = el('defs');
  const style = el('style', { type: 'text/css' });
  // Noto Sans SC draws “ ” ‘ ’ full-width, as Chinese text wants; its `palt` feature makes them proportional.
  style.textContent =
    opts.lang === 'en' ? `${opts.fontCss}\ntext{font-feature-settings:'palt'}` : opts.fontCss;
  defs.appendChild(style);
  const background = el('rect', { x: 0, y: 0, width, height: 0, fill: theme.background });
  const content = el('g', { 'font-family': opts.fontFamily, fill: theme.text });
  root.append(title, desc, defs, background, content);

  let y: number = s.padding;
  const draw = (lines: readonly Line[]) => {
    for (const line of lines) {
      const step = line.size * s.lineHeight;
      const node = el('text', {
        x: s.padding,
        y: (y + (step - line.size) / 2 + line.size * 0.88).toFixed(2),
        'font-size': line.size,
        'font-weight': line.weight,
        fill: line.fill === 'text' ? theme.text : theme.muted,
      });
      node.textContent = line.text;
      content.appendChild(node);
      y += step;
    }
  };

  draw(layout.top);
  y = layout.topHeight;

  // The chart: at its own size, or fitted into the box the words leave.
  const box = opts.size
    ? { width: inner, height: Math.max(40, opts.size.height - layout.topHeight - layout.bottomHeight) }
    : { width: opts.chartWidth, height: opts.chartHeight };
  const scale = Math.min(
    box.width / opts.chartWidth,
    box.height / opts.chartHeight,
    opts.size ? Infinity : 1,
  );
  const drawnWidth = opts.chartWidth * scale;
  const drawnHeight = opts.chartHeight * scale;
  const chart = opts.chart.svg;
  chart.setAttribute('x', String(s.padding + (box.width - drawnWidth) / 2));
  chart.setAttribute('y', (y + (box.height - drawnHeight) / 2).toFixed(2));
  chart.setAttribute('width', drawnWidth.toFixed(2));
  chart.setAttribute('height', drawnHeight.toFixed(2));
  content.appendChild(chart);
  y += box.height + s.gap;

  for (const { item, text, x, row } of layout.legend) {
    const mid = y + row * layout.legendStep + layout.legendStep / 2;
    content.appendChild(
      el('rect', {
        x: s.padding + x,
        y: (mid - s.swatch / 2).toFixed(2),
        width: s.swatch,
        height: s.swatch,
        rx: 2,
        fill: item.color,
      }),
    );
    const label = el('text', {
      x: (s.padding + x + s.swatch + 6).toFixed(2),
      y: (mid + s.small.size * 0.36).toFixed(2),
      'font-size': s.small.size,
      'font-weight': s.small.weight,
      fill: theme.text,
    });
    label.textContent = text;
    content.appendChild(label);
  }
  if (layout.legend.length > 0) y += ((layout.legend.at(-1)?.row ?? 0) + 1) * layout.legendStep + s.gap;

  draw(layout.source);
  const height = opts.size ? opts.size.height : Math.ceil(y + s.padding);

  background.setAttribute('height', String(height));
  const ratio = opts.pixelRatio ?? 1;
  root.setAttribute('width', String(width * ratio));
  root.setAttribute('height', String(height * ratio));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return root;
}

/** The file: an XML declaration and the serialised SVG. */
export function serializeSvg(svg: SVGSVGElement): string {
  const xml = new XMLSerializer().serializeToString(svg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/** Width and height of the image in CSS pixels, read from the root's viewBox. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const [, , w, h] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  return { width: w ?? 0, height: h ?? 0 };
}
