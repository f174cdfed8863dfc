/**
 * `npm run data:synth -- --visits N [--seed S] [--out FILE] [--per-bulletin K] [--text-chars C]`: writes a valid
 * synthetic dataset of N visits (default file .bench/dataset-N.json, outside the build) for benchmarks; with
 * `--per-bulletin 6 --text-chars 3150`, bulletins of six visits, each with a full source text of about 3,150
 * characters besides its visits' paragraphs (100,000 visits: about 380 MB). See scripts/synth-lib.ts.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { synthDataset, type Division } from './synth-lib';

const { values } = parseArgs({
  options: {
    visits: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    'per-bulletin': { type: 'string' },
    'text-chars': { type: 'string', default: '0' },
  },
});
const visits = Number(values.visits);
if (!Number.isInteger(visits) || visits < 1) {
  console.error(`--visits must be a whole number above 0, not "${values.visits}"`);
  process.exit(1);
}
const divisions = JSON.parse(readFileSync('data/divisions/yiyang.json', 'utf8')) as Division[];
const perBulletin = values['per-bulletin'] === undefined ? undefined : Number(values['per-bulletin']);
if (perBulletin !== undefined && !(Number.isInteger(perBulletin) && perBulletin >= 1)) {
  console.error(`--per-bulletin must be a whole number above 0, not "${values['per-bulletin']}"`);
  process.exit(1);
}
const data = synthDataset({
  visits,
  seed: Number(values.seed),
  divisions,
  perBulletin,
  textChars: Number(values['text-chars']),
});
const out = values.out ?? `.bench/dataset-${visits}.json`;
mkdirSync(dirname(out), { recursive: true });
// Bulletin by bulletin: 300,000 visits make a file larger than one JavaScript string may hold.
const { bulletins, ...rest } = data;
const head = JSON.stringify({ ...rest, bulletins: [] });
const fd = openSync(out, 'w');
writeSync(fd, head.slice(0, head.indexOf('"bulletins":[') + '"bulletins":['.length));
bulletins.forEach((bulletin, i) => writeSync(fd, (i > 0 ? ',' : '') + JSON.stringify(bulletin)));
writeSync(fd, head.slice(head.indexOf('"bulletins":[') + '"bulletins":['.length));
closeSync(fd);
console.log(
  `wrote ${out}: ${visits} visits in ${data.bulletins.length} bulletins, ${data.people.length} people, ${data.places.length} places`,
);
