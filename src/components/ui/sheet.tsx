/**
 * A sheet: a modal dialog that covers a phone's screen, on the browser's own `<dialog>` and `showModal()`, so that
 * focus moves in and stays, Esc closes, the rest of the page is inert, and focus returns to the opener when it
 * closes. A title bar with a close button, a body that scrolls, a footer that stays in view.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function Sheet({
  open,
  onOpenChange,
  afterClose,
  title,
  closeLabel,
  children,
  footer,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Runs right after the page closed the sheet (not after Esc), once focus is back on the opener. */
  afterClose?: () => void;
  title: ReactNode;
  /** The close button's name. */
  closeLabel: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const afterCloseRef = useRef(afterClose);
  useEffect(() => {
    afterCloseRef.current = afterClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      afterCloseRef.current?.();
    }
  }, [open]);
  // Unmounted while open (the screen grew past the phone layout): the page must not stay inert.
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={() => onOpenChange(false)}
      className="fixed inset-0 m-0 ml-auto h-full max-h-none w-full max-w-md flex-col bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 open:flex dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-4 py-3 dark:border-slate-700">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <button
          type="button"
          className="rounded px-2 py-1 text-xl leading-none hover:bg-slate-100 dark:hover:bg-slate-800"
          aria-label={closeLabel}
          onClick={() => onOpenChange(false)}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-4 py-3">{children}</div>
      {footer && <div className="border-t border-slate-200 px-4 py-3 dark:border-slate-700">{footer}</div>}
    </dialog>
  );
}
