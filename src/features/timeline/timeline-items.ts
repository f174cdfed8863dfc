/** The timeline's items: visits in time order, and each bulletin's publication where it falls. Pure. */
import type { Bulletin } from '../../data/schema';
import { columnsOf, oneValue, runsOf, tally, type DatasetIndex, type VisitRow } from '../../data/select';
import { orderByKey } from '../../lib/order';

/** A bulletin's publication, where it falls among the visits. */
export type PublishedItem = { readonly kind: 'published'; readonly bulletin: Bulletin };

/**
 * An item of the timeline: a visit, as its row itself (no object made for each of 300,000 visits), or a
 * publication.
 */
export type Item = VisitRow | PublishedItem;

export const isVisit = (item: Item): item is VisitRow => !('kind' in item);

/**
 * The items, and beside them the number that names each in the list (React and virtualiser), stable across
 * views of an index: a visit's position in the index (0 and up), a publication's number (below 0). Kept apart
 * from the items, so that the virtualiser sizes and names 300,000 of them without reading one.
 */
export type TimelineItems = { items: Item[]; keys: Int32Array };

export const isPublicationKey = (key: number): boolean => key < 0;

/**
 * An index's publications, one per bulletin (two bulletins with one id are two), by their number in the index's
 * `sources` column: in time order (bulletins published at the same time as the dataset lists them), made once.
 */
type Publications = { order: Int32Array; items: PublishedItem[] };
const publicationsOf = new WeakMap<DatasetIndex, Publications>();

function publications(index: DatasetIndex): Publications {
  const known = publicationsOf.get(index);
  if (known) return known;
  const { sources, sourceTimes, times } = columnsOf(index);
  const made = {
    order: orderByKey(sourceTimes, times.ids),
    items: sources.map((bulletin): PublishedItem => ({ kind: 'published', bulletin })),
  };
  publicationsOf.set(index, made);
  return made;
}

/**
 * Visits in time order, and each bulletin's publication where it falls (after the visits it reports), read from
 * the index's columns: at 300,000 visits, reading each row's bulletin and time from its object took 150 ms.
 */
export function timelineItems(index: DatasetIndex, rows: readonly VisitRow[]): TimelineItems {
  const { source, sourceTimes, time, times, positionOf } = columnsOf(index);
  const timeKeys = times.ids;
  const runs = runsOf(index, rows);
  const pubs = publications(index);
  // The bulletins in view, then their publications in time order. A publication's key compares as the visits'
  // keys do, by code unit ('~' after every date; localeCompare put it first and held every publication back).
  const inView = tally(source, runs, pubs.items.length).counts;
  const shown: number[] = [];
  for (const b of pubs.order) if ((inView[b] as number) > 0) shown.push(b);
  // Sized once: at 300,000 visits a list grown by push copied itself over and over.
  const items = new Array<Item>(rows.length + shown.length);
  const keys = new Int32Array(items.length);
  let n = 0;
  let p = 0;
  const publish = () => {
    const b = shown[p++] as number;
    keys[n] = -(b + 1);
    items[n++] = pubs.items[b] as PublishedItem;
  };
  for (let k = 0; k < runs.length; k += 1) {
    const r = runs[k] as number;
    const sortKey = timeKeys[oneValue(time, r)] as string;
    while (p < shown.length && (timeKeys[sourceTimes[shown[p] as number] as number] as string) < sortKey)
      publish();
    keys[n] = positionOf[r] as number;
    items[n++] = rows[k] as VisitRow;
  }
  while (p < shown.length) publish();
  return { items, keys };
}
