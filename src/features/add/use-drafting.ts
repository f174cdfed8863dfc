/**
 * The add view's drafting: runs `draftInWorker` for the text, keeps what the page says about it (the stage it
 * is at, a refusal, a failure, a cancel) and stops it on 取消 or when the view closes. The text itself is never
 * touched here: a refused, failed or cancelled draft leaves it as it was.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  DraftRefusedError,
  draftInWorker,
  isAbortError,
  utf8Length,
  type DraftInWorkerOptions,
  type DraftProgress,
  type DraftRefusal,
} from '../../draft/worker-client';
import type { DraftResult } from '../../draft';

export type DraftingState =
  | { kind: 'idle' }
  /** `bytes`: the text's size in UTF-8. */
  | { kind: 'running'; progress: DraftProgress; startedAt: number; bytes: number }
  | { kind: 'refused'; refusal: DraftRefusal }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: string };

const idle: DraftingState = { kind: 'idle' };

export function useDrafting() {
  const [state, setState] = useState<DraftingState>(idle);
  const current = useRef<AbortController | null>(null);
  // A view closed while drafting stops its worker.
  useEffect(() => () => current.current?.abort(), []);

  /** Drafts `text`; null when it was refused, failed or cancelled (the state says which). */
  const run = useCallback(
    async (text: string, options: DraftInWorkerOptions): Promise<DraftResult | null> => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      const mine = () => current.current === controller;
      setState({
        kind: 'running',
        progress: { stage: 'loading' },
        startedAt: Date.now(),
        bytes: utf8Length(text),
      });
      try {
        const result = await draftInWorker(text, options, {
          signal: controller.signal,
          onProgress: (progress) =>
            mine() && setState((s) => (s.kind === 'running' ? { ...s, progress } : s)),
        });
        if (!mine()) return null;
        setState(idle);
        return result;
      } catch (error) {
        if (!mine()) return null;
        if (isAbortError(error)) setState({ kind: 'cancelled' });
        else if (error instanceof DraftRefusedError) setState({ kind: 'refused', refusal: error.refusal });
        else setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
        return null;
      } finally {
        if (mine()) current.current = null;
      }
    },
    [],
  );

  /** Stops the draft under way: its worker is terminated at once. */
  const cancel = useCallback(() => current.current?.abort(), []);
  /** Forgets a refusal, failure or cancel (the text changed). */
  const clear = useCallback(
    () => setState((s) => (s.kind === 'running' || s.kind === 'idle' ? s : idle)),
    [],
  );

  return { state, run, cancel, clear };
}
