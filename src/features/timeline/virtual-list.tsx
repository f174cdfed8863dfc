import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { DatasetIndex } from '../../data/select';
import { itemKey, type Item } from './timeline';

/** A long timeline keeps a bounded number of cards in the DOM: those on screen and a few around them. */
export default function VirtualList({
  items,
  renderItem,
}: {
  items: Item[];
  index: DatasetIndex;
  renderItem: (item: Item) => ReactNode;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The list's distance from the top of the page moves when what is above it changes (notices, chips).
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const top = el.getBoundingClientRect().top + window.scrollY;
    if (Math.abs(top - scrollMargin) > 1) setScrollMargin(top);
  }, [items, scrollMargin]);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (i) => (items[i]?.kind === 'visit' ? 420 : 40),
    overscan: 4,
    scrollMargin,
    gap: 12,
    getItemKey: (i) => itemKey(items[i] as Item),
  });
  return (
    <ol
      ref={listRef}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
      aria-setsize={items.length}
    >
      {virtualizer.getVirtualItems().map((v) => {
        const item = items[v.index] as Item;
        return (
          <li
            key={v.key}
            data-index={v.index}
            ref={virtualizer.measureElement}
            className="absolute top-0 left-0 w-full"
            style={{ transform: `translateY(${v.start - virtualizer.options.scrollMargin}px)` }}
          >
            {renderItem(item)}
          </li>
        );
      })}
    </ol>
  );
}
