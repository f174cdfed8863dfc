import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** What each chart figure shows at this instant: its bars, or the sentence that stands for equal bars. */
const marksNow = (page: Page) =>
  figures(page).evaluateAll((all) =>
    all.map((fig) => ({
      chart: fig.getAttribute('data-chart'),
      bars: fig.querySelectorAll('.recharts-bar-rectangle').length,
      note: /各项数值相同|Every value is the same/.test(fig.textContent ?? ''),
    })),
  );

/**
 * Prints the page now (print media, then page.pdf(), which fires no beforeprint: what is drawn now is what is
 * printed) and asserts every chart has marks or says why it has none; a screenshot named `shot` where one is empty.
 */
async function printsEveryChart(page: Page, shot: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await frames(page);
  const atPrint = await marksNow(page);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const empty = atPrint.filter((f) => f.bars === 0 && !f.note);
  if (empty.length > 0) await page.screenshot({ path: test.info().outputPath(shot), fullPage: true });
  expect(empty, JSON.stringify(atPrint)).toEqual([]);
}

for (const lang of ['zh', 'en'] as const) {
  // One load of the filtered view serves every check of it in print (they were four tests, each loading the same
  // view): printing right after load first, as nothing else may happen before it; then, on the page as printed,
  // the tables, the legends and the filters in words, which only read it.
  test(`12.1 ${lang}: printing ?district=ziyang right after load draws every chart; in print every chart's data table is shown in full, every legend keeps its colours with "background graphics" off, and the page says which filters are on, in words, with its link`, async ({
    page,
  }) => {
    const v = view[lang];
    await open(page, v.query, v.status);
    // On screen the block of filters in words stays out of the way.
    await expect(printBlock(page).filter({ visible: true })).toHaveCount(0);
    // The charts section has arrived (its code loads after the first paint); nothing is scrolled.
    await expect(figures(page)).toHaveCount(4);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await printsEveryChart(page, `print-${lang}.png`);

    // Every chart's data table is shown in full, not in a scroll box.
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

    // On paper every legend keeps its colours, with the print dialog's "background graphics" off. A swatch is a
    // coloured box (a background): a printer leaves it blank unless told to keep its colour.
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

    // The printed page says which filters are on, in words, and gives the page's link.
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
    await printsEveryChart(page, `print-at-once-${lang}.png`);
  });
}

/** The text of each page of a PDF (pdftotext, one string a page), with the number of pages. */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  const file = join(dir, 'out.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // pdftotext ends each page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** Text as compared between the page and the paper: no white space (the paper wraps lines anywhere). */
const squeeze = (text: string) => text.replace(/\s+/g, '');

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

const whole: Record<Lang, { query: string; status: string; about: string; controls: string[] }> = {
  zh: { query: '', status: '显示 6 / 6 次走访', about: '关于这些数据', controls: ['导入文件'] },
  en: {
    query: '?lang=en',
    status: 'Showing 6 of 6 visits',
    about: 'About this data',
    controls: ['Import file'],
  },
};

for (const lang of ['zh', 'en'] as const) {
  test(`12.2 ${lang}: page.pdf() right after the page settles prints it all, the last visit to the link, on at most 8 A4 pages, no page ending on a heading`, async ({
    page,
  }) => {
    const v = whole[lang];
    await open(page, v.query, v.status);
    await expect(figures(page)).toHaveCount(4);
    // The last part of the page has come: what is on screen now is what should be on paper.
    await expect(page.getByRole('heading', { level: 2, name: v.about })).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdfPages(pdf);
    const paper = squeeze(pages.join(''));
    // What the page holds for print (its headings, the last visit's headline, the link).
    await page.emulateMedia({ media: 'print' });
    const onPage = await page.evaluate(() => {
      const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
      const rows = [...document.querySelectorAll('main table')].at(-1)?.querySelectorAll('tbody tr');
      return {
        headings: [...document.querySelectorAll('main h2, main h3')]
          .filter(visible)
          .map((h) => h.textContent),
        lastRow: rows
          ? [...(rows.item(rows.length - 1)?.querySelectorAll('td') ?? [])].map((td) => td.innerText)
          : [],
        text: document.body.innerText,
        link: location.href,
      };
    });
    await page.emulateMedia({ media: null });
    // The visits table's last row, every cell of it, and the last visit's headline as often as the page shows it
    // (its card, the source, the table).
    expect(onPage.lastRow.length).toBeGreaterThan(3);
    for (const cell of onPage.lastRow) expect(paper).toContain(squeeze(cell));
    const headline = squeeze(onPage.lastRow.at(-1) ?? '');
    expect(occurrences(paper, headline)).toBe(occurrences(squeeze(onPage.text), headline));
    // 关于这些数据 / About this data, its citation, and the link of this view.
    expect(paper).toContain(squeeze(v.about));
    const url = new URL(onPage.link);
    expect(paper).toContain(squeeze(`${url.host}${url.pathname}`));
    expect(pages.length, `${pages.length} pages`).toBeLessThanOrEqual(8);
    // Buttons are for the screen: 我的公告's 导入文件 is not printed (its hint may name 导出全部).
    for (const control of v.controls) expect(paper).not.toContain(squeeze(control));
    // No page ends on a heading (its section begins on the next page).
    const headings = new Set(onPage.headings.map((h) => squeeze(h ?? '')));
    expect(headings.size).toBeGreaterThan(4);
    const endsOnHeading = pages.flatMap((text, i) => {
      const lines = text.split('\n').map(squeeze).filter(Boolean);
      return headings.has(lines.at(-1) ?? '') ? [`page ${i + 1} ends on ${lines.at(-1)}`] : [];
    });
    expect(endsOnHeading).toEqual([]);
  });

  test(`12.2 ${lang}: Ctrl+P: when beforeprint has run, every chart is drawn and every table is there, far below the screen too`, async ({
    page,
  }) => {
    // The browser lays the page out for paper right after beforeprint: what the page holds when the event
    // returns is what is printed. A page that has not been idle, at the top.
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    const v = whole[lang];
    await open(page, v.query, v.status);
    await expect(figures(page)).toHaveCount(4);
    // The map's outlines have come (they load on their own).
    await expect(page.locator('figure[data-chart="map"] path[role="button"]').first()).toBeAttached();
    const atPrint = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      // Nothing awaited: this is the page as the browser lays it out.
      return [...document.querySelectorAll('figure[data-chart]')].map((fig) => ({
        chart: fig.getAttribute('data-chart'),
        drawn:
          fig.querySelectorAll('.recharts-bar-rectangle, path[role="button"]').length > 0 ||
          /各项数值相同|Every value is the same/.test(fig.textContent ?? ''),
        rows: fig.querySelectorAll('table tbody tr').length,
      }));
    });
    // Every figure drawn; every chart's table (the map has none) holds its rows.
    expect(atPrint.filter((f) => !f.drawn || (f.chart !== 'map' && f.rows === 0))).toEqual([]);
    expect(atPrint.length).toBeGreaterThanOrEqual(6);
  });
}
