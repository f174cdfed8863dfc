/**
 * Supplies handed over: the item as written ("84消毒液", "N95口罩", "250ml酒精"), its kind, and a quantity only where
 * the text states a count or amount next to it ("口罩800个", "20箱矿泉水", "两千只口罩", "1.5万只"). A size
 * ("250ml"), a model ("N95") or a name ("84") is never a quantity.
 */
import { COUNT_UNITS, SIZE_UNITS, SUPPLY_KINDS, type SupplyKind } from './lexicon';
import { NUMBER_SOURCE, parseNumber } from './numbers';

export interface SupplyMention {
  /** The kind, or null for an item listed beside known supplies whose kind the lexicon does not know. */
  kind: SupplyKind | null;
  /** The item as written, without its quantity: [start, end) in the searched text. */
  itemStart: number;
  itemEnd: number;
  /** The item with its quantity: the evidence. */
  start: number;
  end: number;
  quantity: { value: number; unit: string } | null;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

const WORD_RE = new RegExp(alt(SUPPLY_KINDS.flatMap((k) => k.words)), 'g');
const KIND_BY_WORD = new Map(SUPPLY_KINDS.flatMap((k) => k.words.map((w) => [w, k] as const)));
const COUNT = `(?<![A-Za-z\\d.])(${NUMBER_SOURCE})(余|多)?(${alt(COUNT_UNITS)})`;
const QTY_AFTER = new RegExp(`^(?:共计|共|计|各)?${COUNT}`);
const QTY_BEFORE = new RegExp(`^(?:共计|共|计|各)?${COUNT}`);
const SIZE_RE = new RegExp(`\\d+(?:\\.\\d+)?(?:${alt(SIZE_UNITS)})`);
/** Verbs that hand supplies over; the list follows them (or, after 将/把, precedes 送到). */
export const SUPPLY_VERB_RE =
  /送去了?|送来了?|送上了?|送达了?|带去了?|带来了?|带着|带上了?|赠送了?|捐赠了?|捐献了?|捐助了?|捐出|发放了?|分发了?|转交了?|配发了?|提供了?|筹集了?|购置了?|送给|赠予|将|把|送了|捐了/g;
const SEPARATOR_RE = /^(?:、|,|，|以及|和|及|与|还有|另有)/;
const SEGMENT_END_RE = /[、,，。;；:：和及与等!！?？]|以及|还有/;

/** Finds supply items listed after a hand-over verb in one sentence of normalised text. */
export function findSupplies(text: string): SupplyMention[] {
  const out: SupplyMention[] = [];
  const taken = new Set<number>();
  for (const verb of text.matchAll(SUPPLY_VERB_RE)) {
    let p = verb.index + verb[0].length;
    // "为他们送去了价值2万元的…", "给社区送来": skip a short recipient or value phrase ending in 的.
    const value = /^(?:价值[^,，。;；]{1,12}?的|总价值[^,，。;；]{1,12}?的)/.exec(text.slice(p));
    if (value) p += value[0].length;
    const items = readList(text, p);
    if (items.length === 0) continue;
    // After 将/把 the items must go somewhere ("将口罩…送到社区").
    if ((verb[0] === '将' || verb[0] === '把') && !/送|交|发|捐|赠/.test(text.slice(p, p + 60))) continue;
    for (const item of items) {
      if (taken.has(item.itemStart)) continue;
      taken.add(item.itemStart);
      out.push(item);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Reads "口罩800个、250ml酒精40瓶和84消毒液等" from p: each segment with a known kind, unknown ones only between known ones. */
function readList(text: string, p: number): SupplyMention[] {
  const items: SupplyMention[] = [];
  let pending: SupplyMention[] = [];
  for (let guard = 0; guard < 40 && p < text.length; guard++) {
    const rest = text.slice(p, p + 40);
    const endMatch = SEGMENT_END_RE.exec(rest);
    const segLen = endMatch ? endMatch.index : rest.length;
    if (segLen === 0) break;
    const segment = text.slice(p, p + segLen);
    const item = readSegment(segment, p);
    if (item) {
      items.push(...pending, item);
      pending = [];
    } else if (
      segLen <= 8 &&
      items.length + pending.length > 0 &&
      /^[\u4e00-\u9fa5A-Za-z\d.%]+$/.test(segment)
    ) {
      const start = p + segment.search(/[^了]/);
      pending.push({
        kind: null,
        itemStart: start,
        itemEnd: p + segLen,
        start,
        end: p + segLen,
        quantity: null,
      });
    } else break;
    p += segLen;
    const sep = SEPARATOR_RE.exec(text.slice(p));
    if (!sep) break;
    p += sep[0].length;
  }
  // An unknown segment counts only when a known item follows it in the same list.
  return items;
}

function readSegment(segment: string, offset: number): SupplyMention | null {
  let word: RegExpExecArray | null = null;
  WORD_RE.lastIndex = 0;
  for (const m of segment.matchAll(WORD_RE)) word = m; // the last kind word is the head noun ("酒精消毒液")
  if (!word) return null;
  const kind = KIND_BY_WORD.get(word[0]) ?? null;
  const headEnd = word.index + word[0].length;
  let prefix = segment.slice(0, word.index);
  let prefixStart = 0;
  const de = prefix.lastIndexOf('的');
  if (de >= 0) {
    prefixStart = de + 1;
    prefix = prefix.slice(de + 1);
  }
  // Leading filler.
  const filler = /^(?:了|共计|共|计|各|一批|部分|大量|急需的?)*/.exec(prefix)![0];
  prefixStart += filler.length;
  prefix = prefix.slice(filler.length);

  let quantity: SupplyMention['quantity'] = null;
  let itemStart = prefixStart;
  let itemEnd = headEnd;
  const after = QTY_AFTER.exec(segment.slice(headEnd));
  const before = QTY_BEFORE.exec(prefix);
  if (after && after.index === 0 && headEnd + after[0].length === segment.length) {
    quantity = toQuantity(after);
  } else if (before && !SIZE_RE.test(before[0])) {
    quantity = toQuantity(before);
    itemStart = prefixStart + before[0].length;
  } else if (headEnd !== segment.length) {
    // Something else follows the head noun ("口罩发放点"): not a supply item.
    if (!/^(?:等|各|若干|一批)*$/.test(segment.slice(headEnd))) return null;
  }
  // Modifiers must look like part of the item ("医用", "N95", "250ml", "84"), not a clause.
  const modifiers = segment.slice(itemStart, word.index);
  if (modifiers.length > 10) return null;
  if (after) itemEnd = headEnd;
  return {
    kind,
    itemStart: offset + itemStart,
    itemEnd: offset + itemEnd,
    start: offset + prefixStart,
    end: offset + (after && quantity ? headEnd + after[0].length : itemEnd),
    quantity,
  };
}

function toQuantity(m: RegExpExecArray): { value: number; unit: string } | null {
  const value = parseNumber(m[1]!);
  if (value === null || value <= 0) return null;
  return { value, unit: m[3]! };
}
