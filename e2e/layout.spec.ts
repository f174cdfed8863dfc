import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  chartsSection,
  drawAll,
  drawing,
  figure,
  figures,
  marks,
  open,
  status,
  type Lang,
} from './support/charts';

const query: Record<Lang, string> = { zh: '', en: '?lang=en' };
const allShown: Record<Lang, string> = { zh: '显示 6 / 6 次走访', en: 'Showing 6 of 6 visits' };

/**
 * Every category label of a chart against its axis line, as drawn on the screen: the label's right edge and the
 * line's x, and each value label against the SVG's right edge. Returns what is wrong, in words.
 */
async function axisOffenders(fig: Locator, minGap: number): Promise<string[]> {
  return drawing(fig).evaluate((svg, gap) => {
    const out: string[] = [];
    const axis = svg.querySelector('.recharts-yAxis .recharts-cartesian-axis-line');
    if (!axis) return ['no category axis line'];
    const axisX = axis.getBoundingClientRect().left;
    const box = svg.getBoundingClientRect();
    const labels = [...svg.querySelectorAll<SVGTextElement>('.recharts-yAxis-tick-labels text')];
    if (labels.length === 0) out.push('no category labels');
    for (const label of labels) {
      const r = label.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.right + gap > axisX)
        out.push(`"${label.textContent}" ends at ${r.right.toFixed(1)}, axis at ${axisX.toFixed(1)}`);
      if (r.left < box.left - 0.5) out.push(`"${label.textContent}" starts left of the chart`);
    }
    for (const value of svg.querySelectorAll<SVGTextElement>('.recharts-label-list text')) {
      const r = value.getBoundingClientRect();
      if (r.right > box.right + 0.5)
        out.push(
          `value "${value.textContent}" ends at ${r.right.toFixed(1)}, chart at ${box.right.toFixed(1)}`,
        );
    }
    return out;
  }, minGap);
}

/** Every figure, and every drawing in it, inside the window's width; the page scrolls nowhere sideways. */
async function chartsFitThePage(page: Page, width: number) {
  for (const fig of await figures(page).all()) {
    await fig.scrollIntoViewIfNeeded();
    const box = await fig.boundingBox();
    if (!box) throw new Error('a figure has no layout');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
    for (const svg of await drawing(fig).all()) {
      const s = await svg.boundingBox();
      expect(s && s.x >= box.x - 0.5 && s.x + s.width <= box.x + box.width + 0.5).toBe(true);
    }
  }
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
}

/** Every chart table fits its box: no column cut, 随行单位 and 查看原文 of "who went where" in view. */
async function chartTablesFit(page: Page) {
  const tables = chartsSection(page).getByRole('region', { name: /的数据（/ });
  await expect(figure(page, 'people-places').getByRole('region', { name: /的数据（/ })).toBeVisible();
  await expect.poll(() => tables.count()).toBeGreaterThanOrEqual(3);
  // Measured in one pass, so that a table drawn again meanwhile cannot leave a locator pointing at nothing.
  const sizes = await tables.evaluateAll((els) =>
    els.map((el) => ({
      label: el.getAttribute('aria-label') ?? '',
      scroll: el.scrollWidth,
      client: el.clientWidth,
    })),
  );
  for (const { label, scroll, client } of sizes) expect(scroll, label).toBeLessThanOrEqual(client);
  // The columns of "who went where" are all in the box, its last (查看原文) too.
  const people = figure(page, 'people-places').getByRole('region', { name: /的数据（/ });
  const box = (await people.boundingBox())!;
  for (const cell of [
    people.getByRole('columnheader', { name: '随行单位' }),
    people.getByRole('button', { name: /^查看原文/ }).first(),
  ]) {
    const b = (await cell.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(box.x);
    expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
  }
}

/** 12.2: the visits table gets the content width, and no header wraps word by word. */
async function visitsTableTakesTheWidth(page: Page, width: number) {
  const table = page.locator('section[aria-labelledby="table-title"] table');
  await table.scrollIntoViewIfNeeded();
  await expect(table.locator('tbody tr').first()).toBeVisible();
  const [tableBox, mainBox] = await Promise.all([
    table.locator('xpath=..').boundingBox(),
    page.locator('main').boundingBox(),
  ]);
  if (!tableBox || !mainBox) throw new Error('no layout');
  const squeezed = await table.locator('thead th').evaluateAll((cells) =>
    cells.flatMap((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      // The text's widest line, against the room the cell gives it (less its padding).
      const style = getComputedStyle(th);
      const room = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      const probe = document.createElement('span');
      probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${style.font}`;
      probe.textContent = th.textContent;
      document.body.append(probe);
      const need = probe.getBoundingClientRect().width;
      probe.remove();
      return need > room + 1 && lines.size > 1
        ? [`"${th.textContent}" needs ${need.toFixed(0)}px, has ${room.toFixed(0)}px (${lines.size} lines)`]
        : [];
    }),
  );
  if (squeezed.length > 0 || tableBox.width < 0.9 * mainBox.width)
    await page.screenshot({ path: test.info().outputPath(`table-${width}.png`), fullPage: true });
  // The table's visible box (its scroll container), not its scrollable width.
  expect
    .soft(tableBox.width, `table ${tableBox.width}px in a main column of ${mainBox.width}px`)
    .toBeGreaterThanOrEqual(0.9 * mainBox.width);
  // Nor does any column hide behind a sideways scroll.
  const hidden = await table.evaluate((t) => {
    const box = t.parentElement;
    return box ? box.scrollWidth - box.clientWidth : 0;
  });
  expect.soft(hidden, 'the table scrolls sideways by this many px').toBeLessThanOrEqual(1);
  expect(squeezed).toEqual([]);
}

/** In English the visits table cuts no district or lead over two lines. */
async function visitsTableKeepsNamesWhole(page: Page) {
  const table = page.getByRole('group', { name: 'Visits' }).getByRole('table');
  await table.scrollIntoViewIfNeeded();
  await expect(table.getByRole('row')).toHaveCount(7);
  const wrapped = await table.evaluate((t) => {
    const heads = [...t.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    const columns = ['District', 'Lead'].map((name) => heads.findIndex((h) => h.startsWith(name)));
    return [...t.querySelectorAll('tbody tr')].flatMap((tr) =>
      columns.flatMap((i) => {
        const cell = tr.children[i];
        if (!cell) return ['no cell'];
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.bottom)));
        return lines.size > 1 ? [`"${cell.textContent}" on ${lines.size} lines`] : [];
      }),
    );
  });
  expect(wrapped).toEqual([]);
  // And nothing hides behind a sideways scroll for it.
  expect(
    await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth),
  ).toBeLessThanOrEqual(1);
}

/**
 * One load of each language at each width serves every check of the layout there (they were up to five tests, in
 * two files, each loading the same page): first, as the page comes, the visits table (12.2 in Chinese from 1280
 * px; in English, no district or lead cut over two lines); then, every chart drawn, the axis labels (12.3), the
 * charts inside the page, and (in Chinese from 1280 px) the chart tables inside their boxes. The checks only
 * scroll and measure.
 */
for (const lang of ['zh', 'en'] as const) {
  for (const width of [390, 1280, 1920]) {
    const wide = width >= 1280;
    const claims = [
      ...(wide && lang === 'zh'
        ? ['12.2 the visits table gets the content width, and no header wraps word by word']
        : []),
      ...(wide && lang === 'en' ? ['the visits table cuts no district or lead over two lines'] : []),
      '12.3 no category label touches or crosses its axis; value labels inside',
      'the charts fit the page, no sideways scroll',
      ...(wide && lang === 'zh'
        ? ['every chart table fits its box: no column cut, 随行单位 and 查看原文 in view']
        : []),
    ];
    test(`${lang} at ${width} px: ${claims.join('; ')}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, query[lang], allShown[lang]);
      if (wide && lang === 'zh') await visitsTableTakesTheWidth(page, width);
      if (wide && lang === 'en') await visitsTableKeepsNamesWhole(page);
      await drawAll(page);
      const found: string[] = [];
      for (const fig of await figures(page).all()) {
        if ((await drawing(fig).count()) === 0) continue;
        await fig.scrollIntoViewIfNeeded();
        const id = await fig.getAttribute('data-chart');
        for (const problem of await axisOffenders(fig, 2)) found.push(`${id}: ${problem}`);
      }
      if (found.length > 0)
        await page.screenshot({ path: test.info().outputPath(`axis-${lang}-${width}.png`), fullPage: true });
      expect(found).toEqual([]);
      await chartsFitThePage(page, width);
      if (wide && lang === 'zh') await chartTablesFit(page);
    });
  }
}

// 1536 px, where the table once sat squeezed beside the source: the table alone.
test('12.2 at 1536 px the visits table gets the content width, and no header wraps word by word', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1536, height: 900 });
  await open(page, query.zh, allShown.zh);
  await visitsTableTakesTheWidth(page, 1536);
});

test('12.8 a click on a bar filters without moving the chart, and no tooltip stays after the pointer leaves', async ({
  page,
}) => {
  await open(page, query.zh, allShown.zh);
  const fig = figure(page, 'places');
  await fig.scrollIntoViewIfNeeded();
  await expect(marks(fig).first()).toBeVisible();
  // Put the chart in the middle of the screen, as a reader would.
  await fig.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const label = await drawing(fig).getByText('资阳区', { exact: true }).boundingBox();
  const axis = await drawing(fig).locator('.recharts-yAxis line.recharts-cartesian-axis-line').boundingBox();
  if (!label || !axis) throw new Error('the place chart has no layout');
  const point = { x: axis.x + 12, y: label.y + label.height / 2 };
  await page.mouse.move(point.x, point.y);
  // The tooltip shows while the pointer is on the bar (the thing that must not outlive it).
  await expect(page.locator('.recharts-tooltip-wrapper').filter({ visible: true })).toHaveCount(1);
  const before = await fig.evaluate((el) => el.getBoundingClientRect().top);
  await page.mouse.click(point.x, point.y);
  await expect(status(page)).toHaveText('显示 2 / 6 次走访');
  await expect(fig).toHaveAccessibleName(/：资阳区2次$/);
  const after = await fig.evaluate((el) => el.getBoundingClientRect().top);
  if (Math.abs(after - before) > 4)
    await page.screenshot({ path: test.info().outputPath('bar-click-moved.png') });
  expect(
    Math.abs(after - before),
    `the chart's top moved from ${before}px to ${after}px`,
  ).toBeLessThanOrEqual(4);
  // The pointer leaves the charts: no tooltip remains, on this chart or the next.
  await page.mouse.move(2, 2);
  await expect(page.locator('.recharts-tooltip-wrapper').filter({ visible: true })).toHaveCount(0);
});
