import { memoOn } from '../../lib/memo-on';
import { lazy, Suspense, useId, useState, useSyncExternalStore, type ReactNode } from 'react';
// The sheet is a phone's: its code loads when it is first opened.
const FilterSheet = lazy(() => import('./filter-sheet').then((m) => ({ default: m.FilterSheet })));
// The date inputs load just after the first paint (their place is kept meanwhile): the first paint's budget.
// Their words are in the later messages: they load with them.
const DateFieldset = lazy(() => loadLaterMessages().then(() => import('./date-range')));
import { facetLabel } from '../../data/labels';
import {
  emptyFilters,
  facetKeys,
  hasDateRange,
  type DatasetIndex,
  type FacetKey,
  type Filters,
  type View,
} from '../../data/select';
import { loadLaterMessages, useI18n } from '../../i18n/i18n';
import { facetMessage as legendKey } from '../../i18n/facets';
import { listJoin } from '../../lib/format';
import { toggleValue } from './url-state';

type Props = { index: DatasetIndex; view: View; filters: Filters; onChange: (next: Filters) => void };

/** The filters' heading: where focus goes when the last chip is removed (it takes focus, not Tab). */
export const FILTERS_HEADING_ID = 'filters-title';

/** Below Tailwind's `lg` the filters open as a sheet; from it up they stand beside the results. */
const PHONE_QUERY = '(max-width: 63.99rem)';

function subscribePhone(onChange: () => void) {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
const isPhone = () => typeof matchMedia === 'function' && matchMedia(PHONE_QUERY).matches;

/** Whether the page has the phone layout (a narrow screen). */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore(subscribePhone, isPhone, () => false);
}

/**
 * The filters: one fieldset per facet, a checkbox per value with the count it would give. On a phone they open
 * as a sheet whose button says how many visits the choices give, and closes it onto the results.
 */
export function FilterBar({ index, view, filters, onChange }: Props) {
  const { t } = useI18n();
  const phone = usePhoneLayout();
  const [open, setOpen] = useState(false);
  // Once opened, the sheet stays mounted: closing it returns focus to its button and shows the results.
  const [opened, setOpened] = useState(false);
  const keys = facetKeys.filter((key) => key !== 'bulletin' || index.facetValues.bulletin.length > 1);
  const none = keys.every((key) => filters[key].length === 0) && !hasDateRange(filters);
  // When first: a date range, then the facets.
  const fieldsets = [
    // Where the date inputs will be, as tall, while their code loads.
    <Suspense key="dates" fallback={<div className="h-[8.25rem]" />}>
      <DateFieldset index={index} view={view} filters={filters} onChange={onChange} />
    </Suspense>,
    ...keys.map((key) => (
      <FacetFieldset key={key} facet={key} index={index} view={view} filters={filters} onChange={onChange} />
    )),
  ];
  const clear = (extra: string) => (
    <button
      type="button"
      className={`rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800 ${extra}`}
      disabled={none}
      onClick={() => onChange(emptyFilters)}
    >
      {t('filters.clear')}
    </button>
  );
  const shown = view.rows.length;
  // The screen grew past the phone layout with the sheet open: it is gone, and so is its state.
  if (!phone && open) setOpen(false);
  return (
    <section aria-labelledby={FILTERS_HEADING_ID} className="no-print">
      <div className="flex items-center justify-between gap-2">
        <h2 id={FILTERS_HEADING_ID} tabIndex={-1} className="text-lg font-semibold">
          {t('filters.title')}
        </h2>
        {phone && (
          <button
            type="button"
            className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-600"
            aria-haspopup="dialog"
            aria-expanded={open}
            onClick={() => {
              setOpened(true);
              setOpen(true);
            }}
          >
            {t('filters.show')}
          </button>
        )}
      </div>
      {phone ? (
        opened && (
          <Suspense fallback={null}>
            <FilterSheet
              open={open}
              onOpenChange={setOpen}
              clear={clear('flex-1')}
              title={t('filters.title')}
              closeLabel={t('filters.close')}
              resultsLabel={t(shown === 1 ? 'filters.resultsOne' : 'filters.results', { count: shown })}
            >
              <div className="space-y-4">{fieldsets}</div>
            </FilterSheet>
          </Suspense>
        )
      ) : (
        <div className="mt-3 space-y-4">
          {fieldsets}
          {clear('w-full')}
        </div>
      )}
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
  const limit = Math.max(LONG_FACET, checked.length);
  const picked = new Set(checked);
  // The `limit` values with the most visits (ties in the facet's order), without sorting thousands of values:
  // a short list kept in order, which a value joins only if it beats the last.
  const top: string[] = [];
  const countOf = (id: string) => counts.get(id) ?? 0;
  for (const id of all) {
    if (picked.has(id)) continue;
    if (q !== '' && !label(id).toLowerCase().includes(q) && !id.includes(q)) continue;
    const c = countOf(id);
    if (top.length >= limit && c <= countOf(top[top.length - 1] as string)) continue;
    let at = top.length;
    while (at > 0 && countOf(top[at - 1] as string) < c) at -= 1;
    top.splice(at, 0, id);
    if (top.length > limit) top.pop();
  }
  // A Set of the facet's values, made once per list (100,000 bulletins: a new one on every render took 10 ms).
  const inAll = memoOn([all], 'facet:values', () => new Set(all));
  return [...checked.filter((id) => inAll.has(id)), ...top].slice(0, limit);
}

/** A place filter value in the tree: the places below it that are values too. */
export type PlaceNode = { id: string; value: boolean; children: PlaceNode[] };

/**
 * The place filter as a tree: district › street › community › site. Each value hangs under its nearest ancestor
 * that is a value too, else under its district (a heading, not a value: districts have their own filter), else
 * at the top. Siblings keep the values' order. Pure; a parent cycle cannot make it loop.
 */
export function placeTree(index: DatasetIndex, values: readonly string[]): PlaceNode[] {
  const valueSet = new Set(values);
  const districts = new Set(index.facetValues.district);
  const nodes = new Map<string, PlaceNode>();
  const node = (id: string, value: boolean) => {
    let n = nodes.get(id);
    if (!n) {
      n = { id, value, children: [] };
      nodes.set(id, n);
    }
    return n;
  };
  const roots: PlaceNode[] = [];
  const groups: PlaceNode[] = [];
  const parentOf = new Map<string, string>();
  for (const id of values) {
    const self = node(id, true);
    const seen = new Set([id]);
    let parentId = index.places.get(id)?.parentId ?? null;
    let anchor: PlaceNode | null = null;
    while (parentId !== null && !seen.has(parentId)) {
      seen.add(parentId);
      const parent = index.places.get(parentId);
      if (valueSet.has(parentId)) {
        anchor = node(parentId, true);
        break;
      }
      if (districts.has(parentId) || parent?.kind === 'district' || parent?.kind === 'county') {
        const known = nodes.has(parentId);
        anchor = node(parentId, false);
        if (!known) groups.push(anchor);
        break;
      }
      parentId = parent?.parentId ?? null;
    }
    // A parent cycle among values: the value goes to the top rather than under itself.
    let up = anchor?.id;
    while (up !== undefined && up !== id) up = parentOf.get(up);
    if (anchor && up === undefined) {
      anchor.children.push(self);
      parentOf.set(id, anchor.id);
    } else roots.push(self);
  }
  // Districts in the district filter's order, then any other; values without one last.
  const rank = (id: string) => {
    const at = index.facetValues.district.indexOf(id);
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  groups.sort((a, b) => rank(a.id) - rank(b.id));
  return [...groups, ...roots];
}

function FacetFieldset(fieldset: Props & { facet: FacetKey }) {
  const { facet, index, view, filters } = fieldset;
  const { t, lang } = useI18n();
  const counts = view.facetCounts[facet];
  const [query, setQuery] = useState('');
  const noteId = useId();
  const all = index.facetValues[facet];
  const long = all.length > LONG_FACET;
  const shown = long
    ? visibleValues(all, filters[facet], counts, query, (id) => facetLabel(index, facet, id, lang))
    : all;
  // Each value is one of the fieldset's: it is given the fieldset's own props.
  const item = (id: string, children?: ReactNode) => (
    <ValueItem key={id} id={id} {...fieldset}>
      {children}
    </ValueItem>
  );
  const tree = (nodes: PlaceNode[]): ReactNode =>
    nodes.map((n) => {
      const below =
        n.children.length > 0 ? (
          <ul className="mt-1 ml-2 space-y-1 border-l border-slate-200 pl-2 dark:border-slate-700">
            {tree(n.children)}
          </ul>
        ) : undefined;
      return n.value ? (
        item(n.id, below)
      ) : (
        <li key={n.id}>
          <span className="px-1 text-sm font-medium text-slate-700 dark:text-slate-200">
            <bdi>{facetLabel(index, 'place', n.id, lang)}</bdi>
          </span>
          {below}
        </li>
      );
    });
  const place = facet === 'place';
  return (
    <fieldset
      className="rounded border border-slate-200 p-3 dark:border-slate-700"
      aria-describedby={place ? noteId : undefined}
    >
      <legend className="px-1 text-sm font-semibold">{t(legendKey[facet])}</legend>
      {place && (
        <p id={noteId} className="mb-2 text-xs text-slate-600 dark:text-slate-300">
          {t('filters.placeNote')}
        </p>
      )}
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
        {place && !long ? tree(placeTree(index, all)) : shown.map((id) => item(id))}
      </ul>
      {long && shown.length < all.length && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
          {t('filters.more', { shown: shown.length, total: all.length })}
        </p>
      )}
    </fieldset>
  );
}

/** One value: a checkbox named by the value first, its role(s) for a person, and the visits it would give. */
function ValueItem({
  facet,
  id,
  index,
  view,
  filters,
  onChange,
  children,
}: Props & { facet: FacetKey; id: string; children?: ReactNode }) {
  const { t, lang } = useI18n();
  const count = view.facetCounts[facet].get(id) ?? 0;
  const checked = filters[facet].includes(id);
  const roles = facet === 'person' ? (index.personRoles.get(id) ?? []) : [];
  return (
    <li>
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
          {/* Isolated: a name's direction never reaches its roles or its count. */}
          <bdi>{facetLabel(index, facet, id, lang)}</bdi>
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
      {children}
    </li>
  );
}
