/**
 * Export, in the built app: chart images (PNG, SVG, clipboard) and the data in view (CSV, JSON), checked as files.
 * Set EXPORT_DIR to keep a copy of every downloaded file (to look at them).
 */
import { expect, test, type BrowserContext, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildIndex } from '../src/data/index-builder';
import { emptyFilters, selectView, type Filters } from '../src/data/select';
import { datasetSchema, type Dataset } from '../src/data/schema';
import { parseCsv } from '../src/testing/csv-reader';

const dataset = JSON.parse(readFileSync(resolve('public/data/dataset.json'), 'utf8')) as Dataset;
const index = buildIndex(dataset);
const ziyang: Filters = { ...emptyFilters, district: ['ziyang'] };
const idsInView = (filters: Filters) => selectView(index, filters).rows.map((r) => r.visit.id);

const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const places = /^走访去向/;

const status = (page: Page) => page.getByRole('status').filter({ hasText: /次走访|visits/ });
const charts = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^(图表|Charts)$/ }) });
const chartSvg = (figure: Locator) => figure.locator('svg.recharts-surface').first();

async function openFigure(page: Page, url: string, name: string | RegExp = places): Promise<Locator> {
  await page.goto(url);
  const figure = charts(page).getByRole('figure', { name });
  // Charts draw as they come into view, as a user scrolls to them.
  await figure.scrollIntoViewIfNeeded();
  await expect(chartSvg(figure)).toBeVisible();
  return figure;
}

/** A button of a figure's export menu (导出 / Export), the menu opened first. */
async function exportButton(figure: Locator, name: string | RegExp): Promise<Locator> {
  const menu = figure.locator('details:has(> summary)').first();
  if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
  return figure.getByRole('button', { name });
}

/** Clicks and returns the downloaded file (kept in EXPORT_DIR when set). */
async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  const name = file.suggestedFilename();
  if (process.env.EXPORT_DIR) {
    await mkdir(process.env.EXPORT_DIR, { recursive: true });
    await file.saveAs(join(process.env.EXPORT_DIR, name));
  }
  return { name, bytes: readFileSync(path) };
}

/** Width, height and a look at the pixels of a PNG, decoded by the browser. */
async function decodePng(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const [r0, g0, b0] = [data[0], data[1], data[2]];
    const colours = new Set<number>();
    let differing = 0;
    let transparent = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      if (data[i] !== r0 || data[i + 1] !== g0 || data[i + 2] !== b0) differing += 1;
      if (data[i + 3]! < 255) transparent += 1;
    }
    const pixels = data.length / 4;
    return {
      width: img.naturalWidth,
      height: img.naturalHeight,
      corner: [r0!, g0!, b0!],
      colours: colours.size,
      differing: differing / pixels,
      transparent,
    };
  }, bytes.toString('base64'));
}

/** The PNG's own header: width and height from IHDR, pixels per metre from pHYs. */
function pngHeader(bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const phys = bytes.indexOf('pHYs');
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    ppm: phys > 0 ? bytes.readUInt32BE(phys + 4) : null,
  };
}

test.describe('chart images of a filtered view (?district=ziyang)', () => {
  test('PNG: a 16:9 slide at 2× by default, 3× on request, opaque and not blank', async ({ page }) => {
    const figure = await openFigure(page, './?district=ziyang');
    await expect(status(page)).toHaveText('显示 2 / 6 次走访');

    const png = await download(page, await exportButton(figure, '下载 PNG'));
    expect(png.name).toMatch(new RegExp(`^yiyang-npc-2020-02-08_places_district-ziyang_${DATE}\\.png$`));
    const header = pngHeader(png.bytes);
    expect([header.width, header.height]).toEqual([2 * 1280, 2 * 720]);
    expect(header.ppm).toBe(Math.round(192 / 0.0254));
    const pixels = await decodePng(page, png.bytes);
    expect(pixels.width).toBe(header.width);
    expect(pixels.transparent).toBe(0);
    expect(pixels.corner).toEqual([255, 255, 255]);
    expect(pixels.colours).toBeGreaterThan(20);
    expect(pixels.differing).toBeGreaterThan(0.02);
    await expect(figure.getByText(`已导出 ${png.name}`)).toBeVisible();

    // The menu closed once the file was saved; open again, pick 3×.
    await expect(figure.getByRole('button', { name: '下载 PNG' })).toBeHidden();
    await exportButton(figure, '下载 PNG');
    await figure.getByRole('combobox', { name: 'PNG 倍率' }).selectOption('3');
    const big = await download(page, await exportButton(figure, '下载 PNG'));
    expect([pngHeader(big.bytes).width, pngHeader(big.bytes).height]).toEqual([3 * 1280, 3 * 720]);
  });

  test('the same size whatever the window: a phone exports the 4:3 report as a 1920 px screen does', async ({
    page,
  }) => {
    const sizes: number[][] = [];
    for (const width of [390, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      const figure = await openFigure(page, './?district=ziyang');
      await (await exportButton(figure, '下载 PNG')).waitFor();
      await figure.getByRole('combobox', { name: '图片尺寸' }).selectOption('report');
      const png = await download(page, await exportButton(figure, '下载 PNG'));
      const header = pngHeader(png.bytes);
      sizes.push([header.width, header.height]);
    }
    expect(sizes).toEqual([
      [2048, 1536],
      [2048, 1536],
    ]);
  });

  // One load serves the SVG's content and the pointer's absence from it (they were two tests, each loading the
  // view and downloading the same SVG first): the SVG as first downloaded is checked, then the pointer rests on a
  // bar and it is downloaded again.
  test('SVG: the caption says the filter and the source, a font is embedded, no UI chrome, under 500 KB; what the pointer shows (tooltip, hover cursor, focus) does not leak into the image', async ({
    page,
  }) => {
    const figure = await openFigure(page, './?district=ziyang');
    const button = await exportButton(figure, '下载 SVG');
    const svg = await download(page, button);
    expect(svg.name).toMatch(new RegExp(`^yiyang-npc-2020-02-08_places_district-ziyang_${DATE}\\.svg$`));
    const text = svg.bytes.toString('utf8');
    expect(svg.bytes.length).toBeLessThan(500 * 1024);
    expect(text).toMatch(
      /@font-face\{font-family:'Yiyang Export Noto Sans SC';[^}]*src:url\(data:font\/woff2;base64,/,
    );
    expect(text).toContain('>走访去向：区县 › 街道 › 社区</text>');
    expect(text).toContain('>资阳区2次</text>');
    expect(text).toContain('筛选：区县为资阳区');
    expect(text).toContain('来源：益阳市人大常委会《市人大常委会机关开展疫情防控志愿者服务》，2020年2月8日');
    expect(text).toContain('>单位：走访次数</text>');
    // The legend: the district in view, with its colour.
    expect(text).toMatch(/<rect [^>]*fill="#d55e00"[^>]*\/>\s*<text[^>]*>资阳区<\/text>/i);
    // The chart itself: the district it shows, and none of the other.
    expect(text).toContain('>资阳区</text>');
    expect(text).not.toContain('>赫山区</text>');
    // No UI chrome and no dependence on the page's CSS.
    for (const chrome of [
      '下载 PNG',
      'data-export-ignore',
      'recharts-tooltip',
      'class=',
      'tabindex',
      'currentColor',
      'var(--',
    ]) {
      expect(text).not.toContain(chrome);
    }
    // It is a well-formed image on its own.
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
      };
    }, text);
    expect(parsed).toEqual({ error: null, root: 'svg' });

    // What the pointer shows does not leak into the image.
    const calm = text;
    // The menu closed once the file was saved (it lies over the chart); point at a bar: Recharts draws its hover
    // cursor and an HTML tooltip. The button is then clicked by event, the pointer staying on the bar.
    await expect(figure.locator('details').first()).not.toHaveAttribute('open');
    const bar = chartSvg(figure).locator('.recharts-bar-rectangle path').first();
    await bar.hover();
    await expect(figure.locator('.recharts-tooltip-cursor')).toHaveCount(1);
    await expect(figure.locator('.recharts-tooltip-wrapper')).toContainText('资阳区');
    // Click without moving the pointer away, so that the hover state is what gets exported.
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      // By CSS, not role: in the closed menu the button is hidden from the accessibility tree.
      figure.locator('button', { hasText: '下载 SVG' }).evaluate((b) => (b as HTMLButtonElement).click()),
    ]);
    await expect(figure.locator('.recharts-tooltip-cursor')).toHaveCount(1);
    const hovered = readFileSync(await file.path(), 'utf8');
    // The same image: each drawing gets fresh element ids from the chart library, nothing else differs.
    const ids = (svg: string) => svg.replace(/\bid="[^"]*"|url\(#[^)]*\)/g, 'ID');
    expect(ids(hovered)).toBe(ids(calm));
  });

  test('English: names, caption and file in English', async ({ page }) => {
    const figure = await openFigure(page, './?district=ziyang&lang=en', /^Where the visits went/);
    await expect(await exportButton(figure, 'Download PNG')).toBeVisible();
    const svg = await download(page, await exportButton(figure, 'Download SVG'));
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('Filters: District\u00a0=\u00a0Ziyang District');
    expect(text).toContain('Source: Standing Committee of the Yiyang Municipal People');
    expect(text).toContain('8 Feb 2020');
    expect(text).toContain('>Ziyang District 2</text>');
    // An English image without Chinese text embeds only the small Latin subset.
    expect(svg.bytes.length).toBeLessThan(40 * 1024);
  });

  test('a dark page exports a light image by default, a dark one on request, never a transparent one', async ({
    page,
  }) => {
    await page.addInitScript(() => localStorage.setItem('yiyang-dashboard-theme', 'dark'));
    const figure = await openFigure(page, './?district=ziyang');
    const light = await decodePng(page, (await download(page, await exportButton(figure, '下载 PNG'))).bytes);
    expect(light.transparent).toBe(0);
    expect(light.corner).toEqual([255, 255, 255]);
    const lightSvg = (await download(page, await exportButton(figure, '下载 SVG'))).bytes.toString('utf8');
    // Text and axes in the light theme's ink, not the dark page's pale grey.
    expect(lightSvg).not.toMatch(/fill="#e2e8f0"/i);
    await figure.locator('summary', { hasText: '导出' }).click();
    await figure.getByRole('checkbox', { name: '深色图片' }).check();
    const png = await download(page, await exportButton(figure, '下载 PNG'));
    const pixels = await decodePng(page, png.bytes);
    expect(pixels.transparent).toBe(0);
    expect(Math.max(...pixels.corner)).toBeLessThan(60);
    const svg = (await download(page, await exportButton(figure, '下载 SVG'))).bytes.toString('utf8');
    const background = /<rect x="0" y="0" width="\d+" height="\d+" fill="(#[0-9a-f]{6})"/.exec(svg)?.[1];
    expect(background).toBeDefined();
    expect(parseInt(background!.slice(1, 3), 16)).toBeLessThan(60);
  });

  test('every drawn chart exports, and its image holds its own title and finding', async ({ page }) => {
    await page.goto('./?district=ziyang');
    const figures = charts(page)
      .getByRole('figure')
      .filter({ has: page.locator('summary') });
    await expect(charts(page).getByRole('figure')).toHaveCount(4);
    // A chart whose values are all equal (the supplies: every visit had all three) says so in a sentence:
    // nothing to draw, nothing to export. The others export.
    await expect(charts(page).getByText('各项数值相同，不画条形；数字见下表。').first()).toBeVisible();
    // The charts load after the first paint: wait for their export menus before counting them.
    await expect.poll(() => figures.count()).toBeGreaterThanOrEqual(2);
    const count = await figures.count();
    for (let i = 0; i < count; i += 1) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      await expect(chartSvg(figure)).toBeVisible();
      const title = (await figure.locator('figcaption span').nth(0).textContent()) ?? '';
      const finding = (await figure.locator('figcaption span').nth(1).textContent()) ?? '';
      const svg = (await download(page, await exportButton(figure, '下载 SVG'))).bytes;
      expect(svg.toString('utf8')).toContain(title);
      expect(svg.toString('utf8')).toContain(finding.slice(0, 8));
      expect(svg.length).toBeLessThan(500 * 1024);
      const png = await download(page, await exportButton(figure, '下载 PNG'));
      expect(pngHeader(png.bytes).width).toBe(2 * 1280);
    }
  });
});

test("the map's SVG embeds each font file once, under 500 KiB, every glyph from it", async ({
  page,
  context,
}) => {
  await page.goto('./');
  const figure = page.getByRole('figure', { name: /^走访去向地图/ });
  await expect(figure.getByRole('button', { name: '赫山区：4次走访' })).toBeVisible();
  const svg = (await download(page, await exportButton(figure, '下载 SVG'))).bytes.toString('utf8');
  expect(svg).toContain('>桃江县</tspan>');
  const files = [...svg.matchAll(/url\((data:font\/woff2;base64,[^)]+)\)/g)].map((m) => m[1]);
  expect(files.length).toBeGreaterThan(0);
  expect(new Set(files).size).toBe(files.length);
  expect(svg.length).toBeLessThan(500 * 1024);
  await expectGlyphsFromEmbeddedFont(context, svg);
});

test.describe('the export menu closes as a menu does', () => {
  // The menu's disclosure (a <summary>, which Playwright gives no role).
  const menuButton = (figure: Locator) => figure.locator('summary', { hasText: '导出' });
  const mapFigure = async (page: Page) => {
    await page.goto('./');
    const figure = page.getByRole('figure', { name: /^走访去向地图/ });
    await expect(figure.getByRole('button', { name: '赫山区：4次走访' })).toBeVisible();
    return figure;
  };

  // One load of the map serves the three ways the menu closes (they were three tests, each loading the page): each
  // opens the menu from closed, as on a fresh page. The download first, as the page's first export (the image
  // code loads for it), as before; the click outside last, as it ticks the dark option.
  test('once the file is downloaded, the focus back on 导出; on Escape, the focus back on 导出; on a click outside it, not on one inside it', async ({
    page,
  }) => {
    const figure = await mapFigure(page);

    // Once the file is downloaded, the focus back on 导出.
    const file = await download(page, await exportButton(figure, '下载 SVG'));
    expect(file.name).toMatch(/_map_/);
    await expect(figure.getByText(`已导出 ${file.name}`)).toBeVisible();
    await expect(figure.getByRole('button', { name: '下载 SVG' })).toBeHidden();
    await expect(menuButton(figure)).toBeFocused();

    // On Escape, the focus back on 导出.
    const menu = menuButton(figure);
    await menu.click();
    const svg = figure.getByRole('button', { name: '下载 SVG' });
    await svg.focus();
    await page.keyboard.press('Escape');
    await expect(svg).toBeHidden();
    await expect(menu).toBeFocused();

    // On a click outside it, not on one inside it.
    await figure.locator('summary', { hasText: '导出' }).click();
    await figure.getByRole('checkbox', { name: '深色图片' }).check();
    await expect(figure.getByRole('button', { name: '下载 SVG' })).toBeVisible();
    await page.getByRole('heading', { level: 1 }).click();
    await expect(figure.getByRole('button', { name: '下载 SVG' })).toBeHidden();
  });
});

/**
 * Checks that every glyph an exported SVG draws comes from its embedded font, on a machine that has CJK fonts.
 */
async function expectGlyphsFromEmbeddedFont(context: BrowserContext, original: string) {
  // This machine has Noto Sans CJK and Noto Serif CJK. Re-point the fallback after the embedded family at the
  // serif: a glyph the embedded font lacks would now be drawn in serif, visibly. Identical pixels mean that
  // every glyph came from the embedded font. The control: without the @font-face rules, the same serif
  // fallback must change the picture, or the test proves nothing.
  // The embedded families (the pieces, then any fontsource chunks) stay first.
  const stack = /font-family="((?:'Yiyang Export [^']*', )+)[^"]*"/;
  expect(original).toMatch(stack);
  const serifFallback = original.replace(stack, `font-family="$1'Noto Serif CJK SC', serif"`);
  const noEmbeddedFont = serifFallback.replace(/<style[^>]*>[\s\S]*?<\/style>/, '');
  expect(noEmbeddedFont).not.toContain('@font-face');

  // And the text must really be drawn (not still waiting for its font): compare with no text at all.
  const noText = original.replace(/<text\b[^>]*>[\s\S]*?<\/text>/g, '');

  // Rendered in a fresh page that has never seen the export font: the SVG is all it has. Each image is drawn
  // until two draws 100 ms apart agree, so a font still loading cannot pass for a missing one.
  const probe = await context.newPage();
  await probe.goto('about:blank');
  const result = await probe.evaluate(
    async (svgs) => {
      const draw = async (svgText: string) => {
        const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
        const img = new Image();
        img.src = url;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
        const snapshot = () => {
          ctx.clearRect(0, 0, canvas.width, canvas.height);
          ctx.drawImage(img, 0, 0);
          return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        };
        let last = snapshot();
        for (let i = 0; i < 30; i += 1) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          const next = snapshot();
          if (next.every((v, j) => v === last[j])) break;
          last = next;
        }
        URL.revokeObjectURL(url);
        return last;
      };
      const [a, b, c, d] = [
        await draw(svgs[0]!),
        await draw(svgs[1]!),
        await draw(svgs[2]!),
        await draw(svgs[3]!),
      ];
      const diff = (x: Uint8ClampedArray, y: Uint8ClampedArray) => {
        let n = 0;
        for (let i = 0; i < x.length; i += 4)
          if (x[i] !== y[i] || x[i + 1] !== y[i + 1] || x[i + 2] !== y[i + 2]) n += 1;
        return n;
      };
      return {
        pixels: a.length / 4,
        textDrawn: diff(a, d),
        embeddedVsSerifFallback: diff(a, b),
        serifFallbackWithoutFont: diff(b, c),
      };
    },
    [original, serifFallback, noEmbeddedFont, noText],
  );
  await probe.close();

  expect(result.textDrawn).toBeGreaterThan(result.pixels * 0.01);
  expect(result.embeddedVsSerifFallback).toBe(0);
  expect(result.serifFallbackWithoutFont).toBeGreaterThan(result.pixels * 0.005);
}

test.describe('the Chinese of an exported image does not depend on the fonts installed', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`${lang}: every glyph comes from the embedded font`, async ({ page, context }) => {
      const figure = await openFigure(
        page,
        lang === 'zh' ? './?district=ziyang' : './?district=ziyang&lang=en',
        lang === 'zh' ? /^物资原文写法/ : /^Supplies as written/,
      );
      const svg = await download(
        page,
        await exportButton(figure, lang === 'zh' ? '下载 SVG' : 'Download SVG'),
      );
      const original = svg.bytes.toString('utf8');
      expect(original).toMatch(/[\u4e00-\u9fff]/); // both languages draw Chinese here: supplies as written
      await expectGlyphsFromEmbeddedFont(context, original);
    });
  }

  test("a character the built subset lacks (a user's own dataset) comes from the fontsource chunk", async ({
    page,
    context,
  }) => {
    // The same data, with a district renamed to use 鑫, which neither the dataset nor the messages hold.
    const renamed = structuredClone(dataset);
    renamed.places.find((p) => p.id === 'ziyang')!.name.zh = '资阳鑫区';
    await page.route(/data\/dataset\.json$/, (route) => route.fulfill({ json: renamed }));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const figure = await openFigure(page, './?district=ziyang');
    const svg = (await download(page, await exportButton(figure, '下载 SVG'))).bytes.toString('utf8');
    expect(svg).toContain('筛选：区县为资阳鑫区');
    expect(svg).toContain('>资阳鑫区</text>');
    // The fallback table and one chunk file were fetched; the chunk is embedded with its own unicode-range.
    expect(requests.filter((u) => /font-chunks-[\w-]+\.js/.test(u))).toHaveLength(1);
    expect(requests.filter((u) => /noto-sans-sc-\d+-400-normal-[\w-]+\.woff2/.test(u))).toHaveLength(1);
    const faces = svg.match(/@font-face\{[^}]*\}/g) ?? [];
    const covering = faces.filter((f) =>
      /unicode-range:([^}]*)/
        .exec(f)![1]!
        .split(',')
        .some((r) => {
          const [a, b = a] = r
            .replace('U+', '')
            .split('-')
            .map((h) => parseInt(h, 16));
          return 0x946b >= a! && 0x946b <= b!;
        }),
    );
    // One face per weight the name is drawn in (a district row is bold).
    expect(covering.length).toBeGreaterThanOrEqual(1);
    expect(svg.length).toBeLessThan(500 * 1024);
    await expectGlyphsFromEmbeddedFont(context, svg);
  });
});

test.describe('data in view', () => {
  test('the export buttons stay where they are as the user scrolls to them', async ({ page }) => {
    // Sections above them that were laid out only once on screen took their true height then: the table of 2
    // visits shrank from its 480 px estimate as the buttons came into view, and a click aimed at 导出 CSV could
    // land beside it (no download came).
    await page.goto('./?district=ziyang');
    await expect(status(page)).toHaveText('显示 2 / 6 次走访');
    const button = page.getByRole('button', { name: '导出 CSV' });
    await expect(button).toBeAttached();
    // Scrolled to as a user scrolls: the button's place on the screen, from that frame on.
    const tops = await button.evaluate(async (el) => {
      el.scrollIntoView({ block: 'center' });
      const seen: number[] = [];
      for (let frame = 0; frame < 10; frame++) {
        seen.push(Math.round(el.getBoundingClientRect().top));
        await new Promise(requestAnimationFrame);
      }
      return seen;
    });
    expect(new Set(tops).size, `the button's top, frame by frame: ${tops.join(', ')}`).toBe(1);
  });

  // One load of the view serves its three data files (they were three tests, each loading the same view): each is
  // a download, which leaves the view as it was.
  test('CSV: BOM, header, and exactly the visits in view; supplies CSV: one row per supply of the visits in view, quantity and unit in their own columns; JSON: the view as a dataset that passes the schema, whole-file checks included', async ({
    page,
  }) => {
    await page.goto('./?district=ziyang');
    await expect(status(page)).toHaveText('显示 2 / 6 次走访');
    const csv = await download(page, page.getByRole('button', { name: '导出 CSV' }));
    expect(csv.name).toMatch(new RegExp(`^yiyang-npc-2020-02-08_visits_district-ziyang_${DATE}\\.csv$`));
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(csv.bytes.subarray(3).toString('utf8'));
    expect(rows[0]).toEqual([
      '公告编号',
      '公告标题',
      '发布时间',
      '走访编号',
      '日期',
      '日期原文',
      '时段',
      '区县',
      '乡镇/街道',
      '社区/村',
      '走访地点',
      '带队',
      '其他人员（角色）',
      '委托人',
      '参加单位',
      '物资（原文）',
      '标题',
      '标记',
      '说明',
    ]);
    const body = rows.slice(1);
    expect(body.map((r) => r[3])).toEqual(idsInView(ziyang));
    expect(
      body.every(
        (r) =>
          r[0] === 'yiyang-npc-2020-02-08' &&
          r[2] === '2020-02-08T14:07:00+08:00' &&
          r[7] === '资阳区' &&
          r.length === rows[0]!.length,
      ),
    ).toBe(true);
    const timeline = page.getByRole('region', { name: '走访时间线' }).getByRole('article');
    await expect(timeline).toHaveCount(body.length);

    // Supplies CSV: one row per supply of the visits in view, quantity and unit in their own columns.
    const supplies = await download(page, page.getByRole('button', { name: '导出物资 CSV' }));
    expect(supplies.name).toMatch(
      new RegExp(`^yiyang-npc-2020-02-08_supplies_district-ziyang_${DATE}\\.csv$`),
    );
    expect([...supplies.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const supplyRows = parseCsv(supplies.bytes.subarray(3).toString('utf8'));
    expect(supplyRows[0]).toEqual([
      '公告编号',
      '走访编号',
      '日期',
      '区县',
      '物资（原文）',
      '物资种类',
      '物资种类编号',
      '数量',
      '单位',
      '原文',
    ]);
    const visits = selectView(index, ziyang).rows.map((r) => r.visit);
    expect(supplyRows.slice(1).map((r) => [r[1], r[4]])).toEqual(
      visits.flatMap((v) => v.supplies.map((s) => [v.id, s.text])),
    );
    // The bulletin states no amounts: quantity and unit empty, never 0.
    expect(supplyRows.slice(1).every((r) => r[7] === '' && r[8] === '' && r[3] === '资阳区')).toBe(true);

    // JSON: the view as a dataset that passes the schema, whole-file checks included.
    const json = await download(page, page.getByRole('button', { name: '导出 JSON' }));
    expect(json.name).toMatch(new RegExp(`^yiyang-npc-2020-02-08_visits_district-ziyang_${DATE}\\.json$`));
    const parsed = datasetSchema.safeParse(JSON.parse(json.bytes.toString('utf8')));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    if (!parsed.success) return;
    expect(parsed.data.bulletins.flatMap((b) => b.visits.map((v) => v.id)).sort()).toEqual(
      idsInView(ziyang).sort(),
    );
    expect(parsed.data.bulletins[0]!.paragraphs).toEqual(dataset.bulletins[0]!.paragraphs);
  });

  test('English headers in English', async ({ page }) => {
    await page.goto('./?lang=en&supply=mask');
    const csv = await download(page, page.getByRole('button', { name: 'Export CSV' }));
    const rows = parseCsv(csv.bytes.subarray(3).toString('utf8'));
    expect(rows[0]?.slice(3, 8)).toEqual(['Visit id', 'Date', 'Date as written', 'Time of day', 'District']);
    expect(rows).toHaveLength(idsInView({ ...emptyFilters, supply: ['mask'] }).length + 1);
  });
});

test.describe('loading and failure', () => {
  test('the image code and fonts load only when an image is first exported', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const figure = await openFigure(page, './');
    const heavy = (url: string) => /chart-image-[\w-]+\.js|\.woff2(\?|$)|font-chunks-/.test(url);
    expect(requests.filter(heavy)).toEqual([]);
    await download(page, await exportButton(figure, '下载 SVG'));
    expect(requests.some((u) => /chart-image-[\w-]+\.js/.test(u))).toBe(true);
    expect(requests.some((u) => /noto-sans-sc-400-core-[\w-]+\.woff2/.test(u))).toBe(true);
    // The bundled dataset needs no fallback chunk.
    expect(requests.filter((u) => /font-chunks-|noto-sans-sc-\d+-400-normal/.test(u))).toEqual([]);
  });

  test('a font that cannot be fetched is said, and no file is written', async ({ page }) => {
    const figure = await openFigure(page, './?district=ziyang');
    await page.route(/\.woff2(\?|$)/, (route) => route.abort());
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await (await exportButton(figure, '下载 SVG')).click();
    await expect(figure.getByRole('alert')).toContainText('无法加载图片所需的字体');
    await expect(figure.getByRole('alert')).toContainText('未生成文件');
    expect(downloads).toBe(0);
  });

  test('a canvas the browser cannot make is said; SVG still works', async ({ page }) => {
    // A browser over its canvas limit hands out dead canvases: simulate it for every canvas of the page.
    await page.addInitScript(() => {
      HTMLCanvasElement.prototype.getContext = () => null;
    });
    const figure = await openFigure(page, './?district=ziyang');
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await (await exportButton(figure, '下载 PNG')).click();
    await expect(figure.getByRole('alert')).toContainText('图片太大');
    await expect(figure.getByRole('alert')).toContainText('下载 SVG');
    expect(downloads).toBe(0);
    const svg = await download(page, await exportButton(figure, '下载 SVG'));
    expect(svg.bytes.toString('utf8')).toContain('筛选：区县为资阳区');
  });

  test('copy image puts a PNG on the clipboard, or says the clipboard refused', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const figure = await openFigure(page, './?district=ziyang');
    await (await exportButton(figure, '复制图片')).click();
    await expect(figure.getByText('图片已复制到剪贴板。')).toBeVisible();
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item!.getType('image/png');
      return { types: item!.types, size: blob.size };
    });
    expect(copied.types).toContain('image/png');
    expect(copied.size).toBeGreaterThan(1000);

    // Refused: the page says so and what to do instead.
    await page.evaluate(() => {
      navigator.clipboard.write = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await (await exportButton(figure, '复制图片')).click();
    await expect(figure.getByRole('alert')).toHaveText('浏览器拒绝写入剪贴板，请改用“下载 PNG”。');
  });
});
