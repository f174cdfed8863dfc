import { useEffect, useRef } from 'react';
import { rangeInWords } from '../../data/dates';
import { facetLabel } from '../../data/labels';
import {
  dateRangeOf,
  facetKeys,
  hasDateRange,
  type DatasetIndex,
  type FacetKey,
  type Filters,
} from '../../data/select';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import { FILTERS_HEADING_ID } from './filter-bar';
import { toggleValue, withDates } from './url-state';

const chipKey = (key: string, id: string) => `${key}:${id}`;

/**
 * The active filters as chips; a click (or Enter, or Space) on a chip removes its filter. Focus then moves to the
 * next chip, else the previous, else the filters' heading: it never drops to the page's body.
 */
export function ActiveFilters({
  index,
  filters,
  onChange,
}: {
  index: DatasetIndex;
  filters: Filters;
  onChange: (next: Filters) => void;
}) {
  const { t, lang } = useI18n();
  // The date range first (one chip for both ends), then each facet value.
  const range = dateRangeOf(filters);
  const chips: { key: FacetKey | 'dates'; id: string }[] = facetKeys.flatMap((key) =>
    filters[key].map((id) => ({ key, id })),
  );
  if (hasDateRange(filters)) chips.unshift({ key: 'dates', id: `${range.from ?? ''}~${range.to ?? ''}` });
  const without = (key: FacetKey | 'dates', id: string) =>
    key === 'dates' ? withDates(filters, { from: null, to: null }) : toggleValue(filters, key, id);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  /** After a removal: the chip that goes and where focus goes once it has gone. */
  const pending = useRef<{ removed: string; next: string | null } | null>(null);
  const keys = chips.map((c) => chipKey(c.key, c.id)).join('\n');
  useEffect(() => {
    const move = pending.current;
    if (!move || keys.split('\n').includes(move.removed)) return;
    pending.current = null;
    const target =
      (move.next === null ? undefined : buttons.current.get(move.next)) ??
      document.getElementById(FILTERS_HEADING_ID);
    target?.focus();
  }, [keys]);
  return (
    <div
      className="no-print flex flex-wrap items-center gap-2 text-sm"
      aria-label={t('filters.active')}
      role="group"
    >
      {chips.length === 0 ? (
        <span className="text-slate-600 dark:text-slate-300">{t('filters.none')}</span>
      ) : (
        chips.map(({ key, id }, i) => {
          const name = key === 'dates' ? rangeInWords(range, lang, t) : facetLabel(index, key, id, lang);
          const k = chipKey(key, id);
          const neighbour = chips[i + 1] ?? chips[i - 1];
          return (
            <button
              key={k}
              ref={(el) => {
                if (el) buttons.current.set(k, el);
                else buttons.current.delete(k);
              }}
              type="button"
              className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-100 px-3 py-0.5 hover:bg-slate-200 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700"
              aria-label={t('filters.remove', { name })}
              onClick={() => {
                pending.current = {
                  removed: k,
                  next: neighbour ? chipKey(neighbour.key, neighbour.id) : null,
                };
                onChange(without(key, id));
              }}
            >
              <span className="text-xs text-slate-600 dark:text-slate-300">
                {t(`chip.${key}` as MessageKey)}
                {lang === 'zh' ? '：' : ': '}
              </span>
              <bdi>{name}</bdi>
              <span aria-hidden="true">×</span>
            </button>
          );
        })
      )}
    </div>
  );
}
