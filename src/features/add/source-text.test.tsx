import { act, render } from '@testing-library/react';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { dragOver } from '../../testing/select-words';
import { SourceText, type Highlight, type SelectionResult } from './source-text';

/** The text nodes of paragraph `index` inside `root`. */
function textNodes(root: ParentNode, index: number): Text[] {
  const paragraph = root.querySelector(`[data-paragraph="${index}"]`)!;
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Selects `quote` in paragraph `index` as a drag would, and lets go of the mouse there. */
const selectIn = (root: ParentNode, index: number, quote: string) =>
  dragOver(root.querySelector(`[data-paragraph="${index}"]`)!, quote);

// A text long enough that drawing it takes the page more than one frame, as a real bulletin's review does.
const paragraphs = Array.from({ length: 300 }, (_, i) => `第${i + 1}段：县人大常委会领导察看村口防控卡点。`);
const mark = (key: string, paragraph: number, start: number, end: number): Highlight => ({
  key,
  paragraph,
  start,
  end,
  drafted: true,
});

describe('the source text', () => {
  it('hears words selected the moment it is drawn, before the page has settled', async () => {
    // The review is drawn in a transition when a draft arrives; a drag that ends just after the text is painted
    // (before React's effects have run) was not heard, and the page never said what was selected.
    const heard: SelectionResult[] = [];
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const act_ = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    try {
      const selectedAtPaint = new Promise<void>((done) => {
        const watch = new MutationObserver(() => {
          if (!host.querySelector('[data-paragraph="4"]')) return;
          watch.disconnect();
          selectIn(host, 4, '村口防控卡点');
          done();
        });
        watch.observe(host, { childList: true, subtree: true });
      });
      startTransition(() =>
        root.render(
          <SourceText
            label="原文"
            paragraphs={paragraphs}
            highlights={[]}
            active={null}
            marked={null}
            onSelect={(result) => heard.push(result)}
            onPick={() => undefined}
          />,
        ),
      );
      await selectedAtPaint;
      expect(heard).toEqual([{ evidence: { paragraph: 4, quote: '村口防控卡点', offset: 14 } }]);
    } finally {
      root.unmount();
      host.remove();
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = act_;
    }
  });

  it('keeps the text under a selection when a new draft changes the marks of other paragraphs', () => {
    const onSelect = vi.fn();
    const props = {
      label: '原文',
      paragraphs,
      active: null,
      marked: null,
      onSelect,
      onPick: () => undefined,
    };
    const first = [mark('a', 4, 3, 9), mark('b', 7, 3, 9)];
    const { container, rerender } = render(<SourceText {...props} highlights={first} />);
    act(() => selectIn(container, 4, '村口防控卡点'));
    expect(onSelect).toHaveBeenLastCalledWith(
      { evidence: { paragraph: 4, quote: '村口防控卡点', offset: 14 } },
      'mouse',
    );
    const under = textNodes(container, 4);
    const range = document.getSelection()!.getRangeAt(0);

    // The new draft: the same marks here (new objects, as a new draft makes them), others moved elsewhere.
    rerender(<SourceText {...props} highlights={[mark('a', 4, 3, 9), mark('c', 9, 0, 4)]} />);

    expect(textNodes(container, 4)).toEqual(under);
    expect(under.every((node) => node.isConnected)).toBe(true);
    expect(document.getSelection()!.getRangeAt(0)).toBe(range);
    expect(String(document.getSelection())).toBe('村口防控卡点');
    expect(container.querySelector('mark[data-fact="c"]')).toHaveTextContent('第10段');
    expect(container.querySelector('mark[data-fact="b"]')).toBeNull();
  });

  it('keeps the text under a selection when a mark in its paragraph is accepted, put under review, or added before it', () => {
    const props = { label: '原文', paragraphs, marked: null, onSelect: vi.fn(), onPick: () => undefined };
    const { container, rerender } = render(
      <SourceText {...props} active={null} highlights={[mark('a', 4, 3, 9)]} />,
    );
    act(() => selectIn(container, 4, '村口防控卡点'));
    const under = textNodes(container, 4);
    const drawn = container.querySelector('mark[data-fact="a"]');

    // 全部接受 while the words are selected: the mark is drawn as accepted and as the fact under review.
    rerender(<SourceText {...props} active="a" highlights={[{ ...mark('a', 4, 3, 9), drafted: false }]} />);

    expect(textNodes(container, 4)).toEqual(under);
    expect(container.querySelector('mark[data-fact="a"]')).toBe(drawn);
    expect(String(document.getSelection())).toBe('村口防控卡点');

    // A fact added before the words (第5段): the text after it, the selected words' among it, is not drawn again.
    const after = under.at(-1)!;
    rerender(
      <SourceText
        {...props}
        active="a"
        highlights={[mark('c', 4, 0, 3), { ...mark('a', 4, 3, 9), drafted: false }]}
      />,
    );
    expect(after.isConnected).toBe(true);
    expect(container.querySelector('mark[data-fact="c"]')).toHaveTextContent('第5段');
    expect(String(document.getSelection())).toBe('村口防控卡点');
  });
});
