import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../data/select';
import { fixture } from '../../testing/fixtures';
import { isVisit, itemKey, timelineItems, type Item } from './timeline-items';

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
    const order = timelineItems(index.rows).map(describeItem);
    const published = order.indexOf('published small-bulletin');
    // The dated bulletin comes right after its visits of 3 February, before the undated bulletin's visits of the 5th.
    expect(order.slice(0, published).every((s) => s.startsWith('2020-02-03'))).toBe(true);
    expect(order.slice(published + 1, -1).every((s) => s.startsWith('2020-02-05'))).toBe(true);
    expect(order.at(-1)).toBe('published undated');
  });

  it('gives each visit and bulletin a key of its own, the same on every call', () => {
    const index = buildIndex(twoBulletins());
    const once = timelineItems(index.rows);
    const again = timelineItems(index.rows.slice(2));
    expect(new Set(once.map(itemKey)).size).toBe(once.length);
    const keyOf = (items: Item[]) => new Map(items.map((item) => [describeItem(item), itemKey(item)]));
    const before = keyOf(once);
    for (const [what, key] of keyOf(again)) expect(before.get(what)).toBe(key);
  });
});
