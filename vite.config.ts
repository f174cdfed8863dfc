import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { createReadStream, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * The HTTP headers a host should send with the built page (docs/hosting.md), and `vite preview` sends. The CSP is
 * the one index.html carries as a meta tag, plus what a meta tag cannot say: frame-ancestors. The dev server
 * keeps to the meta tag (its hot reload needs an inline script).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
export const securityHeaders = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/**
 * `vite preview` serves a file's precompressed sibling (`data/dataset.json.gz`) where there is one and the browser
 * accepts gzip, as a static host does (nginx `gzip_static`); otherwise it compresses on the fly, on every request.
 * For a dataset of a few hundred MB that costs seconds of the machine's CPU each time (docs/hosting.md).
 */
function precompressed(): Plugin {
  let root = 'dist';
  return {
    name: 'precompressed',
    configResolved(config) {
      root = resolve(config.root, config.build.outDir);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (
          req.method !== 'GET' ||
          !path.endsWith('.json') ||
          !/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
        )
          return next();
        const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''), '') + '.gz';
        let size: number;
        try {
          size = statSync(file).size;
        } catch {
          return next();
        }
        res.writeHead(200, {
          ...securityHeaders,
          'Content-Type': 'application/json',
          'Content-Encoding': 'gzip',
          'Content-Length': String(size),
          'Cache-Control': 'no-cache',
          Vary: 'Accept-Encoding',
        });
        createReadStream(file).pipe(res);
      });
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), precompressed()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Charts and export are split off and load after the first paint.
    chunkSizeWarningLimit: 700,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true, headers: securityHeaders },
  // How the unit tests run: vitest.config.ts.
});
