/**
 * Dates of the visits: the span the dataset covers, and a date range in words. Pure; small (the filter bar,
 * part of the first paint, uses it).
 */
import type { T } from '../i18n/i18n';
import type { Lang } from '../i18n/lang';
import { formatDate } from '../lib/format';
import { dateOfKey, type DateRange, type DatasetIndex } from './select';

/** The first and last date of the dataset's dated visits (rows are in time order, undated last); null if none. */
export function datesSpan(index: DatasetIndex): { first: string; last: string } | null {
  const rows = index.rows;
  const first = rows[0] && dateOfKey(rows[0].sortKey);
  if (!first) return null;
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const last = dateOfKey((rows[i] as (typeof rows)[number]).sortKey);
    if (last !== null) return { first, last };
  }
  return null;
}

/** "2020年2月1日 至 2020年2月29日" / "1 Feb 2020 to 29 Feb 2020"; one end: "… 起" / "up to …"; '' for none. */
export function rangeInWords({ from, to }: DateRange, lang: Lang, t: T): string {
  if (from !== null && to !== null)
    return from === to
      ? formatDate(from, lang)
      : t('filters.range', { from: formatDate(from, lang), to: formatDate(to, lang) });
  if (from !== null) return t('filters.rangeFrom', { from: formatDate(from, lang) });
  return to === null ? '' : t('filters.rangeTo', { to: formatDate(to, lang) });
}
