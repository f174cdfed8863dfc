/**
 * 我的公告 / My bulletins: the user's saved bulletins with edit and delete (undo for UNDO_MS, also after a
 * reload), 导出全部 (the whole library as one validated dataset JSON) and 导入文件 (one or several dataset files,
 * validated and merged by id, with what was added, replaced, left as it was or refused, and why).
 *
 * Loads the library code (idb, the schema library): render it lazily, after the first paint.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useState } from 'react';
import { Button, buttonClass } from '../../components/ui/button';
import { useDataset } from '../../data/dataset-query';
import {
  deleteBulletin,
  describeProblem,
  describeStorageError,
  downloadJson,
  exportLibrary,
  importFiles,
  persistence,
  undoDelete,
  UNDO_MS,
  type ImportReport,
} from '../../data/library';
import type { Refused } from '../../data/merge';
import { libraryQueryKey, useLibrary } from '../../data/use-combined-dataset';
import { useI18n, type T } from '../../i18n/i18n';
import { textIn } from '../../i18n/text';

export type MyBulletinsProps = {
  /** Opens the add view on a saved bulletin. */
  onEdit: (id: string) => void;
  /** Library bulletins the page could not show (from useCombinedDataset().library.refused). */
  refused?: readonly Refused[];
};

function reportLines(report: ImportReport, t: T): string[] {
  const lines = [
    ...report.files.map((f) =>
      t('library.report.file', { file: f.file, reason: describeProblem(f.problem, t) }),
    ),
    ...report.decisions.map((d) => {
      const title = d.title ?? d.bulletinId ?? '';
      if (d.kind === 'refused')
        return t('library.report.refused', {
          id: d.bulletinId ?? '',
          file: d.file,
          reason: describeProblem(d.problem, t),
        });
      return t(`library.report.${d.kind}`, { title, file: d.file });
    }),
  ];
  return lines.length > 0 ? lines : [t('library.report.none')];
}

export function MyBulletins({ onEdit, refused = [] }: MyBulletinsProps) {
  const { t, lang } = useI18n();
  const headingId = useId();
  const queryClient = useQueryClient();
  const library = useLibrary();
  const bundled = useDataset().data;
  // Whether the browser keeps the library: asked again when the library changes (the prefix is invalidated then).
  const kept = useQuery({
    queryKey: [...libraryQueryKey, 'persistence'],
    queryFn: persistence,
    staleTime: Infinity,
  });
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: libraryQueryKey }),
    [queryClient],
  );

  // A deletion's undo ends after UNDO_MS: read the library again then, so the offer goes.
  const pending = library.data?.pending ?? [];
  const nextExpiry = pending.length > 0 ? Math.min(...pending.map((p) => p.deletedAt)) + UNDO_MS : null;
  useEffect(() => {
    if (nextExpiry === null) return;
    const timer = setTimeout(() => void refresh(), Math.max(0, nextExpiry - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [nextExpiry, refresh]);

  const act = async (run: () => Promise<void>) => {
    setProblem(null);
    setBusy(true);
    try {
      await run();
    } catch (error) {
      setProblem(describeStorageError(error, t));
    } finally {
      setBusy(false);
    }
  };

  const exportAll = () =>
    act(async () => {
      const dataset = await exportLibrary();
      if (!dataset) {
        setMessage(t('library.exportEmpty'));
        return;
      }
      downloadJson(dataset, `my-bulletins-${new Date().toISOString().slice(0, 10)}.json`);
      setMessage(t('library.exported', { count: dataset.bulletins.length }));
    });

  const importChosen = (list: FileList | null) =>
    act(async () => {
      const files = await Promise.all(
        [...(list ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })),
      );
      if (files.length === 0) return;
      const result = await importFiles(files, bundled);
      setReport(reportLines(result, t));
      await refresh();
    });

  const entries = library.data?.entries ?? [];
  const refusedById = new Map(refused.map((r) => [r.bulletinId, r.problem]));

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h2 id={headingId} className="text-xl font-semibold">
        {t('library.title')}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <Button onClick={() => void exportAll()} disabled={busy}>
          {t('library.exportAll')}
        </Button>
        <label
          className={buttonClass('sm', 'cursor-pointer focus-within:outline-2 focus-within:outline-blue-500')}
        >
          {busy ? t('library.importing') : t('library.import')}
          <input
            type="file"
            multiple
            accept="application/json,.json"
            className="sr-only"
            onChange={(e) => {
              const input = e.currentTarget;
              void importChosen(input.files).finally(() => {
                input.value = '';
              });
            }}
          />
        </label>
      </div>
      {library.data?.error ? (
        <p role="alert">{describeStorageError(library.data.error, t)}</p>
      ) : (
        kept.data && (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {kept.data === 'persisted' ? t('library.persisted') : t('library.evictable')}
          </p>
        )
      )}
      {problem && <p role="alert">{problem}</p>}
      <div role="status" className="space-y-1 text-sm">
        {message && <p>{message}</p>}
        {report && (
          <>
            <p className="font-medium">{t('library.report.title')}</p>
            <ul className="list-disc pl-5">
              {report.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {pending.map((p) => (
          <p key={p.id}>
            {t('library.deleted', { title: p.title })}{' '}
            <Button
              size="xs"
              onClick={() => void act(async () => void (await undoDelete(p.id), await refresh()))}
            >
              {t('library.undo')}
            </Button>
          </p>
        ))}
      </div>
      {library.isPending ? (
        <p className="text-sm">{t('library.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t('library.empty')}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 dark:divide-slate-700 dark:border-slate-700">
          {entries.map((entry) => {
            const b = entry.dataset.bulletins[0]!;
            const title = textIn(b.title, lang);
            const notShown = refusedById.get(entry.id);
            return (
              <li key={entry.id} className="flex flex-wrap items-center gap-2 p-2 text-sm">
                <div className="min-w-0 flex-1">
                  <p className="font-medium">
                    <bdi>{title}</bdi>
                  </p>
                  <p className="text-xs text-slate-600 dark:text-slate-300">
                    {t('library.visits', { count: b.visits.length })}
                    {' · '}
                    {t('library.savedAt', {
                      time: new Date(entry.updatedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en'),
                    })}
                    {b.drafted && ` · ${t('library.hasDraft')}`}
                  </p>
                  {notShown && (
                    <p className="text-xs text-red-700 dark:text-red-300">
                      {t('library.notShown', { id: entry.id, reason: describeProblem(notShown, t) })}
                    </p>
                  )}
                </div>
                <Button size="xs" aria-label={t('library.edit', { title })} onClick={() => onEdit(entry.id)}>
                  {t('add.correct')}
                </Button>
                <Button
                  size="xs"
                  aria-label={t('library.delete', { title })}
                  onClick={() => void act(async () => void (await deleteBulletin(entry.id), await refresh()))}
                >
                  {t('add.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {(library.data?.invalid ?? []).map((bad) => (
        <p key={bad.id} className="text-xs text-red-700 dark:text-red-300">
          {t('library.invalidEntry', {
            id: bad.id,
            reason: bad.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
          })}
        </p>
      ))}
    </section>
  );
}

export default MyBulletins;
