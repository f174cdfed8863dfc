/**
 * `npm run bench:stream`: a maintained streaming JSON parser (@streamparser/json-whatwg, in the worker) against
 * today's cutter (DatasetAssembler) on the same bytes, for 100,000 and 300,000 visits (`npm run data:synth --
 * --visits N` writes .bench/dataset-N.json). The file is read into memory first, in the 64 kB chunks a fetch
 * body gives, so that neither side pays for the disk.
 *
 * - cutter: the worker finds each run of whole elements of the top-level arrays and decodes it (its cost); the page
 *   parses each piece with the engine's JSON.parse (its cost, on the main thread).
 * - streamparser: the worker parses the whole file to objects as it comes (paths `$.<array>.*`) and posts them in
 *   batches to the page as they fill: the structured clone of each batch is timed apart, in one thread here (in
 *   the browser the worker writes it and the page reads it).
 *
 * Validation is left out of both: it is the same work either way. A benchmark, not a test: it prints figures.
 * `--sizes 100000,300000` picks the sizes.
 */
import { JSONParser } from '@streamparser/json-whatwg';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DatasetAssembler } from '../src/data/parse-dataset';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100000,300000' } } });
const CHUNK = 1 << 16;
const ARRAYS = ['bulletins', 'people', 'organizations', 'places', 'supplyTypes'];
/** About as many bulletins per message as the worker sends visits per message today (VISITS_PER_MESSAGE). */
const BATCH = 500;

function chunksOf(file: string): Uint8Array[] {
  const bytes = readFileSync(file);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) chunks.push(bytes.subarray(i, i + CHUNK));
  return chunks;
}

function cutter(chunks: Uint8Array[]) {
  const texts: string[] = [];
  const started = performance.now();
  const assembler = new DatasetAssembler(
    'dataset.json',
    { onItems: (_k, text) => texts.push(text) },
    null, // cutting only, as in the worker
  );
  for (const chunk of chunks) assembler.push(chunk);
  assembler.finishCutting();
  const worker = performance.now() - started;
  let page = 0;
  let slowest = 0;
  let elements = 0;
  for (const text of texts) {
    const t = performance.now();
    elements += (JSON.parse(text) as unknown[]).length;
    const took = performance.now() - t;
    page += took;
    slowest = Math.max(slowest, took);
  }
  return { worker, page, slowest, elements, messages: texts.length };
}

async function streamparser(chunks: Uint8Array[]) {
  const started = performance.now();
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const parser = new JSONParser({ paths: ARRAYS.map((key) => `$.${key}.*`), keepStack: false });
  const reader = source.pipeThrough(parser).getReader();
  let batch: unknown[] = [];
  let elements = 0;
  let messages = 0;
  let post = 0;
  let slowest = 0;
  /** Each batch posted as it fills, then let go (as the worker would): its clone timed apart. */
  const send = () => {
    const t = performance.now();
    structuredClone(batch);
    const took = performance.now() - t;
    post += took;
    slowest = Math.max(slowest, took);
    messages += 1;
    batch = [];
  };
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    elements += 1;
    batch.push(value.value);
    if (batch.length === BATCH) send();
  }
  if (batch.length > 0) send();
  const worker = performance.now() - started - post;
  return { worker, post, slowest, elements, messages };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
for (const n of values.sizes.split(',').map(Number)) {
  const file = `.bench/dataset-${n}.json`;
  let chunks: Uint8Array[];
  try {
    chunks = chunksOf(file);
  } catch {
    console.error(`${file} is missing: run \`npm run data:synth -- --visits ${n}\``);
    process.exit(1);
  }
  const mb = chunks.reduce((sum, c) => sum + c.length, 0) / 2 ** 20;
  console.log(`${n} visits, ${mb.toFixed(0)} MB`);
  const a = cutter(chunks);
  console.log(
    `  cutter:       worker ${s(a.worker)} (cut, decode); page ${s(a.page)} (JSON.parse of ${a.messages} pieces, slowest ${a.slowest.toFixed(0)} ms); ${a.elements} elements`,
  );
  const b = await streamparser(chunks);
  console.log(
    `  streamparser: worker ${s(b.worker)} (parse to objects); post ${s(b.post)} (structured clone of ${b.messages} batches, slowest ${b.slowest.toFixed(0)} ms); ${b.elements} elements`,
  );
  console.log(
    `  worker: streamparser ${(b.worker / a.worker).toFixed(1)}× the cutter; page: clone ${(b.post / a.page).toFixed(1)}× JSON.parse`,
  );
}
