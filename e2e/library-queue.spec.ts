/**
 * 导入文件 takes bulletin texts (issue 22 §4): several .txt and .html files are drafted in the drafting worker,
 * one after another with a progress line, into a 待审核 list kept in IndexedDB; a file that is not a bulletin
 * says why; 审核 opens one in the add view's review, and saving it moves it to 我的公告.
 *
 * The texts are e2e/fixtures/anhua-bulletin.txt and review-bulletin.txt (look-alikes written for the tests).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, 'fixtures', name), 'utf8');
const library = (page: Page) => page.getByRole('region', { name: '我的公告' });
const queue = (page: Page) => page.getByRole('region', { name: '待审核' });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /次走访/ });

test('bulletin texts are drafted into a list to review; one reviewed and saved joins the library', async ({
  page,
}, info) => {
  test.setTimeout(90_000);
  const anhua = fixture('anhua-bulletin.txt');
  const review = fixture('review-bulletin.txt');
  const [title, ...rest] = review.split('\n');
  const files = {
    'anhua.txt': anhua,
    // The same kind of text as a saved web page: a title, a menu, paragraphs, a script.
    'review.html': `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><nav>首页</nav><h1>${title}</h1>${rest
      .filter((l) => l.trim())
      .map((l) => `<p>${l}</p>`)
      .join('')}<script>document.title = 'x'</script></body></html>`,
    'weather.txt': '今天天气晴朗，气温适宜，适合出游。\n明天有小雨。',
    'blank.txt': ' \n\u200b\n',
  };
  const paths = Object.entries(files).map(([name, text]) => {
    const path = info.outputPath(name);
    writeFileSync(path, text);
    return path;
  });

  await page.goto('./');
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
  // Every line the status says while drafting, kept as it comes.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[role="status"] p')) {
        const text = el.textContent ?? '';
        if (text.startsWith('起草 ') && !seen.includes(text)) seen.push(text);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await library(page).getByLabel('导入文件').setInputFiles(paths);
  await expect(library(page).getByText('已起草 2 篇，放在“待审核”中。')).toBeVisible({ timeout: 60_000 });
  await expect(library(page)).toContainText('weather.txt 不像一篇走访公告：没有找到任何走访，未放入待审核。');
  await expect(library(page)).toContainText('blank.txt 是空白的，没有可起草的文字。');
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.map((s) => s.replace(/：.*/, ''))).toEqual(['起草 1/4', '起草 2/4', '起草 3/4', '起草 4/4']);

  // The list to review is kept: after a reload it is there, with titles and visits found.
  await page.reload();
  const items = queue(page).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('县人大常委会领导走访联系村督导疫情防控');
  await expect(items.nth(0)).toContainText('anhua.txt');
  await expect(items.nth(1)).toContainText(title!);
  await expect(items.nth(1)).toContainText('review.html');
  await expect(items.nth(0)).toContainText(/\d+ 次走访/);

  // 审核 opens the review of the draft; saving moves it to the library.
  await queue(page).getByRole('button', { name: '审核“县人大常委会领导走访联系村督导疫情防控”' }).click();
  await expect(page.getByRole('region', { name: /^走访 1：/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toHaveValue(
    '县人大常委会领导走访联系村督导疫情防控',
  );
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(status(page)).toHaveText('显示 7 / 7 次走访');
  await expect(
    library(page).getByText('县人大常委会领导走访联系村督导疫情防控', { exact: true }),
  ).toBeVisible();
  await expect(queue(page).getByRole('listitem')).toHaveCount(1);
  await page.reload();
  await expect(queue(page).getByRole('listitem')).toHaveCount(1);
  await expect(status(page)).toHaveText('显示 7 / 7 次走访');
});

test('停止起草 stops the drafting of a batch at once and says how many files were left', async ({
  page,
}, info) => {
  test.setTimeout(60_000);
  // Long texts (the look-alike bulletin forty times over), so that each takes a while to draft.
  const long = Array.from({ length: 40 }, () => fixture('anhua-bulletin.txt')).join('\n');
  const paths = [1, 2, 3].map((n) => {
    const path = info.outputPath(`long-${n}.txt`);
    writeFileSync(path, long);
    return path;
  });
  await page.goto('./');
  await library(page).getByLabel('导入文件').setInputFiles(paths);
  await expect(library(page).getByText(/^起草 1\/3：long-1\.txt/)).toBeVisible();
  await library(page).getByRole('button', { name: '停止起草' }).click();
  await expect(library(page).getByText(/^已停止起草；其余 [1-3] 个文件未起草。$/)).toBeVisible();
  await expect(library(page).getByRole('button', { name: '停止起草' })).toHaveCount(0);
  // The page answers at once, and nothing more is drafted.
  await expect(page.getByRole('status').filter({ hasText: /次走访/ })).toHaveText('显示 6 / 6 次走访');
  const queued = await queue(page).getByRole('listitem').count();
  expect(queued).toBeLessThan(3);
});
