import { DatasetLoadError, type LoadProblem } from '../data/load-error';
import { useI18n, type T } from '../i18n/i18n';
import { formatBytes } from '../lib/bytes';

/** Names what is wrong with the dataset (status, where the JSON broke, which paths fail) and offers a retry. */
export function describeLoadError(
  error: unknown,
  t: T,
): { summary: string; issues: string[]; more: string | null } {
  if (!(error instanceof DatasetLoadError)) {
    const reason = error instanceof Error ? error.message : String(error);
    return { summary: t('loading.unexpected', { reason }), issues: [], more: null };
  }
  const p = error.problem;
  if (p.kind === 'schema')
    return {
      summary: t('error.schema', { count: p.count }),
      issues: p.issues.map((i) => `${i.path || t('error.root')}: ${i.message}`),
      more: p.count > p.issues.length ? t('error.more', { count: p.count - p.issues.length }) : null,
    };
  return { summary: problemSummary(p, t), issues: [], more: null };
}

/** What went wrong, in a sentence, where the file is not refused for its content. */
function problemSummary(p: Exclude<LoadProblem, { kind: 'schema' }>, t: T): string {
  switch (p.kind) {
    case 'network':
      return t('error.network', { url: p.url, reason: p.reason });
    case 'timeout':
      return t(p.bytes > 0 ? 'loading.stalled' : 'loading.timeout', {
        url: p.url,
        seconds: p.seconds,
        size: formatBytes(p.bytes),
      });
    case 'cut':
      return t(p.expected === null ? 'loading.cut' : 'loading.cutOf', {
        url: p.url,
        size: formatBytes(p.bytes),
        expected: formatBytes(p.expected ?? 0),
      });
    case 'too-big':
      return t(p.whole ? 'loading.tooBig' : 'loading.tooBigSoFar', {
        url: p.url,
        size: formatBytes(p.bytes),
        limit: formatBytes(p.limit),
      });
    case 'parser':
      return t('loading.parser', { url: p.url, reason: p.reason });
    case 'http':
      return t('error.http', {
        url: p.url,
        status: p.status,
        statusText: p.statusText ? ` ${p.statusText}` : '',
      });
    case 'html':
      return t('error.html', { url: p.url });
    case 'json':
      return t('error.json', { url: p.url, line: p.line, column: p.column, reason: p.reason });
    case 'version':
      return t('error.version', { found: p.found, known: p.known });
  }
}

export function LoadError({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}) {
  const { t } = useI18n();
  const { summary, issues, more } = describeLoadError(error, t);
  return (
    <div
      role="alert"
      className="mx-auto max-w-3xl rounded-lg border border-red-400 bg-red-50 p-4 text-red-950 dark:border-red-500 dark:bg-red-950 dark:text-red-50"
    >
      <p className="font-semibold">{t('error.title')}</p>
      <p className="mt-2 break-words">{summary}</p>
      {issues.length > 0 && (
        <ul className="mt-2 list-disc pl-5 font-mono text-sm">
          {issues.map((issue, i) => (
            <li key={i} className="break-words">
              {issue}
            </li>
          ))}
        </ul>
      )}
      {more && <p className="mt-1 text-sm">{more}</p>}
      <button
        type="button"
        className="mt-3 rounded border border-red-400 bg-white px-3 py-1 font-medium text-red-900 hover:bg-red-100 disabled:opacity-60 dark:bg-red-900 dark:text-red-50"
        onClick={onRetry}
        disabled={retrying}
      >
        {t('app.retry')}
      </button>
    </div>
  );
}
