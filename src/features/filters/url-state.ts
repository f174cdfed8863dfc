/**
 * The link is the state. Pure reading and writing of the query string, so that it can be tested without a
 * browser. Lenient in what it reads, strict in what it writes:
 * - values may be ids in any case or names in either language (`?district=赫山区`, `Ziyang`, `HESHAN`), parameter
 *   names any case (`Person=`, `LANG=EN`); all are read, and the link is rewritten to canonical ids;
 * - refused values (unknown, malformed, ambiguous, a later repeat) are named in a notice and left out of the link;
 * - parameters the page does not use (`utm_source`, `foo`) are named, and kept in the link exactly as they were:
 *   they belong to whoever made the link (a campaign tag, a proxy), and dropping them would break their use;
 * - notices list at most MAX_LISTED values and say how many more, each value shortened for display.
 * resolve(serialize(x)) = x for every state (see url-state.test.ts).
 */
import { facetLabel } from '../../data/labels';
import { facetKeys, type DatasetIndex, type DateRange, type FacetKey, type Filters } from '../../data/select';
import { readDate } from './date-param';
import { firstGraphemes } from '../../lib/graphemes';
import type { Lang } from '../../i18n/i18n';
import type { EvidenceRef } from '../../lib/page-actions';

/** The date range's two ends: `?from=2020-02-01&to=2020-02-29`. */
export const dateKeys = ['from', 'to'] as const;
export type DateKey = (typeof dateKeys)[number];
export const urlKeys = [...facetKeys, ...dateKeys, 'lang', 'ev'] as const;
/** Parameters the page owns elsewhere (the add view's `add`): neither read here nor named as unknown. */
export const otherPageKeys: readonly string[] = ['add'];
export type UrlKey = (typeof urlKeys)[number];
export type RawParams = Partial<Record<UrlKey, string | null>>;

/** A notice names at most this many values, then says how many more there were. */
export const MAX_LISTED = 5;

type Listed = { values: string[]; more: number };
export type Notice =
  | ({ kind: 'unknown' | 'malformed' | 'ambiguous'; param: FacetKey } & Listed)
  | ({ kind: 'repeated'; param: UrlKey } & Listed)
  | ({ kind: 'lang'; param: 'lang' } & Listed)
  | ({ kind: 'evidence'; param: 'ev' } & Listed)
  /** A date the page cannot read (`?from=2020-02-30`), or the two ends given the wrong way round (swapped). */
  | ({ kind: 'date'; param: DateKey } & Listed)
  | ({ kind: 'dateOrder'; param: 'from' } & Listed)
  /** Parameters the page does not use: named, kept in the link. */
  | ({ kind: 'params'; param: '*' } & Listed)
  /** Parameter names read in another case: "Person → person". */
  | ({ kind: 'renamed'; param: '*' } & Listed);

const MAX_SHOWN = 40;
/** A token longer than this is not a name or an id of any kind: it is refused as malformed. */
const MAX_TOKEN = 80;
/** What names and ids are made of: letters, marks, digits, spaces and a little punctuation. */
const WELL_FORMED = /^[\p{L}\p{M}\p{N} .·'’()（）&-]+$/u;

// eslint-disable-next-line no-control-regex
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Shortens a hostile or very long value for display; it is only ever shown as text. */
export function displayValue(value: string): string {
  // Control characters and bidi controls in a link are shown as U+FFFD, so a notice cannot be garbled by them.
  const clean = value.replace(UNSHOWABLE, '\uFFFD');
  // Cut on grapheme boundaries: never half of an emoji, a flag or an accented letter.
  const kept = firstGraphemes(clean, MAX_SHOWN);
  return kept.length < clean.length ? `${kept}…` : clean;
}

/** At most MAX_LISTED values, each shortened, and how many were left out. */
export function listed(values: readonly string[]): Listed {
  return {
    values: values.slice(0, MAX_LISTED).map(displayValue),
    more: Math.max(0, values.length - MAX_LISTED),
  };
}

/** The form two spellings of one name share: NFKC, lower case, without spaces, hyphens, dots or apostrophes. */
export function normalizeToken(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s._·'’-]+/gu, '');
}

/** Splits a comma list (ASCII or full-width commas) into well-formed tokens (deduplicated, in order) and malformed ones. */
export function parseList(raw: string | null | undefined): { values: string[]; malformed: string[] } {
  const values: string[] = [];
  const malformed: string[] = [];
  if (raw === null || raw === undefined) return { values, malformed };
  for (const token of raw.split(/[,，、]/)) {
    const value = token.trim();
    if (value === '') continue;
    if (value.length > MAX_TOKEN || !WELL_FORMED.test(value)) malformed.push(value);
    else if (!values.includes(value)) values.push(value);
  }
  return { values, malformed };
}

const AMBIGUOUS = '\u0000ambiguous';
/** For each facet: every accepted spelling (normalised) → the id it means, or AMBIGUOUS. */
export type FacetLookup = Record<FacetKey, ReadonlyMap<string, string>>;
export type FacetEntries = Record<FacetKey, Iterable<{ id: string; names: readonly string[] }>>;

/**
 * The spellings a link may use for each value: its id (any case) first, then its names in either language. A
 * name that two values share is ambiguous and refused; an id always wins over another value's name.
 */
export function buildLookup(entries: FacetEntries): FacetLookup {
  const out = {} as Record<FacetKey, ReadonlyMap<string, string>>;
  for (const key of facetKeys) out[key] = facetLookup(entries[key]);
  return out;
}

/** One facet's spellings → ids (see buildLookup). */
function facetLookup(entries: Iterable<{ id: string; names: readonly string[] }>): Map<string, string> {
  const map = new Map<string, string>();
  const list = [...entries];
  const byId = new Set<string>();
  for (const { id } of list) {
    map.set(normalizeToken(id), id);
    map.set(id, id);
    byId.add(normalizeToken(id));
  }
  for (const { id, names } of list) {
    for (const name of names) {
      const k = normalizeToken(name);
      if (k === '' || byId.has(k)) continue;
      const seen = map.get(k);
      map.set(k, seen === undefined || seen === id ? id : AMBIGUOUS);
    }
  }
  return map;
}

/**
 * The lookup for a dataset: ids, and names in both languages. Each facet's spellings are gathered the first time
 * a link names a value of it: most links name none, and a dataset of 20,000 bulletins has 40,000 titles to
 * normalise (90 ms at 100,000 visits, on the way to the first view).
 */
export function lookupFromIndex(index: DatasetIndex): FacetLookup {
  const out = {} as Record<FacetKey, ReadonlyMap<string, string>>;
  for (const key of facetKeys) {
    let map: ReadonlyMap<string, string> | null = null;
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () =>
        (map ??= facetLookup(
          index.facetValues[key].map((id) => ({
            id,
            names: [
              facetLabel(index, key, id, 'zh'),
              facetLabel(index, key, id, 'en'),
              // A district's short id, as the bundled ones have (heshan): a user's bulletin names 汉滨区
              // hanbin-district and 安化县 anhua-county, and `?district=hanbin` finds it too. Like a name, a
              // short id two districts share is refused as ambiguous.
              id.replace(/-(district|county)$/, ''),
            ],
          })),
        )),
    });
  }
  return out;
}

/** A lookup that knows ids only (tests, and callers without names). */
export function lookupFromIds(known: Record<FacetKey, Iterable<string>>): FacetLookup {
  const entries = {} as Record<FacetKey, { id: string; names: string[] }[]>;
  for (const key of facetKeys) entries[key] = [...known[key]].map((id) => ({ id, names: [] }));
  return buildLookup(entries);
}

/** Reads filters from raw query parameters: ids or names, any case; says what it refused. */
export function resolveFilters(raw: RawParams, lookup: FacetLookup): { filters: Filters; notices: Notice[] } {
  const notices: Notice[] = [];
  const filters = {} as Record<FacetKey, string[]>;
  for (const key of facetKeys) {
    const { values, malformed } = parseList(raw[key]);
    const ids: string[] = [];
    const unknown: string[] = [];
    const ambiguous: string[] = [];
    for (const value of values) {
      const id = lookup[key].get(value) ?? lookup[key].get(normalizeToken(value));
      if (id === undefined) unknown.push(value);
      else if (id === AMBIGUOUS) ambiguous.push(value);
      else if (!ids.includes(id)) ids.push(id);
    }
    filters[key] = ids;
    if (malformed.length > 0) notices.push({ kind: 'malformed', param: key, ...listed(malformed) });
    if (unknown.length > 0) notices.push({ kind: 'unknown', param: key, ...listed(unknown) });
    if (ambiguous.length > 0) notices.push({ kind: 'ambiguous', param: key, ...listed(ambiguous) });
  }
  // The date range: each end read leniently (2020-2-7, 2020/02/07, 2020年2月7日, 2020-02 for a month…).
  const ends = { from: null as string | null, to: null as string | null };
  for (const key of dateKeys) {
    const value = raw[key]?.trim() ?? '';
    if (value === '') continue;
    const date = readDate(value, key === 'from' ? 'start' : 'end');
    if (date === null) notices.push({ kind: 'date', param: key, ...listed([value]) });
    else ends[key] = date;
  }
  if (ends.from !== null && ends.to !== null && ends.from > ends.to) {
    notices.push({ kind: 'dateOrder', param: 'from', ...listed([`${ends.from} > ${ends.to}`]) });
    [ends.from, ends.to] = [ends.to, ends.from];
  }
  return { filters: withDates(filters, ends), notices };
}

const langNames: Record<string, Lang> = {
  zh: 'zh',
  'zh-cn': 'zh',
  'zh-hans': 'zh',
  cn: 'zh',
  中文: 'zh',
  en: 'en',
  'en-us': 'en',
  'en-gb': 'en',
  english: 'en',
};

/** The language: zh, en, any case (and a few usual spellings); anything else is named and Chinese is shown. */
export function resolveLang(raw: string | null | undefined): { lang: Lang; notice: Notice | null } {
  const value = (raw ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (value === '') return { lang: 'zh', notice: null };
  const lang = Object.hasOwn(langNames, value) ? langNames[value] : undefined;
  if (lang) return { lang, notice: null };
  return { lang: 'zh', notice: { kind: 'lang', param: 'lang', ...listed([raw ?? '']) } };
}

export function serializeLang(lang: Lang): string | null {
  return lang === 'zh' ? null : lang;
}

/** The filters as the link writes them; the date range's ends as `YYYY-MM-DD` (null: left out). */
export function serializeFilters(filters: Filters): Record<FacetKey | DateKey, string | null> {
  const out = {} as Record<FacetKey | DateKey, string | null>;
  for (const key of facetKeys) out[key] = filters[key].length > 0 ? filters[key].join(',') : null;
  out.from = filters.from ?? null;
  out.to = filters.to ?? null;
  return out;
}

// ---- The evidence shown in the source: ?ev=<bulletin>.<paragraph>.<start>-<end> ----

/** Where a quote stands: its bulletin, paragraph (from 0) and character range in that paragraph. */
export type EvidenceKey = { bulletinId: string; paragraph: number; start: number; end: number };
/** The paragraphs of a bulletin, by id; undefined for a bulletin the data does not hold. */
export type ParagraphsOf = (bulletinId: string) => readonly string[] | undefined;

const EV = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(\d{1,6})(?:\.(\d{1,7})-(\d{1,7}))?$/;

/**
 * The link form of a fact's evidence, e.g. `yiyang-npc-2020-02-08.3.12-26`: it names the quote by position, so a
 * link stays short whatever the quote. The first occurrence of the quote is meant (as the source view marks).
 */
export function serializeEvidence(ref: EvidenceRef, paragraphsOf: ParagraphsOf): string {
  const text = paragraphsOf(ref.bulletinId)?.[ref.paragraph];
  const start = text === undefined || ref.quote === '' ? -1 : text.indexOf(ref.quote);
  const base = `${ref.bulletinId}.${ref.paragraph}`;
  return start < 0 ? base : `${base}.${start}-${start + ref.quote.length}`;
}

/** Reads `ev`: any case; without a range it means the whole paragraph. Refuses what the data does not hold. */
export function resolveEvidence(
  raw: string | null | undefined,
  paragraphsOf: ParagraphsOf,
): { evidence: EvidenceRef | null; notice: Notice | null } {
  if (raw === null || raw === undefined || raw.trim() === '') return { evidence: null, notice: null };
  const refuse = { evidence: null, notice: { kind: 'evidence', param: 'ev', ...listed([raw]) } as Notice };
  const m = EV.exec(raw.trim().toLowerCase());
  if (!m) return refuse;
  const bulletinId = m[1] as string;
  const paragraph = Number(m[2]);
  const text = paragraphsOf(bulletinId)?.[paragraph];
  if (text === undefined) return refuse;
  const start = m[3] === undefined ? 0 : Number(m[3]);
  const end = m[4] === undefined ? text.length : Number(m[4]);
  if (!(start < end && end <= text.length)) return refuse;
  return { evidence: { bulletinId, paragraph, quote: text.slice(start, end) }, notice: null };
}

// ---- The whole link ----

export type LinkContext = { lookup: FacetLookup; paragraphsOf: ParagraphsOf };
export type LinkRead = {
  filters: Filters;
  lang: Lang;
  evidence: EvidenceRef | null;
  notices: Notice[];
  /** The canonical value of each of the page's parameters (null: left out of the link). */
  canonical: Record<UrlKey, string | null>;
  /** The query string to write in place of the link's ('' for none), or null when the link is canonical. */
  rewrite: string | null;
};

type Segment = { raw: string; key: string; value: string };

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

function segmentsOf(search: string): Segment[] {
  const body = search.startsWith('?') ? search.slice(1) : search;
  return body
    .split('&')
    .filter((s) => s !== '')
    .map((raw) => {
      const at = raw.indexOf('=');
      return at < 0
        ? { raw, key: decode(raw), value: '' }
        : { raw, key: decode(raw.slice(0, at)), value: decode(raw.slice(at + 1)) };
    });
}

const ourKey = (key: string): UrlKey | undefined => {
  const lower = key.trim().toLowerCase();
  return (urlKeys as readonly string[]).includes(lower) ? (lower as UrlKey) : undefined;
};

/** A value as the page writes it: encoded, but commas kept readable (`ziyang,heshan`). */
export const encodeValue = (value: string) => encodeURIComponent(value).replace(/%2C/gi, ',');

/**
 * Reads the whole link. `search` is the query string as the address bar has it; `primary` (optional) gives the
 * values the URL library read for the exactly-spelled parameters, which win (they are the same in the browser).
 */
export function readLink(search: string, context: LinkContext, primary: RawParams = {}): LinkRead {
  const notices: Notice[] = [];
  const segments = segmentsOf(search);
  const first = {} as Record<UrlKey, string | null>;
  const later: Partial<Record<UrlKey, string[]>> = {};
  const renamed: string[] = [];
  const foreign: string[] = [];
  for (const seg of segments) {
    const key = ourKey(seg.key);
    if (key === undefined) {
      if (seg.key !== '' && !otherPageKeys.includes(seg.key) && !foreign.includes(seg.key))
        foreign.push(seg.key);
      continue;
    }
    if (seg.key !== key && !renamed.includes(seg.key)) renamed.push(seg.key);
    if (first[key] === undefined) first[key] = seg.value;
    else (later[key] ??= []).push(seg.value);
  }
  const raw: RawParams = {};
  for (const key of urlKeys) {
    const value = primary[key] ?? first[key];
    if (value !== undefined && value !== null) raw[key] = value;
  }

  const { filters, notices: facetNotices } = resolveFilters(raw, context.lookup);
  notices.push(...facetNotices);
  const { lang, notice: langNotice } = resolveLang(raw.lang);
  if (langNotice) notices.push(langNotice);
  const { evidence, notice: evNotice } = resolveEvidence(raw.ev, context.paragraphsOf);
  if (evNotice) notices.push(evNotice);
  for (const key of urlKeys) {
    const values = later[key];
    if (values) notices.push({ kind: 'repeated', param: key, ...listed(values) });
  }
  if (renamed.length > 0)
    notices.push({
      kind: 'renamed',
      param: '*',
      ...listed(renamed.map((name) => `${name} → ${ourKey(name) ?? name}`)),
    });
  if (foreign.length > 0) notices.push({ kind: 'params', param: '*', ...listed(foreign) });

  const canonical = {
    ...serializeFilters(filters),
    lang: serializeLang(lang),
    ev: evidence ? serializeEvidence(evidence, context.paragraphsOf) : null,
  } as Record<UrlKey, string | null>;

  // The link as the page writes it: its own parameters once each, canonical, where they first stood; the rest
  // exactly as they were.
  const out: string[] = [];
  const written = new Set<UrlKey>();
  for (const seg of segments) {
    const key = ourKey(seg.key);
    if (key === undefined) out.push(seg.raw);
    else if (!written.has(key)) {
      written.add(key);
      const value = canonical[key];
      if (value !== null) out.push(`${key}=${encodeValue(value)}`);
    }
  }
  // Values given only through `primary` (the URL library's state, as in tests) are written too.
  for (const key of urlKeys) {
    const value = canonical[key];
    if (!written.has(key) && value !== null) out.push(`${key}=${encodeValue(value)}`);
  }
  // Compared by meaning, not by spelling: the URL library encodes a few characters its own way.
  const canonicalAlready =
    renamed.length === 0 &&
    Object.keys(later).length === 0 &&
    urlKeys.every((key) => (raw[key] ?? null) === canonical[key]);
  const next = out.join('&');
  return {
    filters,
    lang,
    evidence,
    notices,
    canonical,
    rewrite: canonicalAlready ? null : next === '' ? '' : `?${next}`,
  };
}

export function toggleValue(filters: Filters, key: FacetKey, value: string): Filters {
  const current = filters[key];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [key]: next };
}

/**
 * The filters with a date range: each end that is set, and only those (no range: no `from` or `to` at all), so
 * that filters read from a link and filters set by hand compare equal.
 */
export function withDates(filters: Filters, range: DateRange): Filters {
  const { from: _from, to: _to, ...facets } = filters;
  return {
    ...facets,
    ...(range.from !== null && { from: range.from }),
    ...(range.to !== null && { to: range.to }),
  };
}

/** Adds a value if it is not already active (used by clicks on bars, names and places). */
export function addValue(filters: Filters, key: FacetKey, value: string): Filters {
  return filters[key].includes(value) ? filters : { ...filters, [key]: [...filters[key], value] };
}

/** Whether a query string holds any of the page's parameters, in any case. */
export function hasLinkParams(search: string): boolean {
  return segmentsOf(search).some((seg) => ourKey(seg.key) !== undefined);
}

/** The language of a link before the dataset is here: `primary` (the exact `lang`) or `LANG`, `Lang`… */
export function linkLang(search: string, primary: string | null | undefined): Lang {
  const value = primary ?? segmentsOf(search).find((seg) => ourKey(seg.key) === 'lang')?.value;
  return resolveLang(value).lang;
}

/** Notices of two reads, one per kind and parameter, the later read winning. */
export function mergeNotices(earlier: readonly Notice[], later: readonly Notice[]): Notice[] {
  const key = (n: Notice) => `${n.kind}:${n.param}`;
  const fresh = new Set(later.map(key));
  return [...earlier.filter((n) => !fresh.has(key(n))), ...later];
}

/** What the link holds, as the page writes it (the parameters in a fixed order; empty ones left out). */
export function serializeLink(
  state: { filters: Filters; lang: Lang; evidence: EvidenceRef | null },
  paragraphsOf: ParagraphsOf,
): string {
  const values: Record<UrlKey, string | null> = {
    ...serializeFilters(state.filters),
    lang: serializeLang(state.lang),
    ev: state.evidence ? serializeEvidence(state.evidence, paragraphsOf) : null,
  };
  const parts = urlKeys.flatMap((key) => {
    const value = values[key];
    return value === null ? [] : [`${key}=${encodeValue(value)}`];
  });
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
