import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

/**
 * The system Chromium (never a downloaded one): Debian's headless shell where it is installed (the same Chromium
 * 150 without its windowing parts; what Playwright itself runs headless tests in, and a quarter less CPU here),
 * else the full browser. CHROMIUM_PATH picks another (e.g. /usr/bin/chromium); scripts/check-browser.mjs agrees.
 */
const CHROMIUM_PATHS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
const executablePath =
  process.env.CHROMIUM_PATH ?? CHROMIUM_PATHS.find((p) => existsSync(p)) ?? CHROMIUM_PATHS[1];
// E2E_PORT and E2E_DIST let two checkouts (or two people) run the browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // One worker more than the cores: a test waits on the browser and the server part of its time. Measured on 2 cores
  // (128 tests): 2 workers 172 s, 3 workers 145 s, 4 workers 150 s.
  workers: availableParallelism() + 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    timezoneId: 'Asia/Shanghai',
    locale: 'zh-CN',
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      grepInvert: /@alone/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
    // Tests that time the main thread, one at a time (e2e/alone.ts); npm test runs this project after the other.
    {
      name: 'alone',
      grep: /@alone/,
      workers: 1,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: {
    command: `npx vite preview --outDir ${DIST} --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
