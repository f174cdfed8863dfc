/**
 * How the genre writes how much of a supply was handed over, as rules: each row reads one way of writing it, next
 * to the item ("口罩800个", "20箱矿泉水", "口罩（800个）", "1,000个", "800 个"), or says why there is no quantity
 * ("价值2000多元的", "数百个", "一批"). Each row lists what it must read and must not read (quantities.test.ts tests
 * them row by row); adding a way of writing quantities is adding a row.
 */
import { COUNT_UNITS, SIZE_UNITS } from './lexicon';
import { NUMBER_SOURCE, parseNumber } from './numbers';

export interface Quantity {
  value: number;
  unit: string;
}

/** What a rule reads: a quantity, or none with the reason; and how many characters of the text it took. */
export interface QuantityReading {
  quantity: Quantity | null;
  note?: string;
  /** "各": the quantity is each item's of the list it ends. */
  each?: boolean;
  length: number;
}

export interface QuantityRule {
  name: string;
  /** Where the words stand: right after the item, or right before it. */
  side: 'after' | 'before';
  re: RegExp;
  read: (m: RegExpExecArray) => QuantityReading | null;
  /** [text next to the item, value, unit] it must read; texts it must not read. */
  reads: [string, number | null, string | null][];
  not: string[];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
const UNIT = `(?:${alt(COUNT_UNITS)})`;
const SIZE = `(?:${alt(SIZE_UNITS)})`;
/** (A currency may be named before the amount: "新台币3,000元", "人民币5000元".) */
const LEAD_IN =
  '(?:共计|共|计|合计|总计|累计)?(?:人民币|新台币|港币|澳门币)?(?<about>约|近|逾|超过|达|将近)?';
/** "500元/户", "每人200元": a quantity for each household or person. */
const PER = '(?<per>/(?:户|人|位|个|家)|每(?:户|人|位))?';

function count(m: RegExpExecArray, each = false): QuantityReading | null {
  const g = m.groups!;
  const value = parseNumber(g.n!);
  if (value === null || value <= 0) return null;
  const approx =
    g.approx || g.about
      ? `原文写的是约数（“${m[0].trim()}”），数量按所写的数记。`
      : g.per || g.perBefore
        ? `原文写的是每户（每人）的数量（“${m[0].trim()}”）。`
        : undefined;
  return {
    quantity: { value, unit: g.unit! },
    length: m[0].length,
    ...(each || g.each ? { each: true } : {}),
    ...(approx ? { note: approx } : {}),
  };
}

// Rows of one table (a way of writing a quantity is one row): their shape repeats by design.
// Rows of one table of named rules: the duplicates tool sees their shape repeat; that is the table, not copied code.
export const QUANTITY_RULES: QuantityRule[] = [
  {
    name: 'count after the item, maybe bracketed or spaced ("口罩800个", "口罩（800个）", "1,000 个")',
    side: 'after',
    re: new RegExp(
      `^\\s*[(（]?\\s*${LEAD_IN}(?<each>各)?(?<perBefore>每(?:户|人|位|份))?\\s*(?<n>${NUMBER_SOURCE})\\s*(?<approx>余|多)?\\s*(?<unit>${UNIT})${PER}\\s*[)）]?(?:[(（][^)）]{1,12}[)）])?`,
    ),
    read: (m) => count(m),
    reads: [
      ['800个', 800, '个'],
      ['（800个）', 800, '个'],
      ['1,000个', 1000, '个'],
      ['800 个', 800, '个'],
      ['3万元', 30000, '元'],
      ['各50份', 50, '份'],
      ['共计2.6万元', 26000, '元'],
      ['两千只', 2000, '只'],
      ['约2000只', 2000, '只'],
      ['500元/户', 500, '元'],
      ['100袋（每袋25公斤）', 100, '袋'],
      ['每人500元', 500, '元'],
      ['1万5000元', 15000, '元'],
      ['2万3千元', 23000, '元'],
    ],
    not: ['250ml', '发放点'],
  },
  {
    name: 'count before the item ("20箱矿泉水", "两千只口罩", "500袋5公斤大米": the count, not the size)',
    side: 'before',
    re: new RegExp(`^${LEAD_IN}(?<n>${NUMBER_SOURCE})\\s*(?<approx>余|多)?\\s*(?<unit>${UNIT})(?!${SIZE})`),
    read: (m) => count(m),
    reads: [
      ['20箱', 20, '箱'],
      ['两千只', 2000, '只'],
      ['500袋5公斤', 500, '袋'],
      ['1.5万只', 15000, '只'],
      ['新台币3,000元', 3000, '元'],
      ['壹万元', 10000, '元'],
      ['贰仟伍佰元', 2500, '元'],
      ['3千5百个', 3500, '个'],
    ],
    not: ['250ml', 'N95', '84'],
  },
  {
    name: 'count before the item with a word of size between ("两大缸绿豆汤", "三大箱矿泉水")',
    side: 'before',
    re: new RegExp(`^(?:满满)?${LEAD_IN}(?<n>${NUMBER_SOURCE})\\s*(?:大|小)(?<unit>${UNIT})(?!${SIZE})`),
    read: (m) => count(m),
    reads: [
      ['两大缸', 2, '缸'],
      ['满满两大缸', 2, '缸'],
      ['三大箱', 3, '箱'],
    ],
    not: ['大箱', '两大类'],
  },
  {
    name: 'a value, not a count ("价值2000多元的蔬菜瓜果")',
    side: 'before',
    re: /^(?:总)?价值(?:约|近|超过)?[^,，。;；的]{1,12}?的/,
    read: (m) => ({
      quantity: null,
      note: `原文写的是价值（“${m[0].slice(0, -1)}”），不是数量。`,
      length: m[0].length,
    }),
    reads: [
      ['价值2000多元的', null, null],
      ['价值约5万元的', null, null],
    ],
    not: ['20箱'],
  },
  {
    name: 'a value after goods, not a count ("慰问物资折合1.8万余元", "物资价值3万元")',
    side: 'after',
    re: /^(?:折合|价值|总价值|合计价值|折款)(?:人民币)?(?:约|近|超过|共|达|达到|高达)?[\d.,，零一二两三四五六七八九十百千万亿]+(?:余|多)?万?元/,
    read: (m) => ({
      quantity: null,
      note: `原文写的是价值（“${m[0]}”），不是数量。`,
      length: m[0].length,
    }),
    reads: [
      ['折合1.8万余元', null, null],
      ['价值3万元', null, null],
    ],
    not: ['20箱', '1000元'],
  },
  {
    name: 'no exact number ("数百个", "一批", "若干")',
    side: 'before',
    re: new RegExp(`^(?:一批|一些|若干|大批|大量|部分|数[十百千万]+${UNIT}?|上[百千万]${UNIT}?)`),
    read: (m) => ({ quantity: null, note: `原文没有写确切数量（“${m[0]}”）。`, length: m[0].length }),
    reads: [
      ['数百个', null, null],
      ['一批', null, null],
    ],
    not: ['两千只', '800个'],
  },
  {
    name: 'no exact number after the item ("口罩一批", "口罩若干")',
    side: 'after',
    re: new RegExp(`^(?:一批|若干|数[十百千万]+${UNIT}|上[百千万]${UNIT})`),
    read: (m) => ({ quantity: null, note: `原文没有写确切数量（“${m[0]}”）。`, length: m[0].length }),
    reads: [
      ['一批', null, null],
      ['数百个', null, null],
    ],
    not: ['800个'],
  },
];

/** Reads the words right after (or before) an item: the first rule of that side that reads them. */
export function readQuantity(
  side: 'after' | 'before',
  text: string,
): (QuantityReading & { rule: string }) | null {
  for (const rule of QUANTITY_RULES) {
    if (rule.side !== side) continue;
    const m = rule.re.exec(text);
    if (!m) continue;
    const r = rule.read(m);
    if (r) return { ...r, rule: rule.name };
  }
  return null;
}
