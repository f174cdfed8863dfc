/**
 * `npm run bench:size`: builds a bare React 19 page in a temporary folder with the same Vite and plugin, builds
 * the app, and prints the JS each needs before its first paint (the entry chunk and its static imports,
 * gzipped), and the ratio. With `--check` it fails when the ratio passes `maxRatio` in size-budget.json.
 * Lazy chunks (charts, export, the schema library) are listed apart: they load after the first paint.
 * `--out DIR` builds the app there (default .bench/app-dist) and leaves it as `vite build` makes it, so that
 * `npm test` builds once for this check and the browser tests (the source maps it reads are hidden ones: the files
 * measured are byte for byte those `vite build` writes).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';

type Manifest = Record<
  string,
  { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
>;

const root = process.cwd();
const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8')) as { maxRatio: number };

function build(dir: string, outDir: string, sourcemap = false) {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      dir,
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      ...(sourcemap ? ['--sourcemap', 'hidden'] : []),
      '--logLevel',
      'warn',
    ],
    { stdio: 'inherit', cwd: root },
  );
}

function firstPaint(outDir: string): {
  bytes: number;
  files: string[];
  lazy: { file: string; bytes: number }[];
} {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const files = [...seen].map((k) => manifest[k]?.file ?? k).filter((f) => f.endsWith('.js'));
  const lazy = Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => f.endsWith('.js') && !files.includes(f))
    .map((file) => ({ file, bytes: gz(file) }));
  return { bytes: files.reduce((n, f) => n + gz(f), 0), files, lazy };
}

const bareDir = resolve(root, '.bench/bare');
rmSync(bareDir, { recursive: true, force: true });
mkdirSync(join(bareDir, 'src'), { recursive: true });
writeFileSync(
  join(bareDir, 'index.html'),
  '<!doctype html><html><head><meta charset="UTF-8"><title>bare</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
);
writeFileSync(
  join(bareDir, 'src/main.tsx'),
  "import { StrictMode } from 'react';\nimport { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<StrictMode><h1>Hello</h1></StrictMode>);\n",
);
writeFileSync(
  join(bareDir, 'vite.config.ts'),
  "import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\nexport default defineConfig({ plugins: [react()], build: { target: 'es2022' } });\n",
);
build(bareDir, join(bareDir, 'dist'));
const bare = firstPaint(join(bareDir, 'dist'));

const outArg = process.argv.indexOf('--out');
const appOut = resolve(root, outArg > 0 ? process.argv[outArg + 1]! : '.bench/app-dist');
build(root, appOut, true);
const app = firstPaint(appOut);

/**
 * What each package (or the app's own code) adds to the first-paint JS: each generated character is traced back
 * through the source map to its source file, and a file's share of the chunk's gzipped size is its share of the
 * characters. An estimate (gzip does not split exactly), good enough to see where the budget goes.
 */
function breakdown(outDir: string, files: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const file of files) {
    const code = readFileSync(join(outDir, file), 'utf8');
    const gz = gzipSync(code, { level: 9 }).length;
    const mapFile = join(outDir, `${file}.map`);
    if (!existsSync(mapFile)) {
      // A chunk the bundler writes itself (e.g. its preload helper) has no source map.
      out.set('bundler runtime', (out.get('bundler runtime') ?? 0) + gz);
      continue;
    }
    const map = new SourceMapConsumer(
      JSON.parse(readFileSync(join(outDir, `${file}.map`), 'utf8')) as RawSourceMap,
    );
    const lines = code.split('\n');
    const chars = new Map<string, number>();
    const at: { last: { line: number; column: number; owner: string } | null } = { last: null };
    const credit = (owner: string, n: number) => chars.set(owner, (chars.get(owner) ?? 0) + n);
    map.eachMapping((m) => {
      const owner = ownerOf(m.source ?? '');
      const last = at.last;
      if (last && last.line === m.generatedLine) credit(last.owner, m.generatedColumn - last.column);
      else if (last) credit(last.owner, (lines[last.line - 1]?.length ?? 0) - last.column);
      at.last = { line: m.generatedLine, column: m.generatedColumn, owner };
    });
    if (at.last) credit(at.last.owner, (lines[at.last.line - 1]?.length ?? 0) - at.last.column);
    const total = [...chars.values()].reduce((a, b) => a + b, 0) || 1;
    for (const [owner, n] of chars) out.set(owner, (out.get(owner) ?? 0) + (gz * n) / total);
  }
  return out;
}

function ownerOf(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm < 0)
    return source.includes('/src/') || source.startsWith('src/') || source.startsWith('../src')
      ? 'app code (src/)'
      : 'other';
  const rest = source.slice(nm + 'node_modules/'.length).split('/');
  return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? 'other');
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ratio = app.bytes / bare.bytes;
console.log(`bare React 19 page, first-paint JS (gzip): ${kb(bare.bytes)}`);
console.log(`dashboard, first-paint JS (gzip):          ${kb(app.bytes)}  [${app.files.join(', ')}]`);
console.log(`ratio: ${ratio.toFixed(2)} (budget ${budget.maxRatio})`);
console.log('first-paint JS by package (gzip, estimated from the source map):');
for (const [owner, bytes] of [...breakdown(appOut, app.files)].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${owner.padEnd(28)} ${kb(bytes)}`);
}
// The schema library is not in the first paint (it validates in a worker); what it would cost there, full
// build against its small one, for a one-field object schema:
for (const [name, source] of [
  [
    'zod',
    "import { z } from 'zod';\nconsole.log(z.object({ a: z.string() }).safeParse({ a: '' }).success);\n",
  ],
  [
    'zod/mini',
    "import * as z from 'zod/mini';\nconsole.log(z.object({ a: z.string() }).safeParse({ a: '' }).success);\n",
  ],
] as const) {
  const dir = resolve(root, `.bench/${name.replace('/', '-')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="/src/main.ts"></script>');
  writeFileSync(join(dir, 'src/main.ts'), source);
  build(dir, join(dir, 'dist'));
  console.log(`${name} alone, if it were in the first paint: ${kb(firstPaint(join(dir, 'dist')).bytes)}`);
}
console.log('loaded after the first paint:');
for (const c of app.lazy.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${c.file}  ${kb(c.bytes)}`);
if (outArg > 0) {
  // What the measure alone needed: the manifest and the source maps.
  rmSync(join(appOut, '.vite'), { recursive: true, force: true });
  for (const f of readdirSync(join(appOut, 'assets')))
    if (f.endsWith('.map')) rmSync(join(appOut, 'assets', f));
}
if (process.argv.includes('--check') && ratio > budget.maxRatio) {
  console.error(
    `First-paint JS is ${ratio.toFixed(2)}× the bare page, over the budget of ${budget.maxRatio}× (size-budget.json).`,
  );
  process.exit(1);
}
