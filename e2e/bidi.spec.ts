/**
 * A name in the data that carries a right-to-left override (U+202E) with no end to it reorders no word of the page
 * around it: the filter's roles after a person's name, the charts' and the map's titles that list districts with
 * their counts, the map's labels (SVG text, which has no <bdi>), and the titles of an exported image.
 * The dataset is the bundled one with two names made hostile.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { figure, open, type Lang } from './support/charts';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';

type Named = { id: string; name: { zh: string; en?: string } };
const data = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as {
  places: Named[];
  people: Named[];
};
const heshan = data.places.find((p) => p.id === 'heshan')!;
heshan.name = { zh: `赫山区${RLO}`, en: `Heshan District${RLO}` };
const street = data.places.find((p) => p.id === 'heshan-subdistrict')!;
street.name = { zh: `赫山街道${RLO}`, en: `Heshan Subdistrict${RLO}` };
const tan = data.people.find((p) => p.id === 'tan-xihua')!;
tan.name = { zh: `谭喜华${RLO}`, en: `Tan Xihua${RLO}` };
const body = JSON.stringify(data);
const hostile = [heshan, street, tan].flatMap((x) => [x.name.zh, x.name.en!]);

test.beforeEach(async ({ page }) => {
  await page.route('**/data/dataset.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
});

/**
 * The page's own characters in an element (those of no hostile name), each with where it is drawn: on each line,
 * every one must stand to the right of the one before it (the page's words run left to right). Returns those that
 * do not, in words.
 */
function outOfOrder(element: Locator, names: string[]): Promise<string[]> {
  return element.evaluate((root, names) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const chars: { node: Text; at: number; ch: string }[] = [];
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null)
      for (let at = 0; at < node.data.length; at += 1) chars.push({ node, at, ch: node.data[at]! });
    const text = chars.map((c) => c.ch).join('');
    // Characters of a hostile name, and of no width (controls, spaces), are not the page's words.
    const skip = new Set<number>();
    for (const name of names)
      for (let from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + 1))
        for (let i = from; i < from + name.length; i += 1) skip.add(i);
    const placed = chars.flatMap((c, i) => {
      if (skip.has(i) || /[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(c.ch)) return [];
      const range = document.createRange();
      range.setStart(c.node, c.at);
      range.setEnd(c.node, c.at + 1);
      const box = range.getBoundingClientRect();
      return box.width > 0 ? [{ ch: c.ch, i, x: box.left + box.width / 2, line: Math.round(box.top) }] : [];
    });
    const wrong: string[] = [];
    for (let k = 1; k < placed.length; k += 1) {
      const [a, b] = [placed[k - 1]!, placed[k]!];
      if (Math.abs(a.line - b.line) < 4 && b.x < a.x)
        wrong.push(`"${b.ch}" (#${b.i}) drawn left of "${a.ch}" (#${a.i}) in "${text}"`);
    }
    return wrong;
  }, names);
}

const view: Record<Lang, { query: string; status: string; people: string; map: string }> = {
  zh: { query: '', status: '显示 6 / 6 次走访', people: '人员', map: '走访去向地图' },
  en: {
    query: '?lang=en',
    status: 'Showing 6 of 6 visits',
    people: 'People',
    map: 'Map of where the visits went',
  },
};

/** The finding of a figure: the title that says what it shows in this view. */
const finding = (fig: Locator) => fig.locator('figcaption > span').nth(1);

async function openView(page: Page, lang: Lang) {
  await open(page, view[lang].query, view[lang].status);
  await expect(page.locator('figure[data-chart="map"] path[role="button"]').first()).toBeAttached();
}

// One load of each language serves the three checks of the page as shown (they were three tests, each loading the
// same page with the same hostile names): each only scrolls and measures.
for (const lang of ['zh', 'en'] as const) {
  test(`bidi ${lang}: a person's override does not reach the roles beside the name in the filter; a district's does not reorder the titles that count it (charts, map) nor the map's labels; a street's does not turn round the rest of a place's path, in the chart's table and in the visits table`, async ({
    page,
  }) => {
    await openView(page, lang);

    // A person's override does not reach the roles beside the name in the filter.
    const people = page.getByRole('group', { name: view[lang].people, exact: true });
    const label = people.locator('label').filter({ hasText: tan.name[lang]! });
    await expect(label).toHaveCount(1);
    // The roles are the page's words: （带队） / (lead).
    await expect(label).toContainText(lang === 'zh' ? '带队' : 'lead');
    expect(await outOfOrder(label, hostile)).toEqual([]);

    // A district's override does not reorder the titles that count it (charts, map) nor the map's labels.
    const places = figure(page, 'places');
    await places.scrollIntoViewIfNeeded();
    await expect(finding(places)).toContainText(heshan.name[lang]!);
    expect(await outOfOrder(finding(places), hostile)).toEqual([]);
    const map = page.locator('figure[data-chart="map"]');
    await expect(finding(map)).toContainText(heshan.name[lang]!);
    expect(await outOfOrder(finding(map), hostile)).toEqual([]);
    // The map's label of the district: its name, and under it its count (the page's words: 4次; in English 4).
    const mapLabel = map.locator('svg text').filter({ hasText: heshan.name[lang]! });
    await expect(mapLabel).toHaveCount(1);
    await expect(mapLabel).toContainText(lang === 'zh' ? '4次' : '4');
    expect(await outOfOrder(mapLabel, hostile)).toEqual([]);

    // A street's override does not turn round the rest of a place's path. The chart's table: district › street ›
    // community in a row's header.
    await places.scrollIntoViewIfNeeded();
    const paths = places
      .getByRole('rowheader')
      .filter({ hasText: street.name[lang]! })
      .filter({ hasText: /›.*›/ });
    await expect(paths.first()).toBeVisible();
    for (const row of await paths.all()) expect(await outOfOrder(row, hostile)).toEqual([]);
    // The visits table: street › community in the place column.
    const table = page.locator('section[aria-labelledby="table-title"] table');
    await table.scrollIntoViewIfNeeded();
    const cells = table.getByRole('cell').filter({ hasText: street.name[lang]! }).filter({ hasText: '›' });
    await expect(cells.first()).toBeVisible();
    for (const cell of await cells.all()) expect(await outOfOrder(cell, hostile)).toEqual([]);
  });
}

/** Downloads a figure's SVG through its export menu. */
async function svgOf(page: Page, fig: Locator): Promise<string> {
  await fig.scrollIntoViewIfNeeded();
  await fig.locator('details:has(> summary)').first().locator('summary').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    fig.getByRole('button', { name: '下载 SVG' }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

test('bidi: exported SVGs isolate the name in their titles and the map labels, so any viewer keeps the words in order', async ({
  page,
}) => {
  await openView(page, 'zh');
  // The finding, 赫山区4次、资阳区2次, with the name isolated: FSI … PDI ends the override before 4次.
  const places = await svgOf(page, figure(page, 'places'));
  expect(places).toContain(`${FSI}${heshan.name.zh}${PDI}4次`);
  expect(places).not.toMatch(new RegExp(`[^${FSI}]${heshan.name.zh}4次`));
  // The map: its title likewise, and its label of the district (SVG text has no <bdi>; a viewer that lays the
  // label's two lines out as one paragraph would otherwise turn 4次 round).
  const map = await svgOf(page, page.locator('figure[data-chart="map"]'));
  expect(map).toContain(`${FSI}${heshan.name.zh}${PDI}4次`);
  expect(map).toMatch(new RegExp(`<tspan[^>]*>${FSI}${heshan.name.zh}${PDI}</tspan>`));
  expect(map).not.toMatch(new RegExp(`<tspan[^>]*>${heshan.name.zh}</tspan>`));
});
