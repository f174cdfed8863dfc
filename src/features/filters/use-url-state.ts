import { parseAsString, useQueryStates } from 'nuqs';
import { useCallback, useMemo } from 'react';
import { facetKeys, type DatasetIndex, type FacetKey, type Filters } from '../../data/select';
import type { Lang } from '../../i18n/i18n';
import {
  repeatedParams,
  resolveFilters,
  resolveLang,
  serializeFilters,
  serializeLang,
  urlKeys,
  type Notice,
  type RawParams,
  type UrlKey,
} from './url-state';

/** One string parser per query parameter: every facet and the language (derived, so a new facet cannot be missed). */
const parsers = Object.fromEntries(urlKeys.map((key) => [key, parseAsString])) as Record<
  UrlKey,
  typeof parseAsString
>;

/** Language from the link; works before the dataset has loaded. */
export function useUrlLang(): [Lang, (lang: Lang) => void, Notice | null] {
  const [raw, setRaw] = useQueryStates(parsers, { history: 'push' });
  const { lang, notice } = resolveLang(raw.lang);
  const setLang = useCallback((next: Lang) => void setRaw({ lang: serializeLang(next) }), [setRaw]);
  return [lang, setLang, notice];
}

/** Filters from the link, resolved against the dataset; every change is a history entry (back/forward work). */
export function useUrlFilters(index: DatasetIndex) {
  const [raw, setRaw] = useQueryStates(parsers, { history: 'push' });
  const known = useMemo(() => {
    const out = {} as Record<FacetKey, ReadonlySet<string>>;
    for (const key of facetKeys) out[key] = new Set(index.facetValues[key]);
    return out;
  }, [index]);
  // The facet parameters as one string, so that the memo follows the query string, not an object's identity.
  const rawKey = JSON.stringify(Object.fromEntries(facetKeys.map((key) => [key, raw[key]])));
  const { filters, notices } = useMemo(() => {
    const resolved = resolveFilters(JSON.parse(rawKey) as RawParams, known);
    const repeated = typeof location === 'undefined' ? [] : repeatedParams(location.search);
    return { filters: resolved.filters, notices: [...resolved.notices, ...repeated] };
  }, [rawKey, known]);
  const setFilters = useCallback((next: Filters) => void setRaw(serializeFilters(next)), [setRaw]);
  /** A change computed from the filters in the link when it applies: stable, so callers need no ref. */
  const updateFilters = useCallback(
    (change: (current: Filters) => Filters) =>
      void setRaw((old) => serializeFilters(change(resolveFilters(old, known).filters))),
    [setRaw, known],
  );
  return { filters, notices, setFilters, updateFilters };
}
