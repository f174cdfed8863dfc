import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFilters, facetKeys, type FacetKey, type Filters } from '../../data/select';
import {
  displayValue,
  lookupFromIds,
  parseList,
  readLink,
  resolveFilters,
  resolveLang,
  serializeFilters,
  toggleValue,
  withDates,
} from './url-state';

const ids: Record<FacetKey, ReadonlySet<string>> = {
  bulletin: new Set(['yiyang-npc-2020-02-08']),
  district: new Set(['heshan', 'ziyang']),
  place: new Set(['hongjiacun-community', 'qingnian-road']),
  person: new Set(['tan-xihua', 'liu-shigui', 'su-zhaohu']),
  supply: new Set(['mask', 'alcohol', 'disinfectant']),
};

const known = lookupFromIds(ids);

/** A calendar date, YYYY-MM-DD. */
const dateArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Facet values, and sometimes a date range (either end open; from never after to). */
const filtersArb: fc.Arbitrary<Filters> = fc
  .tuple(
    fc.record(
      Object.fromEntries(facetKeys.map((k) => [k, fc.uniqueArray(fc.constantFrom(...ids[k]))])) as Record<
        FacetKey,
        fc.Arbitrary<string[]>
      >,
    ),
    fc.option(dateArb),
    fc.option(dateArb),
  )
  .map(([facets, a, b]) => {
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return withDates(facets as Filters, { from, to });
  });

describe('URL state', () => {
  it('reads a link with several values', () => {
    const { filters, notices } = resolveFilters(
      { district: 'ziyang,heshan', person: 'tan-xihua', supply: 'mask' },
      known,
    );
    expect(filters).toEqual({
      bulletin: [],
      district: ['ziyang', 'heshan'],
      place: [],
      person: ['tan-xihua'],
      supply: ['mask'],
    });
    expect(notices).toEqual([]);
  });

  it('gives back the same state from what it serialised (round trip)', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        expect(resolveFilters(serializeFilters(filters), known)).toEqual({ filters, notices: [] });
      }),
    );
  });

  it('ignores unknown values and says which', () => {
    const { filters, notices } = resolveFilters({ district: 'xyz,ziyang', supply: 'gold' }, known);
    expect(filters.district).toEqual(['ziyang']);
    expect(filters.supply).toEqual([]);
    expect(notices).toEqual([
      { kind: 'unknown', param: 'district', values: ['xyz'], more: 0 },
      { kind: 'unknown', param: 'supply', values: ['gold'], more: 0 },
    ]);
  });

  it('ignores malformed values, empty items and duplicates', () => {
    const { filters, notices } = resolveFilters(
      { district: ',,heshan,,heshan,<script>alert(1)</script>,' },
      known,
    );
    expect(filters.district).toEqual(['heshan']);
    expect(notices).toEqual([
      { kind: 'malformed', param: 'district', values: ['<script>alert(1)</script>'], more: 0 },
    ]);
  });

  it('shortens very long values in notices', () => {
    const { values } = parseList('x'.repeat(5000) + '!');
    expect(values).toEqual([]);
    const { notices } = resolveFilters({ district: 'Y'.repeat(100) }, known);
    expect(notices[0]?.values[0]).toHaveLength(41);
  });

  it('shortens a value in a notice on grapheme boundaries: no half of an emoji, a flag or an accented letter', () => {
    // 39 letters, then a thumb with its skin tone (two code points, one character) at the cut.
    const thumb = 'x'.repeat(39) + '👍🏽' + 'y'.repeat(20);
    expect(displayValue(thumb)).toBe(`${'x'.repeat(39)}👍🏽…`);
    // A family (five code points joined) and a flag (two regional letters) are kept whole or left out.
    const family = 'a'.repeat(39) + '👨‍👩‍👧' + 'b'.repeat(20);
    expect(displayValue(family)).toBe(`${'a'.repeat(39)}👨‍👩‍👧…`);
    const flag = 'c'.repeat(39) + '🇨🇳' + 'd'.repeat(20);
    expect(displayValue(flag)).toBe(`${'c'.repeat(39)}🇨🇳…`);
    const accent = 'e'.repeat(39) + 'e\u0301' + 'f'.repeat(20);
    expect(displayValue(accent)).toBe(`${'e'.repeat(39)}e\u0301…`);
    // A value of 40 characters or fewer is shown whole, however many code units they take.
    expect(displayValue('👨‍👩‍👧'.repeat(40))).toBe('👨‍👩‍👧'.repeat(40));
  });

  it('never throws, whatever the link holds', () => {
    fc.assert(
      fc.property(
        fc.record({
          bulletin: fc.option(fc.string({ unit: 'binary' })),
          district: fc.option(fc.string({ unit: 'grapheme' })),
          person: fc.option(fc.string()),
          supply: fc.option(fc.string({ unit: 'binary' })),
          lang: fc.option(fc.string()),
        }),
        (raw) => {
          const { filters } = resolveFilters(raw, known);
          for (const key of facetKeys) for (const v of filters[key]) expect(ids[key].has(v)).toBe(true);
          expect(['zh', 'en']).toContain(resolveLang(raw.lang).lang);
        },
      ),
    );
  });

  it('reads the language, defaulting to Chinese and reporting an unknown one', () => {
    expect(resolveLang('en')).toEqual({ lang: 'en', notice: null });
    expect(resolveLang(null)).toEqual({ lang: 'zh', notice: null });
    expect(resolveLang('fr')).toEqual({
      lang: 'zh',
      notice: { kind: 'lang', param: 'lang', values: ['fr'], more: 0 },
    });
  });

  it('says which values of a repeated parameter it ignored', () => {
    const context = { lookup: known, paragraphsOf: () => undefined };
    expect(readLink('?district=ziyang&district=heshan&district=x&lang=en', context).notices).toEqual([
      { kind: 'repeated', param: 'district', values: ['heshan', 'x'], more: 0 },
    ]);
    expect(readLink('?district=ziyang,heshan', context).notices).toEqual([]);
  });

  it('toggles a value on and off', () => {
    const on = toggleValue(emptyFilters, 'district', 'heshan');
    expect(on.district).toEqual(['heshan']);
    expect(toggleValue(on, 'district', 'heshan').district).toEqual([]);
  });

  it('reads a date range leniently and writes it canonically, after the facets', () => {
    const context = { lookup: known, paragraphsOf: () => undefined };
    const read = readLink('?TO=2020年2月29日&district=heshan&from=2020/2/1', context);
    expect(read.filters).toEqual({
      ...emptyFilters,
      district: ['heshan'],
      from: '2020-02-01',
      to: '2020-02-29',
    });
    expect(read.rewrite).toBe('?to=2020-02-29&district=heshan&from=2020-02-01');
    // A month stands for its first day at the start, its last at the end; one end may be open.
    expect(resolveFilters({ from: '2020-02', to: '２０２０-３' }, known).filters).toMatchObject({
      from: '2020-02-01',
      to: '2020-03-31',
    });
    expect(resolveFilters({ to: '20200229' }, known).filters).toEqual({ ...emptyFilters, to: '2020-02-29' });
    expect(readLink('?from=2020-02-01&to=2020-02-29', context).rewrite).toBeNull();
  });

  it('names a date it cannot read, and swaps two ends given the wrong way round', () => {
    const bad = resolveFilters({ from: '2020-02-30', to: 'tomorrow' }, known);
    expect(bad.filters).toEqual(emptyFilters);
    expect(bad.notices).toEqual([
      { kind: 'date', param: 'from', values: ['2020-02-30'], more: 0 },
      { kind: 'date', param: 'to', values: ['tomorrow'], more: 0 },
    ]);
    const swapped = resolveFilters({ from: '2020-03-01', to: '2020-02-01' }, known);
    expect(swapped.filters).toMatchObject({ from: '2020-02-01', to: '2020-03-01' });
    expect(swapped.notices).toEqual([
      { kind: 'dateOrder', param: 'from', values: ['2020-03-01 > 2020-02-01'], more: 0 },
    ]);
  });
});
