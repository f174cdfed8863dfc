/**
 * What the scripts that drive a browser share (bench, screenshot): the system Chromium with the flags this
 * machine needs (no background networking: the network is closed), and a `vite preview` of the build.
 */
import { chromium, type Browser } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';

export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-gpu',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}

/** Starts `vite preview` of `outDir` (default dist/) on the port and resolves with its base URL once it answers. */
export async function startPreview(
  port: number,
  outDir?: string,
): Promise<{ base: string; server: ChildProcess }> {
  const args = ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  if (outDir !== undefined) args.push('--outDir', outDir);
  const server = spawn('npx', args, { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(base)).ok) return { base, server };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`the preview server did not start at ${base}`);
}
