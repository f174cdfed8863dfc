import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /次走访|visits/ });
const charts = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^(图表|Charts)$/ }) });
const chartSvg = (figure: Locator) => figure.locator('svg.recharts-surface').first();

const zhTitles = [
  '各区县收到的物资种类（按走访次数）',
  '物资原文写法（按走访次数）',
  '人员与物资（按走访次数）',
  '走访去向：区县 › 街道 › 社区（按走访次数）',
];

test('four charts, each a figure with its caption and the unit 走访次数', async ({ page }) => {
  await page.goto('./');
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
  const figures = charts(page).getByRole('figure');
  await expect(figures).toHaveCount(4);
  for (const [i, title] of zhTitles.entries()) {
    const figure = charts(page).getByRole('figure', { name: title });
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toBeVisible();
    await expect(figure.locator('figcaption')).toHaveText(`${title}单位：走访次数`);
    await expect(chartSvg(figures.nth(i))).toBeVisible();
    await expect(chartSvg(figure).getByText('走访次数', { exact: true })).toBeVisible();
  }
  await expect(charts(page).getByRole('button', { name: '下载 PNG' })).toHaveCount(4);
});

test('charts draw as they come into view, not while far below the screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('./');
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
  const last = charts(page).getByRole('figure', { name: zhTitles[3] });
  await expect(last.locator('figcaption')).toBeAttached();
  await expect(chartSvg(last)).toHaveCount(0);
  await last.scrollIntoViewIfNeeded();
  await expect(chartSvg(last)).toBeVisible();
});

test('clicking 资阳区 in the district chart filters by it', async ({ page }) => {
  await page.goto('./');
  const figure = charts(page).getByRole('figure', { name: zhTitles[0] });
  await figure.scrollIntoViewIfNeeded();
  await chartSvg(figure).getByText('资阳区', { exact: true }).click();
  await expect(page).toHaveURL(/[?&]district=ziyang(&|$)/);
  await expect(status(page)).toHaveText('显示 2 / 6 次走访');
  // The charts follow: one district left.
  await expect(chartSvg(figure).getByText('赫山区', { exact: true })).toHaveCount(0);
});

test('clicking the bar of 资阳区 in the place chart filters by the district', async ({ page }) => {
  await page.goto('./');
  const figure = charts(page).getByRole('figure', { name: zhTitles[3] });
  await figure.scrollIntoViewIfNeeded();
  const svg = chartSvg(figure);
  await svg.scrollIntoViewIfNeeded();
  const label = await svg.getByText('资阳区', { exact: true }).boundingBox();
  const box = await svg.boundingBox();
  if (!label || !box) throw new Error('the place chart has no layout');
  // The bar of 资阳区 (2 of 4 visits) starts at the axis, right of the labels, on the label's line.
  const axis = await svg.locator('.recharts-yAxis line.recharts-cartesian-axis-line').boundingBox();
  await page.mouse.click((axis?.x ?? box.x + box.width * 0.4) + 12, label.y + label.height / 2);
  await expect(page).toHaveURL(/[?&]district=ziyang(&|$)/);
  await expect(status(page)).toHaveText('显示 2 / 6 次走访');
});

test('a row of a chart table shows its sentence in the source', async ({ page }) => {
  await page.goto('./');
  const figure = charts(page).getByRole('figure', { name: zhTitles[1] });
  await figure.getByText('图表数据').click();
  const table = figure.getByRole('table', { name: /物资原文写法/ });
  await expect(
    table
      .getByRole('row', { name: /^84消毒液/ })
      .getByRole('cell')
      .nth(1),
  ).toHaveText('2');
  await table.getByRole('button', { name: '查看原文：84消毒液' }).click();
  const focused = page.getByRole('region', { name: '公告原文' }).locator('p[data-focused]');
  await expect(focused).toBeInViewport();
  await expect(focused).toContainText('带着口罩、酒精和84消毒液等疫情防控急需物资');
});

test('in English the captions, axes and legends are English; supplies as written stay Chinese', async ({
  page,
}) => {
  await page.goto('./?lang=en');
  await expect(status(page)).toHaveText('Showing 6 of 6 visits');
  await expect(charts(page).getByRole('figure')).toHaveCount(4);
  for (const title of [
    'Supply types received by each district (visits)',
    'Supplies as written (visits)',
    'People and supplies (visits)',
    'Where the visits went: district › subdistrict › community (visits)',
  ]) {
    const figure = charts(page).getByRole('figure', { name: title });
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('figcaption')).toHaveText(`${title}Unit: number of visits`);
    await expect(chartSvg(figure).getByText('Number of visits', { exact: true })).toBeVisible();
  }
  const variants = charts(page).getByRole('figure', { name: 'Supplies as written (visits)' });
  await variants.scrollIntoViewIfNeeded();
  await expect(chartSvg(variants).getByText('医用口罩 (Mask)', { exact: true })).toBeVisible();
  await expect(variants.getByRole('list', { name: /Legend/ }).getByRole('button')).toHaveText([
    'Mask',
    'Alcohol',
    'Disinfectant',
  ]);
  await expect(charts(page).getByRole('button', { name: 'Download PNG' })).toHaveCount(4);
});

test('a view without visits says so instead of drawing empty charts', async ({ page }) => {
  await page.goto('./?district=ziyang&person=tan-xihua');
  await expect(status(page)).toHaveText('显示 0 / 6 次走访');
  await expect(charts(page).getByText('当前筛选下没有数据。')).toBeVisible();
  await expect(charts(page).getByRole('figure')).toHaveCount(0);
});

for (const width of [360, 1920]) {
  test(`at ${width} px the charts fit the page (no sideways scroll)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./?lang=en');
    await expect(charts(page).getByRole('figure')).toHaveCount(4);
    for (const figure of await charts(page).getByRole('figure').all()) {
      await figure.scrollIntoViewIfNeeded();
      await expect(chartSvg(figure)).toBeVisible();
      const [fig, svg] = await Promise.all([figure.boundingBox(), chartSvg(figure).boundingBox()]);
      expect(fig && svg && svg.x + svg.width <= fig.x + fig.width + 0.5).toBe(true);
    }
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the charts and their open tables have no serious WCAG A/AA violations (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await expect(charts(page).getByRole('figure')).toHaveCount(4);
    for (const summary of await charts(page).getByText('图表数据').all()) await summary.click();
    const results = await new AxeBuilder({ page })
      .include('section:has(> h2#charts-title)')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}
