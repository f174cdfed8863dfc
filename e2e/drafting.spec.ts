/**
 * Any paste (issue 23, item 5): 起草 drafts in a worker, says its step, and 取消 stops it; the page has no
 * main-thread task over 200 ms from 起草 until the review of a 1.5 MB text is on screen; a text over 2 MB and a
 * blank one are refused in words with the text kept; a 50,000-character ?add= makes a short heading.
 *
 * The long text is e2e/fixtures/review-bulletin.txt (a look-alike bulletin written for the tests) over and over.
 * It goes into the text box as a paste does, in one input event (Playwright's fill takes minutes on 1.5 MB).
 * While the page is measured the test waits with a DOM query, not a role query: computing the accessible names
 * of thousands of paragraphs is itself a long task on the page's thread.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page, type Worker } from '@playwright/test';
import { ALONE } from './alone';

const BULLETIN = readFileSync(resolve(import.meta.dirname, 'fixtures/review-bulletin.txt'), 'utf8');

/** The bulletin again and again, to about `bytes` of UTF-8. */
function longText(bytes: number): string {
  const n = Math.ceil(bytes / Buffer.byteLength(BULLETIN));
  return Array.from({ length: n }, () => BULLETIN.trimEnd()).join('\n');
}

const textBox = (page: Page) => page.getByRole('textbox', { name: '公告全文' });

/** Puts `text` into the text box in one input event, as a paste does. */
async function paste(page: Page, text: string) {
  await textBox(page).evaluate((el: HTMLTextAreaElement, value: string) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** The drafting workers the page starts, and which of them are gone. */
function followWorkers(page: Page) {
  const started: Worker[] = [];
  const closed = new Set<Worker>();
  page.on('worker', (worker) => {
    if (!/draft-worker/.test(worker.url())) return;
    started.push(worker);
    worker.on('close', () => closed.add(worker));
  });
  return { started, closed };
}

/**
 * Records, on the page, what happens from now on: every long task (over 50 ms: when it started and how long it
 * took), every step the status line says, whether a 取消 button was there, and when the step line went away (the
 * draft arrived). A MutationObserver and a PerformanceObserver only: nothing the test does while the page is
 * measured costs the page's thread anything.
 */
async function recordDrafting(page: Page) {
  await page.evaluate(() => {
    const rec = {
      tasks: [] as { start: number; duration: number }[],
      steps: [] as string[],
      cancel: false,
      arrived: null as number | null,
    };
    (window as unknown as { drafting: typeof rec }).drafting = rec;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        rec.tasks.push({ start: e.startTime, duration: Math.round(e.duration) });
    }).observe({ type: 'longtask' });
    const observer = new MutationObserver(() => {
      const step = [...document.querySelectorAll('[role="status"]')]
        .map((el) => el.textContent ?? '')
        .find((text) => /^第 \d\/3 步：/.test(text));
      if (step) {
        const words = step.replace(/ 已用 \d+ 秒$/, '');
        if (rec.steps.at(-1) !== words) rec.steps.push(words);
        rec.cancel ||= [...document.querySelectorAll('button')].some((b) => b.textContent === '取消');
      } else if (rec.steps.length > 0 && rec.arrived === null) {
        rec.arrived = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}
type Recorded = {
  tasks: { start: number; duration: number }[];
  steps: string[];
  cancel: boolean;
  arrived: number | null;
};
const recorded = (page: Page) => page.evaluate(() => (window as unknown as { drafting: Recorded }).drafting);

test(
  'a 1.5 MB text is drafted in a worker, with its step shown and no main-thread task over 200 ms',
  ALONE,
  async ({ page }) => {
    test.setTimeout(120_000);
    const workers = followWorkers(page);
    const text = longText(1.5e6);
    const lines = text.split('\n').filter((line) => line.trim() !== '').length;
    await page.goto('./?add=new');
    await paste(page, text);
    const draft = page.getByRole('button', { name: '起草' });
    await expect(draft).toBeEnabled();

    await recordDrafting(page);
    await draft.click();
    // Waits on the page's own record, with a DOM query: no role query runs on the page's thread meanwhile.
    await page.waitForFunction(
      () => (window as unknown as { drafting: Recorded }).drafting.arrived !== null,
      null,
      {
        timeout: 90_000,
      },
    );
    const rec = await recorded(page);
    const during = rec.tasks.filter((t) => t.start < rec.arrived!).map((t) => t.duration);
    console.log(`steps: ${rec.steps.join(' | ')}`);
    console.log(`long tasks while drafting ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB (ms):`, during);
    expect(rec.steps).toContain('第 1/3 步：加载起草规则…');
    expect(rec.steps).toContain('第 3/3 步：阅读全文（1.5 MB）…');
    expect(rec.cancel).toBe(true);
    expect(Math.max(0, ...during)).toBeLessThan(200);

    // The draft arrives: the review shows the text, every paragraph of it (put on the page a slice at a time).
    await page.waitForFunction((n) => document.querySelectorAll('[data-paragraph]').length === n, lines, {
      timeout: 90_000,
    });
    const after = (await recorded(page)).tasks.filter((t) => t.start >= rec.arrived!).map((t) => t.duration);
    console.log('long tasks while the review is drawn (ms, not asserted):', after);
    expect(workers.started).toHaveLength(1);
    expect(workers.closed.has(workers.started[0]!)).toBe(true);
    await expect(page.getByText(/^起草出 \d+ 次走访/)).toBeVisible();
    await expect(page.getByRole('region', { name: /^走访 1：/ })).toBeVisible();
  },
);

test('取消 stops the draft at once: its worker is gone, the text is as it was, and 起草 works again', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const workers = followWorkers(page);
  const text = longText(1.5e6);
  await page.goto('./?add=new');
  await paste(page, text);
  await page.getByRole('button', { name: '起草' }).click();
  await expect(page.locator('[role="status"]', { hasText: '第 3/3 步：阅读全文' })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('已取消起草，全文没有改动。')).toBeVisible();
  await expect.poll(() => workers.closed.size).toBe(1);
  expect(await textBox(page).inputValue()).toBe(text);
  await expect(page.getByRole('button', { name: '取消' })).toHaveCount(0);
  await expect(page.locator('[data-paragraph]')).toHaveCount(0);

  // A short text now: it is drafted.
  await paste(page, BULLETIN);
  await expect(page.getByText('已取消起草，全文没有改动。')).toHaveCount(0);
  await page.getByRole('button', { name: '起草' }).click();
  await expect(page.getByRole('region', { name: /^走访 1：/ })).toBeVisible({ timeout: 30_000 });
  expect(workers.started).toHaveLength(2);
});

test('a text over 2 MB is refused with its size and the limit, and kept; no worker starts', async ({
  page,
}) => {
  const workers = followWorkers(page);
  const text = longText(2.3e6);
  await page.goto('./?add=new');
  await expect(textBox(page)).toHaveAccessibleDescription(/一次最多起草 2 MB 的文字（约 66 万个汉字）/);
  await paste(page, text);
  await page.getByRole('button', { name: '起草' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /^全文有 2\.3 MB，超过了一次起草的上限 2 MB，没有起草。请只粘贴一篇公告，或分成几段分别起草；全文仍在文本框中。$/,
  );
  expect(await textBox(page).inputValue()).toBe(text);
  expect(workers.started).toHaveLength(0);
});

test('a blank paste says it is blank', async ({ page }) => {
  await page.goto('./?add=new');
  await paste(page, '  \n\n\u3000\t \n');
  await expect(
    page.getByText('文本框里只有空白（空格、换行），没有可起草的文字。请粘贴公告全文。'),
  ).toBeVisible();
  await expect(page.getByText('请先点“起草”。')).toHaveCount(0);
  await expect(page.getByText('请先粘贴公告全文，再点“起草”。')).toBeVisible();
});

test('a 50,000-character ?add= makes a heading of at most 60 characters, and says it is not found', async ({
  page,
}) => {
  // Set on the page (a link this long is refused by the server before the page loads).
  await page.goto('./');
  await page.evaluate((id) => {
    history.pushState(null, '', `?add=${id}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, 'x'.repeat(50_000));
  const heading = page.getByRole('heading', { level: 2, name: /^修改公告：/ });
  await expect(heading).toHaveText(`修改公告：${'x'.repeat(59)}…`);
  await expect(page.getByRole('alert').filter({ hasText: '找不到要修改的公告' })).toHaveText(
    `找不到要修改的公告“${'x'.repeat(59)}…”（可能已被删除）。`,
  );
});
