/**
 * What the add view says about drafts and saves that other tabs touch: a damaged draft (offered as a download,
 * already cleared), drafts that closed tabs left behind (offered, never overwritten), and a save that finds a
 * newer version of the bulletin saved in another tab (keep mine, keep theirs, keep both).
 */
import { useEffect, useRef } from 'react';
import { Button } from '../../components/ui/button';
import { downloadJson, type LibraryEntry, type OtherDraft } from '../../data/library';
import { useI18n } from '../../i18n/i18n';
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

/** A save that found a newer version saved elsewhere: the user chooses. */
export function SaveConflict({
  theirs,
  onChoose,
}: {
  theirs: LibraryEntry;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const { t, lang } = useI18n();
  const title = theirs.dataset.bulletins[0]?.title.zh ?? theirs.id;
  // The question takes the focus, as the page's other questions do.
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-label={t('add.conflict', { title, time: when(theirs.updatedAt, lang) })}
      className="space-y-2 rounded border border-amber-400 p-2 text-sm"
    >
      <p>{t('add.conflict', { title, time: when(theirs.updatedAt, lang) })}</p>
      <div className="flex flex-wrap gap-1">
        <Button ref={first} className={touch} onClick={() => onChoose('mine')}>
          {t('add.keepMine')}
        </Button>
        <Button className={touch} onClick={() => onChoose('theirs')}>
          {t('add.keepTheirs')}
        </Button>
        <Button className={touch} onClick={() => onChoose('both')}>
          {t('add.keepBoth')}
        </Button>
      </div>
    </div>
  );
}
