/**
 * The filters on a phone: a sheet whose footer clears them or closes it onto the results, its button saying how
 * many visits the choices give. Its code loads when it is first opened, not in the first paint.
 */
import { useCallback, useRef, type ComponentProps, type ReactNode } from 'react';
import { Sheet } from '../../components/ui/sheet';

/**
 * After the sheet's "show N visits": the results in view (the status line at the top), and focus on the
 * timeline's heading, so that the next Tab goes into the visits.
 */
function showResults() {
  const heading = document.getElementById('timeline-title');
  const status = document.querySelector<HTMLElement>('main [role="status"]') ?? heading;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  status?.scrollIntoView?.({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
  heading?.focus({ preventScroll: true });
}

export function FilterSheet({
  clear,
  resultsLabel,
  children,
  ...sheet
}: Pick<ComponentProps<typeof Sheet>, 'open' | 'onOpenChange' | 'title' | 'closeLabel'> & {
  /** The button that clears every filter. */
  clear: ReactNode;
  /** "Show N visits": how many visits the choices give. */
  resultsLabel: string;
  children: ReactNode;
}) {
  const then = useRef<(() => void) | null>(null);
  const afterClose = useCallback(() => {
    then.current?.();
    then.current = null;
  }, []);
  return (
    // The sheet's own props (open, title, close button) pass through; the footer is what the filters add.
    <Sheet
      {...sheet}
      afterClose={afterClose}
      footer={
        <div className="flex gap-2">
          {clear}
          <button
            type="button"
            className="flex-1 rounded bg-slate-900 px-3 py-2 text-sm font-semibold text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
            onClick={() => {
              then.current = showResults;
              sheet.onOpenChange(false);
            }}
          >
            {resultsLabel}
          </button>
        </div>
      }
    >
      {children}
    </Sheet>
  );
}
