/**
 * The one colour lookup: `colorFor(kind, id, among)` gives a district or a supply type its colour in the cards, the
 * charts, the map and the exported images alike. Named ids take the design tokens of tailwind.config.ts; any other
 * id (a user's own dataset may add 手套 or 安化县) gets a colour from `extraPalette`, leaving out the colours the
 * named ids of that kind already have, so gloves never look like masks. Given `among`, the values of that kind in
 * the dataset (the index's facet values), the other ids take the palette's colours in that order, so that two
 * districts of a user's dataset never share one while the palette lasts; the same id keeps its colour whatever the
 * filters. Without it (a draft not yet in a dataset), a hash of the id chooses.
 */
import { extraPalette, tokens } from '../../tailwind.config';
import { hashString } from './hash';
import { memoOn } from './memo-on';

export type ColorKind = 'district' | 'supply';

const tables: Record<ColorKind, Readonly<Record<string, string>>> = {
  district: tokens.colors.district,
  supply: tokens.colors.supply,
};

/** Where the text gives no district: grey, apart from every district's colour. */
export const noDistrictColor: string = tokens.colors.district.other;

const named = (kind: ColorKind, id: string) => id !== 'other' && Object.hasOwn(tables[kind], id);

const freePalettes = new Map<ColorKind, readonly string[]>();
function freePalette(kind: ColorKind): readonly string[] {
  let free = freePalettes.get(kind);
  if (!free) {
    const taken = new Set(
      Object.entries(tables[kind])
        .filter(([key]) => key !== 'other')
        .map(([, color]) => color.toLowerCase()),
    );
    const left = extraPalette.filter((c) => !taken.has(c.toLowerCase()));
    free = left.length > 0 ? left : extraPalette;
    freePalettes.set(kind, free);
  }
  return free;
}

export function colorFor(kind: ColorKind, id: string, among?: readonly string[]): string {
  if (named(kind, id)) return tables[kind][id] as string;
  const palette = freePalette(kind);
  if (among) {
    // The ids without a token, numbered in the dataset's order, once per list.
    const rank = memoOn([among], `colors:${kind}`, () => {
      const ranks = new Map<string, number>();
      for (const other of among) if (!named(kind, other) && !ranks.has(other)) ranks.set(other, ranks.size);
      return ranks;
    });
    const r = rank.get(id);
    if (r !== undefined) return palette[r % palette.length] as string;
  }
  return palette[hashString(id) % palette.length] ?? noDistrictColor;
}
