/**
 * The unit suite (`npm run test:unit`): Vite's own config (vite.config.ts: plugins, aliases) plus how the tests run.
 *
 * - Logic runs under Node; jsdom (a second or more of set-up per file) only for components (.tsx) and the few .ts
 *   tests that draw or store in a browser's way (DOM_TESTS).
 * - A test file that changes what other files would share (mocks a module, stubs a global, fakes the clock, patches
 *   a prototype or a global: OWN_STATE below) gets a fresh worker of its own, as every file did before. The others
 *   share their worker's modules and, for components, one jsdom (`isolate: false`): the suite's largest saving after
 *   Node. Each file still gets its set-up files, Testing Library's clean-up after each test, and its spies restored.
 *   A new file that mocks or stubs is put apart by the same rule, with nothing to list.
 * - One worker per core (Vitest's default leaves one core to itself: a single worker on two cores), and the few
 *   files that take far longer than any other start first (LONG_FIRST), so that no worker runs one alone at the end.
 * - Every property test runs from one fixed seed, printed on failure (src/testing/fast-check-seed.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import viteConfig from './vite.config.ts';

/** The .ts tests that need a DOM: SVG export (DOMParser, computed styles), IndexedDB and navigator, React hooks. */
const DOM_TESTS = [
  'src/app/hostile.test.ts',
  'src/data/library.test.ts',
  'src/features/add/use-history.test.ts',
  'src/features/export/chart-image.test.ts',
  'src/features/export/svg-serialize.test.ts',
];

/** Files that take far longer than any other (the drafting of every text of the development set, three times). */
const LONG_FIRST = ['src/draft/dev-set.test.ts'];

/** What makes a test file change state other files would see if they shared its worker. */
const OWN_STATE =
  /\bvi\.(mock|doMock|unmock|stubGlobal|stubEnv|useFakeTimers|setSystemTime)\b|\bglobalThis\.\w+\s*=|\bdelete globalThis\b|\.prototype\.\w+\s*=|\bwindow\.\w+\s*=|Object\.defineProperty\(/;

const root = import.meta.dirname;
const testFiles = (dir: string) =>
  readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.test\.tsx?$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)));
const ownState = [...testFiles('src'), ...testFiles('scripts')].filter((f) =>
  OWN_STATE.test(readFileSync(join(root, f), 'utf8')),
);

class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = (f: TestSpecification) => LONG_FIRST.some((p) => f.moduleId.endsWith(p));
    return [...sorted.filter(long), ...sorted.filter((f) => !long(f))];
  }
}

const NODE = { include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: DOM_TESTS };
const DOM = { include: ['src/**/*.test.tsx', ...DOM_TESTS], exclude: ['src/draft/**'] };
const isDom = (f: string) => f.endsWith('.tsx') || DOM_TESTS.includes(f);

/** The `kind`'s files that share their worker, or those with state of their own, each in a fresh worker. */
function project(kind: 'node' | 'dom', shared: boolean) {
  const files = kind === 'node' ? NODE : DOM;
  return {
    extends: true as const,
    test: {
      name: shared ? kind : `${kind}-isolated`,
      environment: kind === 'node' ? 'node' : 'jsdom',
      isolate: !shared,
      setupFiles: [
        './src/testing/fast-check-seed.ts',
        kind === 'node' ? './src/testing/setup-i18n.ts' : './src/testing/setup.ts',
      ],
      include: shared ? files.include : ownState.filter((f) => isDom(f) === (kind === 'dom')),
      exclude: [...files.exclude, ...(shared ? ownState : [])],
    },
  };
}

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      globals: true,
      env: { TZ: 'Asia/Shanghai' },
      css: false,
      testTimeout: 15_000,
      maxWorkers: availableParallelism(),
      sequence: { sequencer: LongFirst },
      projects: [project('node', true), project('node', false), project('dom', true), project('dom', false)],
    },
  }),
);
