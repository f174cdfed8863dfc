/**
 * The link, lenient in what it reads and strict in what it writes (finish issue 12.10, robustness issue 13.7),
 * on the small fixture: 东区/East District (east), 西区/West District (west), 甲/Jia (person-a)…
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetKeys, type FacetKey, type Filters } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import type { EvidenceRef } from '../../lib/page-actions';
import { fixture } from '../../testing/fixtures';
import {
  buildLookup,
  lookupFromIndex,
  MAX_LISTED,
  readLink,
  resolveEvidence,
  serializeEvidence,
  serializeLink,
  type LinkContext,
} from './url-state';

const index = buildIndex(fixture('small'));
const bulletin = index.dataset.bulletins[0]!;
const context: LinkContext = {
  lookup: lookupFromIndex(index),
  paragraphsOf: (id) => index.bulletins.get(id)?.paragraphs,
};
const read = (search: string) => readLink(search, context);

describe('a link is read leniently', () => {
  it.each([
    ['?district=东区', ['east']],
    ['?district=East', ['east']],
    ['?district=EAST', ['east']],
    ['?district=east%20district', ['east']],
    ['?district=West District,东区', ['west', 'east']],
    ['?district=西区，东区', ['west', 'east']],
  ])('%s → %j, rewritten to ids', (search, district) => {
    const link = read(search);
    expect(link.filters.district).toEqual(district);
    expect(link.notices).toEqual([]);
    expect(link.rewrite).toBe(`?district=${district.join(',')}`);
  });

  // Each test reads one link and says, in one object, all that is read from it.
  it('reads names of people, places and supplies in either language, any case', () => {
    expect(read('?person=JIA,丙&place=street one&supply=口罩,gloves')).toMatchObject({
      filters: { person: ['person-a', 'person-c'], place: ['street-one'], supply: ['mask', 'gloves'] },
      rewrite: '?person=person-a,person-c&place=street-one&supply=mask,gloves',
    });
  });

  it('reads parameter names and the language in any case, and names the renamed parameters', () => {
    expect(read('?Person=person-a&LANG=EN')).toMatchObject({
      filters: { person: ['person-a'] },
      lang: 'en',
      rewrite: '?person=person-a&lang=en',
      notices: [{ kind: 'renamed', param: '*', values: ['Person → person', 'LANG → lang'], more: 0 }],
    });
    expect(read('?lang=EN')).toMatchObject({ lang: 'en', notices: [], rewrite: '?lang=en' });
    expect(read('?lang=zh').rewrite).toBe('');
  });

  it('removes refused values from the link and names them', () => {
    expect(read('?district=xyz,East&person=%3Cimg%3E&lang=fr')).toMatchObject({
      filters: { district: ['east'] },
      lang: 'zh',
      rewrite: '?district=east',
      notices: [
        { kind: 'unknown', param: 'district', values: ['xyz'], more: 0 },
        { kind: 'malformed', param: 'person', values: ['<img>'], more: 0 },
        { kind: 'lang', param: 'lang', values: ['fr'], more: 0 },
      ],
    });
  });

  it('keeps parameters it does not use exactly as they were, and names them', () => {
    const link = read('?utm_source=we%20chat&district=East&foo=1&utm_source=x');
    expect(link.rewrite).toBe('?utm_source=we%20chat&district=east&foo=1&utm_source=x');
    expect(link.notices).toEqual([{ kind: 'params', param: '*', values: ['utm_source', 'foo'], more: 0 }]);
    // Only foreign parameters: nothing to rewrite.
    expect(read('?utm_source=x').rewrite).toBeNull();
  });

  it('refuses a name two values share, and says it is ambiguous', () => {
    const lookup = buildLookup({
      bulletin: [],
      district: [],
      place: [],
      person: [
        { id: 'wang-a', names: ['王伟', 'Wang Wei'] },
        { id: 'wang-b', names: ['王伟', 'Wang Wei'] },
      ],
      supply: [],
    });
    const link = readLink('?person=王伟,wang-b', { lookup, paragraphsOf: () => undefined });
    expect(link.filters.person).toEqual(['wang-b']);
    expect(link.notices).toEqual([{ kind: 'ambiguous', param: 'person', values: ['王伟'], more: 0 }]);
  });
});

describe('notices are bounded', () => {
  it(`lists at most ${MAX_LISTED} values and counts the rest (1,000 unknown values, 1,000 parameters)`, () => {
    const many = Array.from({ length: 1000 }, (_, i) => `unknown-district-${i}`);
    const params = Array.from({ length: 1000 }, (_, i) => `p${i}=1`).join('&');
    const link = read(`?district=${many.join(',')}&${params}`);
    expect(link.notices).toEqual([
      { kind: 'unknown', param: 'district', values: many.slice(0, MAX_LISTED), more: 995 },
      { kind: 'params', param: '*', values: ['p0', 'p1', 'p2', 'p3', 'p4'], more: 995 },
    ]);
    expect(link.rewrite).toBe(`?${params}`);
    expect(JSON.stringify(link.notices).length).toBeLessThan(600);
  });

  it('shortens each listed value and neutralises controls and bidi overrides', () => {
    const link = read(`?district=${encodeURIComponent('a\u202Eb')},${'x'.repeat(500)}`);
    const values = link.notices.flatMap((n) => n.values);
    expect(values).toContain('a\uFFFDb');
    expect(values.every((v) => [...v].length <= 41)).toBe(true);
  });
});

describe('the evidence in the link', () => {
  const quoteRef: EvidenceRef = { bulletinId: bulletin.id, paragraph: 2, quote: '丙要求做好登记' };

  it('names a quote by bulletin, paragraph and range, and reads it back', () => {
    const key = serializeEvidence(quoteRef, context.paragraphsOf);
    expect(key).toBe(`${bulletin.id}.2.30-37`);
    expect(resolveEvidence(key, context.paragraphsOf)).toEqual({ evidence: quoteRef, notice: null });
    // Any case; a paragraph alone means the whole paragraph.
    expect(resolveEvidence(key.toUpperCase(), context.paragraphsOf).evidence).toEqual(quoteRef);
    expect(resolveEvidence(`${bulletin.id}.4`, context.paragraphsOf).evidence?.quote).toBe(
      bulletin.paragraphs[4],
    );
  });

  it('refuses a position the data does not hold, and takes it out of the link', () => {
    for (const bad of [
      'nope.1.0-2',
      `${bulletin.id}.99`,
      `${bulletin.id}.1.5-2`,
      `${bulletin.id}.1.0-999`,
      'x',
    ]) {
      const link = read(`?ev=${encodeURIComponent(bad)}&district=east`);
      expect(link.evidence).toBeNull();
      expect(link.notices).toEqual([{ kind: 'evidence', param: 'ev', values: [bad], more: 0 }]);
      expect(link.rewrite).toBe('?district=east');
    }
  });

  it('every fact of the fixture round-trips through the link', () => {
    const refs = bulletin.visits.flatMap((v) =>
      [v.evidence, ...v.participants.map((p) => p.evidence), ...v.supplies.map((s) => s.evidence)].map(
        (e) => ({ bulletinId: bulletin.id, paragraph: e.paragraph, quote: e.quote }),
      ),
    );
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      expect(
        resolveEvidence(serializeEvidence(ref, context.paragraphsOf), context.paragraphsOf).evidence,
      ).toEqual(ref);
    }
  });
});

const valuesOf = (key: FacetKey) => index.facetValues[key];
const stateArb = fc.record({
  filters: fc.record(
    Object.fromEntries(
      facetKeys.map((k) => [
        k,
        valuesOf(k).length > 0 ? fc.uniqueArray(fc.constantFrom(...valuesOf(k))) : fc.constant([]),
      ]),
    ) as Record<FacetKey, fc.Arbitrary<string[]>>,
  ) as fc.Arbitrary<Filters>,
  lang: fc.constantFrom('zh' as const, 'en' as const),
  evidence: fc.option(
    fc
      .record({ paragraph: fc.nat({ max: bulletin.paragraphs.length - 1 }), a: fc.nat(), b: fc.nat() })
      .map(({ paragraph, a, b }): EvidenceRef => {
        const text = bulletin.paragraphs[paragraph]!;
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        return { bulletinId: bulletin.id, paragraph, quote: text.slice(start, end) };
      })
      // The link names a quote's first occurrence, as the source view marks it.
      .filter((ref) => {
        const text = bulletin.paragraphs[ref.paragraph]!;
        return text.indexOf(ref.quote) === text.lastIndexOf(ref.quote);
      }),
    { nil: null },
  ),
});

describe('strict in what it writes', () => {
  it('reads back exactly what it wrote, and finds nothing to rewrite (round trip)', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const link = read(serializeLink(state, context.paragraphsOf));
        expect({ filters: link.filters, lang: link.lang, evidence: link.evidence }).toEqual(state);
        expect(link.notices).toEqual([]);
        expect(link.rewrite).toBeNull();
      }),
    );
  });

  it('reads names in any language and case as the ids they name', () => {
    fc.assert(
      fc.property(
        stateArb,
        fc.array(fc.constantFrom('zh', 'en', 'id'), { minLength: 20, maxLength: 20 }),
        fc.boolean(),
        (state, spellings, upper) => {
          let n = 0;
          // A name looked up here, not through facetLabel: the link is spelled as a user would, apart from the code.
          const spell = (key: FacetKey, id: string) => {
            const how = spellings[n++ % spellings.length];
            const place = index.places.get(id);
            const named =
              key === 'person'
                ? index.people.get(id)?.name
                : key === 'supply'
                  ? index.supplyTypes.get(id)?.name
                  : key === 'bulletin'
                    ? undefined
                    : place?.name;
            const text = how === 'id' || !named ? id : how === 'zh' ? named.zh : (named.en ?? id);
            return upper ? text.toUpperCase() : text;
          };
          const search = facetKeys
            .filter((k) => state.filters[k].length > 0)
            .map(
              (k) =>
                `${upper ? k.toUpperCase() : k}=${encodeURIComponent(state.filters[k].map((id) => spell(k, id)).join(','))}`,
            )
            .join('&');
          const link = read(`?${search}`);
          expect(link.filters).toEqual(state.filters);
          expect(link.notices.filter((x) => x.kind !== 'renamed')).toEqual([]);
          if (link.rewrite !== null) expect(read(link.rewrite).rewrite).toBeNull();
        },
      ),
    );
  });

  it('never throws, and its rewrite is canonical (a second read rewrites nothing)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (junk, value) => {
        for (const search of [junk, `?district=${value}&Lang=${value}&ev=${value}&${junk}`]) {
          const link = read(search);
          for (const key of facetKeys)
            for (const id of link.filters[key]) expect(valuesOf(key)).toContain(id);
          if (link.rewrite !== null) expect(read(link.rewrite).rewrite).toBeNull();
        }
      }),
    );
  });
});
