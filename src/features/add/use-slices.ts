/**
 * How much of a long list is on the page: the first slice at once, then one more slice a task, in a transition
 * (typing and clicks come first), until all of it is there. Putting thousands of elements on the page in one
 * task holds it for seconds; a slice at a time it stays responsive while the rest arrives.
 *
 * `next(from)` says where the slice that starts at `from` ends. The count starts again from the first slice
 * when `of` changes (another text, another draft), and goes on growing when only `total` does.
 */
import { startTransition, useEffect, useRef, useState } from 'react';

export function useSlices(of: unknown, total: number, next: (from: number) => number): number {
  const nextRef = useRef(next);
  useEffect(() => {
    nextRef.current = next;
  });
  const [progress, setProgress] = useState(() => ({ of, shown: next(0) }));
  const shown = progress.of === of ? progress.shown : next(0);
  useEffect(() => {
    if (shown >= total) return;
    const id = setTimeout(() =>
      startTransition(() => setProgress({ of, shown: Math.max(shown + 1, nextRef.current(shown)) })),
    );
    return () => clearTimeout(id);
  }, [of, shown, total]);
  return Math.min(shown, total);
}
