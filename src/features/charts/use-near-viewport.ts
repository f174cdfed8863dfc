import { useEffect, useRef, useState } from 'react';

/**
 * Whether a chart should draw: while it is near the screen (within `margin`), and while the page prints (the
 * beforeprint event of Ctrl+P, or the media turning to print, which a headless `page.pdf()` does without firing
 * beforeprint). A filter change made at the top of a long page does not redraw charts nobody can see. Where
 * IntersectionObserver is missing (jsdom, old browsers) everything counts as near.
 */
export function useNearViewport<T extends Element>(margin = '400px') {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const printing = usePrinting();
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    // Follows the screen both ways: a chart scrolled away is not redrawn on every filter change.
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      rootMargin: margin,
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [margin]);
  return [ref, near || printing] as const;
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
