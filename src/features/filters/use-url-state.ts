import { parseAsString, useQueryStates } from 'nuqs';
import { enableHistorySync } from 'nuqs/adapters/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DatasetIndex, Filters } from '../../data/select';
import type { Lang } from '../../i18n/i18n';
import { textIn } from '../../i18n/text';
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

/** One string parser per query parameter: every facet, the language and the evidence shown. */
const parsers = Object.fromEntries(urlKeys.map((key) => [key, parseAsString])) as Record<
  UrlKey,
  typeof parseAsString
>;

const currentSearch = () => (typeof location === 'undefined' ? '' : location.search);

/**
 * Language from the link (`lang=en`, `LANG=EN`…); works before the dataset has loaded. The third element is
 * kept for callers that show it, and is always null: every notice about the link, the language's included, comes
 * from useUrlFilters, which reads the whole link once the dataset is here.
 */
export function useUrlLang(): [Lang, (lang: Lang) => void, Notice | null] {
  const [raw, setRaw] = useQueryStates(parsers, { history: 'push' });
  const lang = linkLang(currentSearch(), raw.lang);
  const setLang = useCallback((next: Lang) => void setRaw({ lang: serializeLang(next) }), [setRaw]);
  return [lang, setLang, null];
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
  const [raw, setRaw] = useQueryStates(parsers, { history: 'push' });
  const context = useMemo(() => linkContext(index), [index]);
  const search = currentSearch();
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
      // The whole query string at once (other-case names go too); the URL library follows the change.
      enableHistorySync();
      const url = new URL(location.href);
      url.search = read.rewrite;
      history.replaceState(history.state, '', url);
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

/**
 * Focuses an element and brings it to the middle of the screen. After a Back the browser restores the scroll
 * position it saved for the entry (the sentence's, since the source scrolled before the entry was written), so the
 * scroll is done again once that has happened.
 */
function focusInView(element: HTMLElement) {
  element.focus({ preventScroll: true });
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const scroll = () => element.scrollIntoView?.({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
  scroll();
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => requestAnimationFrame(() => element.isConnected && scroll()));
}

/**
 * The card of the visit a quote belongs to (for a link opened with `ev`, where no ¶ was pressed): the visit of
 * that bulletin with a fact in the same paragraph, preferring one whose quote overlaps; its show-in-source button,
 * or the timeline heading when the card is not on the page.
 */
function cardFor(index: DatasetIndex, ref: EvidenceRef): HTMLElement | null {
  const bulletin = index.bulletins.get(ref.bulletinId);
  const visits = bulletin?.visits ?? [];
  const quotes = (v: (typeof visits)[number]) => [
    v.evidence,
    ...v.participants.map((p) => p.evidence),
    ...v.supplies.map((s) => s.evidence),
    ...v.inspected.map((i) => i.evidence),
    ...v.remarks.map((r) => r.evidence),
  ];
  const inParagraph = visits.filter((v) => quotes(v).some((e) => e.paragraph === ref.paragraph));
  const visit =
    inParagraph.find((v) =>
      quotes(v).some(
        (e) => e.paragraph === ref.paragraph && (e.quote.includes(ref.quote) || ref.quote.includes(e.quote)),
      ),
    ) ?? inParagraph[0];
  const names = visit ? [textIn(visit.headline, 'zh'), textIn(visit.headline, 'en')] : [];
  for (const article of document.querySelectorAll('article')) {
    const heading = document.getElementById(article.getAttribute('aria-labelledby') ?? '');
    if (heading && names.includes(heading.textContent ?? '')) {
      return article.querySelector<HTMLElement>('header button') ?? heading;
    }
  }
  return document.getElementById('timeline-title');
}

type Origin = { key: string; element: HTMLElement | null; pushed: boolean };

/**
 * The evidence shown in the source, in the link (`?ev=<bulletin>.<paragraph>.<start>-<end>`), so that it can be
 * shared and the browser's Back returns from it. A ¶ press is a history entry (one: a second ¶ replaces it);
 * Back, or `backFromEvidence` (the source's "back to the visit" link), returns focus to the ¶ that was pressed,
 * or, for a link opened as it is, to the card of the visit the quote belongs to.
 */
export function useUrlEvidence(index: DatasetIndex) {
  const [{ ev }, setRaw] = useQueryStates({ ev: parseAsString }, { history: 'push' });
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
    // Back (the browser's or the link's): to where the ¶ was pressed, else to the visit's card.
    const from = origin.current;
    const back =
      from?.key === before && from.element?.isConnected
        ? from.element
        : (() => {
            const ref = resolveEvidence(before, paragraphsOf).evidence;
            return ref ? cardFor(index, ref) : document.getElementById('timeline-title');
          })();
    if (back) focusInView(back);
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

  return { focused, showEvidence, backFromEvidence };
}
