// @vitest-environment node
/**
 * The lint rules that guard the layout do fail: probe files that break them are written into the tree, linted
 * with the project's own config, and removed. A rule that silently stopped working would fail here.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const written: string[] = [];
function probe(path: string, code: string): string {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, code);
  written.push(file);
  return file;
}
afterAll(() => {
  for (const file of written) rmSync(file, { force: true });
});

async function ruleIds(files: string[]): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const results = await eslint.lintFiles(files);
  return results.flatMap((r) => r.messages.map((m) => m.ruleId ?? m.message));
}

describe('lint guards the layout', () => {
  it('refuses a feature importing another feature by a deep path, a cycle, Node in browser code and a floating promise', async () => {
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
  }, 180_000);
});
