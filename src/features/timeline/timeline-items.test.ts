import { describe, expect, it } from 'vitest';
import type { WritableBulletin } from '../../data/schema';
import { buildIndex } from '../../data/index-builder';
import { fixture } from '../../testing/fixtures';
import { isPublicationKey, isVisit, timelineItems, type Item } from './timeline-items';

const describeItem = (item: Item) =>
  isVisit(item) ? `${item.visit.date ?? 'undated'} ${item.visit.id}` : `published ${item.bulletin.id}`;

/** The small fixture's bulletin, published on 3 February in the evening, and an undated one with later visits. */
function twoBulletins() {
  const data = fixture('small');
  const first = data.bulletins[0]!;
  first.publishedAt = '2020-02-03T20:00:00+08:00';
  const dated = first.visits.filter((v) => v.date !== null);
  const second = {
    ...structuredClone(first),
    id: 'undated',
    publishedAt: null,
    visits: dated.map((v) => ({ ...structuredClone(v), id: `${v.id}-later`, date: '2020-02-05' })),
  };
  first.visits = dated;
  data.bulletins.push(second);
  return data;
}

describe('timeline items', () => {
  it('puts each publication after the visits it follows in time, an undated one last', () => {
    const index = buildIndex(twoBulletins());
    const order = timelineItems(index, index.rows).items.map(describeItem);
    const published = order.indexOf('published small-bulletin');
    // The dated bulletin comes right after its visits of 3 February, before the undated bulletin's visits of the 5th.
    expect(order.slice(0, published).every((s) => s.startsWith('2020-02-03'))).toBe(true);
    expect(order.slice(published + 1, -1).every((s) => s.startsWith('2020-02-05'))).toBe(true);
    expect(order.at(-1)).toBe('published undated');
  });

  it('gives each visit and bulletin a key of its own, the same on every call', () => {
    const index = buildIndex(twoBulletins());
    const once = timelineItems(index, index.rows);
    const again = timelineItems(index, index.rows.slice(2));
    expect(new Set(once.keys).size).toBe(once.items.length);
    const keyOf = ({ items, keys }: { items: Item[]; keys: Int32Array }) =>
      new Map(items.map((item, i) => [describeItem(item), keys[i]]));
    const before = keyOf(once);
    expect(keyOf(again).size).toBe(again.items.length);
    for (const [what, key] of keyOf(again)) expect(before.get(what)).toBe(key);
    // A visit's key is its place in the index; a publication's is below 0 (and sized as a line, not a card).
    once.items.forEach((item, i) => {
      expect(isPublicationKey(once.keys[i] as number)).toBe(!isVisit(item));
      if (isVisit(item)) expect(once.keys[i]).toBe(item.position);
    });
  });

  it('gives bulletins published at the same time in the order the dataset lists them, in every view', () => {
    const data = twoBulletins();
    const [first, second] = data.bulletins as [WritableBulletin, WritableBulletin];
    second.publishedAt = first.publishedAt;
    second.visits = second.visits.map((v) => ({ ...v, date: '2020-02-03' }));
    const index = buildIndex(data);
    const publications = (rows: typeof index.rows) =>
      timelineItems(index, rows)
        .items.filter((item) => !isVisit(item))
        .map(describeItem);
    expect(publications(index.rows)).toEqual(['published small-bulletin', 'published undated']);
    // A view whose first visit is the second bulletin's lists them in the same order.
    const later = index.rows
      .filter((r) => r.bulletin.id === 'undated')
      .concat(index.rows.filter((r) => r.bulletin.id !== 'undated'));
    expect(publications(later)).toEqual(['published small-bulletin', 'published undated']);
  });

  it('gives each bulletin its own publication, even two that share an id (a file the checks refuse)', () => {
    const data = fixture('small');
    const first = data.bulletins[0]!;
    first.publishedAt = '2020-02-03T20:00:00+08:00';
    data.bulletins.push({
      ...structuredClone(first),
      publishedAt: '2020-02-09T08:00:00+08:00',
      visits: first.visits.map((v) => ({ ...structuredClone(v), id: `${v.id}-again` })),
    });
    const index = buildIndex(data);
    const { items, keys } = timelineItems(index, index.rows);
    const published = items.filter((item) => !isVisit(item));
    expect(published.map((item) => item.bulletin.publishedAt)).toEqual([
      '2020-02-03T20:00:00+08:00',
      '2020-02-09T08:00:00+08:00',
    ]);
    expect(new Set(keys).size).toBe(items.length);
  });
});
