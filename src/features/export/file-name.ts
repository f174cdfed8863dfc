/**
 * File names that say what the file is: dataset, subject (chart id or "visits"), filters, export date.
 * `yiyang-npc-2020-02-08_supplies-by-district_district-ziyang_2026-11-28.png`
 *
 * Safe on Windows, macOS and Linux: only [a-z0-9+-] inside the parts and `_` between them (no reserved character,
 * no space, no leading dot, never a reserved device name since every name holds `_` and a date), at most
 * MAX_BASE_LENGTH characters before the extension. Pure.
 */
import { facetKeys, type DatasetIndex, type Filters } from '../../data/select';

export const MAX_BASE_LENGTH = 120;
const MAX_PART = 40;

/** Lowercase ASCII slug of anything: other characters become `-`, runs of `-` collapse. */
export function slugPart(value: string, fallback: string): string {
  const slug = value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9+]+/g, '-')
    .replace(/^[-+]+|[-+]+$/g, '');
  return slug === '' ? fallback : slug;
}

/** FNV-1a, 32 bits, as 8 hex digits: keeps two long, cut names apart. */
export function shortHash(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The dataset's name: its bulletin's id, or the first bulletin's id and how many more there are. */
export function datasetSlug(index: DatasetIndex): string {
  const bulletins = index.dataset.bulletins;
  const first = slugPart(bulletins[0]?.id ?? '', 'dataset');
  return bulletins.length > 1 ? `${first}-and-${bulletins.length - 1}-more` : first;
}

/** `district-heshan+ziyang_supply-mask`, or `all`. */
export function filtersSlug(filters: Filters): string {
  const parts = facetKeys
    .filter((key) => filters[key].length > 0)
    .map((key) => `${key}-${filters[key].map((id) => slugPart(id, 'x')).join('+')}`);
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
    const hash = shortHash(filters);
    filters = `${filters.slice(0, Math.max(0, room - hash.length - 2)).replace(/[-+_]+$/, '')}--${hash}`;
  }
  return `${dataset}_${subject}_${filters}_${date}.${parts.ext}`;
}
