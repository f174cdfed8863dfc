import fc from 'fast-check';
import { emptyFilters, facetKeys, type FacetKey } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import { datasetSlug } from '../../data/view-words';
import { slugPart } from '../../lib/slug';
import { fixture } from '../../testing/fixtures';
import { exportFileName, filtersSlug, localDate, MAX_BASE_LENGTH } from './file-name';

const date = new Date(2026, 10, 28, 23, 59); // local time: the file says the day the user exported it
const SAFE = /^[a-z0-9+_-]+\.(png|svg|csv|json)$/;

describe('exportFileName', () => {
  it('says dataset, chart, filters and date', () => {
    const name = exportFileName({
      dataset: datasetSlug(buildIndex(fixture('small'))),
      subject: 'supplies-by-district',
      filters: { ...emptyFilters, district: ['west'] },
      date,
      ext: 'png',
    });
    expect(name).toBe('small-bulletin_supplies-by-district_district-west_2026-11-28.png');
  });

  it('says "all" without filters and joins several values and facets', () => {
    expect(filtersSlug(emptyFilters)).toBe('all');
    expect(filtersSlug({ ...emptyFilters, district: ['east', 'west'], supply: ['mask'] })).toBe(
      'district-east+west_supply-mask',
    );
  });

  it('names a dataset of several bulletins by the first and the count', () => {
    const data = fixture('small');
    data.bulletins.push({ ...data.bulletins[0]!, id: 'second', visits: [] });
    const name = exportFileName({
      dataset: datasetSlug(buildIndex(data)),
      subject: 'visits',
      filters: emptyFilters,
      date,
      ext: 'csv',
    });
    expect(name).toBe('small-bulletin-and-1-more_visits_all_2026-11-28.csv');
  });

  it('is safe and bounded whatever the ids and chart name', () => {
    const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const filtersArb = fc.record(
      Object.fromEntries(facetKeys.map((k) => [k, fc.array(id, { maxLength: 40 })])) as Record<
        FacetKey,
        fc.Arbitrary<string[]>
      >,
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.string({ maxLength: 300 }),
        filtersArb,
        (dataset, subject, filters) => {
          const name = exportFileName({ dataset, subject, filters, date, ext: 'svg' });
          expect(name).toMatch(SAFE);
          expect(name.length - '.svg'.length).toBeLessThanOrEqual(MAX_BASE_LENGTH);
          expect(name).toContain('_2026-11-28.svg');
        },
      ),
    );
  });

  it('keeps two long filter sets apart after cutting them', () => {
    const many = (n: number) => ({
      ...emptyFilters,
      person: Array.from({ length: 30 }, (_, i) => `person-${i + n}`),
    });
    const a = exportFileName({ dataset: 'd', subject: 'c', filters: many(0), date, ext: 'png' });
    const b = exportFileName({ dataset: 'd', subject: 'c', filters: many(1), date, ext: 'png' });
    expect(a).not.toBe(b);
    expect(a.length).toBeLessThanOrEqual(MAX_BASE_LENGTH + 4);
  });

  it('turns anything into a safe slug', () => {
    expect(slugPart('Supplies: <by> "district"?', 'x')).toBe('supplies-by-district');
    expect(slugPart('西区', 'fallback')).toBe('fallback');
    expect(slugPart('..\\con', 'x')).toBe('con');
    expect(localDate(new Date(2020, 1, 7))).toBe('2020-02-07');
  });
});
