import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyFilters, selectView, type Filters } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import { viewCaption } from '../../data/view-words';
import { translator } from '../../i18n/i18n';
import type { ChartHandle } from '../../lib/chart-handle';
import { fixture } from '../../testing/fixtures';
import { makeChartImage } from './chart-image';
import { ExportError } from './export-error';
import { darkTheme, exportPresets, lightTheme } from './svg-serialize';

const SVG_NS = 'http://www.w3.org/2000/svg';
const index = buildIndex(fixture('small'));
const westOnly: Filters = { ...emptyFilters, district: ['west'] };

/** A handle as a figure gives it: words from the view that drew it (the small fixture, 西区 only). */
const chart = (svg: SVGSVGElement | null, chromeSelector?: string): ChartHandle => ({
  id: 'supply-variants',
  title: '物资原文写法',
  finding: '酒精1次',
  unit: '走访次数',
  legend: [{ label: '手套', color: '#56b4e9' }],
  caption: viewCaption(index, selectView(index, westOnly).rows, westOnly, 'zh', translator('zh')),
  getSvg: () => svg,
  texts: ['酒精', '走访次数'],
  ...(chromeSelector ? { chromeSelector } : {}),
});

/** A drawn chart: a bar, a label in the page's text colour, and a hover band the figure calls chrome. */
function drawnChart(): SVGSVGElement {
  document.body.innerHTML = `
    <figure style="color: rgb(203, 213, 225)">
      <svg xmlns="${SVG_NS}" width="320" height="160" viewBox="0 0 320 160">
        <rect x="10" y="10" width="100" height="20" fill="#cc79a7"></rect>
        <rect class="hover-band" x="0" y="0" width="320" height="40" fill="#888888"></rect>
        <text x="4" y="150" fill="rgb(203, 213, 225)" font-size="12">酒精</text>
      </svg>
    </figure>`;
  return document.querySelector('svg')!;
}

const fontBytes = new Uint8Array([0x77, 0x4f, 0x46, 0x32]);
beforeEach(() => {
  // The font files: fetched by URL; any bytes will do for the SVG text.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(fontBytes)),
  );
  // jsdom has no canvas: colours are taken as computed.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const request = { format: 'svg' as const, scale: 2, lang: 'zh' as const, now: new Date(2026, 10, 28) };
async function svgOf(blob: Blob): Promise<Document> {
  const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  return doc;
}

describe('makeChartImage', () => {
  it('refuses, with a reason, a chart that has not drawn yet', async () => {
    await expect(makeChartImage({ ...request, chart: chart(null) })).rejects.toEqual(
      new ExportError('noChart'),
    );
  });

  it('refuses a chart drawn at zero size (hidden, or not laid out)', async () => {
    const svg = document.createElementNS(SVG_NS, 'svg');
    document.body.appendChild(svg);
    await expect(makeChartImage({ ...request, chart: chart(svg) })).rejects.toEqual(
      new ExportError('noChart'),
    );
  });

  it('writes an SVG that says what the handle says: title, finding, filters, source, legend; named by view', async () => {
    const { blob, fileName } = await makeChartImage({ ...request, chart: chart(drawnChart()) });
    expect(fileName).toBe('small-bulletin_supply-variants_district-west_2026-11-28.svg');
    expect(blob.type).toBe('image/svg+xml;charset=utf-8');
    const doc = await svgOf(blob);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const all = texts.join('');
    for (const part of [
      '物资原文写法',
      '酒精1次',
      '筛选：区县为西区',
      '来源：测试单位《测试公告：区领导走访社区》，2020年2月4日',
      '手套',
      '酒精',
    ])
      expect(all).toContain(part);
    // The font travels inside the file.
    expect(doc.querySelector('style')?.textContent).toContain('data:font/woff2;base64,');
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('zh-CN');
  });

  it('leaves out what the figure names as chrome, and keeps the data', async () => {
    const { blob } = await makeChartImage({ ...request, chart: chart(drawnChart(), '.hover-band') });
    const rects = [...(await svgOf(blob)).querySelectorAll('svg svg rect')];
    expect(rects.map((r) => r.getAttribute('width'))).toEqual(['100']);
    const withChrome = await makeChartImage({ ...request, chart: chart(drawnChart()) });
    expect((await svgOf(withChrome.blob)).querySelectorAll('svg svg rect')).toHaveLength(2);
  });

  it('draws on white by default, on the dark theme when asked', async () => {
    const light = await svgOf((await makeChartImage({ ...request, chart: chart(drawnChart()) })).blob);
    expect(light.querySelector('svg > rect')?.getAttribute('fill')).toBe(lightTheme.background);
    const dark = await svgOf(
      (await makeChartImage({ ...request, dark: true, chart: chart(drawnChart()) })).blob,
    );
    expect(dark.querySelector('svg > rect')?.getAttribute('fill')).toBe(darkTheme.background);
  });

  it('has the size of the chosen preset whatever the size drawn on the page: 16:9 by default', async () => {
    const slide = await svgOf((await makeChartImage({ ...request, chart: chart(drawnChart()) })).blob);
    expect(slide.documentElement.getAttribute('viewBox')).toBe('0 0 1280 720');
    const report = await makeChartImage({ ...request, preset: 'report', chart: chart(drawnChart()) });
    expect((await svgOf(report.blob)).documentElement.getAttribute('viewBox')).toBe(
      `0 0 ${exportPresets.report.width} ${exportPresets.report.height}`,
    );
  });

  it('asks a figure that can draw itself again for a drawing at the space the words leave, and disposes of it', async () => {
    const live = drawnChart();
    const dispose = vi.fn();
    const drawAt = vi.fn(async (size: { width: number; height: number }) => {
      const svg = document.createElementNS(SVG_NS, 'svg');
      svg.setAttribute('width', String(size.width));
      svg.setAttribute('height', String(size.height));
      const text = document.createElementNS(SVG_NS, 'text');
      text.textContent = '重新画的图';
      svg.appendChild(text);
      document.body.appendChild(svg);
      return { svg, dispose };
    });
    const { blob } = await makeChartImage({
      ...request,
      preset: 'square',
      chart: { ...chart(live), drawAt },
    });
    expect(drawAt).toHaveBeenCalledOnce();
    const [box, measure] = drawAt.mock.calls[0]! as unknown as [{ width: number; height: number }, unknown];
    // As wide as the square less its margins; shorter than it, the words take the rest.
    expect(box.width).toBeLessThan(exportPresets.square.width);
    expect(box.height).toBeGreaterThan(0);
    expect(box.height).toBeLessThan(exportPresets.square.height);
    expect(typeof measure).toBe('function');
    const texts = [...(await svgOf(blob)).querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('重新画的图');
    expect(dispose).toHaveBeenCalledOnce();
  });

  it('disposes of the drawing when the image fails after it', async () => {
    const dispose = vi.fn();
    const drawAt = vi.fn(async () => ({ svg: drawnChart(), dispose }));
    vi.spyOn(XMLSerializer.prototype, 'serializeToString').mockImplementation(() => {
      throw new Error('broken');
    });
    await expect(makeChartImage({ ...request, chart: { ...chart(drawnChart()), drawAt } })).rejects.toThrow(
      'broken',
    );
    expect(dispose).toHaveBeenCalledOnce();
  });

  it('names an English image in English', async () => {
    const en = translator('en');
    const handle = {
      ...chart(drawnChart()),
      caption: viewCaption(index, selectView(index, westOnly).rows, westOnly, 'en', en),
    };
    const doc = await svgOf((await makeChartImage({ ...request, lang: 'en', chart: handle })).blob);
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('en');
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ')).toContain('West District');
  });
});
