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

const answers = async (url: string) => {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
};

/**
 * Starts `vite preview` of `outDir` (default dist/) on the port and resolves with its base URL once it answers.
 * The server runs in its own process group, and `stop()` ends the whole group (killing `npx` alone left vite
 * running, and the next run on that port measured the old build). A port that already answers is refused.
 */
export async function startPreview(
  port: number,
  outDir?: string,
): Promise<{ base: string; server: ChildProcess; stop: () => void }> {
  const base = `http://127.0.0.1:${port}/`;
  if (await answers(base))
    throw new Error(`something already answers at ${base}: stop it (pkill -f "vite preview") or pick a port`);
  const args = ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  if (outDir !== undefined) args.push('--outDir', outDir);
  const server = spawn('npx', args, { stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  // Up to 30 s: on a busy machine npx and vite take a while to answer.
  for (let i = 0; i < 300; i += 1) {
    if (await answers(base)) return { base, server, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`the preview server did not start at ${base}`);
}
