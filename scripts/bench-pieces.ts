/**
 * `npm run bench:pieces`: how the parsing worker cuts a large file that arrives as one chunk (as a network read can
 * be when the page was busy). Each piece it hands on is one task on the page (parsed, checked, indexed), so a piece
 * should stay near MAX_PIECE_BYTES: it prints how many pieces, the largest beside that budget and the largest
 * element (a piece holds whole elements), and the time to cut and to parse them. A benchmark, not a test: it
 * prints figures, and exits 1 only when a piece passes the budget by more than three of the largest elements.
 * `--visits 20000` picks the size.
 */
import { parseArgs } from 'node:util';
import { MAX_PIECE_BYTES } from '../src/data/parse-dataset';
import { cutter } from '../src/data/parse-worker';
import { synthYiyang } from '../src/testing/synth';

const { values } = parseArgs({ options: { visits: { type: 'string', default: '20000' } } });
const data = synthYiyang(Number(values.visits), 5);
const body = new TextEncoder().encode(JSON.stringify(data));
const pieces: number[] = [];
const texts: string[] = [];
const started = performance.now();
const worker = cutter('dataset.json', (reply) => {
  if (reply.type !== 'items') return;
  pieces.push(new TextEncoder().encode(reply.text).length);
  texts.push(reply.text);
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
if (largest >= MAX_PIECE_BYTES + 3 * largestElement) {
  console.error('a piece passes the budget: the page would take it in one long task');
  process.exit(1);
}
