/**
 * `npm run bench:pieces`: what loading a large file costs inside, where a unit test would only count.
 *
 * - Pieces: how the parsing worker cuts a file that arrives as one chunk (as a network read can be when the page
 *   was busy). Each piece it hands on is one task on the page (parsed, checked, indexed), so a piece should stay
 *   near MAX_PIECE_BYTES: it prints how many pieces, the largest beside that budget and the largest element (a
 *   piece holds whole elements), and the time to cut and to parse them.
 * - Visits kept as bytes (lazy-visits.ts): as the page reads the same file (its lists first), how many bulletins'
 *   visits an export of the whole view parses (one parse per bulletin is the goal, not one per row) and in what
 *   time, and how many a merge with the user's bulletins and its index parse (none is the goal).
 *
 * A benchmark, not a test: it prints figures, and exits 1 only when a piece passes the budget by more than three of
 * the largest elements, or an export or a merge parses more than it should. `--visits 20000` picks the size.
 */
import { parseArgs } from 'node:util';
import { buildIndex } from '../src/data/index-builder';
import { loadIndexBuilder } from '../src/data/index-of';
import { visitsOfRows } from '../src/data/lazy-visits';
import { mergeDatasets, splitBulletins } from '../src/data/merge';
import { PageCopy } from '../src/data/page-copy';
import { DatasetBuilder, MAX_PIECE_BYTES } from '../src/data/parse-dataset';
import { cutter } from '../src/data/parse-worker';
import { writableCopy } from '../src/data/schema';
import { emptyFilters, selectView } from '../src/data/select';
import { synthYiyang } from '../src/testing/synth';

const { values } = parseArgs({ options: { visits: { type: 'string', default: '20000' } } });
const data = synthYiyang(Number(values.visits), 5);
const body = new TextEncoder().encode(JSON.stringify(data));
const pieces: number[] = [];
const texts: string[] = [];
const started = performance.now();
const worker = cutter('dataset.json', (reply) => {
  if (reply.type !== 'items') return;
  // A piece of bulletins comes as bytes (without its paragraphs), which the page decodes.
  const text = typeof reply.text === 'string' ? reply.text : new TextDecoder().decode(reply.text);
  pieces.push(new TextEncoder().encode(text).length);
  texts.push(text);
});
worker.push(body);
worker.finishCutting();
const cut = performance.now() - started;
const parseStarted = performance.now();
let slowest = 0;
for (const text of texts) {
  const t = performance.now();
  JSON.parse(text);
  slowest = Math.max(slowest, performance.now() - t);
}
const parse = performance.now() - parseStarted;
const largestElement = Math.max(
  ...data.bulletins.map((b) => new TextEncoder().encode(JSON.stringify(b)).length),
);
const largest = Math.max(...pieces);
const mb = (n: number) => `${(n / 2 ** 20).toFixed(2)} MB`;
console.log(`file: ${mb(body.length)} (${values.visits} visits), one chunk`);
console.log(
  `pieces: ${pieces.length}; largest ${mb(largest)} (budget ${mb(MAX_PIECE_BYTES)}, largest element ${mb(largestElement)})`,
);
console.log(
  `cut: ${cut.toFixed(0)} ms; parse: ${parse.toFixed(0)} ms in all, ${slowest.toFixed(1)} ms the slowest piece`,
);
let failed = largest >= MAX_PIECE_BYTES + 3 * largestElement;
if (failed) console.error('a piece passes the budget: the page would take it in one long task');

// As the page reads the file with its lists first: the visits of each checked piece are kept as bytes.
await loadIndexBuilder();
const { bulletins, schemaVersion, ...lists } = data;
const listsFirst = new TextEncoder().encode(JSON.stringify({ schemaVersion, ...lists, bulletins }));
const copy = new PageCopy(new DatasetBuilder('dataset.json'));
const page = cutter('dataset.json', (reply) => {
  if (['array', 'items', 'array-end', 'verdict'].includes(reply.type))
    copy.take(reply as Parameters<PageCopy['take']>[0]);
});
for (let i = 0; i < listsFirst.length; i += 1 << 16) page.push(listsFirst.subarray(i, i + (1 << 16)));
page.finishCutting();
const read = await copy.finish(page.skeletonText ?? '', page.lastLine);
/** Parses of visits kept as bytes while `run` runs (each is a JSON.parse of one bulletin's visits). */
const parsesIn = <T>(run: () => T): { value: T; parses: number; ms: number } => {
  const parse = JSON.parse;
  let parses = 0;
  JSON.parse = ((text: string, reviver?: Parameters<typeof parse>[1]) => {
    parses += 1;
    return parse(text, reviver) as unknown;
  }) as typeof JSON.parse;
  const t = performance.now();
  try {
    const value = run();
    return { value, parses, ms: performance.now() - t };
  } finally {
    JSON.parse = parse;
  }
};
const { rows } = selectView(buildIndex(read), emptyFilters);
const exported = parsesIn(() => visitsOfRows(rows));
console.log(
  `export of all ${rows.length} rows: ${exported.parses} parses for ${read.bulletins.length} bulletins, ${exported.ms.toFixed(0)} ms`,
);
if (exported.parses > read.bulletins.length) {
  failed = true;
  console.error('an export parses a bulletin more than once');
}
const mine = writableCopy(splitBulletins({ ...data, bulletins: [data.bulletins[0]!] })[0]!);
mine.bulletins[0]!.id = 'mine-1';
mine.bulletins[0]!.visits.forEach((v, i) => (v.id = `mine-1-v${i}`));
const merged = parsesIn(() => buildIndex(mergeDatasets(read, [mine]).dataset));
console.log(`merge of one user bulletin and its index: ${merged.parses} parses, ${merged.ms.toFixed(0)} ms`);
if (merged.parses > 0) {
  failed = true;
  console.error('a merge reads the loaded visits again');
}
if (failed) process.exit(1);
