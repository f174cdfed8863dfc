/**
 * Step 1: a normalised copy of the text for matching (NFKC, Traditional -> Simplified), with a map back to the raw
 * text so that every match becomes a verbatim quote of the original.
 *
 * opencc-js (its t2cn build: Hong Kong/Taiwan Traditional to mainland Simplified) converts phrase by phrase but
 * almost always character for character; where a conversion changes the length, that stretch is converted one
 * character at a time instead, so the map stays exact.
 */
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 'hk', to: 'cn' });

export interface Normalised {
  /** The matching copy. */
  text: string;
  /** For each index of `text` (and one past its end), the index of the raw text it came from. */
  toRaw: Int32Array;
  /**
   * Where the raw text of `text`'s first k characters ends, for each k, where it is not toRaw[k]: a quote that ends
   * before a pinyin note leaves the note out ("青龍社區", not "青龍社區(qū)").
   */
  rawEnd?: Int32Array;
}

/** Characters that show nothing ("王\u200b大明"): left out of the matching copy, so a name is read whole. */
const INVISIBLE_RE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/** The text as a reader sees it: without the characters that show nothing. */
export const withoutInvisible = (s: string): string => s.replace(new RegExp(INVISIBLE_RE.source, 'g'), '');
/**
 * A Han character outside the Basic Multilingual Plane (𠮷, 𪚥: CJK Extensions B to H) stands in the matching copy
 * as one common-plane character the rules read as Han, so a name or place that holds one is read like any other;
 * every quote (and so every name shown) comes from the raw text, where the character is itself.
 */
const ASTRAL_HAN_STAND_IN = '\u9fa5';
const isAstralHan = (cp: number) => cp >= 0x20000 && cp <= 0x3134f;

/** One character (code point) at a time: NFKC, then Traditional -> Simplified. */
function normaliseChar(ch: string): string {
  if (INVISIBLE_RE.test(ch)) return '';
  const k = ch.normalize('NFKC');
  if (isAstralHan(k.codePointAt(0) ?? 0)) return ASTRAL_HAN_STAND_IN;
  const s = toSimplified(k);
  return s.length > 0 ? s : k;
}

/**
 * The pinyin a page's converter wrote after some characters ("鎮(zhèn)", "發(fā)"): left out of the matching copy,
 * so "副主任(rèn)邵景祥" reads as "副主任邵景祥"; a quote keeps it, as the page has it.
 */
const PINYIN_NOTE_RE =
  /(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/g;

/** A name or a title as a reader writes it: without the characters that show nothing or a converter's pinyin. */
export const asWritten = (s: string): string => withoutInvisible(s).replace(PINYIN_NOTE_RE, '');

export function normalise(raw: string): Normalised {
  const notes = [...raw.matchAll(PINYIN_NOTE_RE)];
  // Fast path: NFKC keeps the length and opencc keeps it too (the usual case), so the map is the identity.
  const nfkc = raw.normalize('NFKC');
  if (
    notes.length === 0 &&
    nfkc.length === raw.length &&
    !INVISIBLE_RE.test(raw) &&
    !/[\ud840-\ud884]/.test(nfkc)
  ) {
    const simple = toSimplified(nfkc);
    if (simple.length === raw.length && sameShape(raw, nfkc)) {
      const toRaw = new Int32Array(raw.length + 1);
      for (let i = 0; i <= raw.length; i++) toRaw[i] = i;
      return { text: verbsWithZhe(simple), toRaw };
    }
  }
  // Slow path: code point by code point, so each output character knows where it came from.
  let text = '';
  const map: number[] = [];
  let i = 0;
  let note = 0;
  const ends: number[] = [0];
  for (const ch of raw) {
    while (note < notes.length && notes[note]!.index + notes[note]![0].length <= i) note++;
    const inNote = note < notes.length && notes[note]!.index <= i;
    const out = inNote ? '' : normaliseChar(ch);
    for (let j = 0; j < out.length; j++) {
      map.push(i);
      ends.push(i + ch.length);
    }
    text += out;
    i += ch.length;
  }
  map.push(raw.length);
  return {
    text: verbsWithZhe(text),
    toRaw: Int32Array.from(map),
    ...(notes.length > 0 ? { rawEnd: Int32Array.from(ends) } : {}),
  };
}

/**
 * "提著礦泉水", "帶著慰問品": the aspect mark after a verb, which Taiwan writes 著 and opencc keeps, is 着 in the
 * matching copy, so one rule reads both ("显著", "著名" keep theirs). One character for one: the map is unchanged.
 */
const verbsWithZhe = (s: string): string =>
  s.replace(/(?<=[提拎扛抬拿端带捧抱背握拉牵冒顶迎沿随跟朝向穿戴守陪载装挂举])著/g, '着');

/** NFKC kept every code point in place (no composition or expansion that happened to balance out). */
function sameShape(raw: string, nfkc: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const a = raw.charCodeAt(i);
    const b = nfkc.charCodeAt(i);
    const surrogateA = a >= 0xd800 && a <= 0xdfff;
    const surrogateB = b >= 0xd800 && b <= 0xdfff;
    if (surrogateA !== surrogateB) return false;
    // A combining mark (U+0300-U+036F) may have been composed with its base.
    if (a >= 0x300 && a <= 0x36f) return false;
  }
  return true;
}

/** The raw substring that normalised [start, end) came from. */
export function rawSpan(n: Normalised, start: number, end: number): { start: number; end: number } {
  const s = n.toRaw[start] ?? 0;
  let e = (end > start ? n.rawEnd?.[end] : undefined) ?? n.toRaw[end] ?? n.toRaw[n.toRaw.length - 1] ?? 0;
  if (e <= s) {
    // Several normalised characters came from one raw character: quote that whole raw character.
    let k = end;
    while (k < n.toRaw.length - 1 && (n.toRaw[k] ?? 0) <= s) k++;
    e = n.toRaw[k] ?? s + 1;
  }
  return { start: s, end: e };
}

/** Whether `at` lies inside quotation marks opened before it in `text`: what someone says ("“今天有多少人出入？”"). */
export const insideQuotes = (text: string, at: number): boolean => {
  const before = text.slice(0, at);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
};
