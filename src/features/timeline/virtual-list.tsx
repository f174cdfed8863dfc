import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { Item } from './timeline-items';

/**
 * A long timeline keeps a bounded number of cards in the DOM: those in view in its own scroll box and a few
 * around them. The box scrolls by itself (no reading of the page's layout on every change), is focusable so
 * that the keyboard scrolls it, and says how many items it holds.
 */
export default function VirtualList({
  items,
  keys,
  renderItem,
  sizeOf,
}: {
  items: Item[];
  /** The number that names each item (stable across views). */
  keys: Int32Array;
  renderItem: (item: Item) => ReactNode;
  /** An item's height before it is measured, by its key. */
  sizeOf: (key: number) => number;
}) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable while the items are: the virtualiser measures every item again (O(n)) when these change.
  const estimateSize = useCallback((i: number) => sizeOf(keys[i] as number), [keys, sizeOf]);
  const getItemKey = useCallback((i: number) => keys[i] as number, [keys]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read during render by design
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 3,
    gap: 12,
    getItemKey,
    // Measurements re-render in the next batch, not synchronously inside the commit that showed a filter change.
    useFlushSync: false,
  });
  return (
    <div
      ref={scrollRef}
      tabIndex={0}
      role="group"
      aria-label={t('timeline.scroll', { count: items.length })}
      className="h-[80vh] overflow-y-auto rounded-lg border [contain:strict] border-slate-200 p-2 dark:border-slate-700"
    >
      <ol className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((v) => (
          <li
            key={v.key}
            data-index={v.index}
            ref={virtualizer.measureElement}
            className="absolute top-0 left-0 w-full"
            style={{ transform: `translateY(${v.start}px)` }}
          >
            {renderItem(items[v.index] as Item)}
          </li>
        ))}
      </ol>
    </div>
  );
}
