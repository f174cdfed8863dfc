/**
 * Places resolved against the gazetteer: the county-level divisions a text names (from the index), then streets,
 * towns and communities/villages in the loaded chunks. A match on a name alone is flagged as inferred.
 */
import type { PlaceKind } from '../data/schema';
import { placeKinds } from '../data/place-kinds';
import type { GazetteerChunk, GazetteerIndex } from './gazetteer';
import type { PlaceDraft } from './visits';
import { text } from './text';

const ADMIN_ORDER: readonly PlaceKind[] = placeKinds;

export interface Gazetteer {
  index: GazetteerIndex;
  chunks: GazetteerChunk[];
}

export interface Division {
  code: string;
  name: string;
  level: 'prefecture' | 'county' | 'street' | 'village';
  countyCode: string | null;
  countyName: string | null;
  parentCode: string | null;
}

/** Which chunks a text needs: those of the counties and prefectures it names. */
export function chunksFor(index: GazetteerIndex, text: string): string[] {
  const keys = new Set<string>();
  for (const [code, name] of index.prefectures) {
    if (
      name.length >= 2 &&
      name !== '市辖区' &&
      (text.includes(name) ||
        (name.endsWith('市') && name.length >= 3 && text.includes(name.slice(0, -1) + '市')))
    ) {
      for (const c of index.counties) if (c[2] === code) keys.add(c[3]);
    }
  }
  for (const [, name, , chunk] of index.counties)
    if (name.length >= 2 && name !== '市辖区' && text.includes(name)) keys.add(chunk);
  return [...keys].sort();
}

export class Resolver {
  private byName = new Map<string, Division[]>();
  private counties = new Map<string, Division[]>();
  private prefectures = new Map<string, Division[]>();
  constructor(
    gazetteer: Gazetteer | undefined,
    private text: string,
  ) {
    if (!gazetteer) return;
    const add = (map: Map<string, Division[]>, d: Division) => {
      const list = map.get(d.name);
      if (list) list.push(d);
      else map.set(d.name, [d]);
    };
    for (const [code, name] of gazetteer.index.prefectures)
      add(this.prefectures, {
        code,
        name,
        level: 'prefecture',
        countyCode: null,
        countyName: null,
        parentCode: null,
      });
    for (const [code, name, pref] of gazetteer.index.counties)
      add(this.counties, {
        code,
        name,
        level: 'county',
        countyCode: code,
        countyName: name,
        parentCode: pref,
      });
    for (const chunk of gazetteer.chunks) {
      for (const [cc, cname, streets] of chunk.counties) {
        for (const [ss, sname, villages] of streets) {
          const scode = cc + ss;
          add(this.byName, {
            code: scode,
            name: sname,
            level: 'street',
            countyCode: cc,
            countyName: cname,
            parentCode: cc,
          });
          for (const [vv, vname] of villages)
            add(this.byName, {
              code: scode + vv,
              name: vname,
              level: 'village',
              countyCode: cc,
              countyName: cname,
              parentCode: scode,
            });
        }
      }
    }
  }

  /**
   * Names of the streets, towns, communities and villages of the loaded chunks, with the short forms a text uses
   * ("雷公滩" for "雷公滩村"), so that a name no suffix rule reads is still a place.
   */
  placeNames(): Map<string, PlaceKind> {
    const out = new Map<string, PlaceKind>();
    for (const [name, list] of this.byName) {
      const d = list[0]!;
      const kind: PlaceKind =
        d.level === 'street'
          ? /镇$/.test(name)
            ? 'town'
            : /乡$/.test(name)
              ? 'township'
              : 'street'
          : /社区/.test(name)
            ? 'community'
            : 'village';
      out.set(name, kind);
      const short = name.replace(
        /(?:社区居民委员会|居民委员会|村民委员会|社区|街道办事处|街道|村|镇|乡)$/,
        '',
      );
      if (short.length >= 2 && short !== name && !out.has(short)) out.set(short, kind);
    }
    // Counties whose name has one character before 县 ("前往环县督查", "澧县隔离点"), which no suffix rule reads.
    for (const name of this.counties.keys()) if (/^[\u4e00-\u9fa5]县$/.test(name)) out.set(name, 'county');
    return out;
  }

  /** A county-level division by name; `inferred` unless the name is unique or its prefecture is named too. */
  county(name: string): { division: Division; inferred: boolean } | null {
    const list = this.counties.get(name) ?? [];
    if (list.length === 0) return null;
    if (list.length === 1) return { division: list[0]!, inferred: false };
    const named = list.filter((d) =>
      [...this.prefectures.values()]
        .flat()
        .some((p) => p.code === d.parentCode && this.text.includes(p.name)),
    );
    if (named.length === 1) return { division: named[0]!, inferred: false };
    return null;
  }

  prefecture(name: string): Division | null {
    const list = this.prefectures.get(name) ?? [];
    return list.length === 1 ? list[0]! : null;
  }

  /** A street/town or community/village by name, inside `within` (a county or street code) when known. */
  local(
    name: string,
    level: 'street' | 'village',
    within: string | null,
  ): { division: Division; inferred: boolean } | null {
    // A short form ("金花坪") is the division whose name is it plus a suffix ("金花坪社区").
    const named =
      this.byName.get(name) ??
      ['社区', '村', '镇', '乡', '街道'].flatMap((suffix) => this.byName.get(name + suffix) ?? []);
    const list = named.filter((d) => d.level === level);
    const inside = within ? list.filter((d) => d.code.startsWith(within)) : list;
    if (inside.length === 1) return { division: inside[0]!, inferred: within === null };
    return null;
  }
}

/** Gives the places of a draft their division codes, adding the county the gazetteer names where the text names none. */
export function resolvePlaces(places: PlaceDraft[], resolver: Resolver): void {
  const order = (k: PlaceKind) => ADMIN_ORDER.indexOf(k);
  const indices = places.map((_, i) => i).sort((a, b) => order(places[a]!.kind) - order(places[b]!.kind));
  for (const i of indices) {
    const pl = places[i]!;
    const parent = pl.parent === null ? null : places[pl.parent]!;
    if (pl.kind === 'district' || pl.kind === 'county') {
      const c = resolver.county(pl.name);
      if (c) {
        pl.code = c.division.code;
        pl.inferred = c.inferred;
      }
    } else if (pl.kind === 'prefecture') {
      const c = resolver.prefecture(pl.name);
      if (c) {
        pl.code = c.code;
        pl.inferred = true;
      }
    } else if (['street', 'town', 'township'].includes(pl.kind)) {
      const within = parent?.code ?? null;
      const c = resolver.local(pl.name, 'street', within && within.length === 6 ? within : null);
      if (c) attach(places, i, c.division, c.inferred || Boolean(parent && !parent.code));
    } else if (['community', 'village', 'residents-committee'].includes(pl.kind)) {
      const within = parent?.code ?? null;
      const c = resolver.local(pl.name, 'village', within && within.length >= 6 ? within : null);
      if (c) attach(places, i, c.division, c.inferred);
    }
  }

  function attach(
    all: PlaceDraft[],
    i: number,
    d: { code: string; countyCode: string | null; countyName: string | null },
    inferred: boolean,
  ): void {
    const pl = all[i]!;
    pl.code = d.code;
    pl.inferred = inferred;
    // No county-level parent in the text: add the one the gazetteer gives, flagged.
    let top = i;
    for (let guard = 0; all[top]!.parent !== null && guard < 12; guard++) top = all[top]!.parent!;
    const topPlace = all[top]!;
    if (topPlace.kind === 'district' || topPlace.kind === 'county' || !d.countyCode || !d.countyName) return;
    if (topPlace.code && !topPlace.code.startsWith(d.countyCode)) return;
    let county = all.findIndex(
      (x) =>
        x.code === d.countyCode ||
        ((x.kind === 'district' || x.kind === 'county') && x.name === d.countyName),
    );
    if (county < 0) {
      all.push({
        name: d.countyName,
        kind: d.countyName.endsWith('区') ? 'district' : 'county',
        parent: null,
        code: d.countyCode,
        inferred: true,
        fromGazetteer: true,
        note: text(
          '原文没有写这个区县；它取自区划名录。',
          'The text does not name this district or county; it is taken from the list of divisions.',
        ),
      });
      county = all.length - 1;
    }
    // Never a cycle: the county must not lie inside the place it would hold.
    let within = false;
    for (let at: number | null = county, guard = 0; at !== null && guard < 12; at = all[at]!.parent, guard++)
      if (at === top) within = true;
    if (!within) {
      topPlace.parent = county;
      topPlace.parentInferred = true;
      topPlace.note ??= text(
        `原文没有写“${topPlace.name}”属于哪个区县；归入“${all[county]!.name}”是根据区划名录推断的。`,
      );
    }
  }
}
