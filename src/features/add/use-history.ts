/**
 * Undo and redo of every edit of the draft (not only deletions): each edit pushes the draft it replaced; a new
 * draft (起草, a restore, a discard) starts a new history. Typing in one field is one edit: commits with the same
 * tag within `TYPING_MS` of each other replace the last one. Kept in memory: a reload keeps the draft, not its
 * history.
 */
import { useCallback, useReducer, useRef } from 'react';
import type { Dataset } from '../../data/schema';

/** How many edits can be undone. */
const DEPTH = 200;
/** Keystrokes closer than this in one field are one edit. */
export const TYPING_MS = 1500;

type State = { past: Dataset[]; present: Dataset | null; future: Dataset[] };
type Action =
  | { type: 'reset'; draft: Dataset | null }
  | { type: 'commit'; draft: Dataset; replace: boolean }
  | { type: 'undo' }
  | { type: 'redo' };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'reset':
      return { past: [], present: action.draft, future: [] };
    case 'commit':
      if (action.draft === state.present) return state;
      if (action.replace && state.present) return { ...state, present: action.draft, future: [] };
      return {
        past: state.present ? [...state.past, state.present].slice(-DEPTH) : state.past,
        present: action.draft,
        future: [],
      };
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        past: state.past.slice(0, -1),
        present: previous,
        future: state.present ? [state.present, ...state.future] : state.future,
      };
    }
    case 'redo': {
      const [next, ...rest] = state.future;
      if (!next) return state;
      return {
        past: state.present ? [...state.past, state.present] : state.past,
        present: next,
        future: rest,
      };
    }
  }
}

export function useDraftHistory() {
  const [state, dispatch] = useReducer(reduce, { past: [], present: null, future: [] });
  const last = useRef<{ tag: string; at: number } | null>(null);
  const reset = useCallback((draft: Dataset | null) => {
    last.current = null;
    dispatch({ type: 'reset', draft });
  }, []);
  /** An edit; `tag` names the field typed in, so that its keystrokes make one edit. */
  const commit = useCallback((draft: Dataset, tag?: string) => {
    const now = Date.now();
    const replace = tag !== undefined && last.current?.tag === tag && now - last.current.at < TYPING_MS;
    last.current = tag === undefined ? null : { tag, at: now };
    dispatch({ type: 'commit', draft, replace });
  }, []);
  const undo = useCallback(() => {
    last.current = null;
    dispatch({ type: 'undo' });
  }, []);
  const redo = useCallback(() => {
    last.current = null;
    dispatch({ type: 'redo' });
  }, []);
  return {
    draft: state.present,
    canUndo: state.past.length > 0,
    canRedo: state.future.length > 0,
    reset,
    commit,
    undo,
    redo,
  };
}
