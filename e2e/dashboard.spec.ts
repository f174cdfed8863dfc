import { axeBuilder } from './support/axe';
import { expect, test, type Page } from '@playwright/test';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /次走访|visits/ });
const timeline = (page: Page) => page.getByRole('region', { name: /走访时间线|Visit timeline/ });
const headlines = (page: Page) => timeline(page).getByRole('article').locator('h3').allTextContents();

test('opens with the title and the six visits in time order', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('市人大常委会机关开展疫情防控志愿者服务');
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
  await expect(timeline(page).getByRole('article')).toHaveCount(6);
  expect(await headlines(page)).toEqual([
    '谭喜华赴洪家村督导疫情防控工作',
    '程道峰赴赫山村指导疫情防控工作',
    '李志宏赴金花坪社区指导疫情防控工作',
    '张亮文督查腰塘社区疫情防控工作',
    '陈佑才督导龙山港社区疫情防控工作',
    '市人大教科文卫委帮扶社区疫情防控工作',
  ]);
  await expect(page).toHaveTitle(/市人大常委会机关开展疫情防控志愿者服务/);
});

test('a broken dataset gives an alert that names the problem, and a retry', async ({ page }) => {
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: '{"schemaVersion": 1, "bulletins": [',
    }),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('不是有效的 JSON');
  await expect(alert).toContainText('第 1 行');
  await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
});

test('a link with filters opens that view', async ({ page }) => {
  await page.goto('./?district=ziyang&supply=mask');
  await expect(status(page)).toHaveText('显示 2 / 6 次走访');
  expect(await headlines(page)).toEqual([
    '李志宏赴金花坪社区指导疫情防控工作',
    '市人大教科文卫委帮扶社区疫情防控工作',
  ]);
  await expect(page.getByRole('checkbox', { name: /^资阳区/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^口罩/ })).toBeChecked();
  await expect(page.getByRole('button', { name: '移除筛选：资阳区' })).toBeVisible();
});

test('clicking filters writes the link; back and forward step through the changes', async ({ page }) => {
  await page.goto('./');
  const people = page.getByRole('group', { name: '人员' });
  await page
    .getByRole('group', { name: '区县' })
    .getByRole('checkbox', { name: /^赫山区/ })
    .check();
  await expect(page).toHaveURL(/[?&]district=heshan(&|$)/);
  await expect(status(page)).toHaveText('显示 4 / 6 次走访');
  await people.getByRole('checkbox', { name: /^谭喜华/ }).check();
  await expect(page).toHaveURL(/person=tan-xihua/);
  await expect(status(page)).toHaveText('显示 1 / 6 次走访');

  await page.goBack();
  await expect(status(page)).toHaveText('显示 4 / 6 次走访');
  await expect(people.getByRole('checkbox', { name: /^谭喜华/ })).not.toBeChecked();
  await page.goBack();
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
  await page.goForward();
  await expect(status(page)).toHaveText('显示 4 / 6 次走访');

  await page.getByRole('button', { name: '清除全部筛选' }).click();
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
  await expect(page).not.toHaveURL(/district=/);
});

test('each value shows the count it would give; a value giving none is shown, not hidden', async ({
  page,
}) => {
  await page.goto('./?district=ziyang');
  const people = page.getByRole('group', { name: '人员' });
  await expect(people.getByRole('checkbox', { name: /^李志宏.*1$/ })).toBeVisible();
  await expect(people.getByRole('checkbox', { name: /^谭喜华.*0/ })).toBeVisible();
  await expect(people.getByRole('checkbox', { name: /^刘时贵（委托）/ })).toBeVisible();
});

test('unknown and malformed link values are ignored, with a notice naming them', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?district=xyz,ziyang&person=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=fr');
  await expect(page.getByText('已忽略未知的区县：xyz')).toBeVisible();
  await expect(page.getByText('已忽略格式错误的人员：<img src=x onerror=alert(1)>')).toBeVisible();
  await expect(page.getByText('已忽略未知的语言：fr')).toBeVisible();
  await expect(status(page)).toHaveText('显示 2 / 6 次走访');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('switches to English and back; the whole page follows', async ({ page }) => {
  await page.goto('./?district=ziyang');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(status(page)).toHaveText('Showing 2 of 6 visits');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    page.getByRole('group', { name: 'District' }).getByRole('checkbox', { name: /^Ziyang District/ }),
  ).toBeChecked();
  await expect(page.getByRole('group', { name: 'People' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Supplies' })).toBeVisible();
  await expect(timeline(page).getByRole('article').first().locator('h3')).toHaveText(/Li Zhihong/);
  await expect(page).toHaveTitle(/Volunteer/i);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(status(page)).toHaveText('显示 2 / 6 次走访');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a card shows the sentence a fact came from, and a highlighted name filters by it', async ({ page }) => {
  await page.goto('./');
  const card = timeline(page).getByRole('article', { name: '陈佑才督导龙山港社区疫情防控工作' });
  await card.getByRole('button', { name: /^查看原文：陈佑才督导/ }).click();
  const source = page.getByRole('region', { name: '公告原文' });
  const focused = source.locator('p[data-focused]');
  await expect(focused).toBeInViewport();
  // The quoted words are marked (in pieces where other highlights cut through them).
  await expect(focused.locator('mark[data-focus]').first()).toBeVisible();
  expect((await focused.locator('mark[data-focus]').allTextContents()).join('')).toBe(
    '陈佑才督导龙山港社区疫情防控工作',
  );

  await source.getByRole('button', { name: '刘松涛' }).click();
  await expect(page).toHaveURL(/person=liu-songtao/);
  await expect(status(page)).toHaveText('显示 1 / 6 次走访');
});

test('on a 390 px phone the page does not scroll sideways and the filters open from a button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?district=heshan');
  await expect(status(page)).toHaveText('显示 4 / 6 次走访');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('checkbox', { name: /^资阳区/ })).toBeHidden();
  await page.getByRole('button', { name: '显示筛选' }).click();
  await page.getByRole('checkbox', { name: /^资阳区/ }).check();
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`has no serious or critical WCAG A/AA violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./');
    await expect(status(page)).toHaveText('显示 6 / 6 次走访');
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
    const results = await axeBuilder(page).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('a place anywhere filters by that place: a community in a card, a road in the source, a link', async ({
  page,
}) => {
  await page.goto('./');
  const card = timeline(page).getByRole('article', { name: '李志宏赴金花坪社区指导疫情防控工作' });
  await card.getByRole('button', { name: '金花坪社区', exact: true }).first().click();
  await expect(page).toHaveURL(/[?&]place=jinhuaping-community(&|$)/);
  await expect(status(page)).toHaveText('显示 1 / 6 次走访');
  await expect(page.getByRole('button', { name: '移除筛选：金花坪社区' })).toBeVisible();
  await expect(
    page.getByRole('group', { name: '地点' }).getByRole('checkbox', { name: /^金花坪社区 \d/ }),
  ).toBeChecked();

  await page.goto('./');
  await page.getByRole('region', { name: '公告原文' }).getByRole('button', { name: '青年路' }).click();
  await expect(page).toHaveURL(/[?&]place=qingnian-road(&|$)/);
  await expect(status(page)).toHaveText('显示 1 / 6 次走访');
  expect(await headlines(page)).toEqual(['谭喜华赴洪家村督导疫情防控工作']);
});

test('the first Tab stops are skip links to the filters, the timeline and the charts', async ({ page }) => {
  const targets = [
    ['跳到筛选', page.locator('#filters')],
    ['跳到走访时间线', page.getByRole('heading', { name: '走访时间线' })],
    ['跳到图表', page.getByRole('heading', { level: 2, name: '图表' })],
  ] as const;
  for (const [i, [name, target]] of targets.entries()) {
    await page.goto('./');
    await expect(timeline(page).getByRole('article')).toHaveCount(6);
    await expect(page.getByRole('heading', { level: 2, name: '图表' })).toBeAttached();
    for (let n = 0; n <= i; n += 1) await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(target).toBeFocused();
    // The link still holds the view only: no #hash was written.
    expect(new URL(page.url()).hash).toBe('');
  }
});
