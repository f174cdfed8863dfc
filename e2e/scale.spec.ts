import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { synthDataset, type Division } from '../scripts/synth-lib';

const divisions = JSON.parse(readFileSync('data/divisions/yiyang.json', 'utf8')) as Division[];
const data = synthDataset({ visits: 2000, seed: 11, divisions });
const body = JSON.stringify(data);

test.beforeEach(async ({ page }) => {
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
});

test('many bulletins: the status counts every visit, a bulletin filter appears, the DOM stays bounded', async ({
  page,
}) => {
  await page.goto('./');
  const status = page.getByRole('status').filter({ hasText: '次走访' });
  await expect(status).toHaveText('显示 2000 / 2000 次走访');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${data.bulletins.length} 份公告中的走访`);

  // The timeline renders only what is on screen in its scroll box.
  const timeline = page.getByRole('region', { name: '走访时间线' });
  const articles = timeline.getByRole('article');
  await expect(articles.first()).toBeVisible();
  expect(await articles.count()).toBeLessThanOrEqual(20);
  const box = timeline.getByRole('group', { name: /走访列表（共 \d+ 项，可滚动）/ });
  // The cards follow the map and the visits over time (beside the charts): a reader scrolls to them first.
  await box.scrollIntoViewIfNeeded();
  await box.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(timeline.getByRole('article').last()).toBeInViewport();
  expect(await timeline.getByRole('article').count()).toBeLessThanOrEqual(20);

  // The bulletin filter lists a bounded number of values, the rest found by search.
  const bulletins = page.getByRole('group', { name: '公告', exact: true });
  expect(await bulletins.getByRole('checkbox').count()).toBeLessThanOrEqual(30);
  await bulletins.getByRole('searchbox').fill('第7期');
  await bulletins.getByRole('checkbox', { name: /第7期/ }).check();
  const inSeventh = data.bulletins.find((b) => b.id === 'synth-7')!.visits.length;
  await expect(status).toHaveText(`显示 ${inSeventh} / 2000 次走访`);
  await expect(page).toHaveURL(/bulletin=synth-7/);

  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(8000);
});

test('many bulletins: the source shows one at a time, pages through them, and follows "show in source"', async ({
  page,
}) => {
  await page.goto('./');
  const source = page.getByRole('region', { name: '公告原文' });
  await expect(source.getByText(`第 1 / ${data.bulletins.length} 份（当前筛选下）`)).toBeAttached();
  await source.getByRole('button', { name: '下一份公告' }).click();
  await expect(source.getByText(`第 2 / ${data.bulletins.length} 份（当前筛选下）`)).toBeAttached();
  await expect(source.getByRole('heading', { level: 3 })).toContainText('第2期');

  // A card far down the timeline: its source button shows its own bulletin.
  const timeline = page.getByRole('region', { name: '走访时间线' });
  const card = timeline.getByRole('article').nth(3);
  const headline = (await card.locator('h3').textContent()) ?? '';
  await card.getByRole('button', { name: `查看原文：${headline}` }).click();
  await expect(source.locator('p[data-focused]')).toHaveText(headline);
});

test('a file that lists its people and places first: the visits kept as bytes show and export as written', async ({
  page,
}) => {
  // The page keeps these visits as the file's bytes once checked and indexed (lazy-visits.ts); a card, the
  // table and the JSON export read them back.
  const far = data.bulletins[data.bulletins.length - 3]!;
  const near = data.bulletins[6]!;
  await page.goto(`./?bulletin=${near.id},${far.id}`);
  const count = near.visits.length + far.visits.length;
  await expect(page.getByRole('status').filter({ hasText: '次走访' })).toHaveText(
    `显示 ${count} / 2000 次走访`,
  );
  const timeline = page.getByRole('region', { name: '走访时间线' });
  await expect(timeline.getByRole('heading', { level: 3, name: far.visits[0]!.headline.zh })).toBeAttached();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 JSON' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as typeof data;
  expect(exported.bulletins).toEqual([near, far]);
});
