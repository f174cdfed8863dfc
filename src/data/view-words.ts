/**
 * A view in words, in the page language: the active filters and the source line. Shown in print, under every
 * exported image and in its file name, from the same state that drew the view. Pure; messages come in as `t`.
 */
import { useMemo } from 'react';
import { useI18n, type T } from '../i18n/i18n';
import type { Lang } from '../i18n/lang';
import { facetMessage } from '../i18n/facets';
import { textIn } from '../i18n/text';
import { isolate } from '../lib/bidi';
import { memoOn } from '../lib/memo-on';
import type { ViewCaption } from '../lib/chart-handle';
import { formatDate } from '../lib/format';
import { slugPart } from '../lib/slug';
import { facetLabel } from './labels';
import type { Bulletin } from './schema';
import { rangeInWords } from './dates';
import {
  bulletinIdsInView,
  dateRangeOf,
  facetKeys,
  hasDateRange,
  type DatasetIndex,
  type Filters,
  type VisitRow,
} from './select';

/** At most this many values of one facet are named; the rest are counted. */
export const MAX_NAMED_VALUES = 5;

/** "筛选：区县为赫山区或资阳区；物资为口罩" / "Filters: District = Heshan District or Ziyang District; …"; 全部 / All. */
export function filtersInWords(index: DatasetIndex, filters: Filters, lang: Lang, t: T): string {
  const range = dateRangeOf(filters);
  // The date range first, and that a visit with no date is in none.
  const dates = hasDateRange(filters)
    ? [
        t('export.filterFacet', { facet: t('filters.dates'), values: rangeInWords(range, lang, t) }) +
          t('export.undatedOut'),
      ]
    : [];
  const facets = facetKeys
    .filter((key) => filters[key].length > 0)
    .map((key) => {
      const ids = filters[key];
      const names = ids.slice(0, MAX_NAMED_VALUES).map((id) => isolate(facetLabel(index, key, id, lang)));
      if (ids.length > MAX_NAMED_VALUES)
        names.push(t('export.moreValues', { count: ids.length - MAX_NAMED_VALUES }));
      return t('export.filterFacet', { facet: t(facetMessage[key]), values: names.join(t('export.or')) });
    });
  const parts = [...dates, ...facets];
  return t('export.filters', { filters: parts.length > 0 ? parts.join(t('export.sep')) : t('export.all') });
}

/** The bulletins a view draws on, in dataset order; all of them when the view is empty. */
export function bulletinsInView(index: DatasetIndex, rows: readonly VisitRow[]): readonly Bulletin[] {
  const ids = bulletinIdsInView(index, rows);
  const all = index.dataset.bulletins;
  if (ids.length === 0 || ids.length === all.length) return all; // none, or every bulletin (each once)
  const used = new Set(ids);
  return all.filter((b) => used.has(b.id));
}

export const MAX_SOURCES = 3;

/** "来源：益阳市人大常委会《…》，2020年2月8日": publisher, title and publication date of each bulletin in view. */
export function sourceLine(bulletins: readonly Bulletin[], lang: Lang, t: T): string {
  const items = bulletins.slice(0, MAX_SOURCES).map((b) =>
    t('export.sourceItem', {
      publisher: b.publisher ? isolate(textIn(b.publisher, lang)) : t('export.noPublisher'),
      title: isolate(textIn(b.title, lang)),
      date: b.publishedAt ? formatDate(b.publishedAt.slice(0, 10), lang) : t('export.noDate'),
    }),
  );
  if (bulletins.length > MAX_SOURCES)
    items.push(t('export.moreSources', { count: bulletins.length - MAX_SOURCES }));
  return t('export.source', { sources: items.join(t('export.sep')) });
}

/** The dataset's name for files: its bulletin's id, or the first bulletin's id and how many more there are. */
export function datasetSlug(index: DatasetIndex): string {
  const bulletins = index.dataset.bulletins;
  const first = slugPart(bulletins[0]?.id ?? '', 'dataset');
  return bulletins.length > 1 ? `${first}-and-${bulletins.length - 1}-more` : first;
}

/** The caption of the view in the page language, for the parts after the first paint (map, charts, print). */
export function useViewCaption(
  index: DatasetIndex,
  rows: readonly VisitRow[],
  filters: Filters,
): ViewCaption {
  const { lang, t } = useI18n();
  // Several parts (map, charts, export, print) show the same view: its caption is made once for them all.
  return useMemo(
    () =>
      memoOn([index, rows, filters, t], `caption:${lang}`, () => viewCaption(index, rows, filters, lang, t)),
    [index, rows, filters, lang, t],
  );
}

/** Everything a figure's export says about the view, built once per view. */
export function viewCaption(
  index: DatasetIndex,
  rows: readonly VisitRow[],
  filters: Filters,
  lang: Lang,
  t: T,
): ViewCaption {
  return {
    filters: filtersInWords(index, filters, lang, t),
    source: sourceLine(bulletinsInView(index, rows), lang, t),
    filterIds: filters,
    datasetSlug: datasetSlug(index),
  };
}
