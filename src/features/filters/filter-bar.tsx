import { useId, useState } from 'react';
import { facetLabel } from '../../data/labels';
import {
  emptyFilters,
  facetKeys,
  type DatasetIndex,
  type FacetKey,
  type Filters,
  type View,
} from '../../data/select';
import { useI18n } from '../../i18n/i18n';
import { facetMessage as legendKey } from '../../i18n/facets';
import { listJoin } from '../../lib/format';
import { toggleValue } from './url-state';

type Props = { index: DatasetIndex; view: View; filters: Filters; onChange: (next: Filters) => void };

/** The filters: one fieldset per facet, a checkbox per value with the count it would give. */
export function FilterBar({ index, view, filters, onChange }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const keys = facetKeys.filter((key) => key !== 'bulletin' || index.facetValues.bulletin.length > 1);
  return (
    <section aria-labelledby={`${panelId}-title`} className="no-print">
      <div className="flex items-center justify-between gap-2">
        <h2 id={`${panelId}-title`} className="text-lg font-semibold">
          {t('filters.title')}
        </h2>
        <button
          type="button"
          className="rounded border border-slate-300 px-3 py-1 text-sm lg:hidden dark:border-slate-600"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((v) => !v)}
        >
          {open ? t('filters.hide') : t('filters.show')}
        </button>
      </div>
      <div id={panelId} className={`${open ? 'block' : 'hidden'} mt-3 space-y-4 lg:block`}>
        {keys.map((key) => (
          <FacetFieldset
            key={key}
            facet={key}
            index={index}
            view={view}
            filters={filters}
            onChange={onChange}
          />
        ))}
        <button
          type="button"
          className="w-full rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
          disabled={keys.every((key) => filters[key].length === 0)}
          onClick={() => onChange(emptyFilters)}
        >
          {t('filters.clear')}
        </button>
      </div>
    </section>
  );
}

/** Past this many values a facet gets a search box and lists only the most useful values. */
export const LONG_FACET = 30;

/**
 * The values a long facet lists: the checked ones first, then those matching the search, by the visits they
 * would give; at most LONG_FACET. The rest are reached by searching.
 */
export function visibleValues(
  all: readonly string[],
  checked: readonly string[],
  counts: Map<string, number>,
  query: string,
  label: (id: string) => string,
): string[] {
  const q = query.trim().toLowerCase();
  const matches = all.filter(
    (id) => !checked.includes(id) && (q === '' || label(id).toLowerCase().includes(q) || id.includes(q)),
  );
  matches.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  return [...checked.filter((id) => all.includes(id)), ...matches].slice(
    0,
    Math.max(LONG_FACET, checked.length),
  );
}

function FacetFieldset({ facet, index, view, filters, onChange }: Props & { facet: FacetKey }) {
  const { t, lang } = useI18n();
  const counts = view.facetCounts[facet];
  const [query, setQuery] = useState('');
  const all = index.facetValues[facet];
  const long = all.length > LONG_FACET;
  const shown = long
    ? visibleValues(all, filters[facet], counts, query, (id) => facetLabel(index, facet, id, lang))
    : all;
  return (
    <fieldset className="rounded border border-slate-200 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">{t(legendKey[facet])}</legend>
      {long && (
        <label className="mb-2 block text-sm">
          <span className="sr-only">{t('filters.search', { what: t(legendKey[facet]) })}</span>
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('filters.search', { what: t(legendKey[facet]) })}
            className="w-full rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          />
        </label>
      )}
      <ul className="space-y-1">
        {shown.map((id) => {
          const count = counts.get(id) ?? 0;
          const checked = filters[facet].includes(id);
          const roles = facet === 'person' ? (index.personRoles.get(id) ?? []) : [];
          return (
            <li key={id}>
              <label
                className={`flex cursor-pointer items-baseline gap-2 rounded px-1 py-0.5 hover:bg-slate-100 dark:hover:bg-slate-800 ${count === 0 && !checked ? 'text-slate-500 dark:text-slate-400' : ''}`}
              >
                <input
                  type="checkbox"
                  className="h-4 w-4 shrink-0 translate-y-0.5"
                  checked={checked}
                  onChange={() => onChange(toggleValue(filters, facet, id))}
                />
                <span className="min-w-0 flex-1">
                  {facetLabel(index, facet, id, lang)}
                  {roles.length > 0 && lang === 'en' && ' '}
                  {roles.length > 0 && (
                    <span className="ml-1 text-xs text-slate-600 dark:text-slate-300">
                      {lang === 'zh' ? '（' : '('}
                      {listJoin(
                        roles.map((r) => t(`role.${r}`)),
                        lang,
                      )}
                      {lang === 'zh' ? '）' : ')'}
                    </span>
                  )}
                </span>{' '}
                <span className="tabular-nums text-xs text-slate-600 dark:text-slate-300">
                  {count}
                  {count === 0 && <span className="sr-only">{t('filters.zero')}</span>}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {long && shown.length < all.length && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
          {t('filters.more', { shown: shown.length, total: all.length })}
        </p>
      )}
    </fieldset>
  );
}
