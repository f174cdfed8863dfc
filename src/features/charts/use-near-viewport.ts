import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether a chart should draw: while it is near the screen (within `margin`), and while the page prints (the
 * beforeprint event of Ctrl+P, or the media turning to print, which a headless `page.pdf()` does without firing
 * beforeprint). A filter change made at the top of a long page does not redraw charts nobody can see. Where
 * IntersectionObserver is missing (jsdom, old browsers) everything counts as near.
 *
 * Charts that come near together start drawing one per task (`drawInTurn`): a chart's first drawing (Recharts
 * mounts, measures and renders again from its store, all in one task) took 80-90 ms at 100,000 visits, and two at
 * once made one task of 180 ms.
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

/** True while the page is being printed (Ctrl+P, or the media turned to print by a headless `page.pdf()`). */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof matchMedia === 'function' && matchMedia('print').matches,
  );
  useEffect(() => {
    const on = () => setPrinting(true);
    const off = () => setPrinting(typeof matchMedia === 'function' && matchMedia('print').matches);
    const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    print?.addEventListener('change', off);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      print?.removeEventListener('change', off);
    };
  }, []);
  return printing;
}
