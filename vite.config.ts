/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';

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

export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Charts and export are split off and load after the first paint.
    chunkSizeWarningLimit: 700,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true, headers: securityHeaders },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    env: { TZ: 'Asia/Shanghai' },
    css: false,
    testTimeout: 15_000,
  },
});
