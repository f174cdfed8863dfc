/**
 * The filters and the link in a real browser (finish issue 12.5, 12.6, 12.7, 12.9, 12.10; robustness 13.7):
 * the phone sheet, chip focus, the lenient link rewritten, bounded notices, ¶ and Back.
 */
import { expect, test, type Page } from '@playwright/test';

const status = (page: Page) => page.getByRole('status').filter({ hasText: /次走访|visits/ });
const timeline = (page: Page) => page.getByRole('region', { name: /走访时间线|Visit timeline/ });
const search = (page: Page) => new URL(page.url()).search;

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the filters open as a modal sheet whose button shows N visits and closes onto the results', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(status(page)).toHaveText('显示 6 / 6 次走访');
    const opener = page.getByRole('button', { name: '显示筛选' });
    await opener.click();
    const sheet = page.getByRole('dialog', { name: '筛选' });
    await expect(sheet).toBeVisible();
    // Modal: focus inside, the rest of the page inert, and Tab stays in.
    expect(await sheet.evaluate((d) => d.matches(':modal') && d.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      expect(await sheet.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    }
    const show = sheet.getByRole('button', { name: /^显示 \d+ 次走访$/ });
    await expect(show).toHaveText('显示 6 次走访');
    await expect(show).toBeInViewport();
    await sheet.getByRole('checkbox', { name: /^资阳区/ }).check();
    await expect(show).toHaveText('显示 2 次走访');
    await sheet.getByRole('checkbox', { name: /^赫山区/ }).check();
    await expect(show).toHaveText('显示 6 次走访');
    await sheet.getByRole('checkbox', { name: /^赫山区/ }).uncheck();
    await expect(show).toHaveText('显示 2 次走访');
    // The footer stays in view while the list scrolls.
    await sheet.getByRole('checkbox', { name: /^口罩/ }).scrollIntoViewIfNeeded();
    await expect(show).toBeInViewport();
    await page.screenshot({ path: test.info().outputPath('sheet-390.png') });

    await show.click();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('heading', { name: '走访时间线' })).toBeFocused();
    await expect(status(page)).toHaveText('显示 2 / 6 次走访');
    await expect(status(page)).toBeInViewport();
    await expect(page).toHaveURL(/[?&]district=ziyang(&|$)/);

    // Esc closes it and gives focus back to its button.
    await opener.click();
    await expect(sheet).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(opener).toBeFocused();
  });
});

test('removing a chip with Enter keeps focus on the next chip, the previous, then the filters heading', async ({
  page,
}) => {
  await page.goto('./?district=ziyang,heshan&supply=mask');
  await expect(page.getByRole('group', { name: '当前筛选' }).getByRole('button')).toHaveCount(3);
  const chip = (name: string) => page.getByRole('button', { name: `移除筛选：${name}` });
  await chip('资阳区').focus();
  await page.keyboard.press('Enter');
  await expect(chip('赫山区')).toBeFocused();
  await chip('口罩').focus();
  await page.keyboard.press('Enter');
  await expect(chip('赫山区')).toBeFocused();
  await chip('赫山区').click();
  await expect(page.getByRole('heading', { name: '筛选', exact: true })).toBeFocused();
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
});

test('English chips name their facet in words; the place filter is a tree with a note', async ({ page }) => {
  await page.goto('./?district=ziyang&lang=en');
  await expect(page.getByRole('button', { name: 'Remove filter: Ziyang District' })).toHaveText(
    'District: Ziyang District×',
  );
  const places = page.getByRole('group', { name: 'Places' });
  await expect(places).toContainText('this list also has the streets');
  // 金花坪社区 sits inside 大码头街道's item, which sits under the district Ziyang.
  const street = places
    .locator('li', { has: page.getByRole('checkbox', { name: /^Damatou Subdistrict/ }) })
    .last();
  await expect(street.getByRole('checkbox', { name: /^Jinhuaping Community \d/ })).toBeVisible();
});

test.describe('the link is lenient in what it reads and strict in what it writes', () => {
  for (const [given, district, shown] of [
    ['district=赫山区', 'heshan', 4],
    ['district=Ziyang', 'ziyang', 2],
    ['district=HESHAN', 'heshan', 4],
    ['district=Ziyang%20District,赫山区', 'ziyang,heshan', 6],
  ] as const) {
    test(`?${given} is read and rewritten to ?district=${district}`, async ({ page }) => {
      await page.goto(`./?${given}`);
      await expect(status(page)).toHaveText(`显示 ${shown} / 6 次走访`);
      await expect.poll(() => search(page)).toBe(`?district=${district}`);
      await expect(page.getByRole('note')).toHaveCount(0);
      // Rewritten in place: Back leaves the page rather than returning to the lenient spelling.
      expect(await page.evaluate(() => history.length)).toBe(2);
    });
  }

  test('parameter names in any case and unknown parameters: read, named, the others kept', async ({
    page,
  }) => {
    await page.goto('./?Person=tan-xihua&LANG=EN&utm_source=wechat&foo=1');
    await expect(status(page)).toHaveText('Showing 1 of 6 visits');
    await expect.poll(() => search(page)).toBe('?person=tan-xihua&lang=en&utm_source=wechat&foo=1');
    const note = page.getByRole('note');
    await expect(note).toContainText(
      'Read parameter names written in another case: Person → person, LANG → lang',
    );
    await expect(note).toContainText(
      'This page does not use these link parameters (kept as they are): utm_source, foo',
    );
  });

  test('refused values are named and taken out of the link', async ({ page }) => {
    await page.goto('./?district=xyz,Ziyang&person=%3Cimg%20src%3Dx%3E&lang=fr');
    await expect(status(page)).toHaveText('显示 2 / 6 次走访');
    await expect.poll(() => search(page)).toBe('?district=ziyang');
    await expect(page.getByText('已忽略未知的区县：xyz')).toBeVisible();
    await expect(page.getByText('已忽略格式错误的人员：<img src=x>')).toBeVisible();
    await expect(page.getByText('已忽略未知的语言：fr')).toBeVisible();
    // Still named after the rewrite, until the filters change.
    await page.getByRole('checkbox', { name: /^赫山区/ }).check();
    await expect(page.getByRole('note')).toHaveCount(0);
  });

  test('1,000 unknown values give a short notice that counts the rest', async ({ page }) => {
    // Short values, so that the request stays within what a server accepts (16 KB of headers).
    const many = Array.from({ length: 1000 }, (_, i) => `v${i}`).join(',');
    const params = Array.from({ length: 300 }, (_, i) => `q${i}=1`).join('&');
    await page.goto(`./?district=${many}&${params}`);
    await expect(status(page)).toHaveText('显示 6 / 6 次走访');
    const note = page.getByRole('note');
    await expect(note).toContainText('已忽略未知的区县：v0、v1、v2、v3、v4，另有 995 项未列出');
    await expect(note).toContainText('q0、q1、q2、q3、q4，另有 295 项未列出');
    expect((await note.textContent())!.length).toBeLessThan(200);
    await expect.poll(() => search(page)).toBe(`?${params}`);
  });
});

test('¶ shows the sentence, named in the link; Back and the back link return focused to the card', async ({
  page,
}) => {
  await page.goto('./?district=heshan');
  const card = timeline(page).getByRole('article', { name: '陈佑才督导龙山港社区疫情防控工作' });
  const pilcrow = card.getByRole('button', { name: /^查看原文：陈佑才督导/ });
  await pilcrow.click();
  await expect(page).toHaveURL(/[?&]ev=yiyang-[a-z0-9-]+\.\d+\.\d+-\d+/);
  expect(search(page)).toMatch(/^\?district=heshan&ev=/);
  const source = page.getByRole('region', { name: '公告原文' });
  const sentence = source.locator('p[data-focused]');
  await expect(sentence).toBeInViewport();
  await expect(sentence).toBeFocused();
  const back = source.getByRole('link', { name: '返回走访' });
  await expect(back).toBeVisible();
  const shared = page.url();

  // The browser's Back: to the card, its ¶ focused.
  await page.goBack();
  await expect(page).not.toHaveURL(/ev=/);
  await expect(pilcrow).toBeFocused();
  await expect(pilcrow).toBeInViewport();
  await expect(source.locator('p[data-focused]')).toHaveCount(0);

  // The visible link does the same.
  await pilcrow.click();
  await expect(sentence).toBeInViewport();
  await back.click();
  await expect(page).not.toHaveURL(/ev=/);
  await expect(pilcrow).toBeFocused();
  await expect(pilcrow).toBeInViewport();

  // The link shared: it opens on the sentence, marked; its back link goes to the visit's card.
  const other = await page.context().newPage();
  await other.goto(shared);
  const otherSource = other.getByRole('region', { name: '公告原文' });
  await expect(otherSource.locator('p[data-focused] mark[data-focus]').first()).toBeVisible();
  expect((await otherSource.locator('p[data-focused] mark[data-focus]').allTextContents()).join('')).toBe(
    '陈佑才督导龙山港社区疫情防控工作',
  );
  await otherSource.getByRole('link', { name: '返回走访' }).click();
  await expect(other).not.toHaveURL(/ev=/);
  const otherCard = timeline(other).getByRole('article', { name: '陈佑才督导龙山港社区疫情防控工作' });
  await expect(otherCard.getByRole('button', { name: /^查看原文：陈佑才督导/ })).toBeFocused();
});

test('a link with evidence the data does not hold is named and cleaned', async ({ page }) => {
  await page.goto('./?ev=nope.99.0-3&district=ziyang');
  await expect(status(page)).toHaveText('显示 2 / 6 次走访');
  await expect(page.getByText('已忽略数据中找不到的原文位置：nope.99.0-3')).toBeVisible();
  await expect.poll(() => search(page)).toBe('?district=ziyang');
});

test('a district clicked on the map filters by it, and a second click clears it, as its checkbox would', async ({
  page,
}) => {
  await page.goto('./');
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
  const map = page.getByRole('figure', { name: /^走访去向地图/ });
  const ziyang = map.getByRole('button', { name: /^资阳区：\d+次走访$/ });
  const checkbox = page.getByRole('checkbox', { name: /^资阳区/ });
  await ziyang.click();
  await expect(status(page)).toHaveText('显示 2 / 6 次走访');
  await expect(page).toHaveURL(/[?&]district=ziyang(&|$)/);
  await expect(ziyang).toHaveAttribute('aria-pressed', 'true');
  await expect(checkbox).toBeChecked();
  // The map follows in a deferred render: wait until it shows the filter before the second click.
  await expect(map).toHaveAccessibleName(/：资阳区2次$/);
  await ziyang.click();
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
  expect(search(page)).not.toMatch(/district=/);
  await expect(ziyang).toHaveAttribute('aria-pressed', 'false');
  await expect(checkbox).not.toBeChecked();
  // By keyboard too: Enter filters, Enter again clears.
  await ziyang.focus();
  await page.keyboard.press('Enter');
  await expect(checkbox).toBeChecked();
  await expect(ziyang).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(checkbox).not.toBeChecked();
  await expect(status(page)).toHaveText('显示 6 / 6 次走访');
});
