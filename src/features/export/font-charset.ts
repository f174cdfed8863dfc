/**
 * Which characters the embedded export font must hold, in three tiers, so that an export embeds only the tiers
 * its text touches:
 * - `latin`: everything below the CJK blocks (ASCII, Latin letters, general punctuation such as “ ” … ›);
 *   an English image usually needs nothing else.
 * - `core`: the CJK characters of text that can appear in a chart image: chart and export messages, names of
 *   districts, places, people, organisations and supply types, supplies as written, bulletin titles and publishers.
 * - `rest`: every other CJK character of the dataset and the message catalogues (headlines, notes, other UI text).
 *
 * scripts/build-export-font.ts subsets Noto Sans SC to these tiers; fonts.test.ts checks that the committed
 * manifest still covers them. Pure: no DOM, no file system.
 */
import type { Dataset } from '../../data/schema';

export type Tier = 'latin' | 'core' | 'rest';
export const tiers: readonly Tier[] = ['latin', 'core', 'rest'];

/** First code point treated as CJK: the CJK radicals block; everything below is the `latin` tier. */
export const CJK_START = 0x2e80;

/** Message keys whose text can be drawn in a chart image: chart and export texts, facet names, roles, times. */
const chartMessageKey = /^(charts\.|export\.|role\.|time\.|filters\.(bulletin|district|person|supply)$)/;

/** Always available, whatever the data: printable ASCII, the punctuation the layout uses, dates and digits. */
const ALWAYS_LATIN = `${Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('')}“”‘’…–—·›×•`;
const ALWAYS_CORE = '年月日时分，。、：；（）《》【】「」！？％０１２３４５６７８９';

export type Catalogue = Record<string, string>;

/** Every string of a dataset, with whether it can appear in a chart image. */
export function datasetStrings(dataset: Dataset): { chart: string[]; other: string[] } {
  const chart: string[] = [];
  const other: string[] = [];
  const both = (text: { zh: string; en?: string | undefined } | null, into: string[]) => {
    if (text) into.push(text.zh, text.en ?? '');
  };
  for (const p of dataset.people) {
    both(p.name, chart);
    p.titles.forEach((t) => both(t, other));
  }
  for (const o of dataset.organizations) both(o.name, chart);
  for (const p of dataset.places) {
    both(p.name, chart);
    if (p.note) both(p.note, other);
  }
  for (const s of dataset.supplyTypes) both(s.name, chart);
  for (const b of dataset.bulletins) {
    both(b.title, chart);
    both(b.publisher, chart);
    other.push(...b.paragraphs);
    b.notes?.forEach((n) => both(n, other));
    for (const v of b.visits) {
      both(v.headline, other);
      other.push(v.dateText);
      if (v.dateNote) both(v.dateNote, other);
      v.notes?.forEach((n) => both(n, other));
      v.remarks.forEach((r) => both(r.text, other));
      v.participants.forEach((p) => p.note && both(p.note, other));
      v.supplies.forEach((s) => chart.push(s.text));
    }
  }
  return { chart, other };
}

/** Characters that draw nothing and need no glyph: control characters and line or paragraph separators. */
export const NOT_DRAWN = /[\p{Cc}\p{Zl}\p{Zp}]/u;

const isCjk = (ch: string) => (ch.codePointAt(0) ?? 0) >= CJK_START;

/** Sorted unique characters (by code point) of some strings, as one string. */
export function charsOf(strings: Iterable<string>): string {
  const set = new Set<string>();
  for (const s of strings) for (const ch of s) set.add(ch);
  return [...set].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0)).join('');
}

/** The characters of each tier for a dataset and the message catalogues; the tiers are disjoint. */
export function exportCharset(dataset: Dataset, catalogues: readonly Catalogue[]): Record<Tier, string> {
  const { chart, other } = datasetStrings(dataset);
  const chartMessages: string[] = [];
  const otherMessages: string[] = [];
  for (const catalogue of catalogues) {
    for (const [key, text] of Object.entries(catalogue))
      (chartMessageKey.test(key) ? chartMessages : otherMessages).push(text);
  }
  const everything = charsOf([
    ALWAYS_LATIN,
    ALWAYS_CORE,
    ...chart,
    ...chartMessages,
    ...other,
    ...otherMessages,
  ]);
  const coreSet = new Set(charsOf([ALWAYS_CORE, ...chart, ...chartMessages]));
  const pick = (keep: (ch: string) => boolean) => [...everything].filter(keep).join('');
  return {
    // Control characters and line breaks draw nothing; spaces (also no-break) do.
    latin: pick((ch) => !isCjk(ch) && !NOT_DRAWN.test(ch)),
    core: pick((ch) => isCjk(ch) && coreSet.has(ch)),
    rest: pick((ch) => isCjk(ch) && !coreSet.has(ch)),
  };
}

/** One subset font file of the export font: the characters it holds, for one weight and tier. */
export type FontPiece = { file: string; weight: 400 | 700; tier: Tier; chars: string };

/** src/features/export/fonts/manifest.json, written by scripts/build-export-font.ts. */
export type FontManifest = {
  note: string;
  font: string;
  license: string;
  pieces: FontPiece[];
  /** Characters no Noto Sans SC file has (drawn with whatever font the viewer has). */
  uncovered: string;
};

/** Characters of `wanted` (per weight) that no piece of that weight holds. */
export function uncoveredChars(manifest: FontManifest, wanted: string, weight: 400 | 700): string {
  const held = new Set(manifest.pieces.filter((p) => p.weight === weight).flatMap((p) => [...p.chars]));
  const excused = new Set(manifest.uncovered);
  return [...wanted].filter((ch) => !held.has(ch) && !excused.has(ch)).join('');
}
