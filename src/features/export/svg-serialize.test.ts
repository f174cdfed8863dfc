import { estimateWidth } from '../../lib/text-metrics';
import {
  captionTexts,
  cloneChartSvg,
  captionStyle,
  composeExportSvg,
  darkTheme,
  exportPresets,
  lightTheme,
  normalizeRgb,
  serializeSvg,
  svgSize,
  xmlSafe,
  type Caption,
  type StyleReader,
  type Theme,
} from './svg-serialize';

const INHERITED = new Set([
  'fill',
  'stroke',
  'stroke-width',
  'font-size',
  'font-weight',
  'text-anchor',
  'color',
  'visibility',
]);
const INITIAL: Record<string, string> = {
  fill: 'rgb(0, 0, 0)',
  stroke: 'none',
  'font-size': '16px',
  'font-weight': '400',
  color: 'rgb(0, 0, 0)',
  opacity: '1',
};

/**
 * A browser's computed style, as far as these tests need it (jsdom cascades style sheets but neither inherits SVG
 * properties nor reads presentation attributes): own declaration, else presentation attribute, else the parent's
 * value for inherited properties, else the initial value; currentColor resolves to `color`.
 */
const browserLikeStyle: StyleReader = (element) => ({
  getPropertyValue(name: string): string {
    const own = getComputedStyle(element).getPropertyValue(name) || element.getAttribute(name) || '';
    const value =
      own !== ''
        ? own
        : INHERITED.has(name) && element.parentElement
          ? browserLikeStyle(element.parentElement).getPropertyValue(name)
          : (INITIAL[name] ?? '');
    return value.toLowerCase() === 'currentcolor'
      ? browserLikeStyle(element).getPropertyValue('color')
      : value;
  },
});

function liveChart(): SVGSVGElement {
  document.body.innerHTML = `
    <style>
      .figure { color: rgb(51, 65, 85); }
      .dark .figure { color: rgb(203, 213, 225); }
      .bar path { fill: rgb(213, 94, 0); }
      .grid line { stroke: rgb(226, 232, 240); }
      *:focus-visible { outline: 3px solid #2563eb; }
    </style>
    <figure class="figure">
      <div data-export-ignore><button>下载 PNG</button></div>
      <svg class="surface" width="400" height="200" viewBox="0 0 400 200" tabindex="0" role="application" style="width:100%">
        <title>Chart title</title>
        <desc>Chart description</desc>
        <g class="grid"><line x1="0" x2="400" y1="10" y2="10"/></g>
        <g class="bar" cursor="pointer"><path d="M0 0h10v10z"/></g>
        <g class="active-bar"><g class="bar"><path d="M0 20h10v10z"/></g></g>
        <rect class="hover-band" x="0" y="0" width="400" height="20" fill="currentColor" fill-opacity="0.1"/>
        <g class="tick-label" cursor="pointer">
          <title>赫山区 · 按“赫山区”筛选</title>
          <text x="4" y="20" fill="currentColor" font-size="12" font-weight="600">赫山区</text>
        </g>
        <text x="100" y="190" fill="currentColor" font-size="12" data-export-ignore>hover hint</text>
        <text x="200" y="190" fill="currentColor" font-size="12" style="display:none">hidden</text>
        <text x="300" y="190" fill="currentColor" font-size="11">走访次数</text>
      </svg>
      <div class="tooltip"><p>tooltip</p></div>
    </figure>`;
  return document.querySelector('svg')!;
}

/** The figure names its own interaction chrome (here the hover band); the export knows no chart library. */
const CHROME = '.hover-band';
const clone = (svg: SVGSVGElement, theme?: Theme) =>
  cloneChartSvg(svg, {
    getStyle: browserLikeStyle,
    normalizeColor: (c) => c,
    width: 400,
    height: 200,
    chromeSelector: CHROME,
    theme,
  });

describe('cloneChartSvg', () => {
  it('writes the computed colours onto the elements, so the image needs no page CSS', () => {
    const { svg } = clone(liveChart());
    expect(svg.querySelector('path')?.getAttribute('fill')).toBe('#d55e00');
    expect(svg.querySelector('line')?.getAttribute('stroke')).toBe('#e2e8f0');
    // Text drawn in currentColor carries the figure's text colour, resolved.
    const label = [...svg.querySelectorAll('text')].find((t) => t.textContent === '赫山区');
    expect(label?.getAttribute('fill')).toBe('#334155');
    expect(label?.getAttribute('font-weight')).toBe('600');
    expect(svg.outerHTML).not.toMatch(/currentcolor/i);
  });

  it('follows dark mode: the same chart under .dark carries the dark colours', () => {
    const live = liveChart();
    document.body.classList.add('dark');
    const { svg } = clone(live);
    document.body.classList.remove('dark');
    const label = [...svg.querySelectorAll('text')].find((t) => t.textContent === '赫山区');
    expect(label?.getAttribute('fill')).toBe('#cbd5e1');
  });

  it('draws a dark page’s chart in the image theme’s text colour: light text on white is not lost', () => {
    const live = liveChart();
    document.body.classList.add('dark');
    const { svg } = clone(live, lightTheme);
    document.body.classList.remove('dark');
    const label = [...svg.querySelectorAll('text')].find((t) => t.textContent === '赫山区');
    expect(label?.getAttribute('fill')).toBe(lightTheme.text);
    expect(svg.outerHTML).not.toContain('#cbd5e1');
    // Data colours are not the page's text colour: they stay.
    expect(svg.querySelector('path')?.getAttribute('fill')).toBe('#d55e00');
    // And a light page's chart on the dark theme takes the dark theme's text colour.
    const onDark = clone(liveChart(), darkTheme).svg;
    expect([...onDark.querySelectorAll('text')].map((t) => t.getAttribute('fill'))).toContain(darkTheme.text);
    expect(onDark.outerHTML).not.toContain('#334155');
  });

  it('leaves out only the chrome the figure names, knowing no chart library’s classes', () => {
    const kept = cloneChartSvg(liveChart(), {
      getStyle: browserLikeStyle,
      normalizeColor: (c) => c,
      width: 400,
      height: 200,
    });
    expect(kept.svg.querySelectorAll('rect')).toHaveLength(1);
    expect(clone(liveChart()).svg.querySelectorAll('rect')).toHaveLength(0);
  });

  it('leaves out the UI chrome: toolbar, tooltip, hover cursor, titles, hidden text, focus and click hooks', () => {
    const { svg, texts } = clone(liveChart());
    const xml = new XMLSerializer().serializeToString(svg);
    expect(svg.querySelectorAll('rect')).toHaveLength(0);
    expect(xml).not.toContain('hover hint');
    expect(xml).not.toContain('hidden');
    expect(xml).not.toContain('按“赫山区”筛选');
    expect(xml).not.toMatch(/\b(class|style|tabindex|cursor|role)=/);
    expect(xml).not.toContain('<title');
    expect(xml).not.toContain('outline');
    expect(texts).toEqual([
      { text: '赫山区', weight: 600 },
      { text: '走访次数', weight: 400 },
    ]);
  });

  it('keeps the geometry and sets the CSS size', () => {
    const { svg } = clone(liveChart());
    expect(svg.getAttribute('viewBox')).toBe('0 0 400 200');
    expect(svg.getAttribute('width')).toBe('400');
    expect(svg.querySelector('path')?.getAttribute('d')).toBe('M0 0h10v10z');
    // A bar under the pointer is still data: it stays.
    expect([...svg.querySelectorAll('path')].map((p) => p.getAttribute('d'))).toContain('M0 20h10v10z');
  });
});

describe('normalizeRgb', () => {
  it('writes opaque colours as hex, transparent as none, others as rgba()', () => {
    expect(normalizeRgb('rgb(213, 94, 0)')).toBe('#d55e00');
    expect(normalizeRgb('rgba(0, 0, 0, 0)')).toBe('none');
    expect(normalizeRgb('rgb(0 0 0 / 50%)')).toBe('rgba(0, 0, 0, 0.5)');
    expect(normalizeRgb('oklch(0.5 0.1 200)')).toBeNull();
  });
});

const caption: Caption = {
  title: '各区县收到的物资种类（按走访次数）',
  subtitle: '赫山区4次、资阳区2次',
  unit: '单位：走访次数',
  filters: '筛选：区县为资阳区',
  source: '来源：益阳市人大常委会《市人大常委会机关开展疫情防控志愿者服务》，2020年2月8日',
  legend: [
    { label: '口罩', color: '#009E73' },
    { label: '酒精', color: '#CC79A7' },
  ],
};
const fontCss = "@font-face{font-family:'X';src:url(data:font/woff2;base64,AAAA) format('woff2')}";

function compose(
  pixelRatio?: number,
  words: Caption = caption,
  live: SVGSVGElement = liveChart(),
  size?: { width: number; height: number },
) {
  const chart = clone(live);
  return composeExportSvg({
    doc: document,
    chart,
    chartWidth: 400,
    chartHeight: 200,
    caption: words,
    theme: lightTheme,
    fontFamily: "'X', sans-serif",
    fontCss,
    measure: estimateWidth,
    lang: 'zh',
    pixelRatio,
    size,
  });
}

describe('composeExportSvg', () => {
  it('holds title, unit, filters, chart, legend and source, and the embedded font', () => {
    const xml = serializeSvg(compose());
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const all = texts.join('');
    for (const part of [
      caption.title,
      caption.subtitle,
      caption.unit,
      caption.filters,
      caption.source,
      '口罩',
      '酒精',
      '赫山区',
    ]) {
      expect(all).toContain(part);
    }
    expect(doc.querySelector('style')?.textContent).toContain('@font-face');
    expect(doc.querySelector('style')?.textContent).toContain('data:font/woff2;base64,');
    expect(doc.documentElement.getAttribute('xmlns') ?? doc.documentElement.namespaceURI).toBe(
      'http://www.w3.org/2000/svg',
    );
    expect(xml.startsWith('<?xml')).toBe(true);
  });

  it('stacks title, finding, filters and unit above the chart, the legend and then the source below it', () => {
    const svg = compose();
    /** The y of the first line of a text (long ones wrap). */
    const yOf = (text: string) =>
      Number(
        [...svg.querySelectorAll('text')]
          .find((t) => t.textContent !== '' && text.startsWith(t.textContent ?? ''))
          ?.getAttribute('y'),
      );
    const chartY = Number(svg.querySelector('svg svg')?.getAttribute('y'));
    const order = [caption.title, caption.subtitle, caption.filters, caption.unit].map(yOf);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.at(-1)).toBeLessThan(chartY);
    expect(yOf('口罩')).toBeGreaterThan(chartY + 200);
    expect(yOf(caption.source)).toBeGreaterThan(yOf('口罩'));
  });

  it('paints an opaque background over the whole image', () => {
    const svg = compose();
    const { width, height } = svgSize(svg);
    const background = svg.querySelector(':scope > rect')!;
    expect(background.getAttribute('fill')).toBe('#ffffff');
    expect(Number(background.getAttribute('width'))).toBe(width);
    expect(Number(background.getAttribute('height'))).toBe(height);
    expect(width).toBe(400 + 48);
    expect(height).toBeGreaterThan(200 + 100);
  });

  it('has exactly a preset’s size when given one, the chart fitted between the words, keeping its proportions', () => {
    const svg = compose(1, caption, liveChart(), exportPresets.slide);
    expect(svg.getAttribute('viewBox')).toBe('0 0 1280 720');
    const background = svg.querySelector(':scope > rect')!;
    expect([background.getAttribute('width'), background.getAttribute('height')]).toEqual(['1280', '720']);
    const chart = svg.querySelector('svg svg')!;
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(chart.getAttribute(a)));
    expect(w! / h!).toBeCloseTo(400 / 200);
    expect(x).toBeGreaterThanOrEqual(captionStyle.padding);
    expect(x! + w!).toBeLessThanOrEqual(1280 - captionStyle.padding + 0.01);
    // Below the last line of words above it, and above the legend.
    const texts = [...svg.querySelectorAll(':scope > g > text')];
    const above = texts.filter((t) => Number(t.getAttribute('y')) < y!);
    expect(above.map((t) => t.textContent).join('')).toContain(caption.unit);
    const legend = texts.find((t) => t.textContent === '口罩')!;
    expect(Number(legend.getAttribute('y'))).toBeGreaterThan(y! + h!);
    expect(Number(texts.at(-1)!.getAttribute('y'))).toBeLessThanOrEqual(720);
  });

  it('asks a rasteriser for more pixels without changing the drawing', () => {
    const one = compose(1);
    const two = compose(2);
    expect(two.getAttribute('viewBox')).toBe(one.getAttribute('viewBox'));
    expect(Number(two.getAttribute('width'))).toBe(2 * Number(one.getAttribute('width')));
  });

  it('wraps long caption lines to the image width', () => {
    const svg = compose();
    const sourceLines = [...svg.querySelectorAll('text')].filter((t) => t.getAttribute('font-size') === '12');
    for (const line of sourceLines)
      expect(estimateWidth(line.textContent ?? '', 12, 400)).toBeLessThanOrEqual(400);
  });

  it('lists every caption text with its weight for the font subset', () => {
    expect(captionTexts(caption)).toEqual([
      { text: caption.title, weight: 700 },
      { text: caption.subtitle, weight: 400 },
      { text: caption.unit, weight: 400 },
      { text: caption.filters, weight: 400 },
      { text: caption.source, weight: 400 },
      { text: '口罩', weight: 400 },
      { text: '酒精', weight: 400 },
    ]);
  });
});

describe('xmlSafe', () => {
  it('replaces the characters XML forbids and keeps everything else, emoji and line breaks included', () => {
    expect(xmlSafe('a\u0000b\u0007c\ufffe')).toBe('a\ufffdb\ufffdc\ufffd');
    expect(xmlSafe('lone \ud800 and \udc00')).toBe('lone \ufffd and \ufffd');
    expect(xmlSafe('口罩 😷\t\n\r')).toBe('口罩 😷\t\n\r');
  });

  it('makes an image whose names hold U+0000 a well-formed file', () => {
    const live = liveChart();
    live.querySelector('text')!.textContent = '赫山\u0000区';
    const words: Caption = {
      ...caption,
      title: '物资\u0000种类',
      filters: '筛选：人员为甲\u0001乙',
      legend: [{ label: '口\u0000罩', color: '#009E73' }],
    };
    const xml = serializeSvg(compose(1, words, live));
    const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(
      expect.arrayContaining(['物资\ufffd种类', '筛选：人员为甲\ufffd乙', '口\ufffd罩', '赫山\ufffd区']),
    );
    expect(doc.querySelector('title')?.textContent).toContain('物资\ufffd种类');
  });
});
