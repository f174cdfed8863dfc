/** A date range in words. Pure; small (the filters' chips, part of the first paint, use it). */
import type { T } from '../i18n/i18n';
import type { Lang } from '../i18n/lang';
import { formatDate } from '../lib/format';
import type { DateRange } from './select';

/** "2020年2月1日 至 2020年2月29日" / "1 Feb 2020 to 29 Feb 2020"; one end: "… 起" / "up to …"; '' for none. */
export function rangeInWords({ from, to }: DateRange, lang: Lang, t: T): string {
  if (from !== null && to !== null)
    return from === to
      ? formatDate(from, lang)
      : t('filters.range', { from: formatDate(from, lang), to: formatDate(to, lang) });
  if (from !== null) return t('filters.rangeFrom', { from: formatDate(from, lang) });
  return to === null ? '' : t('filters.rangeTo', { to: formatDate(to, lang) });
}
