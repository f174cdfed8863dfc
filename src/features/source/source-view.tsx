import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import { facetLabel } from '../../data/labels';
import type { DatasetIndex } from '../../data/select';
import { PageSection } from '../../components/ui/page-section';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import { paragraphDomId, useFocusedEvidence, usePageActions } from '../../lib/page-actions';
import { bulletinHighlights, segments, type HighlightKind } from './highlights';

const highlightClass: Record<HighlightKind, string> = {
  person: 'bg-evidence-person dark:bg-evidence-person/40',
  place: 'bg-evidence-place dark:bg-evidence-place/40',
  supply: 'bg-evidence-supply dark:bg-evidence-supply/40',
  remark: 'bg-evidence-remark/60 dark:bg-evidence-remark/25',
};
const kinds: HighlightKind[] = ['person', 'place', 'supply', 'remark'];

/**
 * The bulletin text, verbatim, with every extracted fact highlighted; names filter on click. `search`: the link
 * state (its query string), of which "back to the visit" is the link without the evidence shown, for a new tab.
 */
export function SourceView({
  index,
  bulletinIds,
  search = '',
}: {
  index: DatasetIndex;
  bulletinIds: readonly string[];
  search?: string;
}) {
  const { t, lang, pick } = useI18n();
  const { filterBy, showEvidence, backFromEvidence } = usePageActions();
  const focused = useFocusedEvidence();
  const clearFocus = () => showEvidence(null);
  const focusRef = useRef<HTMLParagraphElement | null>(null);
  useEffect(() => {
    if (!focused || !focusRef.current) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    focusRef.current.scrollIntoView?.({ behavior: reduce ? 'auto' : 'smooth', block: 'center' });
    focusRef.current.focus({ preventScroll: true });
  }, [focused]);

  // One bulletin's text at a time when there are several: the one holding the fact last asked for, else the
  // first in view; a selector picks another. The whole text of thousands of bulletins is never rendered at once.
  const [chosen, setChosen] = useState<string | null>(null);
  const inView = bulletinIds.filter((id) => index.bulletins.has(id));
  const shownId =
    focused && inView.includes(focused.bulletinId)
      ? focused.bulletinId
      : chosen && inView.includes(chosen)
        ? chosen
        : inView[0];
  const bulletins = index.dataset.bulletins.filter((b) => b.id === shownId);
  const highlights = useMemo(() => {
    const b = shownId === undefined ? undefined : index.bulletins.get(shownId);
    return b ? bulletinHighlights(index, b) : new Map<number, never[]>();
  }, [index, shownId]);
  return (
    <PageSection title={t('source.title')} className="space-y-3">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span>{t('source.legend')}</span>
        {kinds.map((k) => (
          <span key={k} className={`rounded px-1.5 ${highlightClass[k]}`}>
            {t(`source.kind.${k}` as MessageKey)}
          </span>
        ))}
      </p>
      {inView.length > 1 && (
        <nav aria-label={t('source.pager')} className="no-print flex flex-wrap items-center gap-2 text-sm">
          {(['previous', 'next'] as const).map((dir) => {
            const position = inView.indexOf(shownId ?? '');
            const target = inView[dir === 'previous' ? position - 1 : position + 1];
            const button = (
              <button
                key={dir}
                type="button"
                disabled={target === undefined}
                className="rounded border border-slate-300 px-2 py-1 disabled:opacity-50 dark:border-slate-600"
                onClick={() => {
                  if (target === undefined) return;
                  setChosen(target);
                  if (focused) clearFocus();
                }}
              >
                {t(dir === 'previous' ? 'source.previous' : 'source.next')}
              </button>
            );
            return dir === 'previous' ? (
              <span key={dir} className="inline-flex items-center gap-2">
                {button}
                <span>{t('source.position', { position: position + 1, count: inView.length })}</span>
              </span>
            ) : (
              button
            );
          })}
        </nav>
      )}
      {bulletins.map((b) => (
        <div key={b.id} className="rounded-lg border border-slate-200 p-card dark:border-slate-700">
          {inView.length > 1 && (
            <h3 className="mb-2 font-semibold">
              <bdi>{pick(b.title)}</bdi>
              {b.publishedAt !== null && ` · ${b.publishedAt.slice(0, 10)}`}
            </h3>
          )}
          <div lang="zh-CN" className="space-y-3 leading-8">
            {b.paragraphs.map((text, i) => {
              const isFocus = focused?.bulletinId === b.id && focused.paragraph === i;
              const at = isFocus ? text.indexOf(focused.quote) : -1;
              const focus = at >= 0 ? { start: at, end: at + (focused?.quote.length ?? 0) } : undefined;
              return (
                <Fragment key={i}>
                  <p
                    id={paragraphDomId(b.id, i)}
                    ref={isFocus ? focusRef : undefined}
                    tabIndex={isFocus ? -1 : undefined}
                    className={`rounded px-1 ${i < 2 ? 'text-center font-semibold' : ''} ${isFocus ? 'ring-2 ring-brand' : ''}`}
                    data-focused={isFocus || undefined}
                  >
                    {segments(text, highlights.get(i) ?? [], focus).map((seg) => {
                      const content = seg.focused ? (
                        <mark
                          className="rounded-sm outline-2 outline-offset-1 outline-brand"
                          data-focus="true"
                        >
                          {seg.text}
                        </mark>
                      ) : (
                        seg.text
                      );
                      if (!seg.span) return <span key={seg.start}>{content}</span>;
                      const filter = seg.span.filter;
                      const cls = `${highlightClass[seg.span.kind]} rounded-sm`;
                      if (!filter || seg.span.kind === 'remark') {
                        return (
                          <span key={seg.start} className={cls} data-kind={seg.span.kind}>
                            {content}
                          </span>
                        );
                      }
                      return (
                        <button
                          key={seg.start}
                          type="button"
                          className={`${cls} cursor-pointer hover:underline`}
                          data-kind={seg.span.kind}
                          title={t('source.filterBy', {
                            name: facetLabel(index, filter.key, filter.id, lang),
                          })}
                          onClick={() => filterBy(filter.key, filter.id)}
                        >
                          {content}
                        </button>
                      );
                    })}
                  </p>
                  {isFocus && (
                    <p lang={lang === 'zh' ? 'zh-CN' : 'en'} className="no-print font-sans text-sm leading-6">
                      <a
                        href={linkWithoutEvidence(search)}
                        className="text-blue-800 underline underline-offset-2 dark:text-blue-300"
                        onClick={(event) => {
                          event.preventDefault();
                          if (backFromEvidence) backFromEvidence();
                          else clearFocus();
                        }}
                      >
                        <span aria-hidden="true">← </span>
                        {t('source.back')}
                      </a>
                    </p>
                  )}
                </Fragment>
              );
            })}
          </div>
        </div>
      ))}
    </PageSection>
  );
}

/** The link state without the evidence shown: where "back to the visit" leads when opened in a new tab. */
export function linkWithoutEvidence(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('ev');
  return `?${params.toString()}`;
}

export default SourceView;
