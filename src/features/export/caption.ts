/**
 * The words around an exported chart: the active filters and the source line, in the page language. Pure.
 * Also reads the filters from the link, which is the page's one source of truth for them (the chart export
 * buttons get only the chart, so they read the link when clicked, exactly as the page does).
 */
import { facetLabel } from '../../data/labels';
import { facetKeys, type DatasetIndex, type FacetKey, type Filters, type VisitRow } from '../../data/select';
import type { Bulletin } from '../../data/schema';
import type { Lang, T } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import { formatDate } from '../../lib/format';

const facetMessage: Record<FacetKey, MessageKey> = {
  bulletin: 'filters.bulletin',
  district: 'filters.district',
  place: 'filters.place',
  person: 'filters.person',
  supply: 'filters.supply',
};

/** "筛选：区县为赫山区或资阳区；物资为口罩" / "Filters: District = Heshan District or Ziyang District; …"; 全部 / All. */
export function filtersInWords(index: DatasetIndex, filters: Filters, lang: Lang, t: T): string {
  const parts = facetKeys
    .filter((key) => filters[key].length > 0)
    .map((key) =>
      t('export.filterFacet', {
        facet: t(facetMessage[key]),
        values: filters[key].map((id) => facetLabel(index, key, id, lang)).join(t('export.or')),
      }),
    );
  return t('export.filters', { filters: parts.length > 0 ? parts.join(t('export.sep')) : t('export.all') });
}

/** The bulletins a view draws on, in dataset order; all of them when the view is empty. */
export function bulletinsInView(index: DatasetIndex, rows: readonly VisitRow[]): Bulletin[] {
  const used = new Set(rows.map((r) => r.bulletin.id));
  const all = index.dataset.bulletins;
  return used.size === 0 ? all : all.filter((b) => used.has(b.id));
}

export const MAX_SOURCES = 3;

/** "来源：益阳市人大常委会《…》，2020年2月8日": publisher, title and publication date of each bulletin in view. */
export function sourceLine(bulletins: readonly Bulletin[], lang: Lang, t: T): string {
  const items = bulletins.slice(0, MAX_SOURCES).map((b) =>
    t('export.sourceItem', {
      publisher: b.publisher[lang],
      title: b.title[lang],
      date: formatDate(b.publishedAt.slice(0, 10), lang),
    }),
  );
  if (bulletins.length > MAX_SOURCES)
    items.push(t('export.moreSources', { count: bulletins.length - MAX_SOURCES }));
  return t('export.source', { sources: items.join(t('export.sep')) });
}

/**
 * Filters from a query string (`?district=ziyang,heshan&person=…`), as the page reads them: comma lists of ids,
 * each kept only if the dataset knows it (the page ignores the rest, with a notice), duplicates dropped.
 */
export function filtersFromSearch(search: string, index: DatasetIndex): Filters {
  const params = new URLSearchParams(search);
  const out = {} as Record<FacetKey, string[]>;
  for (const key of facetKeys) {
    const known = new Set(index.facetValues[key]);
    const values: string[] = [];
    for (const token of (params.get(key) ?? '').split(',')) {
      const id = token.trim();
      if (known.has(id) && !values.includes(id)) values.push(id);
    }
    out[key] = values;
  }
  return out;
}
