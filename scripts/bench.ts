/**
 * `npm run bench`: how the cost of the page grows with the data. For 6, 1,000, 10,000, 100,000 and 300,000 visits it
 * serves a dataset to the built app (vite preview, system Chromium, reduced motion) and prints: load to first
 * view (navigation to the status and the first card), the median and 95th percentile of a filter change to the
 * status and timeline showing it, and to the whole page (charts included) settling, the same medians for a date
 * range's start set (?from=), the main thread's CPU time per change (a filter, a date range: a figure that a busy
 * machine does not inflate as it does the times), long tasks after first paint,
 * the longest task on the main thread from navigation to a second after the first view, the peak JS heap of the
 * main thread while loading (sampled every 100 ms through the debugging protocol; the worker's heap is its own),
 * and DOM nodes. A size past this browser's limit shows its alert instead, and the bench prints it.
 * A benchmark, not a test: it prints figures. `--sizes 6,1000` picks the sizes; `--dist` and `--port` let it run
 * beside others (it writes the dataset into DIST/data/dataset.json). The dataset is served precompressed, as a
 * static host serves a large file (`--compress on-the-fly` has the preview server gzip it on every request, which
 * on a small machine takes seconds of the same CPU the browser needs).
 *
 * `--library 100000`: the load of a large library against the browser's own floor, in the same run and browser
 * (issue 24, item 6). It writes (once, kept in .bench/) a dataset of that many visits in bulletins of six, each
 * with a full source text of about 3,150 characters besides its visits (`npm run data:synth -- --per-bulletin 6
 * --text-chars 3150`: 100,000 visits make about 380 MB), then runs, alternately, `--runs` times each (default 3):
 * (a) the floor, a blank page that fetches the same file from the same server and JSON.parses it (navigation to
 * the parse done), and (b) the dashboard loading it (navigation to the frame that paints the status with the full
 * count); and prints both, the ratio of their medians, the longest main-thread task of (b) from navigation to
 * 1.5 s after its first view, and the load average of the machine at each run. With each, the CPU time all of
 * Chromium's processes spent on it (the page's threads, its worker, the network service that inflates the file):
 * on a machine whose cores other work keeps busy the times stretch, the CPU a load takes much less; and of that,
 * the page's process (its main thread alone, to its first view, and the rest: mostly the parsing worker).
 * `--file .bench/dataset-100000.json` loads another file of that many visits instead (the usual synthetic one).
 */
import type { CDPSession, Locator, Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  createReadStream,
  createWriteStream,
  existsSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { parseArgs } from 'node:util';
import { launchChromium, startPreview } from './browser';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '6,1000,10000,100000,300000' },
    runs: { type: 'string', default: '20' },
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4181' },
    compress: { type: 'string', default: 'precompressed' },
    library: { type: 'string' },
    /** With --library: another file of that many visits to load against the floor (e.g. .bench/dataset-100000.json). */
    file: { type: 'string' },
  },
});
if (!['precompressed', 'on-the-fly'].includes(values.compress)) {
  console.error(`--compress is precompressed or on-the-fly, not "${values.compress}"`);
  process.exit(1);
}
const library = values.library === undefined ? null : Number(values.library);
if (library !== null && !(Number.isInteger(library) && library >= 6)) {
  console.error(`--library is a number of visits (6 or more), not "${values.library}"`);
  process.exit(1);
}
const sizes = library === null ? values.sizes.split(',').map(Number) : [];
const runs = Number(library === null ? values.runs : process.argv.includes('--runs') ? values.runs : '3');
const PORT = Number(values.port);
const DIST = values.dist;

/**
 * Puts the dataset of n visits where the built app fetches it (dist/data/dataset.json), so that the preview
 * server sends it as it would any file; large bodies do not go through the browser's debugging protocol.
 */
async function serveDataset(
  n: number,
  source = n === 6 ? 'public/data/dataset.json' : `.bench/dataset-${n}.json`,
) {
  copyFileSync(source, `${DIST}/data/dataset.json`);
  rmSync(`${DIST}/data/dataset.json.gz`, { force: true });
  if (values.compress !== 'precompressed' || n === 6) return;
  // Compressed once and kept, as a static host keeps its .gz (the preview server then sends it as it is).
  const gz = `${source}.gz`;
  if (!existsSync(gz))
    await pipeline(createReadStream(source), createGzip({ level: 6 }), createWriteStream(gz));
  copyFileSync(gz, `${DIST}/data/dataset.json.gz`);
}

/** `npm run data:synth` with these arguments, in a process with room for a large dataset. */
function synth(args: string[]): Promise<void> {
  return new Promise<void>((done, fail) => {
    const r = spawn(
      process.execPath,
      ['--max-old-space-size=12000', 'node_modules/tsx/dist/cli.mjs', 'scripts/synth.ts', ...args],
      { stdio: 'inherit' },
    );
    r.on('exit', (code) => (code === 0 ? done() : fail(new Error(`data:synth ${args.join(' ')} failed`))));
  });
}

async function ensureDatasets() {
  for (const n of sizes) {
    if (n === 6 || existsSync(`.bench/dataset-${n}.json`)) continue;
    await synth(['--visits', String(n)]);
  }
}

/** The library of `n` visits: bulletins of six, each with its full text (see the header). */
async function ensureLibrary(n: number): Promise<string> {
  const file = `.bench/library-${n}.json`;
  if (!existsSync(file))
    await synth(['--visits', String(n), '--per-bulletin', '6', '--text-chars', '3150', '--out', file]);
  return file;
}

const median = (xs: number[]) => quantile(xs, 0.5);
const load1 = () => loadavg()[0]?.toFixed(1) ?? '?';

/**
 * The floor: a blank page of the same origin that fetches the dataset and JSON.parses it, as plainly as a page
 * can (`response.text()`, then `JSON.parse`). Written into the build (a script file: the server's CSP allows no
 * inline script). It sets `window.__floor` to its times (ms from navigation), or to the error.
 */
function writeFloorPage() {
  writeFileSync(
    `${DIST}/floor.html`,
    '<!doctype html><html><head><meta charset="utf-8"><title>floor</title><script src="floor.js"></script></head><body></body></html>',
  );
  writeFileSync(
    `${DIST}/floor.js`,
    `fetch('data/dataset.json')
  .then((r) => r.text())
  .then((text) => {
    const fetched = performance.now();
    const value = JSON.parse(text);
    const parsed = performance.now();
    window.__floor = { fetched, parsed, bulletins: value.bulletins.length };
  })
  .catch((error) => { window.__floor = { error: String(error) }; });
`,
  );
}

/** CPU seconds so far of each of the browser's processes, by process id, with its kind (browser, renderer, utility…). */
async function processCpu(cdp: CDPSession): Promise<Map<number, { cpu: number; type: string }>> {
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo' as never)) as {
    processInfo: { id: number; type: string; cpuTime: number }[];
  };
  return new Map(processInfo.map((p) => [p.id, { cpu: p.cpuTime, type: p.type }]));
}

/**
 * The CPU (ms) the browser's processes spent since `before` (processes started since count whole), in all and
 * that of the renderers (the page's process: its main thread and the parsing worker).
 */
async function cpuSince(
  cdp: CDPSession,
  before: Map<number, { cpu: number; type: string }>,
): Promise<{ all: number; renderer: number }> {
  let all = 0;
  let renderer = 0;
  for (const [id, p] of await processCpu(cdp)) {
    const spent = (p.cpu - (before.get(id)?.cpu ?? 0)) * 1000;
    all += spent;
    if (p.type === 'renderer') renderer += spent;
  }
  return { all, renderer };
}

/** Load a large library against the floor, alternately, and print both, their ratio and the longest task. */
async function benchLibrary(n: number, base: string) {
  const browser = await launchChromium();
  const system = await browser.newBrowserCDPSession();
  const floorCpu: number[] = [];
  const shownCpu: number[] = [];
  const mainCpu: number[] = [];
  const otherCpu: number[] = [];
  const floor: number[] = [];
  const fetchOnly: number[] = [];
  const shown: number[] = [];
  const longest: number[] = [];
  const over200: number[] = [];
  const f = (x: number) => `${(x / 1000).toFixed(2)} s`;
  try {
    for (let run = 0; run < runs; run += 1) {
      {
        const load = load1();
        const page = await browser.newPage();
        const before = await processCpu(system);
        await page.goto(`${base}floor.html`);
        await page.waitForFunction(() => (window as unknown as { __floor?: unknown }).__floor, null, {
          timeout: 600_000,
          polling: 100,
        });
        const cpu = await cpuSince(system, before);
        const r = await page.evaluate(
          () =>
            (window as unknown as { __floor: { fetched: number; parsed: number; error?: string } }).__floor,
        );
        await page.close();
        if (r.error) throw new Error(`the floor page failed: ${r.error}`);
        floor.push(r.parsed);
        fetchOnly.push(r.fetched);
        floorCpu.push(cpu.all);
        console.log(
          `run ${run + 1} (a) floor: fetched ${f(r.fetched)}, parsed ${f(r.parsed)}, CPU ${f(cpu.all)} (the page's process ${f(cpu.renderer)}; load average ${load})`,
        );
      }
      {
        const load = load1();
        const page = await browser.newPage({
          viewport: { width: 1280, height: 900 },
          reducedMotion: 'reduce',
        });
        await page.addInitScript('globalThis.__name = (f) => f;');
        await page.addInitScript((total: number) => {
          const w = window as unknown as { __long: number[]; __shown?: number };
          w.__long = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__long.push(e.duration);
          }).observe({ type: 'longtask', buffered: true });
          // The status with the full count ("显示 100,000 / 100,000 次走访"), timed at the frame that paints it.
          const full = new RegExp(`${total}/${total}次走访`);
          const observer = new MutationObserver(() => {
            const status = [...document.querySelectorAll('[role="status"]')].find((s) =>
              full.test((s.textContent ?? '').replace(/[\s,]/g, '')),
            );
            if (!status) return;
            observer.disconnect();
            requestAnimationFrame(() => {
              w.__shown = performance.now();
            });
          });
          observer.observe(document, { subtree: true, childList: true, characterData: true });
        }, n);
        const pageCdp = await page.context().newCDPSession(page);
        await pageCdp.send('Performance.enable');
        const before = await processCpu(system);
        await page.goto(base, { timeout: 300_000 });
        await page.waitForFunction(
          () =>
            (window as unknown as { __shown?: number }).__shown !== undefined ||
            document.querySelector('[role="alert"]') !== null,
          null,
          { timeout: 600_000, polling: 100 },
        );
        const cpu = await cpuSince(system, before);
        const main = await threadTime(pageCdp);
        const alert = await page.evaluate(
          () => document.querySelector('[role="alert"]')?.textContent ?? null,
        );
        if (alert !== null) throw new Error(`the dashboard shows an alert: ${alert}`);
        await page.waitForTimeout(1500);
        const r = await page.evaluate(() => {
          const w = window as unknown as { __long: number[]; __shown: number };
          return { shown: w.__shown, long: w.__long };
        });
        await page.close();
        shown.push(r.shown);
        shownCpu.push(cpu.all);
        otherCpu.push(cpu.renderer - main);
        mainCpu.push(main);
        longest.push(Math.max(0, ...r.long));
        over200.push(r.long.filter((d) => d > 200).length);
        console.log(
          `run ${run + 1} (b) dashboard: status with ${n.toLocaleString('en')} visits at ${f(r.shown)}, ` +
            `${(r.shown / (floor.at(-1) ?? NaN)).toFixed(2)}× the floor before it, CPU ${f(cpu.all)} (the page's process ${f(cpu.renderer)}: main thread ${f(main)}, the rest, mostly the parsing worker, ${f(cpu.renderer - main)}); longest task ` +
            `${Math.max(0, ...r.long).toFixed(0)} ms, ${over200.at(-1)} over 200 ms (load average ${load})`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  const file = statSync(`${DIST}/data/dataset.json`).size;
  console.log(
    `\n${n.toLocaleString('en')} visits, ${(file / 1e6).toFixed(0)} MB, ${runs} runs each (medians): ` +
      `floor (fetch + JSON.parse) ${f(median(floor))} (fetch alone ${f(median(fetchOnly))}); ` +
      `dashboard to the full count ${f(median(shown))}; ratio ${(median(shown) / median(floor)).toFixed(2)}× ` +
      `(goal ≤ 1.25×); CPU ${f(median(floorCpu))} against ${f(median(shownCpu))}, ` +
      `${(median(shownCpu) / median(floorCpu)).toFixed(2)}× (the page's main thread ${f(median(mainCpu))}, the rest of its process ${f(median(otherCpu))}); longest main-thread task ${Math.max(...longest).toFixed(0)} ms ` +
      `(runs: ${longest.map((x) => x.toFixed(0)).join(', ')}; goal ≤ 200 ms); load average now ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
  );
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

type Change = { shown: number; settled: number; cpu: number };

/** Clicks a filter checkbox and measures, in the page, when the status and timeline show it and when all settles. */
async function filterChange(page: Page, cdp: CDPSession, name: RegExp): Promise<Change> {
  const box = page.getByRole('checkbox', { name }).first();
  const handle = await box.elementHandle();
  if (!handle) throw new Error(`no checkbox ${name}`);
  return withCpu(cdp, () => measureChange(page, handle, null));
}

/** Sets the date range's start (the 从 / From input; '' clears it) and measures it as a filter change. */
async function dateChange(page: Page, cdp: CDPSession, value: string): Promise<Change> {
  const input = page.getByRole('group', { name: '日期' }).getByLabel('从');
  const handle = await input.elementHandle();
  if (!handle) throw new Error('no date input');
  return withCpu(cdp, () => measureChange(page, handle, value));
}

/** The main thread's CPU time so far (ms): unlike the times above, it does not grow while other processes run. */
async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

/**
 * A change measured, with the CPU time the page's main thread spent from just before it until it settled (the
 * 300 ms of quiet that tell it has settled included, in which the page does next to nothing): on a busy machine
 * the times to show and to settle grow with the other processes' work, this one does not.
 */
async function withCpu(
  cdp: CDPSession,
  change: () => Promise<{ shown: number; settled: number }>,
): Promise<Change> {
  const before = await threadTime(cdp);
  const r = await change();
  return { ...r, cpu: (await threadTime(cdp)) - before };
}

/**
 * Acts on `el` (a click, or with `value`, a date typed into a date input) and measures, in the page, when the
 * status and timeline show it and when all settles.
 */
function measureChange(
  page: Page,
  el: Awaited<ReturnType<Locator['elementHandle']>>,
  value: string | null,
): Promise<{ shown: number; settled: number }> {
  return page.evaluate(
    ([el, value]) =>
      new Promise<{ shown: number; settled: number }>((resolve) => {
        const status = [...document.querySelectorAll('[role="status"]')].find((s) =>
          /次走访|visits/.test(s.textContent ?? ''),
        );
        const before = status?.textContent;
        let last = performance.now();
        let shown = -1;
        const observer = new MutationObserver(() => {
          last = performance.now();
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        const start = performance.now();
        const input = el as HTMLInputElement;
        if (value === null) input.click();
        else {
          // As a person picks a date: the value, then the input event React listens to.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
        const poll = () => {
          if (shown < 0 && status?.textContent !== before) {
            // The status has changed; wait for the frame that paints it.
            requestAnimationFrame(() => {
              shown = performance.now() - start;
            });
          }
          if (shown >= 0 && performance.now() - last > 300) {
            observer.disconnect();
            resolve({ shown, settled: last - start });
            return;
          }
          setTimeout(poll, 0);
        };
        poll();
      }),
    [el, value] as const,
  );
}

if (library !== null) {
  const source = values.file ?? (await ensureLibrary(library));
  await serveDataset(library, source);
  writeFloorPage();
  const { base, stop } = await startPreview(PORT, DIST);
  try {
    await benchLibrary(library, base);
  } finally {
    stop();
    await serveDataset(6);
    rmSync(`${DIST}/floor.html`, { force: true });
    rmSync(`${DIST}/floor.js`, { force: true });
  }
  process.exit(0);
}

await ensureDatasets();
console.log(
  `The dataset is served ${values.compress === 'precompressed' ? 'precompressed (gzip, as a static host serves it)' : 'compressed on the fly by the preview server'}.`,
);
const { base, stop } = await startPreview(PORT, DIST);
try {
  const browser = await launchChromium();
  const rows: string[][] = [
    [
      'visits',
      'file',
      'load → first view',
      'longest task',
      'peak JS heap (main)',
      'new filter → status+timeline p50 / p95',
      'new filter → settled p50 / p95',
      'back to the last view → status+timeline p50',
      'new date range → status+timeline / settled p50',
      'main-thread CPU of a change (filter / date range) p50',
      'long tasks > 200 ms after paint',
      'DOM nodes',
    ],
  ];
  for (const n of sizes) {
    await serveDataset(n);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    // tsx (esbuild) wraps named functions in __name(); give the page one, since evaluated code runs there.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.addInitScript(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    let peakHeap = 0;
    let sampling = true;
    const sample = async () => {
      while (sampling) {
        try {
          const { metrics } = await cdp.send('Performance.getMetrics');
          const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
          peakHeap = Math.max(peakHeap, used);
        } catch {
          // the page is navigating
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    const sampler = sample();
    const t0 = Date.now();
    await page.goto(base, { timeout: 300_000 });
    const shownOrAlert = await Promise.race([
      page
        .getByRole('article')
        .first()
        .waitFor({ timeout: 600_000 })
        .then(() => null),
      page
        .getByRole('alert')
        .first()
        .waitFor({ timeout: 600_000 })
        .then(() => page.getByRole('alert').first().innerText()),
    ]);
    const load = Date.now() - t0;
    await page.waitForTimeout(1500);
    sampling = false;
    await sampler;
    const longest = await page.evaluate(() =>
      Math.max(0, ...(window as unknown as { __long: number[] }).__long),
    );
    const f = (x: number) => `${x.toFixed(0)} ms`;
    const mb = (x: number) => `${(x / 1e6).toFixed(0)} MB`;
    const file = statSync(`${DIST}/data/dataset.json`).size;
    if (shownOrAlert !== null) {
      const row = [n.toLocaleString('en'), mb(file), `alert after ${f(load)}`, f(longest), mb(peakHeap)];
      rows.push([...row, shownOrAlert.replace(/\s+/g, ' ').slice(0, 160), '', '', '', '', '', '']);
      console.log(`| ${rows.at(-1)?.join(' | ')} |`);
      await page.close();
      continue;
    }
    const longAfterPaint = await page.evaluate(
      () => (window as unknown as { __long: number[] }).__long.filter((d) => d > 200).length,
    );
    // A district checked makes a new view; unchecked, the page goes back to the view it remembers
    // (selectViewRemembered): the two are reported apart, the first being the cost of a filter change.
    const shown: number[] = [];
    const settled: number[] = [];
    const back: number[] = [];
    const cpu: number[] = [];
    const districts = await page.getByRole('group', { name: '区县' }).getByRole('checkbox').count();
    for (let i = 0; i < runs; i += 1) {
      // Alternate: check a district, then uncheck it, across the districts there are.
      const k = Math.floor(i / 2) % districts;
      const name = new RegExp(
        `^${await page
          .getByRole('group', { name: '区县' })
          .getByRole('checkbox')
          .nth(k)
          .evaluate((e) => e.closest('label')?.textContent?.split(/\s/)[0] ?? '')}`,
      );
      const r = await filterChange(page, cdp, name);
      if (i % 2 === 1) back.push(r.shown);
      else {
        shown.push(r.shown);
        settled.push(r.settled);
        cpu.push(r.cpu);
      }
    }
    // A date range's start set (a new view), then cleared (the view remembered): months across the span.
    const dateShown: number[] = [];
    const dateSettled: number[] = [];
    const dateCpu: number[] = [];
    const first = await page.getByRole('group', { name: '日期' }).getByLabel('从').getAttribute('min');
    for (let i = 0; first && i < runs; i += 1) {
      const month = new Date(`${first}T00:00:00Z`);
      month.setUTCMonth(month.getUTCMonth() + 1 + (Math.floor(i / 2) % 10), 1);
      const r = await dateChange(page, cdp, i % 2 === 0 ? month.toISOString().slice(0, 10) : '');
      if (i % 2 === 0) {
        dateShown.push(r.shown);
        dateSettled.push(r.settled);
        dateCpu.push(r.cpu);
      }
    }
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    rows.push([
      n.toLocaleString('en'),
      mb(file),
      f(load),
      f(longest),
      mb(peakHeap),
      `${f(quantile(shown, 0.5))} / ${f(quantile(shown, 0.95))}`,
      `${f(quantile(settled, 0.5))} / ${f(quantile(settled, 0.95))}`,
      `${f(quantile(back, 0.5))}`,
      dateShown.length > 0 ? `${f(quantile(dateShown, 0.5))} / ${f(quantile(dateSettled, 0.5))}` : 'no dates',
      `${f(quantile(cpu, 0.5))} / ${dateCpu.length > 0 ? f(quantile(dateCpu, 0.5)) : '–'}`,
      String(longAfterPaint),
      String(nodes),
    ]);
    console.log(`| ${rows.at(-1)?.join(' | ')} |`);
    await page.close();
  }
  await browser.close();
  await serveDataset(6);
  console.log(
    '\n' +
      rows
        .map((r) => `| ${r.join(' | ')} |`)
        .join('\n')
        .replace(/\n/, `\n|${rows[0]?.map(() => '---').join('|')}|\n`),
  );
} finally {
  stop();
}
