import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DatasetIndex, Filters } from '../../data/select';
import type { Lang } from '../../i18n/i18n';
import type { EvidenceRef } from '../../lib/page-actions';
import {
  hasLinkParams,
  linkLang,
  lookupFromIndex,
  mergeNotices,
  readLink,
  resolveEvidence,
  resolveFilters,
  serializeEvidence,
  serializeFilters,
  serializeLang,
  urlKeys,
  type LinkContext,
  type Notice,
  type ParagraphsOf,
  type RawParams,
  type UrlKey,
} from './url-state';
import { replaceSearch, useQueryParams, useSearch } from './url-store';

const evKeys = ['ev'] as const;

/**
 * Language from the link (`lang=en`, `LANG=EN`…); works before the dataset has loaded. Every notice about the
 * link, the language's included, comes from useUrlFilters, which reads the whole link once the dataset is here.
 */
export function useUrlLang(): [Lang, (lang: Lang) => void] {
  const [raw, setRaw] = useQueryParams<UrlKey>(urlKeys);
  const lang = linkLang(useSearch(), raw.lang);
  const setLang = useCallback((next: Lang) => void setRaw({ lang: serializeLang(next) }), [setRaw]);
  return [lang, setLang];
}

function linkContext(index: DatasetIndex): LinkContext {
  return { lookup: lookupFromIndex(index), paragraphsOf: (id) => index.bulletins.get(id)?.paragraphs };
}

/**
 * Filters from the link, resolved against the dataset; every change is a history entry (back/forward work).
 * A link that is not canonical (names, other cases, refused values) is read, then rewritten in place (history
 * replace) to canonical ids; what was refused stays named in the notices until the filters are next changed.
 */
export function useUrlFilters(index: DatasetIndex) {
  const [raw, setRaw] = useQueryParams<UrlKey>(urlKeys);
  const context = useMemo(() => linkContext(index), [index]);
  const search = useSearch();
  // The parameters as one string, so that the memo follows the link, not an object's identity.
  const rawKey = JSON.stringify(urlKeys.map((key) => raw[key] ?? null));
  const read = useMemo(() => {
    const values = JSON.parse(rawKey) as (string | null)[];
    const primary: RawParams = Object.fromEntries(urlKeys.map((key, i) => [key, values[i] ?? null]));
    return readLink(search, context, primary);
  }, [search, rawKey, context]);

  // What a rewrite takes out of the link stays named until the filters are next changed.
  const [sticky, setSticky] = useState<{ from: typeof read | null; notices: Notice[] }>({
    from: null,
    notices: [],
  });
  if (read.rewrite !== null && sticky.from !== read) setSticky({ from: read, notices: read.notices });
  useEffect(() => {
    if (read.rewrite === null) return;
    if (typeof history !== 'undefined' && hasLinkParams(location.search)) {
      // The whole query string at once (other-case names go too).
      replaceSearch(read.rewrite);
    } else {
      void setRaw(read.canonical, { history: 'replace' });
    }
  }, [read, setRaw]);

  const notices = useMemo(() => mergeNotices(sticky.notices, read.notices), [sticky, read.notices]);
  const setFilters = useCallback(
    (next: Filters) => {
      setSticky({ from: null, notices: [] });
      void setRaw(serializeFilters(next));
    },
    [setRaw],
  );
  /** A change computed from the filters in the link when it applies: stable, so callers need no ref. */
  const updateFilters = useCallback(
    (change: (current: Filters) => Filters) => {
      setSticky({ from: null, notices: [] });
      void setRaw((old) => serializeFilters(change(resolveFilters(old, context.lookup).filters)));
    },
    [setRaw, context],
  );
  return { filters: read.filters, notices, setFilters, updateFilters };
}

type Origin = { key: string; element: HTMLElement | null; pushed: boolean };

/**
 * The evidence shown in the source, in the link (`?ev=<bulletin>.<paragraph>.<start>-<end>`), so that it can be
 * shared and the browser's Back returns from it. A ¶ press is a history entry (one: a second ¶ replaces it);
 * Back, or `backFromEvidence` (the source's "back to the visit" link), returns focus to the ¶ that was pressed,
 * or, for a link opened as it is, to the card of the visit the quote belongs to.
 */
export function useUrlEvidence(index: DatasetIndex) {
  const [{ ev }, setRaw] = useQueryParams(evKeys);
  // The link state as it stands, for the parts that make a link of it (the source's "back to the visit").
  const search = useSearch();
  const paragraphsOf = useCallback<ParagraphsOf>((id) => index.bulletins.get(id)?.paragraphs, [index]);
  // Bumped on every ¶ press, so that pressing the same ¶ again scrolls to the sentence again.
  const [presses, setPresses] = useState(0);
  const focused = useMemo(
    () => (presses >= 0 ? resolveEvidence(ev, paragraphsOf).evidence : null),
    [ev, paragraphsOf, presses],
  );
  const origin = useRef<Origin | null>(null);
  const current = useRef<string | null>(ev);
  /** Why the evidence is being cleared: quietly (the source's pager), or to return to the card. */
  const clearing = useRef<'quiet' | 'return' | null>(null);

  useEffect(() => {
    const before = current.current;
    current.current = ev;
    if (before === null || ev !== null) return;
    const why = clearing.current;
    clearing.current = null;
    if (why === 'quiet') return;
    // Back (the browser's or the link's): to where the ¶ was pressed, else to the visit's card. The code that
    // finds and focuses it is not needed before the first Back, so it loads then.
    const from = origin.current;
    const pressed = from?.key === before ? from.element : null;
    const ref = resolveEvidence(before, paragraphsOf).evidence;
    void import('./evidence-focus').then(({ returnFocus }) => returnFocus(index, pressed, ref));
  }, [ev, index, paragraphsOf]);

  const showEvidence = useCallback(
    (ref: EvidenceRef | null) => {
      if (ref === null) {
        if (current.current === null) return;
        clearing.current = 'quiet';
        void setRaw({ ev: null }, { history: 'replace' });
        return;
      }
      const key = serializeEvidence(ref, paragraphsOf);
      const active = typeof document === 'undefined' ? null : document.activeElement;
      const element = active instanceof HTMLElement && active !== document.body ? active : null;
      // One history entry for a run of ¶ presses: Back leaves the source, to the card of the last one.
      const replacing = current.current !== null;
      origin.current = { key, element, pushed: replacing ? (origin.current?.pushed ?? false) : true };
      setPresses((n) => n + 1);
      void setRaw({ ev: key }, { history: replacing ? 'replace' : 'push' });
    },
    [setRaw, paragraphsOf],
  );

  const backFromEvidence = useCallback(() => {
    const key = current.current;
    if (key === null) return;
    if (origin.current?.key === key && origin.current.pushed && typeof history !== 'undefined') {
      history.back();
      return;
    }
    clearing.current = 'return';
    void setRaw({ ev: null }, { history: 'replace' });
  }, [setRaw]);

  return { focused, showEvidence, backFromEvidence, search };
}
