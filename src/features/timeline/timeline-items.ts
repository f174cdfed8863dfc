/** The timeline's items: visits in time order, and each bulletin's publication where it falls. Pure. */
import type { Bulletin } from '../../data/schema';
import { publicationSortKey, UNDATED_SORT_KEY, type VisitRow } from '../../data/select';

/**
 * `key`: a number that names the item in the list (React and virtualiser): a visit's position in the index (0 and
 * up), a bulletin's number given once (below 0).
 */
export type Item = ({ kind: 'visit'; row: VisitRow } | { kind: 'published'; bulletin: Bulletin }) & {
  readonly key: number;
};

/**
 * Keys are numbers, so that the virtualiser looks sizes up without hashing 100,000 strings. A visit item is a
 * fresh small object (cheaper than remembering 100,000 of them in a WeakMap); bulletins, far fewer, are numbered
 * once.
 */
const visitItem = (row: VisitRow): Item => ({ kind: 'visit', row, key: row.position });
let serial = 0;
const bulletinKeys = new WeakMap<Bulletin, number>();
const publishedItem = (bulletin: Bulletin): Item => {
  let key = bulletinKeys.get(bulletin);
  if (key === undefined) bulletinKeys.set(bulletin, (key = -(serial += 1)));
  return { kind: 'published', bulletin, key };
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
