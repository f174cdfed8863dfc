/**
 * Tests that time the page's main thread (no task over 200 ms) run in a project of their own, one at a time
 * (playwright.config.ts), which `npm test` runs after the others (package.json, test:e2e:dist): no other test's
 * browser then shares the machine's cores with them and stretches a task the page itself keeps short.
 */
export const ALONE = { tag: '@alone' };
