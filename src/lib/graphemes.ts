/**
 * The one home for cutting text short by what a reader counts as characters: grapheme clusters
 * (`Intl.Segmenter`), so that a cut never leaves half an emoji (a lone surrogate), a flag without its second
 * letter, a family without its members, or a letter without its accent. Used for titles cut from a first
 * paragraph, headings and notices that show a value from a link, and anything else shown shortened.
 *
 * Linear in what is kept, not in the text: a 5,000,000-character value is cut after reading a little more than its
 * first `max` clusters. Where a browser has no `Intl.Segmenter`, whole code points are kept (never half of a pair).
 */
import { ELLIPSIS } from './text-metrics';

type Segmenter = { segment: (text: string) => Iterable<{ segment: string; index: number }> };
let segmenter: Segmenter | null | undefined;
function getSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const Seg = (Intl as { Segmenter?: new (locale?: string, o?: object) => Segmenter }).Segmenter;
    segmenter = Seg ? new Seg(undefined, { granularity: 'grapheme' }) : null;
  }
  return segmenter;
}

/** Where the first `max` grapheme clusters of `text` end (a UTF-16 index), or null if it has no more than `max`. */
function cutAt(text: string, max: number): number | null {
  // A cluster is at least one code unit: a text no longer than `max` units has no more than `max` clusters.
  if (text.length <= max) return null;
  const seg = getSegmenter();
  let count = 0;
  if (seg) {
    // The segmenter reads the whole string it is given: give it a window a little longer than `max` clusters
    // usually are (a boundary depends only on what comes before it and the character after), and the whole
    // text only if the window holds fewer.
    const window = text.length > max * 16 + 64 ? text.slice(0, max * 16 + 64) : text;
    for (const { index } of seg.segment(window)) {
      if (count === max) return index;
      count += 1;
    }
    if (window !== text) {
      count = 0;
      for (const { index } of seg.segment(text)) {
        if (count === max) return index;
        count += 1;
      }
    }
    return null;
  }
  let at = 0;
  while (at < text.length) {
    if (count === max) return at;
    const code = text.codePointAt(at)!;
    at += code > 0xffff ? 2 : 1;
    count += 1;
  }
  return null;
}

/** The first `max` grapheme clusters of `text` (all of it when it is no longer). */
export function firstGraphemes(text: string, max: number): string {
  const at = cutAt(text, Math.max(0, Math.floor(max)));
  return at === null ? text : text.slice(0, at);
}

/**
 * `text` shortened to at most `max` grapheme clusters, the last of them an ellipsis when anything was cut:
 * "区人大常委会主任…". For showing; what is stored keeps its full value.
 */
export function shorten(text: string, max: number, ellipsis = ELLIPSIS): string {
  const n = Math.max(1, Math.floor(max));
  return cutAt(text, n) === null ? text : `${firstGraphemes(text, n - 1)}${ellipsis}`;
}
