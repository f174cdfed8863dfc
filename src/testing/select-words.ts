/**
 * Test helper: words selected in a paragraph as a user's drag selects them. The paragraph's text may be split
 * over several text nodes (highlights, the selection drawn); the range starts and ends inside the right ones.
 */

/** Selects the first `quote` in `paragraph` and lets go of the mouse there (a `mouseup` on it). */
export function dragOver(paragraph: Element, quote: string): void {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  const locate = (offset: number) => {
    let rest = offset;
    for (const node of nodes) {
      if (rest <= node.length) return [node, rest] as const;
      rest -= node.length;
    }
    throw new Error('offset outside the paragraph');
  };
  const at = paragraph.textContent!.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in the paragraph`);
  const range = document.createRange();
  range.setStart(...locate(at));
  range.setEnd(...locate(at + quote.length));
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
}
