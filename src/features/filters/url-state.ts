/**
 * The link is the state. Pure parsing and serialising of the query string's filter and language parameters,
 * so that they can be tested without a browser: resolve(serialize(x)) = x, and any string parses without throwing.
 */
import { facetKeys, type FacetKey, type Filters } from '../../data/select';
import type { Lang } from '../../i18n/i18n';

export const urlKeys = [...facetKeys, 'lang'] as const;
export type UrlKey = (typeof urlKeys)[number];
export type RawParams = Partial<Record<UrlKey, string | null>>;

export type Notice =
  | { kind: 'unknown' | 'malformed'; param: FacetKey; values: string[] }
  | { kind: 'repeated'; param: UrlKey; values: string[] }
  | { kind: 'lang'; param: 'lang'; values: string[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SHOWN = 40;

/** Shortens a hostile or very long value for display; it is only ever shown as text. */
export function displayValue(value: string): string {
  // Control characters in a link are shown as U+FFFD, so a notice cannot be garbled by them.
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, '\uFFFD');
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean;
}

/** Splits a comma list into well-formed ids (deduplicated, in order) and malformed tokens. */
export function parseList(raw: string | null | undefined): { values: string[]; malformed: string[] } {
  const values: string[] = [];
  const malformed: string[] = [];
  if (raw === null || raw === undefined) return { values, malformed };
  for (const token of raw.split(',')) {
    const value = token.trim();
    if (value === '') continue;
    if (!SLUG.test(value)) malformed.push(displayValue(value));
    else if (!values.includes(value)) values.push(value);
  }
  return { values, malformed };
}

/** Reads filters from raw query parameters, keeping only ids the dataset knows; says what it ignored. */
export function resolveFilters(
  raw: RawParams,
  known: Record<FacetKey, ReadonlySet<string>>,
): { filters: Filters; notices: Notice[] } {
  const notices: Notice[] = [];
  const filters = {} as Record<FacetKey, string[]>;
  for (const key of facetKeys) {
    const { values, malformed } = parseList(raw[key]);
    const unknown = values.filter((v) => !known[key].has(v));
    filters[key] = values.filter((v) => known[key].has(v));
    if (malformed.length > 0) notices.push({ kind: 'malformed', param: key, values: malformed });
    if (unknown.length > 0) notices.push({ kind: 'unknown', param: key, values: unknown.map(displayValue) });
  }
  return { filters, notices };
}

export function resolveLang(raw: string | null | undefined): { lang: Lang; notice: Notice | null } {
  if (raw === null || raw === undefined || raw === '' || raw === 'zh') return { lang: 'zh', notice: null };
  if (raw === 'en') return { lang: 'en', notice: null };
  return { lang: 'zh', notice: { kind: 'lang', param: 'lang', values: [displayValue(raw)] } };
}

/** Query parameters for a filter state: empty facets are left out of the link. */
/**
 * A parameter given more than once (`?district=a&district=b`): the page reads the first, as the URL library does,
 * and says which later values it ignored. Values are comma lists: `?district=a,b` is the way to give several.
 */
export function repeatedParams(search: string): Notice[] {
  const params = new URLSearchParams(search);
  return urlKeys.flatMap((key): Notice[] => {
    const all = params.getAll(key);
    return all.length > 1 ? [{ kind: 'repeated', param: key, values: all.slice(1).map(displayValue) }] : [];
  });
}

export function serializeFilters(filters: Filters): Record<FacetKey, string | null> {
  const out = {} as Record<FacetKey, string | null>;
  for (const key of facetKeys) out[key] = filters[key].length > 0 ? filters[key].join(',') : null;
  return out;
}

export function serializeLang(lang: Lang): string | null {
  return lang === 'zh' ? null : lang;
}

export function toggleValue(filters: Filters, key: FacetKey, value: string): Filters {
  const current = filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [key]: next };
}

/** Adds a value if it is not already active (used by clicks on bars, names and places). */
export function addValue(filters: Filters, key: FacetKey, value: string): Filters {
  return filters[key].includes(value) ? filters : { ...filters, [key]: [...filters[key], value] };
}
