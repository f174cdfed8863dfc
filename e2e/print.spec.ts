import { expect, test, type Page } from '@playwright/test';
import { figures, open, status, type Lang } from './support/charts';

const view: Record<Lang, { query: string; status: string; filters: RegExp; district: string }> = {
  zh: { query: '?district=ziyang', status: '显示 2 / 6 次走访', filters: /当前筛选/, district: '资阳区' },
  en: {
    query: '?district=ziyang&lang=en',
    status: 'Showing 2 of 6 visits',
    filters: /Filters/,
    district: 'Ziyang',
  },
};

/** The block shown only on paper: the filters in words and the page's link. */
const printBlock = (page: Page) => page.locator('[data-print-only], .print-only');

/** Wait for the browser to lay out and paint what a media change asks for (two frames; no timer). */
const frames = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );

/** The view of `lang` with its four charts, then the page as it prints (laid out and painted). */
async function printView(page: Page, lang: Lang) {
  const v = view[lang];
  await open(page, v.query, v.status);
  await expect(figures(page)).toHaveCount(4);
  await page.emulateMedia({ media: 'print' });
  await frames(page);
}

/** What each chart figure shows at this instant: its bars, or the sentence that stands for equal bars. */
const marksNow = (page: Page) =>
  figures(page).evaluateAll((all) =>
    all.map((fig) => ({
      chart: fig.getAttribute('data-chart'),
      bars: fig.querySelectorAll('.recharts-bar-rectangle').length,
      note: /各项数值相同|Every value is the same/.test(fig.textContent ?? ''),
    })),
  );

for (const lang of ['zh', 'en'] as const) {
  test(`12.1 ${lang}: printing ?district=ziyang right after load draws every chart`, async ({ page }) => {
    const v = view[lang];
    await open(page, v.query, v.status);
    // The charts section has arrived (its code loads after the first paint); nothing is scrolled.
    await expect(figures(page)).toHaveCount(4);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.emulateMedia({ media: 'print' });
    await frames(page);
    // page.pdf() fires no beforeprint: what is drawn now is what is printed.
    const atPrint = await marksNow(page);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const empty = atPrint.filter((f) => f.bars === 0 && !f.note);
    if (empty.length > 0)
      await page.screenshot({ path: test.info().outputPath(`print-${lang}.png`), fullPage: true });
    expect(empty, JSON.stringify(atPrint)).toEqual([]);
  });

  test(`12.1 ${lang}: printing at once, before the page has ever been idle, still draws every chart`, async ({
    page,
  }) => {
    // A page that has not been idle yet (a slow machine, a script that prints as soon as the page is there):
    // the idle callback never comes, so only the print itself can make the charts draw. The whole view, so that
    // the charts are far below the screen.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await open(
      page,
      lang === 'zh' ? '' : '?lang=en',
      lang === 'zh' ? '显示 6 / 6 次走访' : 'Showing 6 of 6 visits',
    );
    await expect(figures(page)).toHaveCount(4);
    await page.emulateMedia({ media: 'print' });
    await frames(page);
    const atPrint = await marksNow(page);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const empty = atPrint.filter((f) => f.bars === 0 && !f.note);
    if (empty.length > 0)
      await page.screenshot({ path: test.info().outputPath(`print-at-once-${lang}.png`), fullPage: true });
    expect(empty, JSON.stringify(atPrint)).toEqual([]);
  });

  test(`12.1 ${lang}: in print, every chart's data table is shown in full, not in a scroll box`, async ({
    page,
  }) => {
    await printView(page, lang);
    const clipped = await figures(page).evaluateAll((all) =>
      all.flatMap((fig) =>
        [...fig.querySelectorAll<HTMLElement>('[role="region"]')].flatMap((box) =>
          box.scrollHeight > box.clientHeight + 1
            ? [
                `${fig.getAttribute('data-chart')}: ${box.scrollHeight}px of rows in a ${box.clientHeight}px box`,
              ]
            : [],
        ),
      ),
    );
    expect(clipped).toEqual([]);
    // Every row is there to read.
    for (const fig of await figures(page).all()) {
      const table = fig.getByRole('table');
      await expect(table).toBeVisible();
      const rows = await table.locator('tbody tr').count();
      expect(rows).toBeGreaterThan(0);
      await expect(table.locator('tbody tr').last()).toBeVisible();
    }
  });

  test(`12.1 ${lang}: on paper every legend keeps its colours, with the print dialog's "background graphics" off`, async ({
    page,
  }) => {
    await printView(page, lang);
    // A swatch is a coloured box (a background): a printer leaves it blank unless told to keep its colour.
    const blank = await page
      .locator('figure ul[aria-label] li span[aria-hidden="true"]')
      .evaluateAll((swatches) =>
        swatches.flatMap((s) => {
          const style = getComputedStyle(s);
          const kept = style.getPropertyValue('print-color-adjust') === 'exact';
          return style.backgroundColor !== 'rgba(0, 0, 0, 0)' && !kept
            ? [s.closest('li')?.textContent ?? '']
            : [];
        }),
      );
    const swatches = await page.locator('figure ul[aria-label] li span[aria-hidden="true"]').count();
    expect(swatches).toBeGreaterThan(4);
    expect(blank).toEqual([]);
  });

  test(`12.1 ${lang}: the printed page says which filters are on, in words, and gives the page's link`, async ({
    page,
  }) => {
    const v = view[lang];
    await open(page, v.query, v.status);
    // On screen the block stays out of the way.
    await expect(printBlock(page).filter({ visible: true })).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    const block = printBlock(page).filter({ visible: true });
    if ((await printBlock(page).count()) === 0)
      await page.screenshot({ path: test.info().outputPath(`print-block-${lang}.png`), fullPage: true });
    await expect(block).toHaveCount(1);
    await expect(block).toContainText(v.filters);
    await expect(block).toContainText(v.district);
    // The link of this view: this page's address with its filter (the app may write it canonically).
    const url = new URL(page.url());
    await expect(block).toContainText(`${url.host}${url.pathname}`);
    await expect(block).toContainText(/district=ziyang/);
    // The status alone was all page 1 said before; it still says it.
    await expect(status(page)).toHaveText(v.status);
  });
}
