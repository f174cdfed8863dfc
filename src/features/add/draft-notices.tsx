/**
 * What the add view says about drafts and saves that other tabs touch: a damaged draft (offered as a download,
 * already cleared), drafts that closed tabs left behind (offered, never overwritten), and a save that finds a
 * newer version of the bulletin saved in another tab (keep mine, keep theirs, keep both), or the bulletin deleted
 * in another tab (save mine again, or accept the delete).
 */
import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/button';
import { downloadJson, type LibraryEntry, type OtherDraft } from '../../data/library';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import { touch } from './form-parts';

const when = (iso: string, lang: string) => new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');

/** Drafts that did not read: taken out of storage, offered here as they were. */
export function CorruptDrafts({ drafts }: { drafts: readonly { key: string; value: unknown }[] }) {
  const { t } = useI18n();
  if (drafts.length === 0) return null;
  return (
    <div role="alert" className="space-y-1 rounded border border-amber-400 p-2 text-sm">
      {drafts.map((d, i) => (
        <p key={d.key}>
          {t('add.corruptDraft', { key: d.key })}{' '}
          <Button
            size="xs"
            onClick={() =>
              downloadJson(
                typeof d.value === 'string' ? { raw: d.value } : d.value,
                `damaged-draft-${i + 1}.json`,
              )
            }
          >
            {t('add.downloadCorrupt')}
          </Button>
        </p>
      ))}
    </div>
  );
}

/** Unsaved drafts of tabs that were closed: one press continues one here. */
export function OtherDrafts({
  drafts,
  onTake,
}: {
  drafts: readonly OtherDraft[];
  onTake: (key: string) => void;
}) {
  const { t, lang } = useI18n();
  if (drafts.length === 0) return null;
  return (
    <div className="space-y-1 rounded border border-slate-300 p-2 text-sm dark:border-slate-600">
      <p>{t('add.otherDrafts')}</p>
      <ul className="flex flex-wrap gap-1">
        {drafts.map((d) => (
          <li key={d.key}>
            <Button size="xs" className={touch} onClick={() => onTake(d.key)}>
              {t('add.takeDraft', { title: d.title, time: when(d.updatedAt, lang) })}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export type ConflictChoice = 'mine' | 'theirs' | 'both';
/**
 * What a save found: a newer version saved elsewhere (keep mine, keep theirs, keep both), or the version the edit
 * started from deleted elsewhere (save mine again, or accept the delete: `theirs`).
 */
export type SaveConflictFound =
  { kind: 'newer'; theirs: LibraryEntry } | { kind: 'deleted'; title: string; deletedAt: number | null };

/** What the user can do about a newer version saved elsewhere, and about the bulletin deleted elsewhere. */
const newerChoices: readonly { choice: ConflictChoice; label: MessageKey }[] = [
  { choice: 'mine', label: 'add.keepMine' },
  { choice: 'theirs', label: 'add.keepTheirs' },
  { choice: 'both', label: 'add.keepBoth' },
];
const deletedChoices: readonly { choice: ConflictChoice; label: MessageKey }[] = [
  { choice: 'mine', label: 'add.saveAgain' },
  { choice: 'theirs', label: 'add.acceptDelete' },
];

/** A save that found a newer version saved elsewhere, or its bulletin deleted elsewhere: the user chooses. */
export function SaveConflict({
  found,
  onChoose,
}: {
  found: SaveConflictFound;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const { t, lang } = useI18n();
  const question =
    found.kind === 'newer'
      ? t('add.conflict', {
          title: found.theirs.dataset.bulletins[0]?.title.zh ?? found.theirs.id,
          time: when(found.theirs.updatedAt, lang),
        })
      : found.deletedAt === null
        ? t('add.deletedConflict', { title: found.title })
        : t('add.deletedConflictAt', {
            title: found.title,
            time: when(new Date(found.deletedAt).toISOString(), lang),
          });
  // The question takes the focus, as the page's other questions do.
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-label={question}
      className="space-y-2 rounded border border-amber-400 p-2 text-sm"
    >
      <p>{question}</p>
      <div className="flex flex-wrap gap-1">
        {(found.kind === 'newer' ? newerChoices : deletedChoices).map(({ choice, label }, i) => (
          <Button
            key={choice}
            ref={i === 0 ? first : undefined}
            className={touch}
            onClick={() => onChoose(choice)}
          >
            {t(label)}
          </Button>
        ))}
      </div>
    </div>
  );
}
