import { useEffect, useRef, useState } from 'react';

/**
 * Whether an element is on screen or near it (within `margin`). Charts draw only then: a filter change made at
 * the top of a long page does not redraw four charts nobody can see; they draw as they come into view. Where
 * IntersectionObserver is missing (jsdom, old browsers) everything counts as near, and printing draws all.
 */
export function useNearViewport<T extends Element>(margin = '400px') {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      rootMargin: margin,
    });
    observer.observe(element);
    const beforePrint = () => setNear(true);
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [margin]);
  return [ref, near] as const;
}
