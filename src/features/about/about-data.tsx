/**
 * About this data: where the bulletin comes from (with its original page), how the data was made, what is
 * inferred, the licence, and a citation line with a button that copies the link of this view.
 */
import { useMemo, useState } from 'react';
import { Button } from '../../components/ui/button';
import { PageSection } from '../../components/ui/page-section';
import {
  columnsOf,
  FLAG_DATE_UNCERTAIN,
  FLAG_DISTRICT_INFERRED,
  FLAG_DRAFTED,
  FLAG_NAME_INFERRED,
  type DatasetIndex,
} from '../../data/select';
import { isolating } from '../../lib/bidi';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../lib/format';
import { memoOn } from '../../lib/memo-on';

export type AboutProps = {
  index: DatasetIndex;
  link: string;
  /** The bulletins of the visits in view, cited each (all of them when none is given). */
  bulletinIds?: readonly string[];
  today?: Date;
};

/** Bulletins cited one by one; past these, the citation says how many more (the link holds them all). */
export const CITED_AT_MOST = 20;

/** Counts of what the data flags: inferred districts, uncertain dates, inferred names, drafted visits. */
function flagCounts(index: DatasetIndex) {
  let districts = 0;
  let dates = 0;
  let names = 0;
  let drafted = 0;
  // The index's column of flags: one byte per visit.
  const flags = columnsOf(index).flags.values;
  for (let r = 0; r < index.rows.length; r += 1) {
    const bits = flags[r] as number;
    if (bits & FLAG_DISTRICT_INFERRED) districts += 1;
    if (bits & FLAG_DATE_UNCERTAIN) dates += 1;
    if (bits & FLAG_NAME_INFERRED) names += 1;
    if (bits & FLAG_DRAFTED) drafted += 1;
  }
  return { districts, dates, names, drafted };
}

export default function AboutData({ index, link, bulletinIds, today = new Date() }: AboutProps) {
  const { t: pageT, lang, pick } = useI18n();
  const t = isolating(pageT);
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  // Over every visit: once per dataset, not on every change of the link.
  const flags = useMemo(() => memoOn([index], 'about:flags', () => flagCounts(index)), [index]);
  const bulletins = index.dataset.bulletins;
  const accessed = formatDate(today.toISOString().slice(0, 10), lang);
  // Every bulletin in view is cited, each on a line of its own: the bundled one, and the user's beside it.
  const cited = bulletinIds
    ? bulletinIds.flatMap((id) => {
        const b = index.bulletins.get(id);
        return b ? [b] : [];
      })
    : bulletins;
  const citations = cited.slice(0, CITED_AT_MOST).map((b) => ({
    id: b.id,
    text: t('about.citation', {
      publisher: b.publisher ? pick(b.publisher) : t('export.noPublisher'),
      title: pick(b.title),
      date: b.publishedAt ? formatDate(b.publishedAt.slice(0, 10), lang) : t('export.noDate'),
      accessed,
      link,
    }),
  }));
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <PageSection title={t('about.title')} className="space-y-3 text-sm">
      <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">{t('about.source')}</dt>
        <dd>
          <ul className="space-y-1">
            {bulletins.slice(0, 10).map((b) => (
              <li key={b.id}>
                <bdi>{b.publisher ? pick(b.publisher) : t('export.noPublisher')}</bdi>《
                <bdi>{pick(b.title)}</bdi>》
                {b.publishedAt && `，${formatDate(b.publishedAt.slice(0, 10), lang)}`}
                {b.sourceUrl && (
                  <>
                    {' · '}
                    <a className="underline" href={b.sourceUrl} rel="noreferrer noopener" target="_blank">
                      {t('about.original')}
                    </a>
                  </>
                )}
              </li>
            ))}
            {bulletins.length > 10 && <li>{t('about.more', { count: bulletins.length - 10 })}</li>}
          </ul>
        </dd>
        <dt className="font-medium">{t('about.method')}</dt>
        <dd>{t('about.methodText')}</dd>
        <dt className="font-medium">{t('about.inferred')}</dt>
        <dd>{t('about.inferredText', flags)}</dd>
        <dt className="font-medium">{t('about.licence')}</dt>
        <dd>{t('about.licenceText')}</dd>
        <dt className="font-medium">{t('about.cite')}</dt>
        <dd className="space-y-2">
          <ul className="space-y-1">
            {citations.map((c) => (
              <li
                key={c.id}
                className="break-all rounded bg-slate-50 px-2 py-1 font-mono text-xs dark:bg-slate-800"
              >
                {c.text}
              </li>
            ))}
            {cited.length > CITED_AT_MOST && (
              <li className="text-xs">{t('about.more', { count: cited.length - CITED_AT_MOST })}</li>
            )}
          </ul>
          <div className="no-print flex items-center gap-2">
            <Button onClick={() => void copy()}>{t('about.copyLink')}</Button>
            <span aria-live="polite">
              {copied === 'done' ? t('about.copied') : copied === 'failed' ? t('about.copyFailed') : ''}
            </span>
          </div>
        </dd>
      </dl>
    </PageSection>
  );
}
