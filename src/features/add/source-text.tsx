/**
 * The bulletin text beside the draft: each paragraph with the evidence of every fact highlighted, and the
 * words the user selects read back as evidence (paragraph, quote, offset in the raw paragraph).
 */
import { useEffect, useRef } from 'react';
import type { Evidence } from '../../data/schema';

export type Highlight = { key: string; paragraph: number; start: number; end: number; drafted: boolean };

/** The selection inside `container`, as evidence, when it lies within one paragraph. */
export function readSelection(container: HTMLElement, paragraphs: readonly string[]): Evidence | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const paragraphOf = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-paragraph]') ?? null;
  const start = paragraphOf(range.startContainer);
  if (!start || start !== paragraphOf(range.endContainer) || !container.contains(start)) return null;
  const before = document.createRange();
  before.selectNodeContents(start);
  before.setEnd(range.startContainer, range.startOffset);
  let offset = before.toString().length;
  let quote = range.toString();
  // Spaces at either end of a selection are not part of the quote.
  const lead = quote.length - quote.trimStart().length;
  offset += lead;
  quote = quote.trim();
  const paragraph = Number(start.dataset.paragraph);
  if (!quote || !paragraphs[paragraph]?.startsWith(quote, offset)) return null;
  return { paragraph, quote, offset };
}

function segments(text: string, marks: readonly Highlight[]) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((from, i) => {
    const to = points[i + 1]!;
    return { from, to, marks: marks.filter((m) => m.start <= from && m.end >= to) };
  });
}

export function SourceText({
  paragraphs,
  highlights,
  active,
  onSelect,
  onPick,
  label,
}: {
  paragraphs: readonly string[];
  highlights: readonly Highlight[];
  active: string | null;
  onSelect: (evidence: Evidence) => void;
  onPick: (key: string) => void;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const latest = useRef({ paragraphs, onSelect });
  useEffect(() => {
    latest.current = { paragraphs, onSelect };
  });
  useEffect(() => {
    const read = () => {
      const container = ref.current;
      if (!container) return;
      const evidence = readSelection(container, latest.current.paragraphs);
      // A collapsed selection (a click on a button) keeps the last one: it is what the user means to use.
      if (evidence) latest.current.onSelect(evidence);
    };
    document.addEventListener('selectionchange', read);
    const container = ref.current;
    container?.addEventListener('mouseup', read);
    container?.addEventListener('keyup', read);
    return () => {
      document.removeEventListener('selectionchange', read);
      container?.removeEventListener('mouseup', read);
      container?.removeEventListener('keyup', read);
    };
  }, []);
  return (
    <div
      ref={ref}
      role="region"
      aria-label={label}
      className="max-h-[70vh] space-y-2 overflow-y-auto rounded border border-slate-200 p-3 leading-relaxed dark:border-slate-700"
    >
      {paragraphs.map((text, pi) => {
        const marks = highlights.filter((h) => h.paragraph === pi);
        return (
          <p key={pi} data-paragraph={pi} className="select-text">
            {segments(text, marks).map(({ from, to, marks: on }) => {
              const piece = text.slice(from, to);
              if (on.length === 0) return <span key={from}>{piece}</span>;
              // The innermost fact (the shortest quote) is the one a click picks.
              const inner = [...on].sort((a, b) => a.end - a.start - (b.end - b.start))[0]!;
              const isActive = on.some((m) => m.key === active);
              const drafted = on.some((m) => m.drafted);
              return (
                <mark
                  key={from}
                  data-fact={inner.key}
                  onClick={() => onPick(inner.key)}
                  className={`cursor-pointer rounded-sm px-0.5 text-inherit ${
                    drafted ? 'bg-violet-100 dark:bg-violet-900/60' : 'bg-emerald-100 dark:bg-emerald-900/60'
                  } ${isActive ? 'outline-2 outline-amber-500' : ''}`}
                >
                  {piece}
                </mark>
              );
            })}
          </p>
        );
      })}
    </div>
  );
}
