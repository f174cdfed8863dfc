import { useEffect, useRef, useState } from 'react';

/**
 * Whether a chart should draw: once it has come near the screen (within `margin`), or before printing (the
 * beforeprint event of Ctrl+P, or the media turning to print, which a headless `page.pdf()` does without firing
 * beforeprint). A filter change made at the top of a long page does not redraw charts nobody can see. Where
 * IntersectionObserver is missing (jsdom, old browsers) everything counts as near.
 */
export function useNearViewport<T extends Element>(margin = '400px') {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element || typeof IntersectionObserver === 'undefined') return;
    const draw = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && draw(), {
      rootMargin: margin,
    });
    observer.observe(element);
    window.addEventListener('beforeprint', draw);
    const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    print?.addEventListener('change', draw);
    return () => {
      print?.removeEventListener('change', draw);
      observer.disconnect();
      window.removeEventListener('beforeprint', draw);
    };
  }, [margin, near]);
  return [ref, near] as const;
}
