/**
 * Makes the README's screenshots from the built app (run `npm run screenshot`, which builds first):
 * docs/screenshot.png (Chinese, 1280 px wide) and docs/screenshot-en-phone.png (English, 390 px).
 * Uses the system Chromium, like the browser tests.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const PORT = 4179;
const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
  },
);

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`preview server did not start at ${url}`);
}

try {
  const base = `http://127.0.0.1:${PORT}/`;
  await waitForServer(base);
  mkdirSync('docs', { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
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
  server.kill();
}
