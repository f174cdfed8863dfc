/**
 * File names that say what the file is: dataset, subject (chart id or "visits"), filters, export date.
 * `yiyang-npc-2020-02-08_supplies-by-district_district-ziyang_2026-11-28.png`
 *
 * Safe on Windows, macOS and Linux: only [a-z0-9+-] inside the parts and `_` between them (no reserved character,
 * no space, no leading dot, never a reserved device name since every name holds `_` and a date), at most
 * MAX_BASE_LENGTH characters before the extension. Pure.
 */
import { dateRangeOf, facetKeys, type Filters } from '../../data/select';
import { slugPart } from '../../lib/slug';
import { hashHex } from '../../lib/hash';

export const MAX_BASE_LENGTH = 120;
const MAX_PART = 40;

/** `district-heshan+ziyang_supply-mask`, or `all`. */
export function filtersSlug(filters: Filters): string {
  const { from, to } = dateRangeOf(filters);
  // `dates-2020-02-01-to-2020-02-29`, `dates-from-2020-02-01`, `dates-to-2020-02-29`.
  const dates =
    from !== null && to !== null
      ? [`dates-${from}-to-${to}`]
      : from !== null
        ? [`dates-from-${from}`]
        : to !== null
          ? [`dates-to-${to}`]
          : [];
  const parts = [
    ...dates,
    ...facetKeys
      .filter((key) => filters[key].length > 0)
      .map((key) => `${key}-${filters[key].map((id) => slugPart(id, 'x')).join('+')}`),
  ];
  return parts.length > 0 ? parts.join('_') : 'all';
}

/** The local calendar date, YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function exportFileName(parts: {
  dataset: string;
  subject: string;
  filters: Filters;
  date: Date;
  ext: 'png' | 'svg' | 'csv' | 'json';
}): string {
  const dataset = slugPart(parts.dataset, 'dataset').slice(0, MAX_PART).replace(/-+$/, '');
  const subject = slugPart(parts.subject, 'chart').slice(0, MAX_PART).replace(/-+$/, '');
  const date = localDate(parts.date);
  let filters = filtersSlug(parts.filters);
  const room = MAX_BASE_LENGTH - dataset.length - subject.length - date.length - 3;
  if (filters.length > room) {
    // Cut, and say it was cut: a hash of the whole filter keeps different views apart.
    const hash = hashHex(filters);
    filters = `${filters.slice(0, Math.max(0, room - hash.length - 2)).replace(/[-+_]+$/, '')}--${hash}`;
  }
  return `${dataset}_${subject}_${filters}_${date}.${parts.ext}`;
}
