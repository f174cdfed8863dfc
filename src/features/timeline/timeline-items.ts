/** The timeline's items: visits in time order, and each bulletin's publication where it falls. Pure. */
import type { Bulletin } from '../../data/schema';
import { publicationSortKey, UNDATED_SORT_KEY, type VisitRow } from '../../data/select';

/** `key`: a number given once per visit row or bulletin, the item's identity in the list (React and virtualiser). */
export type Item = ({ kind: 'visit'; row: VisitRow } | { kind: 'published'; bulletin: Bulletin }) & {
  readonly key: number;
};

/**
 * One item per visit row and per bulletin, made once: a filter change over 100,000 visits then allocates no
 * items, and the virtualiser looks sizes up by a small number rather than hashing 100,000 strings.
 */
let serial = 0;
const made = new WeakMap<VisitRow | Bulletin, Item>();
const visitItem = (row: VisitRow): Item => {
  let item = made.get(row);
  if (!item) made.set(row, (item = { kind: 'visit', row, key: (serial += 1) }));
  return item;
};
const publishedItem = (bulletin: Bulletin): Item => {
  let item = made.get(bulletin);
  if (!item) made.set(bulletin, (item = { kind: 'published', bulletin, key: (serial += 1) }));
  return item;
};

/** Visits in time order, and each bulletin's publication where it falls (after the visits it reports). */
export function timelineItems(rows: readonly VisitRow[]): Item[] {
  const items: Item[] = [];
  const bulletins = new Map<string, Bulletin>();
  for (const row of rows) bulletins.set(row.bulletin.id, row.bulletin);
  // A bulletin without a publication time is placed after its visits. Keys compare as the visits' keys do, by
  // code unit ('~' after every date); localeCompare put '~' first and held every publication back to the end.
  const key = (b: Bulletin) => publicationSortKey(b) ?? UNDATED_SORT_KEY;
  const pubs = [...bulletins.values()]
    .map((bulletin) => ({ bulletin, key: key(bulletin) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((p) => p.bulletin);
  let p = 0;
  for (const row of rows) {
    while (p < pubs.length && key(pubs[p] as Bulletin) < row.sortKey) {
      items.push(publishedItem(pubs[p] as Bulletin));
      p += 1;
    }
    items.push(visitItem(row));
  }
  for (; p < pubs.length; p += 1) items.push(publishedItem(pubs[p] as Bulletin));
  return items;
}

export const itemKey = (item: Item): number => item.key;
