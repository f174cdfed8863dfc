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
