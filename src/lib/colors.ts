/**
 * The one colour lookup: `colorFor(kind, id)` gives a district or a supply type its colour in the cards, the
 * charts, the map and the exported images alike. Named ids take the design tokens of tailwind.config.ts; any other
 * id (a user's own dataset may add 手套 or 安化县) gets a colour from `extraPalette` chosen by a hash of the id,
 * leaving out the colours the named ids of that kind already have, so gloves never look like masks, and the same
 * id has the same colour whatever the filters.
 */
import { extraPalette, tokens } from '../../tailwind.config';
import { hashString } from './hash';

export type ColorKind = 'district' | 'supply';

const tables: Record<ColorKind, Readonly<Record<string, string>>> = {
  district: tokens.colors.district,
  supply: tokens.colors.supply,
};

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

export function colorFor(kind: ColorKind, id: string): string {
  const table = tables[kind];
  if (id !== 'other' && Object.hasOwn(table, id)) return table[id] as string;
  const palette = freePalette(kind);
  return palette[hashString(id) % palette.length] ?? tokens.colors.district.other;
}
