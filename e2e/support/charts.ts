/**
 * What the chart tests share: how a user finds the charts section, a figure, its drawing and its table, and how
 * to wait until a figure has drawn (bars, or the sentence that replaces bars where every value is the same).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'zh' | 'en';

export const status = (page: Page) => page.getByRole('status').filter({ hasText: /次走访|visits/ });

export const chartsSection = (page: Page) =>
  page.locator('section', { has: page.getByRole('heading', { level: 2, name: /^(图表|Charts)$/ }) });

export const figures = (page: Page) => chartsSection(page).getByRole('figure');

export const figure = (page: Page, id: string) => chartsSection(page).locator(`figure[data-chart="${id}"]`);

/** The drawing: an SVG with role img, named by a sentence that says its numbers. */
export const drawing = (fig: Locator) => fig.locator('svg.recharts-surface[role="img"]');

export const uniformNote: Record<Lang, string> = {
  zh: '各项数值相同，不画条形；数字见下表。',
  en: 'Every value is the same, so no bars are drawn; the numbers are in the table below.',
};

/** Bars, or the note that stands in for them: what a figure shows once drawn. */
export const marks = (fig: Locator) =>
  fig
    .locator('.recharts-bar-rectangle')
    .or(fig.getByText(new RegExp(`^(${Object.values(uniformNote).join('|')})$`)));

/** The ids of the bundled dataset's figures, in page order (no quantities are stated, so no quantities chart). */
export const bundledChartIds = ['places', 'people-places', 'supplies', 'supply-variants'];

/** The drawable figures of the bundled dataset (the supplies chart is a sentence: every visit brought the same). */
export const drawnChartIds = ['places', 'people-places', 'supply-variants'];

/** Open the page and wait until the status reads the expected count. */
export async function open(page: Page, query: string, statusText: string | RegExp) {
  await page.goto(`./${query}`);
  await expect(status(page)).toHaveText(statusText);
}

/** Bring every figure to the screen in turn and wait until it has drawn. */
export async function drawAll(page: Page) {
  await expect(figures(page).first()).toBeAttached();
  for (const fig of await figures(page).all()) {
    await fig.scrollIntoViewIfNeeded();
    await expect(marks(fig).first()).toBeVisible();
  }
}

/** Choose a theme in the app's own select (配色 / Theme). */
export async function chooseTheme(page: Page, theme: 'light' | 'dark') {
  const select = page.getByRole('combobox', { name: /^(配色|Theme)/ });
  await select.selectOption(theme);
  await expect(page.locator('html')).toHaveClass(
    theme === 'dark' ? /(^|\s)dark(\s|$)/ : /^(?!.*\bdark\b).*$/,
  );
}
