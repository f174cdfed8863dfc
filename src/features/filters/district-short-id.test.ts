/**
 * A user's bulletin's district answers to its short id, as the bundled districts do (`?district=heshan`):
 * 汉滨区, drafted as hanbin-district, is `?district=hanbin` (issue 23, finish).
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/index-builder';
import { mergeDatasets } from '../../data/merge';
import { fixture } from '../../testing/fixtures';
import { userBulletin } from '../../testing/user-bulletin';
import { lookupFromIndex, readLink, type LinkContext } from './url-state';

function linkReader(...parts: Parameters<typeof userBulletin>[0][]) {
  const { dataset, refused } = mergeDatasets(
    fixture('bundled'),
    parts.map((p) => userBulletin(p)),
  );
  expect(refused).toEqual([]);
  const index = buildIndex(dataset);
  const context: LinkContext = {
    lookup: lookupFromIndex(index),
    paragraphsOf: (id) => index.bulletins.get(id)?.paragraphs,
  };
  return (search: string) => readLink(search, context);
}

/** Two user bulletins: one in 汉滨区, the other in `district` (at its 梅山村). */
const withSecondIn = (district: { id: string; zh: string }) =>
  linkReader(
    { id: 'user-a', visitId: 'v-a', district: { id: 'hanbin-district', zh: '汉滨区' } },
    { id: 'user-b', visitId: 'v-b', district, village: { id: 'meishan-village', zh: '梅山村' } },
  );

describe("a user bulletin's district in a link", () => {
  const read = withSecondIn({ id: 'anhua-county', zh: '安化县' });

  it.each([
    ['?district=hanbin', ['hanbin-district']],
    ['?district=HANBIN', ['hanbin-district']],
    ['?district=anhua', ['anhua-county']],
    ['?district=hanbin-district', ['hanbin-district']],
    ['?district=汉滨区', ['hanbin-district']],
    // The bundled ones as before, beside them.
    ['?district=heshan,hanbin', ['heshan', 'hanbin-district']],
  ])('%s → %j, with no notice', (search, district) => {
    const link = read(search);
    expect(link.filters.district).toEqual(district);
    expect(link.notices).toEqual([]);
  });

  it('a short id two districts share is refused as ambiguous, and their full ids still work', () => {
    const both = withSecondIn({ id: 'hanbin-county', zh: '汉滨县' });
    const link = both('?district=hanbin');
    expect(link.filters.district).toEqual([]);
    expect(link.notices).toEqual([expect.objectContaining({ kind: 'ambiguous', param: 'district' })]);
    expect(both('?district=hanbin-county').filters.district).toEqual(['hanbin-county']);
  });
});
