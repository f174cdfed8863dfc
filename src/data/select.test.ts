import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixture, small } from '../testing/fixtures';
import { anySynth, synthYiyang } from '../testing/synth';
import {
  emptyFilters,
  facetKeys,
  rowValues,
  runsOf,
  selectView,
  selectViewRemembered,
  UNDATED_SORT_KEY,
  type FacetKey,
  type Filters,
  type View,
} from './select';
import { buildIndex, IndexBuilder } from './index-builder';

/** The small fixture (src/testing/fixtures.ts): 甲 and 丙 on 3 Feb, 己 on 5 Feb, 戊 (for 丁) undated. */
const index = buildIndex(fixture('small'));
const filters = (f: Partial<Filters>): Filters => ({ ...emptyFilters, ...f });
const leads = (view: View) => view.rows.map((r) => r.leadIds.join('+'));
const row = (visitId: string) => index.rows.find((r) => r.visit.id === visitId)!;

describe('selectView', () => {
  it('shows every visit in time order when nothing is filtered, the undated one last', () => {
    const view = selectView(index, emptyFilters);
    expect(view.total).toBe(small.visits);
    expect(view.rows).toHaveLength(small.visits);
    // 3 Feb morning, 3 Feb afternoon, 5 Feb (no time of day), then the visit whose date the text does not give.
    expect(leads(view)).toEqual(['person-a', 'person-c', 'person-f', 'person-e']);
    expect(view.rows.at(-1)?.sortKey).toBe(UNDATED_SORT_KEY);
  });

  it('filters by district', () => {
    const view = selectView(index, filters({ district: ['west'] }));
    expect(leads(view)).toEqual(['person-f']);
    expect(view.figures).toMatchObject({ visits: small.districts.west, districts: 1 });
    expect(selectView(index, filters({ district: ['east'] })).rows).toHaveLength(small.districts.east);
  });

  it('treats values within a facet as alternatives and facets as conditions that all hold', () => {
    expect(selectView(index, filters({ district: ['east', 'west'] })).rows).toHaveLength(small.visits);
    const view = selectView(index, filters({ district: ['east'], person: ['person-d', 'person-f'] }));
    expect(leads(view)).toEqual(['person-e']);
  });

  it('matches a person in any role: one who only entrusted finds the visit made for them', () => {
    expect(leads(selectView(index, filters({ person: ['person-d'] })))).toEqual(['person-e']);
  });

  it('filters by a street: every visit below it', () => {
    const view = selectView(index, filters({ place: ['street-one'] }));
    expect(leads(view)).toEqual(['person-a', 'person-c']);
  });

  it('matches a supply by its type, whichever way it is written', () => {
    // 口罩 (twice) and 医用口罩 are all masks.
    expect(selectView(index, filters({ supply: ['mask'] })).rows).toHaveLength(small.supplies.mask);
    expect(leads(selectView(index, filters({ supply: ['gloves'] })))).toEqual(['person-c']);
  });

  it('counts beside each value what it would give with the other filters applied', () => {
    const view = selectView(index, filters({ district: ['west'], supply: ['alcohol'] }));
    // District counts ignore the district filter but apply the supply filter: alcohol went to one east visit.
    expect(view.facetCounts.district.get('east')).toBe(1);
    expect(view.facetCounts.district.get('west')).toBe(1);
    // Person counts apply both: people of the east visits get 0, but are still listed.
    expect(view.facetCounts.person.get('person-f')).toBe(1);
    expect(view.facetCounts.person.get('person-a')).toBe(0);
    expect(view.facetCounts.person.has('person-a')).toBe(true);
  });

  it('gives an empty view, not an error, when filters exclude everything', () => {
    const view = selectView(index, filters({ district: ['west'], person: ['person-a'] }));
    expect(view.rows).toEqual([]);
    expect(view.figures).toEqual({
      visits: 0,
      people: 0,
      entrustedOnly: 0,
      places: 0,
      districts: 0,
      supplyTypes: 0,
    });
  });
});

describe('figures', () => {
  it('count the people who went apart from those who only entrusted someone', () => {
    expect(selectView(index, emptyFilters).figures).toEqual({
      visits: small.visits,
      people: small.present,
      entrustedOnly: small.entrusted,
      places: 4,
      districts: 2,
      supplyTypes: 3,
    });
  });

  it('follow the filters: the visit made for 丁 has one person who went and one who entrusted', () => {
    expect(selectView(index, filters({ person: ['person-d'] })).figures).toMatchObject({
      visits: 1,
      people: 1,
      entrustedOnly: 1,
    });
    expect(selectView(index, filters({ district: ['west'] })).figures).toMatchObject({
      people: 1,
      entrustedOnly: 0,
    });
  });
});

describe('buildIndex', () => {
  it('names everyone in a visit, and as present only those who went', () => {
    const entrusted = row('visit-e');
    expect(rowValues(index, entrusted, 'person')).toEqual(['person-e', 'person-d']);
    expect(rowValues(index, entrusted, 'present')).toEqual(['person-e']);
    expect(index.personRoles.get('person-d')).toEqual(['entrusted-by']);
    expect(index.personRoles.get('person-a')).toEqual(['lead']);
  });

  it('gives each visit its place path district › street › community, leaving out missing levels', () => {
    expect(row('visit-a').placePath).toEqual(['east', 'street-one', 'community-one']);
    // The village hangs directly under its district: no street is named.
    expect(row('visit-e').placePath).toEqual(['east', 'village-three']);
    expect(rowValues(index, row('visit-e'), 'place')).toEqual(['village-three']);
    expect(rowValues(index, row('visit-a'), 'place')).toEqual(['street-one', 'community-one']);
  });

  it('lists facet values in display order: as the dataset lists them, people by first appearance in time', () => {
    expect(index.facetValues.district).toEqual(['east', 'west']);
    expect(index.facetValues.supply).toEqual(['mask', 'alcohol', 'gloves']);
    expect(index.facetValues.person).toEqual(['person-a', 'person-c', 'person-f', 'person-e', 'person-d']);
    expect(index.facetValues.place).toEqual([
      'street-one',
      'community-one',
      'community-two',
      'village-three',
      'community-four',
    ]);
  });

  it('takes a visit with no district and no place: no district facet, no path, not counted as a district', () => {
    const data = fixture('tiny');
    const visit = data.bulletins[0]!.visits[1]!;
    visit.districtId = null;
    visit.placeId = null;
    const idx = buildIndex(data);
    const r = idx.rows.find((x) => x.visit.id === visit.id)!;
    expect(r.districtId).toBeNull();
    expect(r.placePath).toEqual([]);
    expect(rowValues(idx, r, 'district')).toEqual([]);
    expect(idx.facetValues.district).toEqual(['east']);
    const view = selectView(idx, emptyFilters);
    expect(view.figures).toMatchObject({ visits: 2, districts: 1, places: 1 });
    expect(selectView(idx, filters({ district: ['east'] })).rows).toHaveLength(1);
  });
});

describe('many bulletins', () => {
  it('counts visits across every bulletin and filters by bulletin', () => {
    const data = fixture('tiny');
    const second = structuredClone(data.bulletins[0]!);
    second.id = 'second-bulletin';
    second.publishedAt = '2020-03-01T10:00:00+08:00';
    second.visits = second.visits.map((v) => ({ ...v, id: `${v.id}-2`, date: '2020-02-29' }));
    data.bulletins.push(second);
    const idx = buildIndex(data);
    expect(selectView(idx, emptyFilters).total).toBe(4);
    expect(selectView(idx, filters({ bulletin: ['second-bulletin'] })).rows.map((r) => r.visit.id)).toEqual([
      'visit-one-2',
      'visit-two-2',
    ]);
    expect(idx.facetValues.bulletin).toEqual(['test-bulletin', 'second-bulletin']);
  });
});

describe('selection properties (fast-check)', () => {
  const filtersArb = fc.record(
    Object.fromEntries(
      facetKeys.map((k) => [k, fc.uniqueArray(fc.constantFrom(...index.facetValues[k]), { maxLength: 4 })]),
    ) as Record<FacetKey, fc.Arbitrary<string[]>>,
  );

  it('each facet count equals the visits that value alone would give with the other filters', () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        const view = selectView(index, f);
        for (const key of facetKeys) {
          for (const id of index.facetValues[key]) {
            expect(view.facetCounts[key].get(id)).toBe(selectView(index, { ...f, [key]: [id] }).rows.length);
          }
        }
      }),
    );
  });

  it('district counts sum to the visits in view when districts are not filtered (they partition the visits)', () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        const view = selectView(index, { ...f, district: [] });
        const sum = [...view.facetCounts.district.values()].reduce((a, b) => a + b, 0);
        expect(sum).toBe(view.rows.length);
        expect(view.figures.visits).toBe(view.rows.length);
      }),
    );
  });

  it('every visit in view satisfies every active filter, and no visit left out does', () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        const inView = new Set(selectView(index, f).rows.map((r) => r.visit.id));
        for (const r of index.rows) {
          const ok = facetKeys.every(
            (k) => f[k].length === 0 || rowValues(index, r, k).some((id) => f[k].includes(id)),
          );
          expect(inView.has(r.visit.id)).toBe(ok);
        }
      }),
    );
  });
});

describe('selection properties over generated datasets (fast-check)', () => {
  it('for any dataset and filter state: status = cards, counts agree, facet counts match their own views', () => {
    fc.assert(
      fc.property(
        anySynth({ min: 1, max: 40 }),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        ({ seed, visits }, coins) => {
          const idx = buildIndex(synthYiyang(visits, seed));
          // A random filter state drawn from the values the dataset has.
          const f = Object.fromEntries(
            facetKeys.map((k) => [k, idx.facetValues[k].filter(() => (coins.next().value as number) < 0.15)]),
          ) as unknown as Filters;
          const view = selectView(idx, f);
          expect(view.total).toBe(visits);
          expect(view.figures.visits).toBe(view.rows.length);
          const unfiltered = selectView(idx, { ...f, district: [] });
          expect([...unfiltered.facetCounts.district.values()].reduce((a, b) => a + b, 0)).toBe(
            unfiltered.rows.length,
          );
          for (const key of facetKeys) {
            for (const id of idx.facetValues[key].slice(0, 6)) {
              expect(view.facetCounts[key].get(id)).toBe(selectView(idx, { ...f, [key]: [id] }).rows.length);
            }
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('views remembered', () => {
  it('gives the same view for the same filters in any order, and forgets the oldest past six', () => {
    const index = buildIndex(fixture('small'));
    const a = { ...emptyFilters, supply: ['mask', 'gloves'] };
    const view = selectViewRemembered(index, a);
    expect(selectViewRemembered(index, { ...emptyFilters, supply: ['gloves', 'mask'] })).toBe(view);
    expect(view.rows).toEqual(selectView(index, a).rows);
    // The unfiltered view is the index's own rows.
    expect(selectViewRemembered(index, emptyFilters).rows).toBe(index.rows);
    for (const supply of ['alcohol', 'mask', 'gloves', 'nothing', 'x', 'y'])
      selectViewRemembered(index, { ...emptyFilters, supply: [supply] });
    expect(selectViewRemembered(index, a)).not.toBe(view);
  });
});

describe('finishing an index in steps', () => {
  it("gives the index finish gives, and yields within each pass over the rows' objects", () => {
    const data = synthYiyang(40_000, 11);
    const whole = buildIndex(structuredClone(data));
    for (const placesFirst of [true, false]) {
      const builder = new IndexBuilder();
      if (placesFirst) builder.setPlaces(data.places);
      for (const b of data.bulletins) builder.add(b);
      const steps = builder.finishSteps(data);
      let yields = 0;
      let step = steps.next();
      while (!step.done) {
        yields += 1;
        step = steps.next();
      }
      const index = step.value;
      expect(index.rows.map((r) => r.visit.id)).toEqual(whole.rows.map((r) => r.visit.id));
      expect(index.rows.map((r) => r.position)).toEqual(whole.rows.map((_, i) => i));
      expect(index.facetValues).toEqual(whole.facetValues);
      expect(index.personRoles).toEqual(whole.personRoles);
      // The rows are placed in time order (and, with the places last, numbered first): each pass over 40,000
      // rows yields twice (every 16,384 rows), and between passes. The other passes read the columns only.
      expect(yields).toBeGreaterThanOrEqual(placesFirst ? 2 + 2 : 2 * 2 + 3);
    }
    // 40,000 visits indexed three times: some 10 s on a busy machine with a worker on each core.
  }, 60_000);
});

describe('rows and their index', () => {
  it('refuses to read the columns for rows of another index (an older dataset still on screen)', () => {
    const a = buildIndex(synthYiyang(40, 3));
    const b = buildIndex(synthYiyang(40, 4));
    const rows = a.rows.slice(1);
    expect(runsOf(a, rows)).toHaveLength(rows.length);
    expect(() => runsOf(b, rows)).toThrow(/not one of this index/);
  });
});
