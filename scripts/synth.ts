/**
 * `npm run data:synth -- --visits N [--seed S] [--out FILE]`: writes a valid synthetic dataset of N visits
 * (default file .bench/dataset-N.json, outside the build) for benchmarks. See scripts/synth-lib.ts.
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
  },
});
const visits = Number(values.visits);
if (!Number.isInteger(visits) || visits < 1) {
  console.error(`--visits must be a whole number above 0, not "${values.visits}"`);
  process.exit(1);
}
const divisions = JSON.parse(readFileSync('data/divisions/yiyang.json', 'utf8')) as Division[];
const data = synthDataset({ visits, seed: Number(values.seed), divisions });
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
