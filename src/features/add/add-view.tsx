/**
 * 添加公告 / Add bulletin: paste the text, draft it, review the draft beside the text, save it to the library.
 *
 * Loaded only when opened (the page imports it lazily); 起草 drafts in a worker (draft/worker-client.ts), with
 * its step shown and a 取消 that stops it; a blank text or one over the limit is refused, the text kept.
 * Everything typed is kept in IndexedDB as the user goes (debounced, and at once when the page is hidden or
 * unloaded), so a reload loses nothing (the draft's warnings included); if storage fails, the draft stays here in
 * memory and can be downloaded as JSON. Each tab has a draft of its own; a save that finds a newer version saved
 * in another tab asks which to keep.
 *
 * The review is keyboard first: words selected in the text (mouse, Shift+arrows, or the find box) become a fact
 * through the 添加为 toolbar; j/k go from fact to fact, Enter confirms, Delete deletes, Ctrl+Z and Ctrl+Shift+Z
 * undo and redo every edit. The text stays beside the fact under review; on a phone text and facts are tabs.
 */
import { useQueryClient } from '@tanstack/react-query';
import {
  startTransition,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/text-field';
import { useDataset } from '../../data/dataset-query';
import {
  clearDraft,
  describeProblem,
  flushDraft,
  otherDrafts,
  takeDraft,
  describeStorageError,
  downloadJson,
  emptyFields,
  getEntry,
  getQueueItem,
  loadDraft,
  readLibrary,
  removeFromQueue,
  saveBulletin,
  saveDraft,
  type DraftFields,
  type DraftRecord,
  type OtherDraft,
} from '../../data/library';
import { resolveClashes } from '../../data/merge';
import { datasetSchema, type Dataset, type Evidence } from '../../data/schema';
import { libraryQueryKey } from '../../data/use-combined-dataset';
import type { DraftWarning } from '../../draft';
import { schemaMessage } from '../../i18n/schema-messages';
import { useI18n } from '../../i18n/i18n';
import {
  addRemark,
  addVisit,
  disagreements,
  fillYears,
  plainNaming,
  type Naming,
  type SelectionProblem,
} from './add-fact';
import {
  acceptAll,
  acceptFact,
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
  removeFact,
  toIsoOffset,
  type FactRef,
  type FieldName,
} from './draft-edit';
import { FactCard } from './fact-card';
import { FindInText } from './find-in-text';
import { DraftStatus } from './draft-status';
import { useDrafting } from './use-drafting';
import { useSlices } from './use-slices';
import { isBlankText, MAX_DRAFT_BYTES } from '../../draft/worker-client';
import { shorten } from '../../lib/graphemes';
import { formatBytes } from '../../lib/bytes';
import { touch } from './form-parts';
import { AddForm, SelectionToolbar, addKinds, type AddKind } from './selection-toolbar';
import { SourceText, type Highlight, type SelectionResult, type SourceTextHandle } from './source-text';
import { useDraftHistory } from './use-history';
import {
  CorruptDrafts,
  OtherDrafts,
  SaveConflict,
  type ConflictChoice,
  type SaveConflictFound,
} from './draft-notices';

/** The draft in progress as kept, with the drafting module's warnings (they stay with the draft). */
type ReviewRecord = DraftRecord & { warnings?: DraftWarning[] };

const AUTOSAVE_MS = 400;
/** Fact cards put on the page in one task (about 1,800 elements) when a draft holds more. */
const FACTS_PER_SLICE = 100;
/** A target of this form is a text drafted from an imported file, waiting in the library's queue. */
const QUEUE = 'queue:';
/** A title or id shown in the heading and notices is cut to this many characters (graphemes). */
const TITLE_SHOWN = 60;
/** The bulletin's fields above its text, in order, with their input types. */
const bulletinFields: readonly { name: keyof DraftFields; type?: string }[] = [
  { name: 'title' },
  { name: 'titleEn' },
  { name: 'publisher' },
  { name: 'publisherEn' },
  { name: 'publishedAt', type: 'datetime-local' },
  { name: 'sourceUrl', type: 'url' },
];

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
  const history = useDraftHistory();
  const { draft, commit, reset: setDraft } = history;
  const [warnings, setWarnings] = useState<DraftWarning[]>([]);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [storageError, setStorageError] = useState<string | null>(null);
  /** The library version the edit started from (null: a new bulletin); another version found on save asks. */
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const [conflict, setConflict] = useState<SaveConflictFound | null>(null);
  const [corrupt, setCorrupt] = useState<{ key: string; value: unknown }[]>([]);
  const [others, setOthers] = useState<OtherDraft[]>([]);
  const drafting = useDrafting();
  const draftRunning = drafting.state.kind === 'running';
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [selection, setSelection] = useState<Evidence | null>(null);
  /** Words selected by keyboard or found: drawn as selected by the text itself. */
  const [marked, setMarked] = useState<Evidence | null>(null);
  const [refused, setRefused] = useState<SelectionProblem | null>(null);
  /** What the last 添加为 did, said where the selection was. */
  const [notice, setNotice] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [adding, setAdding] = useState<Exclude<AddKind, 'visit' | 'remark'> | null>(null);
  const [targetChoice, setTargetChoice] = useState<number | null>(null);
  const [tab, setTab] = useState<'text' | 'facts'>('text');
  const [confirmSave, setConfirmSave] = useState(false);
  const [naming, setNaming] = useState<Naming>(plainNaming);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sourceRef = useRef<SourceTextHandle>(null);
  const findRef = useRef<HTMLInputElement>(null);
  const keysId = useId();

  useEffect(() => headingRef.current?.focus(), []);

  /** A kept review taken up again (this tab's, after a reload, or one a closed tab left): all of it as it was. */
  const resume = (record: ReviewRecord) => {
    setText(record.text);
    setFields(record.fields);
    setDraft(record.draft);
    setWarnings(record.warnings ?? []);
    setRestoredAt(record.updatedAt);
    setBaseVersion(record.baseVersion ?? null);
  };

  // Restore: the draft in progress for this target, else the library bulletin being edited.
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const loaded = await loadDraft(target);
        const record = loaded.record as ReviewRecord | undefined;
        if (!live) return;
        setCorrupt(loaded.corrupt);
        if (record && record.target === target) resume(record);
        else if (target.startsWith(QUEUE)) {
          // A text drafted from an imported file: its review starts as after 起草.
          const item = await getQueueItem(target.slice(QUEUE.length));
          if (!live) return;
          if (item) {
            const filled = fillFields(emptyFields, item.result.meta);
            setText(item.text);
            setFields(filled);
            setDraft(fillYears(item.result.dataset, toIsoOffset(filled.publishedAt)));
            setWarnings(item.result.warnings as DraftWarning[]);
          } else setMissing(true);
        } else if (target !== 'new') {
          const entry = await getEntry(target);
          if (!live) return;
          if (entry) {
            setText(entry.dataset.bulletins[0]!.paragraphs.join('\n'));
            setFields(fieldsOf(entry.dataset));
            setDraft(entry.dataset);
            setBaseVersion(entry.version);
          } else setMissing(true);
        }
        // A new tab starts empty (or on the bulletin); what closed tabs left for it is offered, not taken.
        if (!(record && record.target === target)) {
          const left = await otherDrafts(target).catch(() => []);
          if (live) setOthers(left);
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
  const record = useMemo(
    () => ({ target, text, fields, draft, warnings, ...(baseVersion !== null ? { baseVersion } : {}) }),
    [target, text, fields, draft, warnings, baseVersion],
  );
  // What is typed but not yet written, written at once when the page is hidden or unloaded (a reload, a closed
  // tab, a phone switching apps): every keystroke is kept, not only those before the last debounce.
  const unsaved = useRef<typeof record | null>(null);
  useEffect(() => {
    if (!loaded) return;
    unsaved.current = record;
    const timer = setTimeout(() => {
      // (Still unsaved until IndexedDB has it: a reload while the write is under way, which the unload can cut
      // short, flushes the record again.)
      saveDraft(record).then(
        () => {
          if (unsaved.current === record) unsaved.current = null;
          setStorageError(null);
        },
        (error: unknown) => setStorageError(describeStorageError(error, t)),
      );
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [record, loaded, t]);
  useEffect(() => {
    const flush = () => {
      if (unsaved.current) flushDraft(unsaved.current);
      unsaved.current = null;
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      // The view closed (关闭, another target): what was typed last is kept too (the page stays, so
      // IndexedDB has the time it needs).
      if (unsaved.current) void saveDraft(unsaved.current).catch(() => undefined);
      unsaved.current = null;
    };
  }, []);
  const takeOther = (key: string) =>
    void takeDraft(key).then(
      (taken) => {
        setOthers((list) => list.filter((d) => d.key !== key));
        if (!taken) return;
        resume(taken as ReviewRecord);
      },
      (error: unknown) => setStorageError(describeStorageError(error, t)),
    );

  // New people and places get pinyin ids as the drafting module makes them (it loads with the draft).
  const hasDraft = draft !== null;
  useEffect(() => {
    if (!hasDraft) return;
    let live = true;
    import('../../draft/ids').then(
      (ids) => live && setNaming({ slug: ids.slug, personName: ids.personName }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [hasDraft]);

  const focusText = useRef(false);
  useEffect(() => {
    if (draft && focusText.current) {
      focusText.current = false;
      sourceRef.current?.focus();
    }
  }, [draft]);

  const runDraft = async () => {
    const options = {
      ...(fields.title ? { title: fields.title } : {}),
      ...(fields.publisher ? { publisher: fields.publisher } : {}),
      ...(toIsoOffset(fields.publishedAt) ? { publishedAt: toIsoOffset(fields.publishedAt)! } : {}),
      ...(fields.sourceUrl ? { sourceUrl: fields.sourceUrl } : {}),
    };
    // In a worker; without the place lists (offline), places are drafted without their division codes.
    const result = await drafting.run(text, options);
    if (!result) return; // refused, failed or cancelled: DraftStatus says which, the text is as it was
    const filled = fillFields(fields, result.meta);
    // The review of a long text is rendered in slices (a transition), so the page stays responsive meanwhile.
    startTransition(() => {
      setDraft(fillYears(result.dataset, toIsoOffset(filled.publishedAt)));
      setWarnings(result.warnings);
      setFields(filled);
      setSelection(null);
      setMarked(null);
    });
    // The review starts in the text (the 起草 button is gone).
    focusText.current = true;
  };
  const blankText = isBlankText(text);
  const clearDrafting = drafting.clear;
  // Stable, so that the text box (memoised) is not rendered again while drafting: reading back the value of a
  // text box holding 1.5 MB, as React does on each render, takes the page 150 ms.
  const onTextChange = useCallback(
    (value: string) => {
      setText(value);
      clearDrafting();
    },
    [clearDrafting],
  );

  const candidate = useMemo(() => (draft ? applyFields(draft, fields) : null), [draft, fields]);
  const placed = useMemo(() => {
    if (!candidate) return null;
    const result = datasetSchema.safeParse(candidate);
    return placeIssues(candidate, result.success ? [] : result.error.issues);
  }, [candidate]);
  const problems = placed ? issueCount(placed) : 0;

  const mismatches = useMemo(() => (draft ? disagreements(draft) : []), [draft]);
  const askRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmSave) askRef.current?.focus();
  }, [confirmSave]);
  const save = async (checked = false, choice?: ConflictChoice) => {
    if (!candidate) return;
    if (!checked && mismatches.length > 0) {
      setConfirmSave(true);
      return;
    }
    setConfirmSave(false);
    setSaving(true);
    setSaveError(null);
    try {
      setConflict(null);
      if (choice === 'theirs') {
        // The other version (or the deletion) stays; this edit goes.
        unsaved.current = null;
        await clearDraft(target).catch(() => undefined);
        onClose();
        return;
      }
      const { entries } = await readLibrary();
      const copy = target === 'new' || target.startsWith(QUEUE) || choice === 'both';
      const others = entries.filter((e) => copy || e.id !== target).map((e) => e.dataset);
      const ready = copy ? resolveClashes(candidate, others, bundled) : candidate;
      // An edit saves over the version it started from only; a new bulletin over nothing; "keep mine" over any.
      const expected = choice === 'mine' ? undefined : copy ? null : (baseVersion ?? undefined);
      const result = await saveBulletin(ready, bundled, expected);
      if (!result.ok) {
        if ('theirs' in result) setConflict({ kind: 'newer', theirs: result.theirs });
        // Deleted in another tab since the edit began: asked, never brought back unasked.
        else if ('gone' in result)
          setConflict({
            kind: 'deleted',
            // The title of the version deleted, where the trash still has it; else the one being saved.
            title: result.gone.title ?? ready.bulletins[0]?.title.zh ?? target,
            deletedAt: result.gone.deletedAt,
          });
        else setSaveError(t('add.refused', { reason: describeProblem(result.problem, t) }));
        return;
      }
      // Saved: nothing is left to keep as a draft when the view closes.
      unsaved.current = null;
      await clearDraft(target).catch(() => undefined);
      // Reviewed and saved: out of the queue, into the library.
      if (target.startsWith(QUEUE)) await removeFromQueue(target.slice(QUEUE.length)).catch(() => undefined);
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
    setMarked(null);
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

  const facts = useMemo(() => (draft ? allFacts(draft) : []), [draft]);
  const activeRef = facts.find((r) => factKey(r) === active) ?? null;
  // A draft of thousands of facts goes onto the page a slice at a time (one task each), the fact under review
  // always among them; a new draft starts again from the first slice, an edit keeps what is shown.
  const shownFacts = useSlices(bulletin?.paragraphs ?? null, facts.length, (from) => from + FACTS_PER_SLICE);
  const factLimit = Math.max(shownFacts, activeRef ? facts.indexOf(activeRef) + 1 : 0);
  const visitStarts = useMemo(() => factStarts(bulletin?.visits ?? []), [bulletin]);
  const visitCount = bulletin?.visits.length ?? 0;
  /** The visit under review: chosen in 加到, else the one of the fact in review, else the first. */
  const reviewed = Math.min(targetChoice ?? activeRef?.visit ?? 0, Math.max(0, visitCount - 1));

  const focusFact = useCallback((key: string) => {
    setActive(key);
    setTargetChoice(null);
    setTab('facts');
    // After the render that shows it.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[role="group"][data-fact="${CSS.escape(key)}"]`)?.focus(),
    );
  }, []);
  const pickFact = useCallback((key: string) => {
    setActive(key);
    setTargetChoice(null);
    document
      .querySelector(`[role="group"][data-fact="${CSS.escape(key)}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const onSelect = useCallback((result: SelectionResult, via: 'mouse' | 'keys') => {
    if ('problem' in result) {
      setRefused(result.problem);
      setSelection(null);
      if (via === 'keys') setMarked(null);
      return;
    }
    setRefused(null);
    setNotice(null);
    setSelection(result.evidence);
    setMarked(via === 'keys' ? result.evidence : null);
  }, []);

  /** An edit of the draft (undoable); `focus` is the fact to review next. */
  const change = useCallback(
    (next: Dataset, focus?: FactRef, typing?: string) => {
      commit(next, typing);
      if (focus) {
        setTargetChoice(null);
        setActive(factKey(focus));
      }
    },
    [commit],
  );

  const added = (next: Dataset, ref: FactRef, newVisit = false) => {
    change(next, ref);
    setNotice(
      t(newVisit ? 'add.addedVisit' : 'add.added', {
        quote: selection?.quote ?? '',
        n: ref.visit + 1,
      }),
    );
    setAdding(null);
    setSelection(null);
    setMarked(null);
    document.getSelection()?.removeAllRanges();
    sourceRef.current?.focus();
  };

  const choose = (kind: AddKind) => {
    if (!draft || !selection) return;
    if (kind === 'visit') {
      const { draft: next, ref } = addVisit(draft, selection, visitCount ? reviewed : null, naming);
      added(next, ref, true);
    } else if (kind === 'remark') {
      if (visitCount === 0) return;
      const { draft: next, ref } = addRemark(draft, reviewed, selection);
      added(next, ref);
    } else if (visitCount > 0) setAdding(kind);
  };

  const setPublishedAt = (value: string) => {
    setFields({ ...fields, publishedAt: value });
    // The publication time gives its year to dates written without one.
    const iso = toIsoOffset(value);
    if (draft && iso && /^\d{4}-/.test(iso)) {
      const next = fillYears(draft, iso);
      if (next !== draft) commit(next);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!draft) return;
    const el = e.target as HTMLElement;
    const typing = el.closest('input, textarea, select, [contenteditable="true"]') !== null;
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
      e.preventDefault();
      if (candidate && problems === 0 && !saving) void save();
      return;
    }
    if (ctrl && !e.altKey && (e.key === 'z' || e.key === 'Z' || e.key === 'y')) {
      if (typing) return;
      e.preventDefault();
      if (e.key === 'y' || e.shiftKey) history.redo();
      else history.undo();
      return;
    }
    if (typing || ctrl || e.altKey || adding) return;
    const onButton = el.closest('button, a, summary') !== null;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const at = activeRef ? facts.findIndex((r) => factKey(r) === factKey(activeRef)) : -1;
    if (e.key === '/') {
      e.preventDefault();
      setTab('text');
      // What was looked for last is selected: typing replaces it.
      findRef.current?.focus();
      findRef.current?.select();
    } else if (selection && !e.shiftKey && addKinds.some((k) => k.key === key)) {
      e.preventDefault();
      choose(addKinds.find((k) => k.key === key)!.kind);
    } else if (key === 'j' || key === 'k') {
      e.preventDefault();
      if (facts.length === 0) return;
      if (e.shiftKey) {
        // The next or previous visit.
        const visits = facts.filter((r) => r.kind === 'visit');
        const here = activeRef?.visit ?? (key === 'j' ? -1 : visitCount);
        const to = key === 'j' ? visits.find((r) => r.visit > here) : visits.findLast((r) => r.visit < here);
        if (to) focusFact(factKey(to));
        return;
      }
      const next = key === 'j' ? Math.min(facts.length - 1, at + 1) : Math.max(0, at < 0 ? 0 : at - 1);
      focusFact(factKey(facts[next]!));
    } else if (e.key === 'Enter' && !onButton && activeRef) {
      e.preventDefault();
      change(acceptFact(draft, activeRef));
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && activeRef) {
      e.preventDefault();
      const next = removeFact(draft, activeRef);
      commit(next);
      const rest = allFacts(next);
      const follow = rest[Math.min(at, rest.length - 1)];
      if (follow) focusFact(factKey(follow));
      else setActive(null);
    } else if (key === 'e' && selection && activeRef) {
      e.preventDefault();
      document
        .querySelector<HTMLElement>(`[role="group"][data-fact="${CSS.escape(factKey(activeRef))}"]`)
        ?.querySelector<HTMLButtonElement>('button[data-set-evidence]')
        ?.click();
    }
  };

  // Keys pressed while nothing has focus (after a fact is deleted, say) reach the review too.
  const keyHandler = useRef(onKeyDown);
  useEffect(() => {
    keyHandler.current = onKeyDown;
  });
  useEffect(() => {
    const listen = (e: globalThis.KeyboardEvent) => {
      if (e.target === document.body && !e.defaultPrevented)
        keyHandler.current(e as unknown as KeyboardEvent<HTMLElement>);
    };
    document.addEventListener('keydown', listen);
    return () => document.removeEventListener('keydown', listen);
  }, []);

  const fieldError = (name: FieldName) => placed?.fields[name]?.map((m) => schemaMessage(m, t));
  const title =
    target === 'new'
      ? t('add.title')
      : t('add.editing', { title: shorten(fields.title || target, TITLE_SHOWN) });
  const selectionLine = refused
    ? t(`add.refuse.${refused}`)
    : selection
      ? t('add.selection', { paragraph: selection.paragraph + 1, quote: selection.quote })
      : (notice ?? t('add.noSelection'));
  const keys: [string, string][] = [
    ['/', t('add.key.find')],
    ['Shift + ← →', t('add.key.select')],
    [addKinds.map((k) => k.key.toUpperCase()).join(' '), t('add.key.addAs')],
    ['J / K', t('add.key.next')],
    ['Shift + J / K', t('add.key.visit')],
    ['Enter', t('add.key.accept')],
    ['Delete', t('add.key.remove')],
    ['E', t('add.key.evidence')],
    ['Ctrl + Z', t('add.key.undo')],
    ['Ctrl + Shift + Z', t('add.key.redo')],
    ['Ctrl + S', t('add.key.save')],
  ];

  return (
    <section
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      className="no-print space-y-4 rounded-lg border border-slate-300 bg-white p-4 shadow dark:border-slate-600 dark:bg-slate-950"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
          {title}
        </h2>
        <Button className={touch} onClick={onClose}>
          {t('add.close')}
        </Button>
      </div>
      {missing && <p role="alert">{t('add.missingEntry', { id: shorten(target, TITLE_SHOWN) })}</p>}
      <CorruptDrafts drafts={corrupt} />
      <OtherDrafts drafts={others} onTake={takeOther} />
      {restoredAt && (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {t('add.restored', { time: new Date(restoredAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') })}
        </p>
      )}
      {!loaded && (
        <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
          {t('add.reading')}
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

      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {bulletinFields.map(({ name, type }) => (
          <TextField
            size="md"
            key={name}
            label={t(`add.field.${name}`)}
            type={type}
            value={fields[name]}
            // Until what this view edits is read (a kept draft, the saved bulletin): typed now, it would be written over.
            disabled={!loaded}
            errors={fieldError(name)}
            onValue={name === 'publishedAt' ? setPublishedAt : (v) => setFields({ ...fields, [name]: v })}
          />
        ))}
      </div>

      {!(draft && bulletin) && (
        <div className="space-y-3">
          <TextField
            size="md"
            label={t('add.text')}
            rows={14}
            value={text}
            disabled={!loaded}
            hint={`${t('add.textHint')} ${t('add.limit', {
              limit: formatBytes(MAX_DRAFT_BYTES),
              wan: Math.floor(MAX_DRAFT_BYTES / 3 / 10_000),
              chars: (Math.floor(MAX_DRAFT_BYTES / 3 / 10_000) * 10_000).toLocaleString('en'),
            })}`}
            errors={fieldError('text')}
            onValue={onTextChange}
          />
          {!draft && (
            <Button
              size="md"
              disabled={!loaded || draftRunning || blankText}
              aria-disabled={draftRunning || undefined}
              onClick={() => void runDraft()}
            >
              {draftRunning ? t('add.drafting') : t('add.draft')}
            </Button>
          )}
          {text !== '' && blankText ? (
            <p role="status" className="text-sm">
              {t('add.blankText')}
            </p>
          ) : (
            <DraftStatus state={drafting.state} onCancel={drafting.cancel} />
          )}
        </div>
      )}

      {draft && bulletin && (
        <>
          <div role="tablist" aria-label={t('add.tabs')} className="flex gap-1 lg:hidden">
            {(['text', 'facts'] as const).map((name) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`${headingId}-tab-${name}`}
                aria-selected={tab === name}
                aria-controls={`${headingId}-panel-${name}`}
                onClick={() => setTab(name)}
                className={`min-h-11 flex-1 rounded border px-3 text-sm font-medium ${
                  tab === name
                    ? 'border-sky-700 bg-sky-700 text-white dark:border-sky-400 dark:bg-sky-400 dark:text-slate-950'
                    : 'border-slate-300 dark:border-slate-600'
                }`}
              >
                {name === 'text' ? t('add.tab.text') : t('add.tab.facts', { count: facts.length })}
              </button>
            ))}
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            <div
              id={`${headingId}-panel-text`}
              role="tabpanel"
              aria-labelledby={`${headingId}-tab-text`}
              className={`min-w-0 space-y-2 lg:sticky lg:top-0 lg:max-h-screen lg:self-start lg:overflow-y-auto lg:py-1 ${tab === 'text' ? '' : 'max-lg:hidden'}`}
            >
              <FindInText
                ref={findRef}
                paragraphs={bulletin.paragraphs}
                from={marked}
                onFound={(evidence) => onSelect({ evidence }, 'keys')}
                onDone={() => sourceRef.current?.focus()}
              />
              <SourceText
                ref={sourceRef}
                label={t('add.source')}
                describedBy={keysId}
                paragraphs={bulletin.paragraphs}
                highlights={highlights}
                active={active}
                marked={marked}
                onSelect={onSelect}
                onPick={pickFact}
              />
              <p className="text-sm" aria-live="polite" role={refused ? 'alert' : undefined}>
                {selectionLine}
              </p>
              {selection && draft && (
                <SelectionToolbar
                  draft={draft}
                  selection={selection}
                  target={reviewed}
                  onTarget={setTargetChoice}
                  onChoose={choose}
                />
              )}
              {adding && selection && (
                <AddForm
                  key={`${adding}-${selection.paragraph}-${selection.offset}-${selection.quote}`}
                  kind={adding}
                  draft={draft}
                  selection={selection}
                  target={reviewed}
                  naming={naming}
                  publishedAt={toIsoOffset(fields.publishedAt)}
                  onDone={added}
                  onCancel={() => {
                    setAdding(null);
                    sourceRef.current?.focus();
                  }}
                />
              )}
              <p className="text-xs text-slate-600 dark:text-slate-400">{t('add.selectHint')}</p>
              <details className="text-xs" open>
                <summary className="cursor-pointer">{t('add.keys')}</summary>
                <dl id={keysId} className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
                  {keys.map(([k, what]) => (
                    <div key={k} className="contents">
                      <dt>
                        <kbd className="font-mono">{k}</kbd>
                      </dt>
                      <dd>{what}</dd>
                    </div>
                  ))}
                </dl>
              </details>
              <Button className={touch} onClick={discardDraft}>
                {t('add.editText')}
              </Button>
            </div>

            <div
              id={`${headingId}-panel-facts`}
              role="tabpanel"
              aria-labelledby={`${headingId}-tab-facts`}
              className={`min-w-0 space-y-3 ${tab === 'facts' ? '' : 'max-lg:hidden'}`}
            >
              <p className="text-sm">{t('add.visitsCount', { count: bulletin.visits.length })}</p>
              {bulletin.visits.length === 0 && <p role="note">{t('add.noVisit')}</p>}
              <p className="text-xs text-slate-600 dark:text-slate-400">{t('add.untranslated')}</p>
              {warnings.length > 0 && (
                <div className="rounded border border-amber-300 p-2 text-sm dark:border-amber-700">
                  <h3 className="font-medium">{t('add.warnings')}</h3>
                  <ul className="list-disc space-y-1 pl-5">
                    {warnings.map((w, i) => (
                      <li key={i}>
                        {w.message[lang]}{' '}
                        {w.paragraph !== undefined && (
                          <Button
                            size="xs"
                            className={touch}
                            onClick={() => {
                              setTab('text');
                              sourceRef.current?.showParagraph(w.paragraph!);
                            }}
                          >
                            {t('add.warningAt', { paragraph: w.paragraph + 1 })}
                          </Button>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <div className="flex flex-wrap gap-1">
                <Button size="xs" className={touch} onClick={() => commit(acceptAll(draft))}>
                  {t('add.acceptAll')}
                </Button>
                <Button size="xs" className={touch} disabled={!history.canUndo} onClick={history.undo}>
                  {t('add.undo')}
                </Button>
                <Button size="xs" className={touch} disabled={!history.canRedo} onClick={history.redo}>
                  {t('add.redo')}
                </Button>
              </div>
              {bulletin.visits.map((visit, vi) => (
                <section
                  key={`${visit.id}-${vi}`}
                  aria-label={t('add.visit', { n: vi + 1, headline: visit.headline.zh })}
                  className={`rounded p-1 ${vi === reviewed && selection ? 'ring-2 ring-sky-400' : ''}`}
                >
                  <h3 className="font-medium">
                    {t('add.visit', { n: vi + 1, headline: visit.headline.zh })}
                  </h3>
                  <ul className="mt-1 space-y-2">
                    {factsOf(visit, vi)
                      .slice(0, Math.max(0, factLimit - (visitStarts[vi] ?? 0)))
                      .map((ref) => (
                        <FactCard
                          key={factKey(ref)}
                          draft={draft}
                          fact={ref}
                          problems={placed?.facts.get(factKey(ref)) ?? []}
                          selection={selection}
                          active={active === factKey(ref)}
                          naming={naming}
                          onChange={change}
                          onFocus={() => {
                            setActive(factKey(ref));
                            setTargetChoice(null);
                          }}
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
            </div>
          </div>
        </>
      )}

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3 dark:border-slate-700">
        <Button
          size="md"
          className={touch}
          disabled={!candidate || problems > 0 || saving}
          onClick={() => void save()}
        >
          {saving ? t('add.saving') : t('add.save')}
        </Button>
        <p role="status" className="text-sm">
          {!candidate
            ? // While drafting, or when the text was refused, the line by 起草 says what there is to say.
              draftRunning || drafting.state.kind === 'refused'
              ? ''
              : t(blankText ? 'add.needText' : 'add.needDraft')
            : problems > 0
              ? t('add.invalid', { count: problems })
              : ''}
        </p>
        {saveError && <p role="alert">{saveError}</p>}
      </div>
      {conflict && <SaveConflict found={conflict} onChoose={(choice) => void save(true, choice)} />}
      {confirmSave && mismatches.length > 0 && (
        <div
          role="alertdialog"
          aria-label={t('add.mismatchTitle')}
          className="space-y-2 rounded border border-amber-400 p-2 text-sm"
        >
          <p className="font-medium">{t('add.mismatchTitle')}</p>
          <ul className="list-disc pl-5">
            {mismatches.map(({ ref, words }) => (
              <li key={factKey(ref)}>
                <button type="button" className="underline" onClick={() => focusFact(factKey(ref))}>
                  {t('add.mismatchItem', { n: ref.visit + 1, words })}
                </button>
              </li>
            ))}
          </ul>
          <div className="flex gap-1">
            <Button ref={askRef} className={touch} onClick={() => void save(true)}>
              {t('add.saveAnyway')}
            </Button>
            <Button className={touch} onClick={() => setConfirmSave(false)}>
              {t('add.backToReview')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

export default AddBulletinView;

/** Where each visit's facts start in the list of all facts (allFacts). */
function factStarts(visits: readonly Dataset['bulletins'][number]['visits'][number][]): number[] {
  const starts: number[] = [];
  let n = 0;
  visits.forEach((visit, vi) => {
    starts.push(n);
    n += factsOf(visit, vi).length;
  });
  return starts;
}
