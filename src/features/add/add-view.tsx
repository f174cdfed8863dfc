/**
 * 添加公告 / Add bulletin: paste the text, draft it, review the draft beside the text, save it to the library.
 *
 * Loaded only when opened (the page imports it lazily), and the drafting module only when 起草 is pressed.
 * Everything typed is kept in IndexedDB as the user goes (debounced), so a reload loses nothing; if storage
 * fails, the draft stays here in memory and can be downloaded as JSON.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { useDataset } from '../../data/dataset-query';
import {
  clearDraft,
  describeProblem,
  describeStorageError,
  downloadJson,
  emptyFields,
  getEntry,
  loadDraft,
  readLibrary,
  saveBulletin,
  saveDraft,
  type DraftFields,
} from '../../data/library';
import { resolveClashes } from '../../data/merge';
import { datasetSchema, type Dataset, type Evidence } from '../../data/schema';
import { libraryQueryKey } from '../../data/use-combined-dataset';
import type { DraftWarning } from '../../draft';
import { schemaMessage } from '../../i18n/schema-messages';
import { useI18n } from '../../i18n/i18n';
import {
  acceptAll,
  allFacts,
  applyFields,
  evidenceRange,
  factKey,
  factsOf,
  fieldsOf,
  fillFields,
  getFact,
  issueCount,
  placeIssues,
  toIsoOffset,
  type FieldName,
} from './draft-edit';
import { FactCard } from './fact-card';
import { SourceText, type Highlight } from './source-text';

const AUTOSAVE_MS = 400;
const inputClass =
  'w-full rounded border border-slate-300 bg-white px-2 py-1 aria-invalid:border-red-500 dark:border-slate-600 dark:bg-slate-900';

/** Fetches a gazetteer chunk of public/gazetteer (relative to the page, which may live in a sub-folder). */
async function loadChunk(key: string): Promise<unknown> {
  const response = await fetch(`gazetteer/${encodeURIComponent(key)}.json`);
  if (!response.ok) throw new Error(`gazetteer/${key}.json: HTTP ${response.status}`);
  return response.json();
}

export type AddBulletinViewProps = {
  /** "new", or the id of a library bulletin to edit. */
  target: string;
  onClose: () => void;
  /** Called after a save, with the saved bulletin's id. */
  onSaved?: (id: string) => void;
};

export function AddBulletinView({ target, onClose, onSaved }: AddBulletinViewProps) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const bundled = useDataset().data;
  const headingId = useId();
  const [loaded, setLoaded] = useState(false);
  const [text, setText] = useState('');
  const [fields, setFields] = useState<DraftFields>(emptyFields);
  const [draft, setDraft] = useState<Dataset | null>(null);
  const [warnings, setWarnings] = useState<DraftWarning[]>([]);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [storageError, setStorageError] = useState<string | null>(null);
  const [drafting, setDrafting] = useState(false);
  const [draftError, setDraftError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [selection, setSelection] = useState<Evidence | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  // Restore: the draft in progress for this target, else the library bulletin being edited.
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const record = await loadDraft();
        if (!live) return;
        if (record && record.target === target) {
          setText(record.text);
          setFields(record.fields);
          setDraft(record.draft);
          setRestoredAt(record.updatedAt);
        } else if (target !== 'new') {
          const entry = await getEntry(target);
          if (!live) return;
          if (entry) {
            setText(entry.dataset.bulletins[0]!.paragraphs.join('\n'));
            setFields(fieldsOf(entry.dataset));
            setDraft(entry.dataset);
          } else setMissing(true);
        }
      } catch (error) {
        if (live) setStorageError(describeStorageError(error, t));
      } finally {
        if (live) setLoaded(true);
      }
    })();
    return () => {
      live = false;
    };
    // t changes with the language; the restore runs once per target.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target]);

  // Autosave, debounced; a failure keeps everything here and offers a download.
  const record = useMemo(() => ({ target, text, fields, draft }), [target, text, fields, draft]);
  useEffect(() => {
    if (!loaded) return;
    const timer = setTimeout(() => {
      saveDraft(record).then(
        () => setStorageError(null),
        (error: unknown) => setStorageError(describeStorageError(error, t)),
      );
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [record, loaded, t]);

  const runDraft = async () => {
    setDrafting(true);
    setDraftError(null);
    try {
      const { draftBulletin } = await import('../../draft');
      const options = {
        ...(fields.title ? { title: fields.title } : {}),
        ...(fields.publisher ? { publisher: fields.publisher } : {}),
        ...(toIsoOffset(fields.publishedAt) ? { publishedAt: toIsoOffset(fields.publishedAt)! } : {}),
        ...(fields.sourceUrl ? { sourceUrl: fields.sourceUrl } : {}),
      };
      // Without the gazetteer (offline), places are drafted without their division codes.
      const result = await draftBulletin(text, { ...options, loadChunk }).catch(() =>
        draftBulletin(text, options),
      );
      setDraft(result.dataset);
      setWarnings(result.warnings);
      setFields((f) => fillFields(f, result.meta));
      setSelection(null);
    } catch (error) {
      setDraftError(t('add.draftFailed', { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setDrafting(false);
    }
  };

  const candidate = useMemo(() => (draft ? applyFields(draft, fields) : null), [draft, fields]);
  const placed = useMemo(() => {
    if (!candidate) return null;
    const result = datasetSchema.safeParse(candidate);
    return placeIssues(candidate, result.success ? [] : result.error.issues);
  }, [candidate]);
  const problems = placed ? issueCount(placed) : 0;

  const save = async () => {
    if (!candidate) return;
    setSaving(true);
    setSaveError(null);
    try {
      const { entries } = await readLibrary();
      const others = entries.filter((e) => e.id !== target).map((e) => e.dataset);
      const ready = target === 'new' ? resolveClashes(candidate, others, bundled) : candidate;
      const result = await saveBulletin(ready, bundled);
      if (!result.ok) {
        setSaveError(t('add.refused', { reason: describeProblem(result.problem, t) }));
        return;
      }
      await clearDraft().catch(() => undefined);
      await queryClient.invalidateQueries({ queryKey: libraryQueryKey });
      onSaved?.(result.entry.id);
      onClose();
    } catch (error) {
      setSaveError(describeStorageError(error, t));
    } finally {
      setSaving(false);
    }
  };

  const discardDraft = () => {
    if (!window.confirm(t('add.confirmEditText'))) return;
    setDraft(null);
    setWarnings([]);
    setSelection(null);
  };

  const bulletin = draft?.bulletins[0];
  const highlights = useMemo<Highlight[]>(() => {
    if (!draft || !bulletin) return [];
    return allFacts(draft).flatMap((ref) => {
      const fact = getFact(draft, ref);
      if (!fact) return [];
      const range = evidenceRange(bulletin.paragraphs[fact.evidence.paragraph], fact.evidence);
      return range
        ? [
            {
              key: factKey(ref),
              paragraph: fact.evidence.paragraph,
              ...range,
              drafted: fact.drafted === true,
            },
          ]
        : [];
    });
  }, [draft, bulletin]);

  const pickFact = useCallback((key: string) => {
    setActive(key);
    document.querySelector(`li[data-fact="${key}"]`)?.scrollIntoView({ block: 'nearest' });
  }, []);

  const fieldError = (name: FieldName) => placed?.fields[name]?.map((m) => schemaMessage(m, t));
  const title = target === 'new' ? t('add.title') : t('add.editing', { title: fields.title || target });

  return (
    <section
      aria-labelledby={headingId}
      className="no-print space-y-4 rounded-lg border border-slate-300 bg-white p-4 shadow dark:border-slate-600 dark:bg-slate-950"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
          {title}
        </h2>
        <Button onClick={onClose}>{t('add.close')}</Button>
      </div>
      {missing && <p role="alert">{t('add.missingEntry', { id: target })}</p>}
      {restoredAt && (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {t('add.restored', { time: new Date(restoredAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}
        </p>
      )}
      {storageError ? (
        <div role="alert" className="rounded border border-red-400 p-2 text-sm">
          {t('add.storageFailed', { message: storageError })}{' '}
          <Button size="xs" onClick={() => downloadJson(record, 'bulletin-draft.json')}>
            {t('add.downloadDraft')}
          </Button>
        </div>
      ) : (
        <p className="text-xs text-slate-600 dark:text-slate-400">{t('add.autosaved')}</p>
      )}

      <div className="grid gap-4 lg:grid-cols-2">
        <div className="min-w-0 space-y-3">
          <div className="grid gap-2 sm:grid-cols-2">
            <TextField
              label={t('add.field.title')}
              value={fields.title}
              errors={fieldError('title')}
              onChange={(v) => setFields({ ...fields, title: v })}
            />
            <TextField
              label={t('add.field.titleEn')}
              value={fields.titleEn}
              onChange={(v) => setFields({ ...fields, titleEn: v })}
            />
            <TextField
              label={t('add.field.publisher')}
              value={fields.publisher}
              errors={fieldError('publisher')}
              onChange={(v) => setFields({ ...fields, publisher: v })}
            />
            <TextField
              label={t('add.field.publisherEn')}
              value={fields.publisherEn}
              onChange={(v) => setFields({ ...fields, publisherEn: v })}
            />
            <TextField
              label={t('add.field.publishedAt')}
              type="datetime-local"
              value={fields.publishedAt}
              errors={fieldError('publishedAt')}
              onChange={(v) => setFields({ ...fields, publishedAt: v })}
            />
            <TextField
              label={t('add.field.sourceUrl')}
              type="url"
              value={fields.sourceUrl}
              errors={fieldError('sourceUrl')}
              onChange={(v) => setFields({ ...fields, sourceUrl: v })}
            />
          </div>
          {draft && bulletin ? (
            <>
              <SourceText
                label={t('add.source')}
                paragraphs={bulletin.paragraphs}
                highlights={highlights}
                active={active}
                onSelect={setSelection}
                onPick={pickFact}
              />
              <p className="text-sm" aria-live="polite">
                {selection
                  ? t('add.selection', { paragraph: selection.paragraph + 1, quote: selection.quote })
                  : t('add.noSelection')}
              </p>
              <p className="text-xs text-slate-600 dark:text-slate-400">{t('add.selectHint')}</p>
              <Button onClick={discardDraft}>{t('add.editText')}</Button>
            </>
          ) : (
            <TextField
              label={t('add.text')}
              multiline
              value={text}
              hint={t('add.textHint')}
              errors={fieldError('text')}
              onChange={setText}
            />
          )}
          {!draft && (
            <Button
              size="md"
              disabled={!loaded || drafting || text.trim() === ''}
              aria-disabled={drafting || undefined}
              onClick={() => void runDraft()}
            >
              {drafting ? t('add.drafting') : t('add.draft')}
            </Button>
          )}
          {draftError && <p role="alert">{draftError}</p>}
        </div>

        <div className="min-w-0 space-y-3">
          {draft && bulletin && (
            <>
              <p className="text-sm">{t('add.visitsCount', { count: bulletin.visits.length })}</p>
              {bulletin.visits.length === 0 && <p role="note">{t('add.noVisit')}</p>}
              <p className="text-xs text-slate-600 dark:text-slate-400">{t('add.untranslated')}</p>
              {warnings.length > 0 && (
                <details className="text-sm">
                  <summary>{t('add.warnings')}</summary>
                  <ul className="list-disc pl-5">
                    {warnings.map((w, i) => (
                      <li key={i}>{w.message[lang]}</li>
                    ))}
                  </ul>
                </details>
              )}
              <Button size="xs" onClick={() => setDraft(acceptAll(draft))}>
                {t('add.acceptAll')}
              </Button>
              {bulletin.visits.map((visit, vi) => (
                <section
                  key={`${visit.id}-${vi}`}
                  aria-label={t('add.visit', { n: vi + 1, headline: visit.headline.zh })}
                >
                  <h3 className="font-medium">
                    {t('add.visit', { n: vi + 1, headline: visit.headline.zh })}
                  </h3>
                  <ul className="mt-1 space-y-2">
                    {factsOf(visit, vi).map((ref) => (
                      <FactCard
                        key={factKey(ref)}
                        draft={draft}
                        fact={ref}
                        problems={placed?.facts.get(factKey(ref)) ?? []}
                        selection={selection}
                        active={active === factKey(ref)}
                        onChange={setDraft}
                        onFocus={() => setActive(factKey(ref))}
                      />
                    ))}
                  </ul>
                </section>
              ))}
              {placed && placed.other.length > 0 && (
                <div className="text-sm text-red-700 dark:text-red-300">
                  <p>{t('add.otherIssues')}</p>
                  <ul className="list-disc pl-5">
                    {placed.other.map((o, i) => (
                      <li key={i}>{o}</li>
                    ))}
                  </ul>
                </div>
              )}
            </>
          )}
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3 dark:border-slate-700">
        <Button size="md" disabled={!candidate || problems > 0 || saving} onClick={() => void save()}>
          {saving ? t('add.saving') : t('add.save')}
        </Button>
        <p role="status" className="text-sm">
          {!candidate ? t('add.needDraft') : problems > 0 ? t('add.invalid', { count: problems }) : ''}
        </p>
        {saveError && <p role="alert">{saveError}</p>}
      </div>
    </section>
  );
}

export default AddBulletinView;

function TextField({
  label,
  value,
  onChange,
  errors,
  hint,
  type = 'text',
  multiline = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[] | undefined;
  hint?: string;
  type?: string;
  multiline?: boolean;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', errors?.length ? `${id}-errors` : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value,
    className: inputClass,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': described || undefined,
  };
  let input: ReactNode;
  if (multiline) input = <textarea {...common} rows={14} onChange={(e) => onChange(e.target.value)} />;
  else input = <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />;
  return (
    <div className={multiline ? 'space-y-1 sm:col-span-2' : 'space-y-1'}>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {input}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      )}
      {errors && errors.length > 0 && (
        <p id={`${id}-errors`} className="text-xs text-red-700 dark:text-red-300">
          {errors.join('; ')}
        </p>
      )}
    </div>
  );
}
