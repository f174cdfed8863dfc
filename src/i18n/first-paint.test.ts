// @vitest-environment node
/**
 * The first paint carries only the first part of the Chinese messages (./zh); the rest (./zh-later) loads with the
 * lazy parts. This test follows the static imports from src/main.tsx (dynamic `import()` stops it) and fails when
 * a module of the first paint names a message that is only in the later part, which would show as its key.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from './zh';
import { zhLater } from './zh-later';

const root = resolve(process.cwd(), 'src');

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')])
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  return null;
}

/** Every module reachable from the entry by static imports (type-only imports are erased: left out). */
function firstPaintModules(): string[] {
  const seen = new Set<string>();
  const stack = [join(root, 'main.tsx')];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^import\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const next = resolveImport(file, m[1]!);
      if (next) stack.push(next);
    }
  }
  return [...seen];
}

describe('the first paint', () => {
  const modules = firstPaintModules();

  it('includes the shell, the filters and the timeline, and leaves the later messages out', () => {
    const names = modules.map((m) => m.slice(root.length + 1));
    expect(names).toEqual(expect.arrayContaining(['app/app.tsx', 'features/filters/filter-bar.tsx']));
    expect(names).toContain('features/timeline/visit-card.tsx');
    expect(names).not.toContain('i18n/zh-later.ts');
    expect(names).not.toContain('features/charts/charts-section.tsx');
  });

  it('leaves zod out (validation runs in the worker and in the parts that save)', () => {
    const withZod = modules.filter((file) => /from ['"]zod['"]/.test(readFileSync(file, 'utf8')));
    expect(withZod.map((file) => file.slice(root.length + 1))).toEqual([]);
  });

  it('names no message of the later part', () => {
    const laterKeys = new Set(Object.keys(zhLater));
    const firstKeys = new Set(Object.keys(zh));
    const misplaced: string[] = [];
    for (const file of modules) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/'([a-zA-Z]+\.[\w.-]+)'/g))
        if (laterKeys.has(m[1]!)) misplaced.push(`${file.slice(root.length + 1)}: ${m[1]}`);
      // A key built from a prefix (`role.${r}`): every key with that prefix must be in the first part.
      for (const m of source.matchAll(/`([a-zA-Z]+\.[\w.-]*)\$\{/g))
        for (const key of laterKeys)
          if (key.startsWith(m[1]!)) misplaced.push(`${file.slice(root.length + 1)}: ${key}`);
    }
    expect(misplaced).toEqual([]);
    expect(firstKeys.size).toBeGreaterThan(50);
  });
});
