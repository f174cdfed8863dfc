/** The timeline's items: visits in time order, and each bulletin's publication where it falls. Pure. */
import type { Bulletin } from '../../data/schema';
import { publicationSortKey, UNDATED_SORT_KEY, type VisitRow } from '../../data/select';

export type Item = { kind: 'visit'; row: VisitRow } | { kind: 'published'; bulletin: Bulletin };

/** One item per visit row, made once: a filter change over 100,000 visits then allocates no items. */
const visitItems = new WeakMap<VisitRow, Item>();
const visitItem = (row: VisitRow): Item => {
  let item = visitItems.get(row);
  if (!item) visitItems.set(row, (item = { kind: 'visit', row }));
  return item;
};

/** Visits in time order, and each bulletin's publication where it falls (after the visits it reports). */
export function timelineItems(rows: readonly VisitRow[]): Item[] {
  const items: Item[] = [];
  const bulletins = new Map<string, Bulletin>();
  for (const row of rows) bulletins.set(row.bulletin.id, row.bulletin);
  // A bulletin without a publication time is placed after its visits.
  const key = (b: Bulletin) => publicationSortKey(b) ?? UNDATED_SORT_KEY;
  const pubs = [...bulletins.values()].sort((a, b) => key(a).localeCompare(key(b)));
  let p = 0;
  for (const row of rows) {
    while (p < pubs.length && key(pubs[p] as Bulletin) < row.sortKey) {
      items.push({ kind: 'published', bulletin: pubs[p] as Bulletin });
      p += 1;
    }
    items.push(visitItem(row));
  }
  for (; p < pubs.length; p += 1) items.push({ kind: 'published', bulletin: pubs[p] as Bulletin });
  return items;
}

export const itemKey = (item: Item) =>
  item.kind === 'visit' ? item.row.visit.id : `pub-${item.bulletin.id}`;
