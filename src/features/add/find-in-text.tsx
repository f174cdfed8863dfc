/**
 * 在原文中查找: the keyboard's way to select words in the text. Typing selects the first place the words occur
 * (after the words selected last, when they occur again), ↓ the next one; Enter goes to the text with the words
 * selected, ready for a label key.
 */
import { forwardRef, useId, useState } from 'react';
import type { Evidence } from '../../data/schema';
import { useI18n } from '../../i18n/i18n';

/** Where `words` next occur in the paragraphs, from (paragraph, offset) on, round to the start. */
export function findWords(
  paragraphs: readonly string[],
  words: string,
  from: { paragraph: number; offset: number } = { paragraph: 0, offset: 0 },
): Evidence | null {
  if (!words) return null;
  const n = paragraphs.length;
  for (let step = 0; step <= n; step++) {
    const paragraph = (from.paragraph + step) % n;
    const text = paragraphs[paragraph]!;
    const offset = text.indexOf(words, step === 0 ? from.offset : 0);
    if (offset >= 0 && !(step === n && offset >= from.offset)) return { paragraph, quote: words, offset };
  }
  return null;
}

export const FindInText = forwardRef<
  HTMLInputElement,
  {
    paragraphs: readonly string[];
    from: Evidence | null;
    onFound: (evidence: Evidence) => void;
    onDone: () => void;
  }
>(function FindInText({ paragraphs, from, onFound, onDone }, ref) {
  const { t } = useI18n();
  const id = useId();
  const [words, setWords] = useState('');
  const [notFound, setNotFound] = useState(false);
  const look = (value: string, start?: { paragraph: number; offset: number }) => {
    const found = findWords(paragraphs, value.trim(), start);
    setNotFound(value.trim() !== '' && !found);
    if (found) onFound(found);
  };
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id}>{t('add.find')}</label>
      <input
        ref={ref}
        id={id}
        type="search"
        value={words}
        aria-describedby={notFound ? `${id}-none` : undefined}
        className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-2 py-1 max-lg:min-h-11 dark:border-slate-600 dark:bg-slate-900"
        onChange={(e) => {
          setWords(e.target.value);
          look(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && from) {
            e.preventDefault();
            look(words, { paragraph: from.paragraph, offset: (from.offset ?? 0) + 1 });
          } else if (e.key === 'Enter' || e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onDone();
          }
        }}
      />
      {notFound && (
        <span id={`${id}-none`} role="status" className="text-amber-800 dark:text-amber-200">
          {t('add.notFound')}
        </span>
      )}
    </div>
  );
});
