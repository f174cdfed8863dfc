/**
 * `npm run bench:size`: builds a bare React 19 page in a temporary folder with the same Vite and plugin, builds
 * the app, and prints the JS each needs before its first paint (the entry chunk and its static imports,
 * gzipped), and the ratio. With `--check` it fails when the ratio passes `maxRatio` in size-budget.json.
 * Lazy chunks (charts, export, the schema library) are listed apart: they load after the first paint.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

type Manifest = Record<
  string,
  { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
>;

const root = process.cwd();
const budget = JSON.parse(readFileSync(join(root, 'size-budget.json'), 'utf8')) as { maxRatio: number };

function build(dir: string, outDir: string) {
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

const appOut = resolve(root, '.bench/app-dist');
build(root, appOut);
const app = firstPaint(appOut);

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const ratio = app.bytes / bare.bytes;
console.log(`bare React 19 page, first-paint JS (gzip): ${kb(bare.bytes)}`);
console.log(`dashboard, first-paint JS (gzip):          ${kb(app.bytes)}  [${app.files.join(', ')}]`);
console.log(`ratio: ${ratio.toFixed(2)} (budget ${budget.maxRatio})`);
console.log('loaded after the first paint:');
for (const c of app.lazy.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${c.file}  ${kb(c.bytes)}`);
if (process.argv.includes('--check') && ratio > budget.maxRatio) {
  console.error(
    `First-paint JS is ${ratio.toFixed(2)}× the bare page, over the budget of ${budget.maxRatio}× (size-budget.json).`,
  );
  process.exit(1);
}
