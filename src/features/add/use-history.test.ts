import { act, renderHook } from '@testing-library/react';
import { userBulletin } from '../../testing/user-bulletin';
import { TYPING_MS, useDraftHistory } from './use-history';

const titled = (zh: string) => {
  const d = userBulletin();
  d.bulletins[0]!.title = { zh };
  return d;
};
const title = (h: { current: ReturnType<typeof useDraftHistory> }) => h.current.draft?.bulletins[0]!.title.zh;

describe('the undo history of a draft', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('undoes and redoes each edit; a new edit drops what could be redone', () => {
    const { result } = renderHook(() => useDraftHistory());
    act(() => result.current.reset(titled('a')));
    act(() => result.current.commit(titled('b')));
    act(() => result.current.commit(titled('c')));
    act(() => result.current.undo());
    expect(title(result)).toBe('b');
    act(() => result.current.undo());
    expect(title(result)).toBe('a');
    expect(result.current.canUndo).toBe(false);
    act(() => result.current.redo());
    expect(title(result)).toBe('b');
    act(() => result.current.commit(titled('d')));
    expect(result.current.canRedo).toBe(false);
  });

  it('takes what is typed in one field in a row as one edit', () => {
    const { result } = renderHook(() => useDraftHistory());
    act(() => result.current.reset(titled('a')));
    act(() => result.current.commit(titled('ab'), 'title'));
    act(() => result.current.commit(titled('abc'), 'title'));
    vi.advanceTimersByTime(TYPING_MS + 1);
    act(() => result.current.commit(titled('abcd'), 'title'));
    act(() => result.current.undo());
    expect(title(result)).toBe('abc');
    act(() => result.current.undo());
    expect(title(result)).toBe('a');
  });
});
