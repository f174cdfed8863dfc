/**
 * Undo and redo of every edit of the draft (not only deletions): each edit pushes the draft it replaced; a new
 * draft (起草, a restore, a discard) starts a new history. Kept in memory: a reload keeps the draft, not its
 * history.
 */
import { useCallback, useReducer } from 'react';
import type { Dataset } from '../../data/schema';

/** How many edits can be undone. */
const DEPTH = 200;

type State = { past: Dataset[]; present: Dataset | null; future: Dataset[] };
type Action =
  | { type: 'reset'; draft: Dataset | null }
  | { type: 'commit'; draft: Dataset }
  | { type: 'undo' }
  | { type: 'redo' };

function reduce(state: State, action: Action): State {
  switch (action.type) {
    case 'reset':
      return { past: [], present: action.draft, future: [] };
    case 'commit':
      if (action.draft === state.present) return state;
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
  const reset = useCallback((draft: Dataset | null) => dispatch({ type: 'reset', draft }), []);
  const commit = useCallback((draft: Dataset) => dispatch({ type: 'commit', draft }), []);
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const redo = useCallback(() => dispatch({ type: 'redo' }), []);
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
