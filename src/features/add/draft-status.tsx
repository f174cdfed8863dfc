/**
 * What the add view says while and after drafting: the step it is at (第 2/3 步：加载地名表（3/5）), the time so
 * far and a 取消 button while it runs; why a text was refused (blank, or its size over the limit), that a draft
 * was cancelled, or why it failed, after. The text is never touched by any of these.
 */
import { useEffect, useState } from 'react';
import { Button } from '../../components/ui/button';
import type { DraftProgress } from '../../draft/worker-client';
import { useI18n, type T } from '../../i18n/i18n';
import { formatBytes } from '../../lib/bytes';
import { touch } from './form-parts';
import type { DraftingState } from './use-drafting';

/** "第 2/3 步：加载地名表（3/5）". */
export function progressWords(progress: DraftProgress, bytes: number, t: T): string {
  const step = { loading: 1, places: 2, reading: 3 }[progress.stage];
  const what =
    progress.stage === 'places'
      ? progress.total === undefined
        ? t('add.progress.placesIndex')
        : t('add.progress.places', { done: progress.done ?? 0, total: progress.total })
      : progress.stage === 'reading'
        ? t('add.progress.reading', { size: formatBytes(bytes) })
        : t('add.progress.loading');
  return t('add.progress', { n: step, total: 3, what });
}

/** Seconds since `since`, counted once a second while shown. */
function useSeconds(since: number): number {
  const [now, setNow] = useState(since);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return Math.max(0, Math.floor((now - since) / 1000));
}

function Running({
  state,
  onCancel,
}: {
  state: Extract<DraftingState, { kind: 'running' }>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const seconds = useSeconds(state.startedAt);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p role="status" className="text-sm">
        {progressWords(state.progress, state.bytes, t)}
        {seconds > 0 && ` ${t('add.progress.seconds', { seconds })}`}
      </p>
      <Button className={touch} onClick={onCancel}>
        {t('add.cancelDraft')}
      </Button>
    </div>
  );
}

export function DraftStatus({ state, onCancel }: { state: DraftingState; onCancel: () => void }) {
  const { t } = useI18n();
  switch (state.kind) {
    case 'idle':
      return null;
    case 'running':
      return <Running state={state} onCancel={onCancel} />;
    case 'cancelled':
      return (
        <p role="status" className="text-sm">
          {t('add.draftCancelled')}
        </p>
      );
    case 'refused':
      return (
        <p role="alert" className="text-sm">
          {state.refusal.kind === 'blank'
            ? t('add.blankText')
            : t('add.tooLarge', {
                size: formatBytes(state.refusal.bytes),
                limit: formatBytes(state.refusal.limit),
              })}
        </p>
      );
    case 'failed':
      return <p role="alert">{t('add.draftFailed', { reason: state.reason })}</p>;
  }
}
