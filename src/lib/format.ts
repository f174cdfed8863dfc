import type { Lang } from '../i18n/lang';

/** "2020-02-07" -> 2020年2月7日 / 7 Feb 2020, read as a calendar date (no time zone shift). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  if (lang === 'zh') return `${y}年${m}月${d}日`;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${d} ${months[m - 1] ?? m} ${y}`;
}

/** "2020-02-08T14:07:00+08:00" -> the local time as written in the bulletin, without converting time zones. */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = formatDate(iso.slice(0, 10), lang);
  const time = iso.slice(11, 16);
  const offset = iso.slice(19) || 'Z';
  const zone = offset === '+08:00' ? (lang === 'zh' ? '北京时间' : 'Beijing time') : `UTC${offset}`;
  return lang === 'zh' ? `${date} ${time}（${zone}）` : `${date}, ${time} (${zone})`;
}

/** "口罩、酒精、消毒液" / "Mask, Alcohol, Disinfectant". */
export function listJoin(items: readonly string[], lang: Lang): string {
  return items.join(listSeparator(lang));
}

/** What stands between two items of a list: 、 / ", ". */
export function listSeparator(lang: Lang): string {
  return lang === 'zh' ? '、' : ', ';
}

/**
 * The first `max` items joined, and then `more(count)` for the rest: "刘志刚、林军、另有12项". A list of any length
 * stays short wherever it is read in a sentence (a label, a tooltip, a button's name).
 */
export function listFirst(
  items: readonly string[],
  lang: Lang,
  max: number,
  more: (count: number) => string,
): string {
  if (items.length <= max) return listJoin(items, lang);
  return listJoin([...items.slice(0, max), more(items.length - max)], lang);
}

/** "口罩、酒精和消毒液" / "masks, alcohol and disinfectant": the last item joined by 和 / and. */
export function listAnd(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const head = listJoin(items.slice(0, -1), lang);
  return lang === 'zh' ? `${head}和${items.at(-1)}` : `${head} and ${items.at(-1)}`;
}
