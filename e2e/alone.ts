/**
 * Tests that run in a project of their own, one at a time (playwright.config.ts), which `npm test` runs after the
 * others (package.json, test:e2e:dist), so that no other test's browser shares the machine's cores with them:
 * - those that time the page's main thread (no task over 200 ms), where a busy core stretches a task the page keeps
 *   short;
 * - those that drive two tabs at once, whose news goes from tab to tab through the browser (BroadcastChannel,
 *   IndexedDB), which a busy machine can delay past the tests' waits.
 */
export const ALONE = { tag: '@alone' };
