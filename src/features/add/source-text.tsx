/**
 * The bulletin text beside the draft: each paragraph with the evidence of every fact highlighted, and the
 * words the user selects read back as evidence (paragraph, quote, offset in the raw paragraph).
 *
 * The text is focusable and selectable by keyboard as well as by mouse: the arrows move a caret (shown), Shift
 * with the arrows selects from it, Home and End go to the paragraph's ends, and the find box above the text
 * selects the words typed in it. A selection across two paragraphs, of one character, or of punctuation only is
 * refused (`onSelect` hears why). The fact under review is scrolled into view inside the text's own box, so
 * the page does not jump.
 */
import {
  forwardRef,
  memo,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { Evidence } from '../../data/schema';
import { selectionProblem, type SelectionProblem } from './add-fact';
import { useSlices } from './use-slices';

export type Highlight = { key: string; paragraph: number; start: number; end: number; drafted: boolean };
export type SelectionResult = { evidence: Evidence } | { problem: SelectionProblem };

/** Words as evidence: spaces at either end are not part of the quote; refused where they cannot be one. */
export function toEvidence(paragraph: number, text: string, start: number, end: number): SelectionResult {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const quote = raw.trim();
  const problem = selectionProblem(quote);
  return problem ? { problem } : { evidence: { paragraph, quote, offset: start + lead } };
}

/** The selection inside `container`, as evidence, or why it cannot be; null when nothing is selected there. */
export function readSelection(container: HTMLElement, paragraphs: readonly string[]): SelectionResult | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const paragraphOf = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-paragraph]') ?? null;
  const start = paragraphOf(range.startContainer);
  const end = paragraphOf(range.endContainer);
  if (!start || !end || !container.contains(start) || !container.contains(end)) return null;
  if (start !== end) return { problem: 'paragraphs' };
  const before = document.createRange();
  before.selectNodeContents(start);
  before.setEnd(range.startContainer, range.startOffset);
  const offset = before.toString().length;
  const paragraph = Number(start.dataset.paragraph);
  const text = paragraphs[paragraph] ?? '';
  const length = range.toString().length;
  if (text.slice(offset, offset + length) !== range.toString()) return null;
  return toEvidence(paragraph, text, offset, offset + length);
}

function segments(text: string, marks: readonly Highlight[], cuts: readonly number[]) {
  const points = [...new Set([0, text.length, ...cuts, ...marks.flatMap((m) => [m.start, m.end])])]
    .map((n) => Math.max(0, Math.min(text.length, n)))
    .sort((a, b) => a - b)
    .filter((n, i, all) => i === 0 || n !== all[i - 1]);
  return points.slice(0, -1).map((from, i) => {
    const to = points[i + 1]!;
    return { from, to, marks: marks.filter((m) => m.start <= from && m.end >= to) };
  });
}

export type SourceTextHandle = {
  focus: () => void;
  /** Puts the caret at the start of a paragraph and shows it. */
  showParagraph: (paragraph: number) => void;
};

type Caret = { paragraph: number; offset: number; anchor: number };

export const SourceText = forwardRef<
  SourceTextHandle,
  {
    paragraphs: readonly string[];
    highlights: readonly Highlight[];
    active: string | null;
    /** The words selected by keyboard or by the find box, drawn as selected. */
    marked: Evidence | null;
    onSelect: (result: SelectionResult, via: 'mouse' | 'keys') => void;
    onPick: (key: string) => void;
    label: string;
    describedBy?: string;
  }
>(function SourceText(
  { paragraphs, highlights, active, marked, onSelect, onPick, label, describedBy },
  handle,
) {
  const ref = useRef<HTMLDivElement>(null);
  const [caret, setCaret] = useState<Caret | null>(null);
  // A long text goes onto the page a slice at a time, one slice a task (see SLICE_CHARS).
  const shown = useSlices(paragraphs, paragraphs.length, (from) => sliceEnd(paragraphs, from));
  /** A paragraph to scroll to once it is on the page: 'top' of the box, or just 'nearest'. */
  const reveal = useRef<{ paragraph: number; how: 'top' | 'nearest' } | null>(null);
  useEffect(() => {
    const want = reveal.current;
    const box = ref.current;
    const p = want && box?.querySelector<HTMLElement>(`[data-paragraph="${want.paragraph}"]`);
    if (!want || !box || !p) return;
    reveal.current = null;
    if (want.how === 'top') box.scrollTop = p.offsetTop - box.offsetTop - 8;
    else p.scrollIntoView?.({ block: 'nearest' });
  });
  const [focused, setFocused] = useState(false);
  const latest = useRef({ paragraphs, onSelect });
  // Listening starts in the commit that draws the text (a layout effect), not in an effect run after it: the
  // review is drawn in a transition, whose effects can wait a task or more, and a drag that ended on the text
  // meanwhile went unheard (the page never said what was selected).
  useLayoutEffect(() => {
    latest.current = { paragraphs, onSelect };
  });
  useLayoutEffect(() => {
    const read = () => {
      const container = ref.current;
      if (!container) return;
      const result = readSelection(container, latest.current.paragraphs);
      // A collapsed selection (a click on a button) keeps the last one: it is what the user means to use.
      if (result) latest.current.onSelect(result, 'mouse');
    };
    document.addEventListener('selectionchange', read);
    const container = ref.current;
    container?.addEventListener('mouseup', read);
    return () => {
      document.removeEventListener('selectionchange', read);
      container?.removeEventListener('mouseup', read);
    };
  }, []);

  // The fact under review is brought into view inside the text's box (the page itself does not scroll).
  useEffect(() => {
    const box = ref.current;
    const mark = active ? box?.querySelector<HTMLElement>(`mark[data-fact="${CSS.escape(active)}"]`) : null;
    if (!box || !mark) return;
    const top = mark.getBoundingClientRect().top - box.getBoundingClientRect().top;
    if (top < 0 || top > box.clientHeight - 24) box.scrollTop += top - box.clientHeight / 3;
  }, [active]);

  // Words selected from outside (the find box) move the caret there: the arrows go on from them.
  useEffect(() => {
    if (!marked || marked.offset === undefined) return;
    const start = marked.offset;
    const end = start + marked.quote.length;
    setCaret((c) =>
      c &&
      c.paragraph === marked.paragraph &&
      Math.min(c.anchor, c.offset) <= start &&
      Math.max(c.anchor, c.offset) >= end
        ? c
        : { paragraph: marked.paragraph, offset: end, anchor: start },
    );
  }, [marked]);

  useImperativeHandle(handle, () => ({
    focus: () => ref.current?.focus(),
    showParagraph: (paragraph) => {
      setCaret({ paragraph, offset: 0, anchor: 0 });
      reveal.current = { paragraph, how: 'top' };
      ref.current?.focus();
    },
  }));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const keys = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];
    if (!keys.includes(e.key) || paragraphs.length === 0) return;
    e.preventDefault();
    // From the caret, else from the start of the fact under review, else from the top.
    const under = highlights.find((h) => h.key === active);
    const here: Caret =
      caret ??
      (under
        ? { paragraph: under.paragraph, offset: under.start, anchor: under.start }
        : { paragraph: 0, offset: 0, anchor: 0 });
    const text = paragraphs[here.paragraph] ?? '';
    let { paragraph, offset } = here;
    if (e.key === 'ArrowLeft') offset = Math.max(0, offset - 1);
    else if (e.key === 'ArrowRight') offset = Math.min(text.length, offset + 1);
    else if (e.key === 'Home') offset = 0;
    else if (e.key === 'End') offset = text.length;
    else if (!e.shiftKey) {
      // Up and down go to the paragraph before or after; with Shift they would leave the paragraph.
      paragraph = Math.max(0, Math.min(paragraphs.length - 1, paragraph + (e.key === 'ArrowUp' ? -1 : 1)));
      offset = Math.min(offset, paragraphs[paragraph]!.length);
    } else {
      onSelect({ problem: 'paragraphs' }, 'keys');
      return;
    }
    const anchor = e.shiftKey ? here.anchor : offset;
    setCaret({ paragraph, offset, anchor });
    if (e.shiftKey && anchor !== offset)
      onSelect(toEvidence(paragraph, text, Math.min(anchor, offset), Math.max(anchor, offset)), 'keys');
    reveal.current = { paragraph, how: 'nearest' };
  };

  // Each paragraph's highlights, found once (not by filtering all of them for each of thousands of paragraphs).
  const byParagraph = useMemo(() => {
    const map = new Map<number, Highlight[]>();
    for (const h of highlights) {
      const list = map.get(h.paragraph);
      if (list) list.push(h);
      else map.set(h.paragraph, [h]);
    }
    return map;
  }, [highlights]);

  const markedRange =
    marked && marked.offset !== undefined
      ? { paragraph: marked.paragraph, start: marked.offset, end: marked.offset + marked.quote.length }
      : null;
  // Whatever is being looked at is on the page, however far the slices have come.
  const activeParagraph = active === null ? -1 : (highlights.find((h) => h.key === active)?.paragraph ?? -1);
  const count = Math.min(
    paragraphs.length,
    Math.max(shown, (caret?.paragraph ?? -1) + 1, (markedRange?.paragraph ?? -1) + 1, activeParagraph + 1),
  );

  return (
    <div
      ref={ref}
      role="region"
      aria-label={label}
      aria-describedby={describedBy}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      className="max-h-[60vh] space-y-2 overflow-y-auto rounded border border-slate-200 p-3 leading-relaxed focus:outline-2 focus:outline-sky-600 dark:border-slate-700"
    >
      {paragraphs.slice(0, count).map((text, pi) => {
        const marks = byParagraph.get(pi) ?? NO_MARKS;
        const sel = markedRange?.paragraph === pi ? markedRange : null;
        const caretAt =
          focused && caret?.paragraph === pi && caret.offset === caret.anchor ? caret.offset : null;
        return (
          <Paragraph
            key={pi}
            index={pi}
            text={text}
            marks={marks}
            selStart={sel?.start ?? null}
            selEnd={sel?.end ?? null}
            caretAt={caretAt}
            active={active !== null && marks.some((m) => m.key === active) ? active : null}
            onPick={onPick}
          />
        );
      })}
    </div>
  );
});

const NO_MARKS: readonly Highlight[] = [];

/**
 * A slice of the text put on the page in one task: at most this many characters or SLICE_PARAGRAPHS paragraphs
 * (about 40 ms of style and layout on two cores), so a 1.5 MB text never holds the page for long.
 */
const SLICE_CHARS = 40_000;
const SLICE_PARAGRAPHS = 400;

/** Where the slice that starts at paragraph `from` ends (at least one paragraph). */
function sliceEnd(paragraphs: readonly string[], from: number): number {
  let end = from;
  let chars = 0;
  while (end < paragraphs.length && end - from < SLICE_PARAGRAPHS && (end === from || chars < SLICE_CHARS)) {
    chars += paragraphs[end]!.length;
    end += 1;
  }
  return end;
}

/** The same marks, though a new draft made new objects of them. */
function sameMarks(a: readonly Highlight[], b: readonly Highlight[]): boolean {
  return (
    a.length === b.length &&
    a.every((m, i) => {
      const n = b[i]!;
      return m.key === n.key && m.start === n.start && m.end === n.end && m.drafted === n.drafted;
    })
  );
}

/**
 * One paragraph with its highlights, the words selected and the caret. Memoised by what it shows: a long text of
 * thousands of paragraphs re-renders only those whose highlights, selection, caret or fact under review changed,
 * not every paragraph each time an edit makes a new draft (and so new highlight objects).
 */
const Paragraph = memo(
  function Paragraph({
    index,
    text,
    marks,
    selStart,
    selEnd,
    caretAt,
    active,
    onPick,
  }: {
    index: number;
    text: string;
    marks: readonly Highlight[];
    selStart: number | null;
    selEnd: number | null;
    caretAt: number | null;
    /** The fact under review, when one of its highlights is in this paragraph. */
    active: string | null;
    onPick: (key: string) => void;
  }) {
    const sel = selStart !== null && selEnd !== null ? { start: selStart, end: selEnd } : null;
    const cuts = [...(sel ? [sel.start, sel.end] : []), ...(caretAt !== null ? [caretAt] : [])];
    return (
      // Off screen, a paragraph is neither styled nor laid out (content-visibility): a text of thousands of
      // paragraphs is drawn as fast as its first screenful.
      <p
        data-paragraph={index}
        className="select-text [contain-intrinsic-size:auto_3lh] [content-visibility:auto]"
      >
        {segments(text, marks, cuts).map(({ from, to, marks: on }) => {
          const piece = text.slice(from, to);
          const selected = sel !== null && from >= sel.start && to <= sel.end;
          const caretMark =
            caretAt === from ? (
              <span
                key={`caret-${from}`}
                aria-hidden="true"
                className="caret -mx-px inline-block h-[1.1em] border-l-2 border-sky-700 align-text-bottom dark:border-sky-300"
              />
            ) : null;
          const selClass = selected ? 'bg-sky-200 text-slate-950 dark:bg-sky-700 dark:text-white' : '';
          if (on.length === 0)
            return [
              caretMark,
              <span key={from} className={selClass} data-selected={selected || undefined}>
                {piece}
              </span>,
            ];
          // The innermost fact (the shortest quote) is the one a click picks.
          const inner = [...on].sort((a, b) => a.end - a.start - (b.end - b.start))[0]!;
          const isActive = on.some((m) => m.key === active);
          const drafted = on.some((m) => m.drafted);
          return [
            caretMark,
            <mark
              key={from}
              data-fact={inner.key}
              data-selected={selected || undefined}
              onClick={() => onPick(inner.key)}
              className={`cursor-pointer rounded-sm px-0.5 text-inherit ${
                selected
                  ? selClass
                  : drafted
                    ? 'bg-violet-100 dark:bg-violet-900/60'
                    : 'bg-emerald-100 dark:bg-emerald-900/60'
              } ${isActive ? 'outline-2 outline-amber-500' : ''}`}
            >
              {piece}
            </mark>,
          ];
        })}
        {caretAt === text.length && (
          <span
            aria-hidden="true"
            className="-mx-px inline-block h-[1.1em] border-l-2 border-sky-700 align-text-bottom dark:border-sky-300"
          />
        )}
      </p>
    );
  },
  (before, after) =>
    before.index === after.index &&
    before.text === after.text &&
    before.selStart === after.selStart &&
    before.selEnd === after.selEnd &&
    before.caretAt === after.caretAt &&
    before.active === after.active &&
    before.onPick === after.onPick &&
    sameMarks(before.marks, after.marks),
);
