/**
 * A library of many bulletins (synthetic: 400 visits over a year): the visits over time lead the page beside the
 * map, the date range filters from the filter bar, the link and the time figure, and the figure exports.
 */
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { synthDataset, type Division } from '../scripts/synth-lib';
import { buildIndex } from '../src/data/index-builder';
import { emptyFilters, selectView } from '../src/data/select';

const divisions = JSON.parse(readFileSync('data/divisions/yiyang.json', 'utf8')) as Division[];
const data = synthDataset({ visits: 400, seed: 3, divisions });
// One visit whose text gives no date: counted apart, in no range.
const undated = data.bulletins[0]!.visits[0]!;
Object.assign(undated, { date: null, dateText: '未注明', dateCertain: false, timeOfDay: null });
const body = JSON.stringify(data);
const index = buildIndex(structuredClone(data));
const inRange = (from: string, to: string) => selectView(index, { ...emptyFilters, from, to }).rows.length;

test.beforeEach(async ({ page }) => {
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
});

const status = (page: Page) => page.getByRole('status').filter({ hasText: /次走访|visits/ });
const timeFigure = (page: Page) => page.locator('figure[data-chart="time"]');
const chartsSection = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^(图表|Charts)$/ }) });

test('at 1280×800 the map and the visits over time lead, the first chart starts within 1,280 px, cards beside', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await expect(status(page)).toHaveText('显示 400 / 400 次走访');
  const time = timeFigure(page);
  await expect(time).toHaveAccessibleName(
    /^走访时间分布：按月：\d+月(、\d+月)*最多：(各)?\d+次；另有1次未写日期$/,
  );
  await expect(time.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const map = page.getByRole('figure', { name: /^走访去向地图/ });
  const [mapBox, timeBox, firstChart, timeline] = await Promise.all([
    map.boundingBox(),
    time.boundingBox(),
    chartsSection(page).getByRole('figure').first().boundingBox(),
    page.getByRole('region', { name: '走访时间线' }).boundingBox(),
  ]);
  if (!mapBox || !timeBox || !firstChart || !timeline) throw new Error('no layout');
  // Side by side on the first screen.
  expect(timeBox.y).toBe(mapBox.y);
  expect(timeBox.y).toBeLessThan(800);
  expect(firstChart.y).toBeLessThanOrEqual(1280);
  // The cards beside the charts, not above them.
  expect(timeline.y).toBeGreaterThanOrEqual(firstChart.y - 100);
  expect(timeline.x).toBeGreaterThan(firstChart.x + firstChart.width - 1);
});

test('on a phone the headline numbers, the map and the time figure come before the cards', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?lang=en');
  await expect(status(page)).toHaveText('Showing 400 of 400 visits');
  const y = async (l: Locator) => (await l.boundingBox())?.y ?? Infinity;
  const figures = page.locator('dl').first();
  const map = page.getByRole('figure', { name: /^Map of where the visits went/ });
  const cards = page.getByRole('region', { name: 'Visit timeline' });
  await expect(timeFigure(page)).toBeAttached();
  const order = [await y(figures), await y(map), await y(timeFigure(page)), await y(cards)];
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

test('a date range from the filter bar, kept in the link, counts undated visits apart, and a column sets it', async ({
  page,
}) => {
  await page.goto('./?from=2020-3&TO=2020/04/30');
  // Read leniently, written canonically.
  await expect(page).toHaveURL(/\?from=2020-03-01&to=2020-04-30$/);
  const shown = inRange('2020-03-01', '2020-04-30');
  await expect(status(page)).toHaveText(`显示 ${shown} / 400 次走访`);
  await expect(page.getByText('另有 1 次走访原文未写日期，不在所选日期范围内。').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '移除筛选：2020年3月1日 至 2020年4月30日' })).toBeVisible();
  const dates = page.getByRole('group', { name: '日期' });
  await expect(dates.getByLabel('从')).toHaveValue('2020-03-01');
  await dates.getByLabel('到').fill('2020-03-31');
  await expect(page).toHaveURL(/\?from=2020-03-01&to=2020-03-31$/);
  await expect(status(page)).toHaveText(`显示 ${inRange('2020-03-01', '2020-03-31')} / 400 次走访`);
  // The time figure follows: March alone is by day.
  await expect(timeFigure(page)).toHaveAccessibleName(/^走访时间分布：按日/);
  // Back to the whole year, then a month's row in the figure's table sets the range to it.
  await page.getByRole('button', { name: /^移除筛选：2020年3月1日/ }).click();
  await expect(status(page)).toHaveText('显示 400 / 400 次走访');
  await timeFigure(page).getByRole('button', { name: '2020年6月', exact: true }).click();
  await expect(page).toHaveURL(/\?from=2020-06-01&to=2020-06-30$/);
  await expect(status(page)).toHaveText(`显示 ${inRange('2020-06-01', '2020-06-30')} / 400 次走访`);
  await page.goBack();
  await expect(status(page)).toHaveText('显示 400 / 400 次走访');
});

test('the time figure exports PNG and SVG with title, finding, filters in words and source', async ({
  page,
}) => {
  await page.goto('./?from=2020-01-01&to=2020-09-30');
  const figure = timeFigure(page);
  await expect(figure.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const menu = figure.locator('details:has(> summary)').first();
  const get = async (name: string) => {
    // The menu closes once a file is saved: open it for each.
    if (!(await menu.evaluate((d) => (d as HTMLDetailsElement).open))) await menu.locator('summary').click();
    const [file]: [Download, void] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name }).click(),
    ]);
    // Kept in EXPORT_DIR when set, to look at.
    if (process.env.EXPORT_DIR) await file.saveAs(`${process.env.EXPORT_DIR}/${file.suggestedFilename()}`);
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  };
  const svg = await get('下载 SVG');
  expect(svg.name).toMatch(/_time_dates-2020-01-01-to-2020-09-30_\d{4}-\d{2}-\d{2}\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text).toContain('>走访时间分布：按月</text>');
  // The visit with no date is in no range: the finding does not count it.
  expect(text).toMatch(/>\d+月(、\d+月)*最多：(各)?\d+次<\/text>/);
  expect(text).toContain('筛选：日期为2020年1月1日 至 2020年9月30日（原文未写日期的走访不计入）');
  expect(text).toContain('来源：');
  // The columns themselves (a path per district and month).
  expect((text.match(/<path name="[^"]+"[^>]* d="M /g) ?? []).length).toBeGreaterThan(9);
  const png = await get('下载 PNG');
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.bytes.readUInt32BE(16)).toBe(2 * 1280);
});

for (const lang of ['zh', 'en'] as const) {
  test(`at 390 px (${lang}) the time figure's table reads: no header or number a letter a line, the table scrolls instead`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`./?lang=${lang}`);
    await expect(status(page)).toHaveText(
      lang === 'zh' ? '显示 400 / 400 次走访' : 'Showing 400 of 400 visits',
    );
    const table = timeFigure(page).getByRole('table');
    await table.scrollIntoViewIfNeeded();
    const headers = table.locator('thead th');
    await expect(headers.first()).toBeVisible();
    await timeFigure(page).screenshot({ path: test.info().outputPath(`time-table-390-${lang}.png`) });
    // How many lines the words of each header and of the first row take (a cell is as tall as its row's tallest;
    // its words are not), and how many words there are.
    const read = (cells: Locator) =>
      cells.evaluateAll((all) =>
        all.map((cell) => {
          const words = document.createRange();
          words.selectNodeContents(cell);
          const lines = Math.round(
            words.getBoundingClientRect().height / parseFloat(getComputedStyle(cell).lineHeight),
          );
          const text = cell.textContent?.trim() ?? '';
          return { text, lines, words: text.split(/\s+/).length };
        }),
      );
    const heads = await read(headers);
    // Every column is there (the period, the districts, the source). A header takes a line or two, or, for a long
    // name in English, two words a line or more: 走访次数, "Visits" and the districts' names stood a letter a line.
    expect(heads.length).toBeGreaterThanOrEqual(4);
    expect(heads.filter((h) => h.lines > Math.max(2, Math.ceil(h.words / 2)))).toEqual([]);
    // No number is cut either (34 stood as 3 over 4).
    const first = await read(table.locator('tbody tr').first().locator('td'));
    expect(first.filter((c) => /^\d+$/.test(c.text)).length).toBeGreaterThanOrEqual(2);
    expect(first.filter((c) => /^\d+$/.test(c.text) && c.lines > 1)).toEqual([]);
    // The page does not scroll sideways: the table does, inside its own box.
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBeLessThanOrEqual(0);
  });
}
