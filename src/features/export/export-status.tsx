/** What an export is doing or did: progress and success in a polite live region, failure as an alert. */
export type ExportStatus = { kind: 'busy' | 'done' | 'error'; text: string } | null;

export function ExportStatusMessage({ status }: { status: ExportStatus }) {
  return (
    <>
      <p
        aria-live="polite"
        className="basis-full break-all text-xs text-slate-600 empty:hidden dark:text-slate-300"
      >
        {status && status.kind !== 'error' ? status.text : ''}
      </p>
      {status?.kind === 'error' && (
        <p
          role="alert"
          className="basis-full rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100"
        >
          {status.text}
        </p>
      )}
    </>
  );
}
