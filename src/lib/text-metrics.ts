/**
 * The one home for measuring and breaking text into lines: chart axis labels on the page, and the captions of
 * exported images (SVG text does not wrap by itself). Pure: widths come from a `Measure` (the canvas with the
 * real font in a browser, `estimateWidth` elsewhere).
 *
 * Linear time on any input: every character is measured once (widths are cached per character), and a word with
 * no break in it is cut by running sums, never by re-measuring longer and longer prefixes. A 1 MB word wraps in
 * milliseconds; with `maxLines`, the work stops once the lines are full.
 *
 * Lines break between words of Latin text and between any two CJK characters, never before closing punctuation
 * (，。、；：）》” …) nor after opening punctuation (（《“ …); a word longer than the line is cut.
 */
export type Measure = (text: string, fontSize: number, fontWeight: number) => number;

/** Characters set one em wide in a CJK font: ideographs, kana, hangul, CJK punctuation, full-width forms. */
export const CJK = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f]/u;
const NO_LINE_START = /^[，。、；：！？）》」』】〕”’,.;:!?)\]}…％%·›]/u;
const NO_LINE_END = /[（《「『【〔“‘([{]$/u;
export const ELLIPSIS = '…';

/**
 * An estimate of text width: CJK and the ellipsis 1em, capitals and digits 0.68em, spaces 0.3em, others 0.56em;
 * bold 4 % wider. Generous on purpose: a label cut a little early is better than one that overlaps.
 */
export const estimateWidth: Measure = (text, fontSize, fontWeight) => {
  let em = 0;
  for (const ch of text) {
    if (ch === ELLIPSIS || CJK.test(ch)) em += 1;
    else if (ch === ' ') em += 0.3;
    else if (/[A-Z0-9]/.test(ch)) em += 0.68;
    else em += 0.56;
  }
  return em * fontSize * (fontWeight >= 600 ? 1.04 : 1);
};

/**
 * A measure backed by the canvas with the given font stack, where the browser has one (OffscreenCanvas); the
 * estimate elsewhere (jsdom, Node). Measuring with the font that draws is what keeps labels off the axis.
 */
export function canvasMeasure(fontStack: string): Measure {
  if (typeof OffscreenCanvas === 'undefined') return estimateWidth;
  const ctx = new OffscreenCanvas(1, 1).getContext('2d');
  if (!ctx) return estimateWidth;
  // The same labels are measured on every draw: each text is measured once per size and weight.
  const cache = new Map<string, number>();
  return (text, size, weight) => {
    const key = `${weight} ${size} ${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      ctx.font = `${weight} ${size}px ${fontStack}`;
      width = ctx.measureText(text).width;
      if (cache.size > 20_000) cache.clear();
      cache.set(key, width);
    }
    return width;
  };
}

/** Widths of single characters, each measured once per font size and weight. */
function charWidths(measure: Measure, fontSize: number, fontWeight: number): (ch: string) => number {
  const cache = new Map<string, number>();
  return (ch) => {
    let w = cache.get(ch);
    if (w === undefined) {
      w = measure(ch, fontSize, fontWeight);
      cache.set(ch, w);
    }
    return w;
  };
}

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

export type WrapOptions = {
  fontSize: number;
  fontWeight?: number;
  measure?: Measure;
  /** At most this many lines; the last is cut with an ellipsis if the text goes on. */
  maxLines?: number;
};

/**
 * Greedy lines of at most `width` (trailing spaces do not count); never returns an empty list. Widths are sums
 * of character widths (kerning ignored), so a line may break a little early, never overflow.
 */
export function wrapText(text: string, width: number, options: WrapOptions): string[] {
  const { fontSize, fontWeight = 400, measure = estimateWidth, maxLines = Infinity } = options;
  const w = charWidths(measure, fontSize, fontWeight);
  const widthOf = (s: string) => {
    let sum = 0;
    for (const ch of s) sum += w(ch);
    return sum;
  };
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0; // width of `line` without its trailing spaces
  let trailing = 0; // width of its trailing spaces
  const full = () => lines.length >= maxLines;
  const push = (s: string) => {
    lines.push(s.trimEnd());
  };

  const pieces = breakPieces(text);
  let i = 0;
  for (; i < pieces.length && !full(); i += 1) {
    const piece = pieces[i] ?? '';
    const body = piece.trimEnd();
    const bodyWidth = widthOf(body);
    const spaceWidth = widthOf(piece.slice(body.length));
    if (lineWidth + trailing + bodyWidth <= width) {
      line += piece;
      lineWidth += trailing + bodyWidth;
      trailing = spaceWidth;
      continue;
    }
    if (line.trim() !== '') {
      push(line);
      line = '';
      if (full()) break;
    }
    // Both ways on set the new line's widths.
    if (bodyWidth <= width) {
      line = piece;
      lineWidth = bodyWidth;
      trailing = spaceWidth;
      continue;
    }
    // A piece wider than a whole line: cut it by characters, keeping a running sum.
    let part = '';
    let partWidth = 0;
    for (const ch of body) {
      const cw = w(ch);
      if (part !== '' && partWidth + cw > width) {
        push(part);
        if (full()) break;
        part = '';
        partWidth = 0;
      }
      part += ch;
      partWidth += cw;
    }
    if (full()) break;
    line = part + piece.slice(body.length);
    lineWidth = partWidth;
    trailing = spaceWidth;
  }
  const cut = i < pieces.length || (full() && line.trim() !== '');
  if (!full() && (line.trim() !== '' || lines.length === 0)) push(line);
  if (cut && lines.length > 0) {
    const last = lines.length - 1;
    lines[last] = fitText(`${lines[last] ?? ''}${ELLIPSIS}`, width, { fontSize, fontWeight, measure }, true);
  }
  return lines;
}

/**
 * The text cut to fit `width`, ending in an ellipsis if it was cut (`forceEllipsis`: it ends in one anyway).
 * Linear: a running sum of character widths.
 */
export function fitText(
  text: string,
  width: number,
  options: Omit<WrapOptions, 'maxLines'>,
  forceEllipsis = false,
): string {
  const { fontSize, fontWeight = 400, measure = estimateWidth } = options;
  const w = charWidths(measure, fontSize, fontWeight);
  const body = forceEllipsis && text.endsWith(ELLIPSIS) ? text.slice(0, -1) : text;
  let total = 0;
  for (const ch of body) {
    total += w(ch);
    if (total > width) break;
  }
  if (total <= width && !forceEllipsis) return body;
  const room = width - w(ELLIPSIS);
  let out = '';
  let sum = 0;
  for (const ch of body) {
    if (sum + w(ch) > room) break;
    out += ch;
    sum += w(ch);
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}
