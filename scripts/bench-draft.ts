/**
 * `npm run bench:draft`: milliseconds to draft a 5,000-character text once the module and its gazetteer chunks are
 * loaded (median of 30 runs). The text is the dev bulletins and the bundled bulletin, repeated to 5,000 characters.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { draftSync, gazetteerKeys, type GazetteerChunk, type GazetteerIndex } from '../src/draft/index';
import { readChunk } from './gazetteer-disk';

const root = fileURLToPath(new URL('../', import.meta.url));
const parts = [readFileSync(`${root}data/source/bulletin.txt`, 'utf8')];
for (const f of readdirSync(`${root}data/dev-bulletins`)
  .filter((x) => x.endsWith('.txt'))
  .sort())
  parts.push(readFileSync(`${root}data/dev-bulletins/${f}`, 'utf8'));
let text = '';
for (let i = 0; text.length < 5000; i++) text += parts[i % parts.length] + '\n';
text = text.slice(0, 5000);
const load = readChunk;
const index = load('index') as GazetteerIndex;
const chunks = gazetteerKeys(index, text).map((k) => load(k) as GazetteerChunk);
const gazetteer = { index, chunks };

draftSync(text, {}, gazetteer); // warm-up
const times: number[] = [];
for (let i = 0; i < 30; i++) {
  const t = performance.now();
  draftSync(text, {}, gazetteer);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const result = draftSync(text, {}, gazetteer);
console.log(
  `draft ${text.length} chars, ${chunks.length} gazetteer chunks: median ${times[15]!.toFixed(1)} ms ` +
    `(min ${times[0]!.toFixed(1)}, max ${times[29]!.toFixed(1)}); ${result.dataset.bulletins[0]!.visits.length} visits`,
);
