/**
 * Makes the README's screenshots from the built app (run `npm run screenshot`, which builds first):
 * docs/screenshot.png (Chinese, 1280 px wide) and docs/screenshot-en-phone.png (English, 390 px).
 * Uses the system Chromium, like the browser tests.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium, startPreview } from './browser';

const { base, stop } = await startPreview(4179);
try {
  mkdirSync('docs', { recursive: true });
  const browser = await launchChromium();
  const shots = [
    { file: 'docs/screenshot.png', url: '', width: 1280, height: 1400 },
    { file: 'docs/screenshot-en-phone.png', url: '?lang=en&district=ziyang', width: 390, height: 1400 },
  ];
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      reducedMotion: 'reduce',
    });
    await page.goto(base + shot.url);
    await page
      .getByRole('status')
      .filter({ hasText: /次走访|visits/ })
      .waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  await browser.close();
} finally {
  stop();
}
