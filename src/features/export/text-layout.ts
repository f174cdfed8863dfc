/**
 * Line breaking for the caption of an exported image (SVG text does not wrap by itself). Pure: the width of a
 * string comes from a `measure` function (canvas measureText in the browser, an estimate in tests).
 *
 * Breaks between words of Latin text and between any two CJK characters, never before closing punctuation
 * (，。、；：）》” …) nor after opening punctuation (（《“ …); a word longer than the line is cut.
 */
export type Measure = (text: string, fontSize: number, fontWeight: number) => number;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;
const NO_LINE_START = /^[，。、；：！？）》」』】〕”’,.;:!?)\]}…％%·›]/u;
const NO_LINE_END = /[（《「『【〔“‘([{]$/u;

/** Splits text into pieces between which a line may break; spaces stay at the end of the piece before them. */
export function breakPieces(text: string): string[] {
  const raw: string[] = [];
  let word = '';
  for (const ch of text) {
    if (ch === ' ') {
      raw.push(`${word} `);
      word = '';
    } else if (CJK.test(ch)) {
      if (word) raw.push(word);
      raw.push(ch);
      word = '';
    } else {
      word += ch;
    }
  }
  if (word) raw.push(word);
  // Glue closing punctuation to the piece before it, and opening punctuation to the piece after it.
  const pieces: string[] = [];
  for (const piece of raw) {
    const last = pieces[pieces.length - 1];
    if (last !== undefined && (NO_LINE_START.test(piece) || NO_LINE_END.test(last)))
      pieces[pieces.length - 1] = last + piece;
    else pieces.push(piece);
  }
  return pieces;
}

/** Greedy lines of at most `width` (trailing spaces do not count); never returns an empty list. */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  fontWeight: number,
  measure: Measure,
): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => measure(s.trimEnd(), fontSize, fontWeight) <= width;
  for (const piece of breakPieces(text)) {
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    // A piece wider than a whole line: cut it character by character.
    let rest = piece;
    while (!fits(rest) && [...rest].length > 1) {
      const chars = [...rest];
      let n = chars.length - 1;
      while (n > 1 && !fits(chars.slice(0, n).join(''))) n -= 1;
      lines.push(chars.slice(0, n).join(''));
      rest = chars.slice(n).join('');
    }
    line = rest;
  }
  if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** An estimate of text width for tests and for a browser without canvas: CJK 1em, Latin about 0.56em. */
export const estimateWidth: Measure = (text, fontSize, fontWeight) =>
  [...text].reduce((sum, ch) => sum + (CJK.test(ch) ? 1 : ch === ' ' ? 0.28 : 0.56), 0) *
  fontSize *
  (fontWeight >= 600 ? 1.04 : 1);
