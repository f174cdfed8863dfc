import { lazy, Suspense } from 'react';
import { publicationSortKey, type DatasetIndex, type VisitRow } from '../../data/select';
import type { Bulletin } from '../../data/schema';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { VisitCard } from './visit-card';

// The virtualiser is needed only for long timelines, so it loads only then.
const VirtualList = lazy(() => import('./virtual-list'));

export type Item = { kind: 'visit'; row: VisitRow } | { kind: 'published'; bulletin: Bulletin };

/** Visits in time order, and each bulletin's publication where it falls (after the visits it reports). */
export function timelineItems(rows: readonly VisitRow[]): Item[] {
  const items: Item[] = [];
  const bulletins = new Map<string, Bulletin>();
  for (const row of rows) bulletins.set(row.bulletin.id, row.bulletin);
  const pubs = [...bulletins.values()].sort((a, b) =>
    publicationSortKey(a).localeCompare(publicationSortKey(b)),
  );
  let p = 0;
  for (const row of rows) {
    while (p < pubs.length && publicationSortKey(pubs[p] as Bulletin) < row.sortKey) {
      items.push({ kind: 'published', bulletin: pubs[p] as Bulletin });
      p += 1;
    }
    items.push({ kind: 'visit', row });
  }
  for (; p < pubs.length; p += 1) items.push({ kind: 'published', bulletin: pubs[p] as Bulletin });
  return items;
}

/** Up to this many items the timeline renders whole (printable, simple); past it, only what is on screen. */
export const VIRTUALIZE_AFTER = 60;

export function Timeline({ index, rows }: { index: DatasetIndex; rows: readonly VisitRow[] }) {
  const { t } = useI18n();
  const items = timelineItems(rows);
  return (
    <section aria-labelledby="timeline-title" className="space-y-3">
      <h2 id="timeline-title" tabIndex={-1} className="text-xl font-semibold">
        {t('timeline.title')}
      </h2>
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-slate-600 dark:border-slate-600 dark:text-slate-300">
          {t('timeline.empty')}
        </p>
      ) : items.length > VIRTUALIZE_AFTER ? (
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <VirtualList items={items} renderItem={(item) => <TimelineItem item={item} index={index} />} />
        </Suspense>
      ) : (
        <ol className="space-y-3">
          {items.map((item) => (
            <li key={itemKey(item)}>
              <TimelineItem item={item} index={index} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export const itemKey = (item: Item) =>
  item.kind === 'visit' ? item.row.visit.id : `pub-${item.bulletin.id}`;

function TimelineItem({ item, index }: { item: Item; index: DatasetIndex }) {
  const { t, lang, pick } = useI18n();
  if (item.kind === 'visit') return <VisitCard row={item.row} index={index} />;
  return (
    <div className="flex items-center gap-3 text-sm text-slate-600 dark:text-slate-300">
      <span aria-hidden="true" className="h-px flex-1 bg-slate-300 dark:bg-slate-600" />
      <span>
        {t('timeline.published')}
        {lang === 'zh' ? '：' : ': '}
        {pick(item.bulletin.title)} ·{' '}
        <time dateTime={item.bulletin.publishedAt}>{formatDateTime(item.bulletin.publishedAt, lang)}</time>
      </span>
      <span aria-hidden="true" className="h-px flex-1 bg-slate-300 dark:bg-slate-600" />
    </div>
  );
}
