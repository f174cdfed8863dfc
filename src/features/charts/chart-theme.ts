/**
 * Colours of the charts, as lookup tables: one colour per district id and per supply type id, read from the design
 * tokens in tailwind.config.ts, so that a district or a supply has the same colour in the charts, the cards and the
 * exported images. Ids the tokens do not name (a user's own dataset may add districts or supplies) get a colour
 * from `extraPalette`, chosen by a hash of the id: the same id always gets the same colour, whatever the filters.
 *
 * Axis, grid and text colours are not here: the charts draw them in `currentColor`, which the figure sets for light
 * and dark mode (see `chartTextClass`).
 */
import { extraPalette, tokens } from '../../../tailwind.config';

const districtColors: Readonly<Record<string, string>> = tokens.colors.district;
const supplyColors: Readonly<Record<string, string>> = tokens.colors.supply;

/** FNV-1a over the UTF-16 code units: small, stable across runs and engines. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A stable colour for an id the tokens do not name: from `extraPalette`, leaving out the colours the named ids of
 * the same kind already have (so an unknown supply never looks like the masks).
 */
export function fallbackColor(id: string, taken: readonly string[] = []): string {
  const takenSet = new Set(taken.map((c) => c.toLowerCase()));
  const free = extraPalette.filter((c) => !takenSet.has(c.toLowerCase()));
  const palette = free.length > 0 ? free : extraPalette;
  return palette[hashId(id) % palette.length] ?? tokens.colors.district.other;
}

const named = (table: Readonly<Record<string, string>>, id: string) =>
  id !== 'other' && Object.hasOwn(table, id) ? table[id] : undefined;
const namedColors = (table: Readonly<Record<string, string>>) =>
  Object.entries(table)
    .filter(([key]) => key !== 'other')
    .map(([, color]) => color);

export function districtColor(id: string): string {
  return named(districtColors, id) ?? fallbackColor(id, namedColors(districtColors));
}

export function supplyColor(id: string): string {
  return named(supplyColors, id) ?? fallbackColor(id, namedColors(supplyColors));
}

/**
 * Text, axes and grid use `currentColor`; the figure sets it. slate-700 on white and slate-200 on slate-900 are
 * both well above 4.5:1.
 */
export const chartTextClass = 'text-slate-700 dark:text-slate-200';
/** Grid lines and the hover band: currentColor, faint. */
export const gridOpacity = 0.18;
export const cursorOpacity = 0.08;
/** Font size of tick labels and value labels, in px (kept in one place: label fitting depends on it). */
export const tickFontSize = 12;
