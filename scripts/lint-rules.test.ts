// @vitest-environment node
/**
 * The lint rules that guard the layout do fail: probe files that break them are linted with the project's own
 * config and tsconfigs, in a copy of the project's frame made in the system's temporary folder (the rules go by
 * path: `src/lib`, `src/features/…`), never in the tree itself, where a killed run would leave them behind. A rule
 * that silently stopped working would fail here.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const project = join(dirname(new URL(import.meta.url).pathname), '..');
/** The frame: the lint config, the tsconfigs and package.json copied, node_modules linked. */
const root = mkdtempSync(join(tmpdir(), 'lint-probes-'));
for (const file of [
  'eslint.config.js',
  'package.json',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsconfig.app.json',
  'tsconfig.test.json',
  'tsconfig.node.json',
])
  copyFileSync(join(project, file), join(root, file));
symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'), 'dir');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function probe(path: string, code: string): string {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, code);
  return file;
}

async function ruleIds(files: string[]): Promise<string[]> {
  // The path zones are read from the working folder (import-x's basePath): the frame's, while it is linted.
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const results = await new ESLint({ cwd: root }).lintFiles(files);
    return results.flatMap((r) => r.messages.map((m) => m.ruleId ?? m.message));
  } finally {
    process.chdir(cwd);
  }
}

describe('lint guards the layout', () => {
  it('refuses a feature importing another feature by a deep path, lib importing data, a cycle, Node in browser code and a floating promise', async () => {
    probe('src/features/export/csv.ts', "export const toCsv = (): string => '';\n");
    const crossing = probe(
      'src/features/charts/zz-lint-probe-crossing.ts',
      "import { toCsv } from '../../features/export/csv';\nexport const probe = toCsv;\n",
    );
    const a = probe(
      'src/lib/zz-lint-probe-a.ts',
      "import { b } from './zz-lint-probe-b';\nexport const a = (): number => b() + 1;\n",
    );
    const b = probe(
      'src/lib/zz-lint-probe-b.ts',
      "import { a } from './zz-lint-probe-a';\nexport const b = (): number => (Math.random() > 2 ? a() : 0);\n",
    );
    const node = probe(
      'src/lib/zz-lint-probe-node.ts',
      "import { readFileSync } from 'node:fs';\nexport const env = process.env.HOME ?? readFileSync('x', 'utf8');\n",
    );
    const floating = probe(
      'src/lib/zz-lint-probe-floating.ts',
      'async function later(): Promise<number> {\n  return 1;\n}\nexport function now(): void {\n  later();\n}\n',
    );
    const ids = await ruleIds([crossing, a, b, node, floating]);
    expect(ids).toContain('import-x/no-restricted-paths');
    expect(ids).toContain('import-x/no-cycle');
    expect(ids).toContain('no-restricted-imports');
    expect(ids).toContain('no-restricted-globals'); // `process` is not a browser global
    expect(ids).toContain('@typescript-eslint/no-floating-promises');
    // lib sits below data: not even a type comes up from it.
    probe('src/data/schema.ts', 'export type Dataset = { schemaVersion: 1 };\n');
    const upward = probe(
      'src/lib/zz-lint-probe-data.ts',
      "import type { Dataset } from '../data/schema';\nexport const version = (d: Dataset): number => d.schemaVersion;\n",
    );
    expect(await ruleIds([upward])).toEqual(['import-x/no-restricted-paths']);
  }, 180_000);
});
