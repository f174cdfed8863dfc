import { axeBuilder } from './support/axe';
import { expect, test } from '@playwright/test';
import {
  bundledChartIds,
  chartsSection,
  chooseTheme,
  drawAll,
  drawing,
  figure,
  figures,
  marks,
  open,
  status,
  uniformNote,
  type Lang,
} from './support/charts';

/** Each figure's accessible name on the bundled data: "<title>：<finding>". */
const names: Record<Lang, Record<string, string>> = {
  zh: {
    places: '走访去向：区县 › 街道 › 社区：赫山区4次、资阳区2次',
    'people-places': '谁去了哪里：每处走访的人员和单位：洪家村社区去的最多：3人、2个单位',
    supplies: '送了哪些物资：各类物资的走访次数（按区县）：6次走访都送了口罩、酒精和消毒液',
    'supply-variants': '物资原文写法：口罩有“口罩”4次、“医用口罩”2次、消毒液有“消毒液”4次、“84消毒液”2次',
  },
  en: {
    places: 'Where the visits went: district › subdistrict › community: Heshan District 4, Ziyang District 2',
    'people-places':
      'Who went where: people and units at each visit: Most went to Hongjiacun Community: 3 people and 2 units',
    supplies:
      'Which supplies: visits that handed over each type, by district: Every visit in view (6) handed over Mask, Alcohol and Disinfectant',
    'supply-variants':
      'Supplies as written: Mask: “口罩” 4, “医用口罩” 2, Disinfectant: “消毒液” 4, “84消毒液” 2',
  },
};

const words = {
  zh: {
    query: '',
    status: '显示 6 / 6 次走访',
    export: '导出',
    png: '下载 PNG',
    svg: '下载 SVG',
    dark: '深色图片',
  },
  en: {
    query: '?lang=en',
    status: 'Showing 6 of 6 visits',
    export: 'Export',
    png: 'Download PNG',
    svg: 'Download SVG',
    dark: /dark/i,
  },
} as const;

for (const lang of ['zh', 'en'] as const) {
  // One load of each language serves what the figures show and what their export menus offer (they were two tests
  // of the same page): the first part only scrolls and reads; then one menu is opened.
  test(`${lang}: four figures named by their finding, each with a drawing or a sentence, and its table; each drawn figure exports from one menu: PNG, SVG, copy and a dark option`, async ({
    page,
  }) => {
    const w = words[lang];
    await open(page, w.query, w.status);
    await expect(figures(page)).toHaveCount(4);
    expect(await figures(page).evaluateAll((all) => all.map((f) => f.getAttribute('data-chart')))).toEqual(
      bundledChartIds,
    );
    for (const id of bundledChartIds) {
      const fig = chartsSection(page).getByRole('figure', { name: names[lang][id], exact: true });
      await expect(fig).toHaveAttribute('data-chart', id);
      await fig.scrollIntoViewIfNeeded();
      // The numbers are always there as a table, without opening anything.
      const table = fig.getByRole('region').getByRole('table');
      await expect(table).toBeVisible();
      await expect(table.getByRole('row').nth(1)).toBeVisible();
      if (id === 'supplies') {
        // Every visit brought the same three supplies: a sentence instead of three equal bars.
        await expect(fig.getByText(uniformNote[lang], { exact: true })).toBeVisible();
        await expect(fig.locator('.recharts-bar-rectangle')).toHaveCount(0);
        await expect(fig.getByRole('img')).toHaveCount(0);
        continue;
      }
      // The drawing is an image named by a sentence with its numbers.
      const img = fig.getByRole('img');
      await expect(img).toHaveCount(1);
      await expect(img).toBeVisible();
      await expect(img).toHaveAccessibleName(/\d/);
      await expect(marks(fig).first()).toBeVisible();
    }
    // Places: the sentence says both districts' counts (drawn once near the screen again: the charts are one
    // column beside the cards).
    await figure(page, 'places').scrollIntoViewIfNeeded();
    await expect(figure(page, 'places').getByRole('img')).toHaveAccessibleName(
      lang === 'zh' ? /赫山区 4；.*资阳区 2/ : /Heshan District 4; .*Ziyang District 2/,
    );

    // Each drawn figure exports from one menu: PNG, SVG, copy and a dark option.
    const fig = figure(page, 'places');
    await fig.scrollIntoViewIfNeeded();
    const menu = fig.locator('summary', { hasText: w.export });
    await expect(menu).toBeVisible();
    await expect(fig.getByRole('button', { name: w.png })).toBeHidden();
    await menu.click();
    await expect(fig.getByRole('button', { name: w.png, exact: true })).toBeVisible();
    await expect(fig.getByRole('button', { name: w.svg, exact: true })).toBeVisible();
    await expect(fig.getByRole('checkbox', { name: w.dark })).toBeVisible();
    await expect(fig.getByRole('checkbox', { name: w.dark })).not.toBeChecked();
    // One menu per drawn figure (the supplies sentence has nothing to export as a picture).
    await expect(chartsSection(page).locator('summary', { hasText: w.export })).toHaveCount(3);
  });
}

test('clicking the label 资阳区 in the place chart filters by it, and the charts follow', async ({
  page,
}) => {
  await open(page, '', '显示 6 / 6 次走访');
  const fig = figure(page, 'places');
  await fig.scrollIntoViewIfNeeded();
  await drawing(fig).getByText('资阳区', { exact: true }).click();
  await expect(page).toHaveURL(/[?&]district=ziyang(&|$)/);
  await expect(status(page)).toHaveText('显示 2 / 6 次走访');
  await expect(fig).toHaveAccessibleName('走访去向：区县 › 街道 › 社区：资阳区2次');
  await expect(drawing(fig).getByText('赫山区', { exact: true })).toHaveCount(0);
});

test('clicking the bar of 资阳区 in the place chart filters by the district', async ({ page }) => {
  await open(page, '', '显示 6 / 6 次走访');
  const fig = figure(page, 'places');
  await fig.scrollIntoViewIfNeeded();
  await expect(marks(fig).first()).toBeVisible();
  const label = await drawing(fig).getByText('资阳区', { exact: true }).boundingBox();
  const axis = await drawing(fig).locator('.recharts-yAxis line.recharts-cartesian-axis-line').boundingBox();
  if (!label || !axis) throw new Error('the place chart has no layout');
  // The bar of 资阳区 (2 visits) starts at the axis, on the label's line.
  await page.mouse.click(axis.x + 12, label.y + label.height / 2);
  await expect(page).toHaveURL(/[?&]district=ziyang(&|$)/);
  await expect(status(page)).toHaveText('显示 2 / 6 次走访');
});

test('查看原文 in a chart table shows the sentence in the source', async ({ page }) => {
  await open(page, '', '显示 6 / 6 次走访');
  const fig = figure(page, 'supply-variants');
  await fig.scrollIntoViewIfNeeded();
  const table = fig.getByRole('region').getByRole('table');
  const row = table.getByRole('row', { name: /^84消毒液/ });
  await expect(row.getByRole('cell').first()).toHaveText('消毒液');
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  await row.getByRole('button', { name: '查看原文：84消毒液' }).click();
  const focused = page.getByRole('region', { name: '公告原文' }).locator('p[data-focused]');
  await expect(focused).toBeInViewport();
  await expect(focused).toContainText('带着口罩、酒精和84消毒液等疫情防控急需物资');
});

test('a view without visits says so instead of drawing empty charts', async ({ page }) => {
  await open(page, '?district=ziyang&person=tan-xihua', '显示 0 / 6 次走访');
  await expect(chartsSection(page).getByText('当前筛选下没有数据。')).toBeVisible();
  await expect(figures(page)).toHaveCount(0);
});

test('in English, a view without visits says so', async ({ page }) => {
  await open(page, '?district=ziyang&person=tan-xihua&lang=en', 'Showing 0 of 6 visits');
  await expect(chartsSection(page).getByText('No data under the current filters.')).toBeVisible();
  await expect(figures(page)).toHaveCount(0);
});

// The charts at 390, 1280 and 1920 px (no sideways scroll, every table in its box) are checked in layout.spec.ts,
// with the axis labels, on the one load of each width and language.

for (const lang of ['zh', 'en'] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no serious or critical issue in the charts section (${lang}, ${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, words[lang].query, words[lang].status);
      // The app's own theme choice, as well as the system's.
      await chooseTheme(page, scheme);
      await drawAll(page);
      // The export menus open too, all at once (a click on one would close the other, as a menu does): their
      // controls are checked as well.
      await chartsSection(page)
        .locator('details:has(> summary)')
        .evaluateAll((menus) => menus.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      const results = await axeBuilder(page)
        .include('section:has(> h2#charts-title)')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    });
  }
}

test('a link to the charts opens at the charts, though they come after the first view', async ({ page }) => {
  await page.goto('./#charts-title');
  await expect(page.getByRole('heading', { name: '图表', level: 2 })).toBeInViewport();
});
