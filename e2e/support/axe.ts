/**
 * axe for the app's pages, which hold no frames: axe.run in the page itself (AxeBuilder's legacy mode), not
 * axe.runPartial in each frame and axe.finishRun in a blank page opened for it, which the default does so that
 * frames of other origins can be checked. On a page of one frame both run the same rules on the same nodes and give
 * the same results; the page opened, and axe injected a second time, took half of each scan (about 0.5 to 1.5 s).
 * The premise is checked: a page that gains a frame fails here, and the scan can go back to the default.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export function axeBuilder(page: Page): AxeBuilder {
  expect(
    page.frames().map((f) => f.url()),
    'the page has no frame of its own (axe.run in the page checks all of it)',
  ).toHaveLength(1);
  return new AxeBuilder({ page }).setLegacyMode();
}
