/**
 * 我的公告 / My bulletins: the user's saved bulletins with edit and delete (undo for UNDO_MS, also after a
 * reload, never over a newer version), 导出全部 (the whole library as one validated dataset JSON) and 导入文件
 * (one or several dataset files, validated and merged by id, with what was added, replaced, left as it was or
 * refused, and why). A bulletin the library holds in another form is not replaced without asking (replace, keep
 * both, skip), and an import can be undone. What another tab changes shows here at once. Records that do not
 * read are named; the rest is shown and exported.
 *
 * 导入文件 also takes bulletin texts (.txt, .html), many at once: each is drafted in the drafting worker, one
 * after another with a progress line (起草 3/12) and a stop button, into a 待审核 list kept in IndexedDB;
 * 审核 opens one in the add view's review, and saving it there moves it to 我的公告.
 *
 * A record that does not read (a saved bulletin, a deletion in the trash, a draft) is named with the reason, and
 * can be downloaded as it was stored and deleted (asked first), one or all.
 *
 * Loads the library code (idb, the schema library): render it lazily, after the first paint.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Button, buttonClass } from '../../components/ui/button';
import { PageSection } from '../../components/ui/page-section';
import { useDataset } from '../../data/dataset-query';
import {
  addToQueue,
  deleteBulletin,
  describeProblem,
  describeStorageError,
  downloadJson,
  exportLibrary,
  onLibraryChange,
  persistence,
  readDamaged,
  readQueue,
  removeDamaged,
  removeFromQueue,
  undoDelete,
  undoImport,
  UNDO_MS,
  type ImportChoice,
  type ImportPlan,
  type ImportReport,
  type ImportUndo,
} from '../../data/library';
import type { Refused } from '../../data/merge';
import { libraryQueryKey, useLibrary } from '../../data/use-combined-dataset';
import { useI18n, type T } from '../../i18n/i18n';
import { formatBytes } from '../../lib/bytes';
import { openFileReader, type FileReader } from './file-client';
import { isBulletinText, isHtml } from './html-text';
import { textIn } from '../../i18n/text';

export type MyBulletinsProps = {
  /** Opens the add view on a saved bulletin. */
  onEdit: (id: string) => void;
  /** Library bulletins the page could not show (from useCombinedDataset().library.refused). */
  refused?: readonly Refused[];
};

function reportLines(report: ImportReport, t: T): string[] {
  const unchanged = report.decisions.filter((d) => d.kind === 'unchanged').length;
  const lines = [
    ...report.files.map((f) =>
      t('library.report.file', { file: f.file, reason: describeProblem(f.problem, t) }),
    ),
    ...report.decisions.flatMap((d) => {
      const title = d.title ?? d.bulletinId ?? '';
      if (d.kind === 'refused')
        return [
          t('library.report.refused', {
            id: d.bulletinId ?? '',
            file: d.file,
            reason: describeProblem(d.problem, t),
          }),
        ];
      if (d.kind === 'unchanged') return [];
      if (d.kind === 'kept-both')
        return [t('library.report.kept-both', { title, id: d.newId, file: d.file })];
      return [t(`library.report.${d.kind}`, { title, file: d.file })];
    }),
    // Bulletins the library already holds as they are: one line, whatever their number.
    ...(unchanged > 0 ? [t('library.report.allUnchanged', { count: unchanged })] : []),
  ];
  return lines.length > 0 ? lines : [t('library.report.none')];
}

/** An import that waits for the user: what to do with each bulletin the library holds in another form. */
type Asking = {
  plan: ImportPlan;
  differs: { id: string; title: string; file: string }[];
  reader: FileReader;
};

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
  const [asking, setAsking] = useState<Asking | null>(null);
  const [choices, setChoices] = useState<Record<string, ImportChoice>>({});
  const [lastImport, setLastImport] = useState<ImportUndo | null>(null);
  /** Texts being drafted: which one of how many, and how to stop. */
  const [drafting, setDrafting] = useState<{
    n: number;
    total: number;
    file: string;
    stop: AbortController;
    /** While a saved web page is read into text (in the file worker): its size in bytes. */
    reading?: number;
  } | null>(null);
  /** The worker that read the dataset files of the import waiting for the user (it holds what it read). */
  const reader = useRef<FileReader | null>(null);
  useEffect(() => () => reader.current?.close(), []);
  const [queueLines, setQueueLines] = useState<string[]>([]);
  // Leaving the page part stops the drafting under way (its worker goes at once).
  const stopping = useRef<AbortController | null>(null);
  useEffect(() => () => stopping.current?.abort(), []);
  const queue = useQuery({
    queryKey: [...libraryQueryKey, 'queue'],
    queryFn: readQueue,
    staleTime: Infinity,
    retry: false,
  });
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: libraryQueryKey }),
    [queryClient],
  );
  // Another tab saved, deleted or imported: read the library again (the page's data follows).
  useEffect(() => onLibraryChange(() => void refresh()), [refresh]);

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

  /** Imports what the reader read, as chosen; the reader goes when it is done. */
  const finishImport = async (from: FileReader, choices: Record<string, ImportChoice>) => {
    let result: ImportReport;
    try {
      result = await from.apply(choices);
    } finally {
      from.close();
      if (reader.current === from) reader.current = null;
    }
    setAsking(null);
    setReport(reportLines(result, t));
    setLastImport(result.undo);
    await refresh();
  };

  /** Drafts bulletin texts one after another in the drafting worker, into the queue to review. */
  const draftTexts = async (chosen: readonly File[]) => {
    const { draftInWorker, DraftRefusedError, isAbortError } = await import('../../draft/worker-client');
    const stop = new AbortController();
    stopping.current = stop;
    const lines: string[] = [];
    let drafted = 0;
    let htmlReader: FileReader | null = null;
    setQueueLines([]);
    try {
      for (const [i, file] of chosen.entries()) {
        if (stop.signal.aborted) {
          lines.push(t('library.queue.cancelled', { count: chosen.length - i }));
          break;
        }
        setDrafting({
          n: i + 1,
          total: chosen.length,
          file: file.name,
          stop,
          ...(isHtml(file) ? { reading: file.size } : {}),
        });
        try {
          // A saved web page is read into text in the file worker: a large one never holds the page up.
          const text = isHtml(file)
            ? await (htmlReader ??= openFileReader()).html(file, stop.signal)
            : await file.text();
          setDrafting({ n: i + 1, total: chosen.length, file: file.name, stop });
          const result = await draftInWorker(text, {}, { signal: stop.signal });
          if (result.dataset.bulletins[0]!.visits.length === 0) {
            lines.push(t('library.queue.notBulletin', { file: file.name }));
            continue;
          }
          await addToQueue([{ file: file.name, text, result }]);
          drafted++;
          await queue.refetch();
        } catch (error) {
          if (isAbortError(error)) {
            lines.push(t('library.queue.cancelled', { count: chosen.length - i }));
            break;
          }
          if (error instanceof DraftRefusedError)
            lines.push(
              error.refusal.kind === 'blank'
                ? t('library.queue.blank', { file: file.name })
                : t('library.queue.tooLarge', {
                    file: file.name,
                    size: formatBytes(error.refusal.bytes),
                    limit: formatBytes(error.refusal.limit),
                  }),
            );
          else if (error instanceof Error && error.name === 'LibraryError') throw error;
          else
            lines.push(
              t('library.queue.failed', {
                file: file.name,
                reason: error instanceof Error ? error.message : String(error),
              }),
            );
        }
      }
    } finally {
      htmlReader?.close();
      setDrafting(null);
      if (drafted > 0) lines.unshift(t('library.queue.done', { count: drafted }));
      setQueueLines(lines);
    }
  };

  const importChosen = (list: FileList | null) =>
    act(async () => {
      const all = [...(list ?? [])];
      const texts = all.filter(isBulletinText);
      if (texts.length > 0) await draftTexts(texts);
      const files = all.filter((f) => !isBulletinText(f));
      if (files.length === 0) return;
      setMessage(null);
      setReport(null);
      setLastImport(null);
      // Read, parsed, validated and compared with the library in the file worker, which keeps what it read until
      // the user has chosen: a large file never holds the page up.
      reader.current?.close();
      const from = openFileReader();
      reader.current = from;
      let plan: ImportPlan;
      try {
        plan = await from.plan(files, bundled);
      } catch (error) {
        from.close();
        throw error;
      }
      const differs = plan.decisions.flatMap((d) =>
        d.kind === 'differs' ? [{ id: d.bulletinId, title: d.title ?? d.bulletinId, file: d.file }] : [],
      );
      if (differs.length === 0) return finishImport(from, {});
      // A bulletin held in another form: nothing is written before the user says what to do with it.
      setChoices(Object.fromEntries(differs.map((d) => [d.id, 'skip' as ImportChoice])));
      setAsking({ plan, differs, reader: from });
    });

  const undoLastImport = (undo: ImportUndo) =>
    act(async () => {
      const { undone, kept } = await undoImport(undo);
      setLastImport(null);
      setReport(null);
      setMessage(
        [
          t('library.importUndone', { count: undone }),
          ...(kept.length > 0 ? [t('library.importKept', { ids: kept.join('”“') })] : []),
        ].join(' '),
      );
      await refresh();
    });

  const undoDeletion = (id: string, title: string) =>
    act(async () => {
      const result = await undoDelete(id);
      if (result === 'newer') setMessage(t('library.undoNewer', { title }));
      await refresh();
    });

  /** Records that do not read (a saved bulletin, a deletion, a draft): named, offered as a file, deletable. */
  const damaged = library.data?.invalid ?? [];
  type Damaged = (typeof damaged)[number];
  const downloadDamaged = (which: readonly Damaged[]) =>
    act(async () => {
      const records = await readDamaged(which);
      if (records.length === 0) return void (await refresh());
      const one = records.length === 1 ? records[0]! : null;
      downloadJson(
        one ?? records,
        one
          ? `damaged-${one.store}-${one.key.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80)}.json`
          : `damaged-records-${new Date().toISOString().slice(0, 10)}.json`,
      );
    });
  const removeDamagedRecords = (which: readonly Damaged[]) =>
    act(async () => {
      if (!window.confirm(t('library.damaged.confirm', { count: which.length }))) return;
      const removed = await removeDamaged(which);
      setMessage(
        which.length === 1 && removed === 1
          ? t('library.damaged.removed', { id: which[0]!.id })
          : t('library.damaged.removedAll', { count: removed }),
      );
      await refresh();
    });

  /** The two things to do with damaged records, for one (named to a screen reader by its id) or for all. */
  const damagedActions = (
    which: readonly Damaged[],
    download: { text: string; name?: string },
    remove: { text: string; name?: string },
  ) => (
    <>
      <Button size="xs" aria-label={download.name} onClick={() => void downloadDamaged(which)}>
        {download.text}
      </Button>
      <Button
        size="xs"
        aria-label={remove.name}
        disabled={busy}
        onClick={() => void removeDamagedRecords(which)}
      >
        {remove.text}
      </Button>
    </>
  );

  const entries = library.data?.entries ?? [];
  const refusedById = new Map(refused.map((r) => [r.bulletinId, r.problem]));

  return (
    <PageSection title={t('library.title')} className="space-y-3">
      <div className="no-print flex flex-wrap items-center gap-2">
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
            accept="application/json,.json,text/plain,.txt,text/html,.html,.htm"
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
            {lastImport && (
              <Button size="xs" onClick={() => void undoLastImport(lastImport)}>
                {t('library.undoImport')}
              </Button>
            )}
          </>
        )}
        {pending.map((p) => (
          <p key={p.id}>
            {t('library.deleted', { title: p.title })}{' '}
            <Button size="xs" onClick={() => void undoDeletion(p.id, p.title)}>
              {t('library.undo')}
            </Button>
          </p>
        ))}
      </div>
      {(drafting || queueLines.length > 0) && (
        <div role="status" className="space-y-1 text-sm">
          {drafting && (
            <p>
              {drafting.reading === undefined
                ? t('library.queue.progress', { n: drafting.n, total: drafting.total, file: drafting.file })
                : t('library.queue.reading', {
                    n: drafting.n,
                    total: drafting.total,
                    file: drafting.file,
                    size: formatBytes(drafting.reading),
                  })}{' '}
              <Button size="xs" onClick={() => drafting.stop.abort()}>
                {t('library.queue.cancel')}
              </Button>
            </p>
          )}
          {queueLines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
      {(queue.data?.items.length ?? 0) > 0 && (
        <section aria-labelledby={`${headingId}-queue`} className="space-y-1">
          <h3 id={`${headingId}-queue`} className="font-semibold">
            {t('library.queue.title')}
          </h3>
          <p className="text-xs text-slate-600 dark:text-slate-300">{t('library.queue.hint')}</p>
          <ul className="divide-y divide-slate-200 rounded border border-amber-300 dark:divide-slate-700 dark:border-amber-700">
            {queue.data!.items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-center gap-2 p-2 text-sm">
                <div className="min-w-0 flex-1">
                  <p className="font-medium">
                    <bdi>{item.title}</bdi>
                  </p>
                  <p className="text-xs text-slate-600 dark:text-slate-300">
                    {t('library.queue.item', { count: item.visits, file: item.file })}
                  </p>
                </div>
                <Button
                  size="xs"
                  aria-label={t('library.queue.reviewLabel', { title: item.title })}
                  onClick={() => onEdit(`queue:${item.id}`)}
                >
                  {t('library.queue.review')}
                </Button>
                <Button
                  size="xs"
                  aria-label={t('library.queue.removeLabel', { title: item.title })}
                  onClick={() => void act(async () => void (await removeFromQueue(item.id), await refresh()))}
                >
                  {t('library.queue.remove')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(queue.data?.invalid ?? []).map((bad) => (
        <p key={`queue:${bad.id}`} className="text-xs text-red-700 dark:text-red-300">
          {t('library.queue.unreadable', {
            id: bad.id,
            reason: bad.issues.map((i) => `${i.path}: ${i.message}`).join('; '),
          })}
        </p>
      ))}
      {asking && (
        <div
          role="alertdialog"
          aria-label={t('library.ask.title', { count: asking.differs.length })}
          className="space-y-2 rounded border border-amber-400 p-2 text-sm"
        >
          <p className="font-medium">{t('library.ask.title', { count: asking.differs.length })}</p>
          <ul className="space-y-1">
            {asking.differs.map((d) => (
              <li key={d.id}>
                <fieldset className="flex flex-wrap items-center gap-2">
                  <legend className="sr-only">
                    {t('library.ask.item', { title: d.title, file: d.file })}
                  </legend>
                  <span aria-hidden="true">
                    <bdi>{t('library.ask.item', { title: d.title, file: d.file })}</bdi>
                  </span>
                  {(['replace', 'both', 'skip'] as const).map((c) => (
                    <label key={c} className="inline-flex items-center gap-1">
                      <input
                        type="radio"
                        name={`${headingId}-${d.id}`}
                        checked={choices[d.id] === c}
                        onChange={() => setChoices((all) => ({ ...all, [d.id]: c }))}
                      />
                      {t(`library.ask.${c}`)}
                    </label>
                  ))}
                </fieldset>
              </li>
            ))}
          </ul>
          <div className="flex gap-1">
            <Button
              size="xs"
              disabled={busy}
              onClick={() => void act(() => finishImport(asking.reader, choices))}
            >
              {t('library.ask.go')}
            </Button>
            <Button
              size="xs"
              onClick={() => {
                asking.reader.close();
                if (reader.current === asking.reader) reader.current = null;
                setAsking(null);
                setMessage(t('library.ask.cancelled'));
              }}
            >
              {t('library.ask.cancel')}
            </Button>
          </div>
        </div>
      )}
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
                  onClick={() =>
                    void act(async () => {
                      // Only the version shown here: one changed in another tab meanwhile is not deleted unseen.
                      if (!(await deleteBulletin(entry.id, Date.now(), entry.version)))
                        setMessage(t('library.deleteChanged', { title }));
                      await refresh();
                    })
                  }
                >
                  {t('add.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      {damaged.length > 0 && (
        <div className="space-y-1">
          {damaged.map((bad) => (
            <p
              key={`${bad.store ?? 'bulletins'}:${bad.id}`}
              className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-red-700 dark:text-red-300"
            >
              <span className="min-w-0 flex-1 basis-60">
                {t(
                  bad.store === 'trash'
                    ? 'library.invalidTrash'
                    : bad.store === 'draft'
                      ? 'library.invalidDraft'
                      : 'library.invalidEntry',
                  {
                    id: bad.id,
                    reason: bad.issues
                      .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
                      .join('; '),
                  },
                )}
              </span>
              <span className="no-print flex gap-1">
                {damagedActions(
                  [bad],
                  {
                    text: t('library.damaged.downloadShort'),
                    name: t('library.damaged.download', { id: bad.id }),
                  },
                  {
                    text: t('library.damaged.removeShort'),
                    name: t('library.damaged.remove', { id: bad.id }),
                  },
                )}
              </span>
            </p>
          ))}
          {damaged.length > 1 && (
            <p className="no-print flex flex-wrap gap-1">
              {damagedActions(
                damaged,
                { text: t('library.damaged.downloadAll', { count: damaged.length }) },
                { text: t('library.damaged.removeAll', { count: damaged.length }) },
              )}
            </p>
          )}
        </div>
      )}
    </PageSection>
  );
}

export default MyBulletins;
