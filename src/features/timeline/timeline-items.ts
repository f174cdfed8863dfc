/** The timeline's items: visits in time order, and each bulletin's publication where it falls. Pure. */
import type { Bulletin } from '../../data/schema';
import { publicationSortKey, UNDATED_SORT_KEY, type VisitRow } from '../../data/select';

/** A bulletin's publication, where it falls among the visits; `key`, a number given once, is below 0. */
export type PublishedItem = { readonly kind: 'published'; readonly bulletin: Bulletin; readonly key: number };

/**
 * An item of the timeline: a visit, as its row itself (no object made for each of 300,000 visits), or a
 * publication.
 */
export type Item = VisitRow | PublishedItem;

export const isVisit = (item: Item): item is VisitRow => !('kind' in item);

/**
 * The number that names an item in the list (React and virtualiser): a visit's position in the index (0 and up),
 * a publication's key (below 0). Numbers, so that the virtualiser looks sizes up without hashing strings.
 */
export const itemKey = (item: Item): number => (isVisit(item) ? item.position : item.key);

/** Bulletins, far fewer than visits, are numbered once. */
let serial = 0;
const bulletinKeys = new WeakMap<Bulletin, number>();
const publishedItem = (bulletin: Bulletin): Item => {
  let key = bulletinKeys.get(bulletin);
  if (key === undefined) bulletinKeys.set(bulletin, (key = -(serial += 1)));
  return { kind: 'published', bulletin, key };
};

/** Visits in time order, and each bulletin's publication where it falls (after the visits it reports). */
export function timelineItems(rows: readonly VisitRow[]): Item[] {
  // The bulletins in view, by identity (no id to hash per visit; neighbouring rows often share one).
  const bulletins = new Set<Bulletin>();
  let last: Bulletin | null = null;
  for (let i = 0; i < rows.length; i += 1) {
    const bulletin = (rows[i] as VisitRow).bulletin;
    if (bulletin !== last) bulletins.add((last = bulletin));
  }
  // A bulletin without a publication time is placed after its visits. Keys compare as the visits' keys do, by
  // code unit ('~' after every date); localeCompare put '~' first and held every publication back to the end.
  const pubs = [...bulletins]
    .map((bulletin) => ({ bulletin, key: publicationSortKey(bulletin) ?? UNDATED_SORT_KEY }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // Sized once: at 300,000 visits a list grown by push copied itself over and over.
  const items = new Array<Item>(rows.length + pubs.length);
  let n = 0;
  let p = 0;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i] as VisitRow;
    while (p < pubs.length && (pubs[p] as (typeof pubs)[number]).key < row.sortKey)
      items[n++] = publishedItem((pubs[p++] as (typeof pubs)[number]).bulletin);
    items[n++] = row;
  }
  while (p < pubs.length) items[n++] = publishedItem((pubs[p++] as (typeof pubs)[number]).bulletin);
  return items;
}
