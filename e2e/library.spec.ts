/**
 * A user's own bulletin, end to end in the built app (issue 10 §3): paste a bulletin, draft, correct one fact by
 * selecting words, save, reload, filter by the new district and person, export a chart and the data, export the
 * library, delete and undo, and import the exported library into a fresh browser profile with the same result.
 *
 * The bulletin is e2e/fixtures/anhua-bulletin.txt: a look-alike of the genre written for this test (安化县,
 * 王立平, quantities), not the bundled one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';

const TEXT = readFileSync(resolve(import.meta.dirname, 'fixtures/anhua-bulletin.txt'), 'utf8');
const TITLE = '县人大常委会领导走访联系村督导疫情防控';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /次走访|visits/ });
const timeline = (page: Page) => page.getByRole('region', { name: /走访时间线|Visit timeline/ });
const library = (page: Page) => page.getByRole('region', { name: '我的公告' });
const checkbox = (page: Page, legend: string, name: string) =>
  page.getByRole('group', { name: legend }).getByRole('checkbox', { name: new RegExp(`^${name}`) });

async function download(page: Page, button: Locator): Promise<{ name: string; path: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** Selects `quote` in the text beside the draft, as a user dragging over the words would. */
async function selectWords(page: Page, quote: string) {
  const region = page.getByRole('region', { name: /^原文/ });
  await region.evaluate((root, q) => {
    const paragraph = [...root.querySelectorAll<HTMLElement>('[data-paragraph]')].find((p) =>
      p.textContent?.includes(q),
    );
    if (!paragraph) throw new Error(`"${q}" is not in the text`);
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const locate = (offset: number): [Text, number] => {
      let rest = offset;
      for (const node of nodes) {
        if (rest <= node.length) return [node, rest];
        rest -= node.length;
      }
      throw new Error('offset outside the paragraph');
    };
    const at = paragraph.textContent!.indexOf(q);
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + q.length));
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, quote);
}

/** Filters by the new district and person and checks the one visit is what shows. */
async function filterToNewBulletin(page: Page) {
  await checkbox(page, '区县', '安化县').check();
  await expect(status(page)).toHaveText('显示 1 / 7 次走访');
  await checkbox(page, '人员', '王立平').check();
  await expect(status(page)).toHaveText('显示 1 / 7 次走访');
  await expect(timeline(page).getByRole('article')).toHaveCount(1);
  await expect(timeline(page).getByRole('article')).toContainText('王立平');
}

test('a pasted bulletin is drafted, corrected, saved, kept, filtered, exported, deleted, restored and imported', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');

  // Paste and draft.
  await page.getByRole('button', { name: '添加公告' }).click();
  await page.getByRole('textbox', { name: '公告全文' }).fill(TEXT);
  await page.getByRole('button', { name: '起草' }).click();
  const visit = page.getByRole('region', { name: /^走访 1：/ });
  await expect(visit).toBeVisible();
  await expect(page.getByRole('textbox', { name: '标题', exact: true })).toHaveValue(TITLE);
  await expect(visit.getByRole('group', { name: /^人员：王立平/ })).toContainText('草稿');

  // Correct one fact: its evidence, by selecting words in the text.
  const inspected = visit.getByRole('group', { name: /^察看：/ });
  await selectWords(page, '村口防控卡点');
  await expect(page.getByText('已选中第 5 段：“村口防控卡点”')).toBeVisible();
  await inspected.getByRole('button', { name: '设为证据' }).click();
  await expect(inspected).toContainText('证据：第 5 段“村口防控卡点”');
  await inspected.getByRole('button', { name: '确认' }).click();
  await expect(inspected).toContainText('已确认');

  // A draft in progress survives a reload, at once: what is not written yet is written as the page goes.
  await page.reload();
  await expect(page.getByText(/已恢复上次未完成的草稿/)).toBeVisible();
  await expect(
    page.getByRole('region', { name: /^走访 1：/ }).getByRole('group', { name: /^察看：/ }),
  ).toContainText('已确认');

  // Save: the bulletin joins the page, and stays after a reload.
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(status(page)).toHaveText('显示 7 / 7 次走访');
  await expect(library(page).getByText(TITLE)).toBeVisible();
  await page.reload();
  await expect(status(page)).toHaveText('显示 7 / 7 次走访');

  // Filter by the new district and person.
  await filterToNewBulletin(page);

  // Export a chart and the data in view.
  // The chart of amounts: quantities exist only in the user's bulletin.
  const figure = page.getByRole('figure', { name: /物资数量/ });
  await expect(figure).toContainText('600');
  await figure.scrollIntoViewIfNeeded();
  await figure.locator('summary', { hasText: /^导出/ }).click();
  const png = await download(page, figure.getByRole('button', { name: '下载 PNG' }));
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const csv = await download(page, page.getByRole('button', { name: '导出 CSV' }));
  const rows = csv.bytes.toString('utf8').trim().split(/\r?\n/);
  expect(rows).toHaveLength(2);
  expect(rows[1]).toContain('王立平');
  expect(rows[1]).toContain('安化县');

  // Export the library.
  const exported = await download(page, library(page).getByRole('button', { name: '导出全部' }));
  const dataset = JSON.parse(exported.bytes.toString('utf8')) as {
    bulletins: { title: { zh: string }; visits: { inspected: { evidence: { quote: string } }[] }[] }[];
  };
  expect(dataset.bulletins.map((b) => b.title.zh)).toEqual([TITLE]);
  expect(dataset.bulletins[0]!.visits[0]!.inspected[0]!.evidence.quote).toBe('村口防控卡点');

  // Delete, and undo.
  await page.goto('./');
  await library(page)
    .getByRole('button', { name: `删除“${TITLE}”` })
    .click();
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
  await library(page).getByRole('button', { name: '撤销' }).click();
  await expect(status(page)).toHaveText('显示 7 / 7 次走访');
  await expect(library(page).getByText(TITLE)).toBeVisible();

  // A fresh browser profile: import the exported file, and the same result.
  const fresh = await browser.newContext({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });
  const other = await fresh.newPage();
  await other.goto(page.url());
  await expect(status(other)).toHaveText('显示 6 / 6 次走访');
  await library(other).getByLabel('导入文件').setInputFiles(exported.path);
  await expect(library(other).getByText(`已添加“${TITLE}”`)).toBeVisible();
  await expect(status(other)).toHaveText('显示 7 / 7 次走访');
  await filterToNewBulletin(other);
  await fresh.close();
});

test('a link to a user bulletin this browser does not have says it is missing', async ({ page }) => {
  await page.goto('./?bulletin=my-own-bulletin');
  await expect(page.getByRole('note').filter({ hasText: '不在此浏览器中' })).toContainText('my-own-bulletin');
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
});
