import { useEffect, useRef, useState } from 'react';

/**
 * Whether a chart should draw: once it has come near the screen (within `margin`), or once the page has been idle
 * for a moment after loading, or before printing (the beforeprint event, or the media turning to print). The first paint does not wait for charts nobody can see yet,
 * and a print (Ctrl+P or a headless `page.pdf()`, which fires no `beforeprint`) always finds them drawn. Where
 * IntersectionObserver is missing (jsdom, old browsers) everything counts as near.
 */
export function useNearViewport<T extends Element>(margin = '400px', idleMs = 1500) {
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
    const idle =
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(draw, { timeout: idleMs * 2 })
        : setTimeout(draw, idleMs);
    window.addEventListener('beforeprint', draw);
    // A headless print (page.pdf()) fires no beforeprint, but it does switch the media to print.
    const print = typeof matchMedia === 'function' ? matchMedia('print') : null;
    print?.addEventListener('change', draw);
    return () => {
      print?.removeEventListener('change', draw);
      observer.disconnect();
      if (typeof cancelIdleCallback === 'function' && typeof idle === 'number') cancelIdleCallback(idle);
      else clearTimeout(idle);
      window.removeEventListener('beforeprint', draw);
    };
  }, [margin, idleMs, near]);
  return [ref, near] as const;
}
