import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether a chart should draw: while it is near the screen (within `margin`), and while the page prints (the
 * beforeprint event of Ctrl+P, or the media turning to print, which a headless `page.pdf()` does without firing
 * beforeprint). A filter change made at the top of a long page does not redraw charts nobody can see. Where
 * IntersectionObserver is missing (jsdom, old browsers) everything counts as near.
 *
 * Charts that come near together start drawing one per task (`drawInTurn`): a chart's first drawing took 80-90 ms
 * at 100,000 visits when Recharts drew them, and two at once made one task of 180 ms.
 */
export function useNearViewport<T extends Element>(margin = '400px') {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const printing = usePrinting();
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    let cancel: (() => void) | null = null;
    // Follows the screen both ways: a chart scrolled away is not redrawn on every filter change.
    const observer = new IntersectionObserver(
      (entries) => {
        const isNear = entries.some((e) => e.isIntersecting);
        cancel?.();
        cancel = null;
        if (isNear) cancel = drawInTurn(() => setNear(true));
        else setNear(false);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => {
      cancel?.();
      observer.disconnect();
    };
  }, [margin]);
  return [ref, near || printing] as const;
}

/** Charts waiting to start drawing, first come first served. */
const turns: (() => void)[] = [];
let turnTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Runs `start` in a task of its own, after those asked for before it (each in a task of its own too); returns a
 * function that takes it out of the queue if it has not run yet.
 */
export function drawInTurn(start: () => void): () => void {
  turns.push(start);
  if (turnTimer === null) turnTimer = setTimeout(nextTurn, 0);
  return () => {
    const at = turns.indexOf(start);
    if (at >= 0) turns.splice(at, 1);
  };
}

function nextTurn() {
  const start = turns.shift();
  try {
    // The update renders now, in this task, and alone (not batched with the next turn's).
    if (start) flushSync(start);
  } finally {
    // Whatever became of this one, the next ones still get their turn.
    turnTimer = turns.length > 0 ? setTimeout(nextTurn, 0) : null;
  }
}

/**
 * Whether the page is being printed, kept once for the whole page. Ctrl+P lays the page out for paper right after
 * `beforeprint`, so the update is rendered inside that event (flushSync): whatever printing adds to the page
 * (charts far below the screen drawn, every row of a long table) is there when the pages are counted. A render
 * left for later would be laid out after the page count was fixed, and the printout would stop early.
 */
let printingNow = false;
const printingListeners = new Set<() => void>();
let printingWired = false;

function setPrintingNow(next: boolean) {
  if (next === printingNow) return;
  printingNow = next;
  flushSync(() => {
    for (const listener of printingListeners) listener();
  });
}

function wirePrinting() {
  if (printingWired || typeof window === 'undefined') return;
  printingWired = true;
  const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
  printingNow = print?.matches ?? false;
  window.addEventListener('beforeprint', () => setPrintingNow(true));
  window.addEventListener('afterprint', () => setPrintingNow(print?.matches ?? false));
  print?.addEventListener('change', () => setPrintingNow(print.matches));
}

function subscribePrinting(listener: () => void) {
  wirePrinting();
  printingListeners.add(listener);
  return () => {
    printingListeners.delete(listener);
  };
}

/** True while the page is being printed (Ctrl+P, or the media turned to print by a headless `page.pdf()`). */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribePrinting,
    // The event's flag, or the media itself (a page opened or drawn while it prints).
    () => printingNow || (typeof matchMedia === 'function' && matchMedia('print').matches),
    () => false,
  );
}
