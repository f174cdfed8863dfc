import { lazy, memo, Suspense, useCallback, useMemo } from 'react';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { PageSection } from '../../components/ui/page-section';
import type { DatasetIndex, VisitRow } from '../../data/select';
import { useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../lib/format';
import { memoOn } from '../../lib/memo-on';
import { isPublicationKey, isVisit, timelineItems, type Item } from './timeline-items';
import { VisitCard } from './visit-card';

// The virtualiser is needed only for long timelines, so it loads only then.
const VirtualList = lazy(() => import('./virtual-list'));

/** An item's height before it is measured, by its key: a visit's card, or a publication's line. */
const estimatedSize = (key: number) => (isPublicationKey(key) ? 40 : 420);

/** Up to this many items the timeline renders whole (printable, simple); past it, only what is on screen. */
export const VIRTUALIZE_AFTER = 60;

/**
 * Memoised: the page renders again when its deferred parts (map, charts) catch up with a change, and the timeline,
 * which showed the change at once, is then the same.
 */
export const Timeline = memo(function Timeline({
  index,
  rows,
}: {
  index: DatasetIndex;
  rows: readonly VisitRow[];
}) {
  const { t } = useI18n();
  // Kept with the rows: clearing the filters gives the index's own rows again, and their items are not remade.
  const { items, keys } = useMemo(
    () => memoOn([index, rows], 'timeline:items', () => timelineItems(index, rows)),
    [index, rows],
  );
  const renderItem = useCallback((item: Item) => <TimelineItem item={item} index={index} />, [index]);
  return (
    <PageSection title={t('timeline.title')} headingId="timeline-title" className="space-y-3">
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-slate-600 dark:border-slate-600 dark:text-slate-300">
          {t('timeline.empty')}
        </p>
      ) : items.length > VIRTUALIZE_AFTER ? (
        <ErrorBoundary
          fallback={(error) => (
            // The scrolling list failed to load: say so, and show the first items plainly instead.
            <>
              <p role="alert" className="rounded border border-red-300 p-3 text-sm dark:border-red-700">
                {t('timeline.listFailed', {
                  shown: VIRTUALIZE_AFTER,
                  total: items.length,
                  reason: error.message,
                })}
              </p>
              <PlainList items={items.slice(0, VIRTUALIZE_AFTER)} keys={keys} index={index} />
            </>
          )}
        >
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <VirtualList items={items} keys={keys} renderItem={renderItem} sizeOf={estimatedSize} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <PlainList items={items} keys={keys} index={index} />
      )}
    </PageSection>
  );
});

function PlainList({
  items,
  keys,
  index,
}: {
  items: readonly Item[];
  keys: Int32Array;
  index: DatasetIndex;
}) {
  return (
    <ol className="space-y-3">
      {items.map((item, i) => (
        <li key={keys[i]}>
          <TimelineItem item={item} index={index} />
        </li>
      ))}
    </ol>
  );
}

/** Memoised: the scrolling list renders again as it measures its cards, and a card already drawn is the same. */
const TimelineItem = memo(function TimelineItem({ item, index }: { item: Item; index: DatasetIndex }) {
  const { t, lang, pick } = useI18n();
  if (isVisit(item)) return <VisitCard row={item} index={index} />;
  return (
    <div className="flex items-center gap-3 text-sm text-slate-600 dark:text-slate-300">
      <span aria-hidden="true" className="h-px flex-1 bg-slate-300 dark:bg-slate-600" />
      <span>
        {t('timeline.published')}
        {lang === 'zh' ? '：' : ': '}
        <bdi>{pick(item.bulletin.title)}</bdi>
        {item.bulletin.publishedAt !== null && (
          <>
            {' · '}
            <time dateTime={item.bulletin.publishedAt}>
              {formatDateTime(item.bulletin.publishedAt, lang)}
            </time>
          </>
        )}
      </span>
      <span aria-hidden="true" className="h-px flex-1 bg-slate-300 dark:bg-slate-600" />
    </div>
  );
});
