/** Where focus returns after the evidence shown is left (Back): loaded on the first Back. */
import type { DatasetIndex } from '../../data/select';
import { textIn } from '../../i18n/text';
import type { EvidenceRef } from '../../lib/page-actions';

/**
 * After Back: focus on the ¶ that was pressed, if it is still on the page; else on the card of the visit the quote
 * belongs to; else on the timeline's heading.
 */
export function returnFocus(index: DatasetIndex, pressed: HTMLElement | null, ref: EvidenceRef | null) {
  const back = pressed?.isConnected
    ? pressed
    : ref
      ? cardFor(index, ref)
      : document.getElementById('timeline-title');
  if (back) focusInView(back);
}

/**
 * Focuses an element and brings it to the middle of the screen. After a Back the browser restores the scroll
 * position it saved for the entry (the sentence's, since the source scrolled before the entry was written), so the
 * scroll is done again once that has happened.
 */
export function focusInView(element: HTMLElement) {
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
export function cardFor(index: DatasetIndex, ref: EvidenceRef): HTMLElement | null {
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
