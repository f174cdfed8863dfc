/**
 * Supplies handed over: the list after a hand-over verb ("送去口罩800个、20箱矿泉水和84消毒液等"), each item as written,
 * its kind where the lexicon knows it, and its quantity as the rules of quantities.ts read it. Whatever is handed
 * over is a supply: an item the lexicon does not know is kept where the list holds it (with a count, next to known
 * items, or before "等慰问品"); a size ("250ml"), a model ("N95") or a name ("84") is never a quantity.
 */
import { COUNT_UNITS, SUPPLY_KINDS, type SupplyKind } from './lexicon';
import { insideQuotes, normalise, rawSpan } from './normalise';
import { readQuantity, type Quantity } from './quantities';

export interface SupplyMention {
  /** The kind, or null for an item whose kind the lexicon does not know. */
  kind: SupplyKind | null;
  /** The item as written, without its quantity: [start, end) in the searched text. */
  itemStart: number;
  itemEnd: number;
  /** The item with its quantity: the evidence. */
  start: number;
  end: number;
  quantity: Quantity | null;
  /** What a reader should know of the quantity (a value, not a count; no exact number; one each). */
  note?: string;
  /** Read only as the one short noun after a verb that can only hand over ("颁赠金戒指"): it tells of no visit. */
  alone?: true;
}

/** The words of an item of at least `min` characters up to a count after it (`numeral`), or to the segment's end. */
const itemUpTo = (min: number, numeral: string) =>
  new RegExp(
    `^([\\u4e00-\\u9fa5A-Za-z\\d.%]{${min},10}?)(?=(?:[(（]|\\s+)?(?:共计|共|各|约|近|逾|超过)?(?:\\d|${numeral})|$)`,
  );
/**
 * An item the lexicon does not know: the words up to a count after it, or the whole segment. Where that leaves one
 * character, a numeral in the name starts no count unless a unit follows it ("三七花茶168盒" is 三七花茶).
 */
const UNKNOWN_ITEM_RE = itemUpTo(1, '[一二两三四五六七八九十百千万]');
const NUMERAL_IN_NAME_RE = itemUpTo(
  2,
  `[一二两三四五六七八九十百千万]+[余多来几]?(?:${COUNT_UNITS.join('|')})`,
);
/** Units of single pieces, whose total counts the goods themselves ("6箱共计2万只口罩"). */
const PIECE_UNIT_RE = /^(?:只|个|瓶|件|包|袋|盒|支|副|双|套|片|粒|条|罐|听|张|本|台|顶|床|枚|块|把)$/;
/** Units of weight or volume: a total of the goods, not a count of them. */
const WEIGHT_UNIT_RE = /^(?:斤|公斤|千克|克|吨|升|毫升|立方米?)$/;
/** While a list is read: "各" after this item shares its quantity with the items before it ("米面油各50份"). */
type ListItem = SupplyMention & { each?: boolean };
const settled = ({ each: _each, ...item }: ListItem): SupplyMention => item;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

const WORDS = SUPPLY_KINDS.flatMap((k) => k.words);
/** Kind words, longest first; one-character words ("米", "油") only as a whole segment. */
const WORD_RE = new RegExp(alt(WORDS.filter((w) => w.length > 1)), 'g');
const SINGLE = new Set(WORDS.filter((w) => w.length === 1));
const KIND_BY_WORD = new Map(SUPPLY_KINDS.flatMap((k) => k.words.map((w) => [w, k] as const)));
/** Verbs that hand supplies over; the list follows them (or, after 将/把, precedes 送到). */
export const SUPPLY_VERB_RE =
  /挂上了?|贴上了?|戴上了?|佩戴上了?|(?:自费|自发)?(?:购买|采购|筹集|筹措|自购)(?:了|到)?|买了|给予了?|致送了?|携带着?|送出了?|运送了?|递送了?|送去了?|送来了?|送上了?|送达了?|送出了?|送到了?|带去了?|带来了?|带着|带上了?|带了|赠送了?|捐赠了?|捐献了?|捐助了?|捐送了?|捐出|发放了?|派发了?|分发了?|转交了?|配发了?|提供了?|购置了?|送给|赠予|赠给|将|把|送了|捐了|合捐|捐(?=现金|[\d一二两三四五六七八九十百千万])|献上了?|敬献了?|递上了?|交到|掏出了?|领到了?|留下了|提着|拎着|扛着|抬着|拿着|端着|拉来(?!了?[\d.一二两三四五六七八九十百千万]+(?:万|亿)?元)了?|运来了?|搬来了?|扛来了?|手提|带著|买来了?|端来了?|端上了?|准备了|备好了|奉上了?|赠与了?|颁发了?|发送了?|致赠了?|送赠了?|颁赠了?|各赠|(?<!(?:要求|需要|需|应|须|务必)(?:提前)?)备妥了?|送(?=[米面油](?:[、，,和及送]|$))/g;
/** A new clause that hands more over ("…，并致赠加菜金…"), not more of the list before it. */
const MORE_GIVEN_RE = new RegExp(`^(?:也|还|又|并|再|同时)?(?:${SUPPLY_VERB_RE.source})`);
const SEPARATOR_RE = /^(?:、|,|，|以及|和|及|与|还有|另有|并)/;
const SEGMENT_END_RE = new RegExp(
  [
    /[、，。;；:：和及与等!！?？]|并(?=捐|送|赠|发(?!症)|转|交|颁|致|派|献|分[发派送])|(?<=(?:慰问品|物资|用品|礼品|年货|物品))[(（]|(?<![(（][^)）]{0,12})[)）]|以及|还有|送到|送往|送至|交给|交到|(?:捐赠|赠送|捐献|转赠|发放|分发)给|送给|以表|以示|赠给|放到|放在|带到|搬到|搬进|搬入|抬进|扛进|用于|捐给|转交|塞到|塞给|递到|递给|发到|来到|走进|前往|赶到|深入|上门|(?<!收)入户|一一|逐一|逐户|亲手|分别|分头|一并|一起|一同|看望|慰问走访|走访了|慰问(?=了|看望|探望)|(?<!\d),|,(?!\d{3})/
      .source,
    // "捐赠医用外科口罩4000个给化州市人民医院": 给 after a count, then who received them.
    `(?<=\\d(?:${COUNT_UNITS.join('|')}))给`,
    // ("贈送年菜和生活物資給長者": 给 after the kind of goods.)
    '(?<=物资|用品|礼品|礼包|慰问品|年货|年菜)给',
  ].join('|'),
);
/**
 * "等慰问品", "等防疫物资", "等价值50余万元的慰问品": the kind of what was listed before it, not an item of its own (物质 is
 * a common slip for 物资).
 */
const CATEGORY_RE =
  /^等(?:一批|多种|大量)?(?:价值[\d.,约近余多万千百]+元的?)?[\u4e00-\u9fa5]{0,6}?(?:物资|物质|物品|用品|慰问品|礼品|急需品|必需品|年货|食品|药品|生活品|日用品|营养品|保健品|文具)/;
/** "买了牛奶、水果等营养品，来到…": goods closed by their kind, then a verb of going to a visit. */
const BOUGHT_FOR_VISIT_RE = new RegExp(
  `^[^。;；!！?？]{0,40}?(?:${CATEGORY_RE.source.slice(1)})[,，]?(?:一起|一同)?(?:来到|前往|赶到|走进|赶赴|看望|探望|慰问)`,
);
/** Words handed over that are not things: "送去节日的祝福和慰问品" goes on after them. */
const GREETING_RE =
  /^(?:[\u4e00-\u9fa5]{0,6}的|新春|节日|新年|春节|佳节|中秋|美好)?(?:祝福|问候|关怀|关心|关爱|温暖|慰问|心意|敬意|谢意)(?=和|及|与|、|，|,)/;

/** Finds supply items listed after a hand-over verb in one sentence of normalised text. */
export function findSupplies(text: string): SupplyMention[] {
  const out: SupplyMention[] = [];
  const taken = new Set<number>();
  // "2800个普法宣传杯子、400张台历……发到了群众手中": counted goods first, the verb of delivery after them.
  for (const m of text.matchAll(DELIVERED_RE)) {
    const start = m.index - /[^。;；!?！？:：]*$/.exec(text.slice(0, m.index))![0].length;
    // (A verb before the goods reads them; 把 and 将 only point at them: "把西瓜…等物资搬下车".)
    const verbs = [...text.slice(start, m.index).matchAll(new RegExp(SUPPLY_VERB_RE.source, 'g'))];
    if (
      verbs.some((v) => !/^(?:把|将)$/.test(v[0])) ||
      (verbs.length > 0 &&
        /^(?:送到|发到|交到|分发到|发放到|递到)/.test(m[0].replace(/^(?:一道|一起|一并|一同)/, '')))
    )
      continue;
    // (Goods without a count too, where the list says what kind they are: "大米、食用油等慰问物资送到了…手中".)
    const kinded = /等[^,，。]{0,6}(?:物资|物品|慰问品|礼品|年货)/.test(text.slice(start, m.index));
    for (const item of readList(text, start, '将'))
      if (
        (item.quantity !== null || (kinded && item.kind !== null)) &&
        item.end <= m.index &&
        !taken.has(item.itemStart)
      ) {
        taken.add(item.itemStart);
        out.push(item);
      }
  }
  for (const verb of text.matchAll(SUPPLY_VERB_RE)) {
    let p = verb.index + verb[0].length;
    // "把春联送到退役军人手中": who received them follows 送到, not what was handed over.
    if (
      /^(?:送到|交到)/.test(verb[0]) &&
      /^[^,，。;；]{0,14}?(?:手中|手里|手上|家中|家里|身边|床前|一线|门口|门前)/.test(text.slice(p))
    )
      continue;
    // "把大米、食用油等物资送给全县公路、电业…的职工": after the goods 把 or 将 pointed at, who received them.
    if (
      /^(?:送给|赠给|赠予|交给|递给|转交|送到|交到)/.test(verb[0]) &&
      /[把将][^,，。;；]{1,40}$/.test(text.slice(0, verb.index))
    )
      continue;
    // "；据统计，全县各级工会共发放慰问物资80多万元": a tally of a wider campaign, not what this visit handed over.
    if (/据统计[^。;；]{0,30}?(?:全[县市区省镇乡]|各级)[^。;；]{0,20}$/.test(text.slice(0, verb.index)))
      continue;
    // What someone is quoted as saying hands nothing over ("“这副春联不只是…”").
    if (insideQuotes(text, verb.index)) continue;
    // ("防疫福袋先后派发到屯门、将军澳…": where the goods went, not what they were.)
    // (Unless what went there is listed after: "派发到各户，包括大米100袋…", "派发到困难户手中的有大米…".)
    if (/^(?:到|至|往)/.test(text.slice(p)) && !/^(?:将|把)$/.test(verb[0])) {
      const listed = /^(?:到|至|往)[^,，。;；]*?(?:[,，](?:包括|其中有|计有|分别是|分别为)|的有)[:：]?/.exec(
        text.slice(p),
      );
      if (!listed) continue;
      p += listed[0].length;
    }
    // ("要求村干部提前备妥棉被…": what was to be made ready, not handed over.)
    if (
      /^备妥/.test(verb[0]) &&
      /(?:要求|叮嘱|督促|提醒|需要|应当|务必)[^,，。;；]*$/.test(text.slice(0, verb.index))
    )
      continue;
    // ("筹措5万元特殊党费，购置了200支体温枪…": the money raised bought the goods; the goods are what was given.)
    // ("积极筹集资金，来到城关镇…送去防寒服": funds raised, uncounted, before the goods given.)
    const raised = /^(?:筹集|筹措)/.test(verb[0]) ? /^[^。;；]*/.exec(text.slice(p))![0] : '';
    if (/购买|购置|采购|买了/.test(raised)) continue;
    const items = readList(text, p, verb[0]).filter(
      (x) => !(x.quantity === null && /送去|送上|送来|捐赠|发放/.test(raised)),
    );
    if (items.length === 0) continue;
    // ("带了3个工作组来到…", "带了一个好头": after 带了 only goods the lexicon knows make a list of goods.)
    if (verb[0] === '带了' && !items.some((x) => x.kind !== null)) continue;
    // After 将/把 or a verb of buying the items must go somewhere ("将口罩…送到社区", "购买了…逐一送到卡点").
    if (
      /^(?:将|把|掏出|买了|(?:自费|自发)?(?:购买|采购|筹集|筹措|自购))/.test(verb[0]) &&
      (verb[0] === '买了' ||
        !/送|交|发|捐|赠|塞|递|放到|放在|带到|搬到|搬进|搬入|抬进|扛进/.test(text.slice(p, p + 80))) &&
      // ("买了牛奶、水果等营养品，来到他们家中": goods bought on the way to a visit.)
      !BOUGHT_FOR_VISIT_RE.test(text.slice(p))
    )
      continue;
    for (const item of items) {
      if (taken.has(item.itemStart)) continue;
      taken.add(item.itemStart);
      out.push(item);
    }
  }
  // "走访慰问困难退役军人（每户一袋米、一桶油）": what each household was given, in brackets after the visit.
  for (const m of text.matchAll(
    /(?:慰问|看望|走访|探望|探访)[^。;；!！?？(（]{0,30}[(（](?=每(?:户|人|位|名))/g,
  )) {
    const items = readList(text, m.index + m[0].length, '送去');
    for (const item of items) {
      // (Each count is one household's.)
      if (item.quantity && !item.note && items[0]?.note) item.note = items[0].note;
      if (taken.has(item.itemStart)) continue;
      taken.add(item.itemStart);
      out.push(item);
    }
  }
  // "遮阳伞、矿泉水、毛巾等一件件防暑降温用品，为交巡警们送去…": goods the lexicon knows, listed at the start of
  // a sentence and closed by their kind, handed over later in it.
  for (const m of text.matchAll(LISTED_FIRST_RE)) {
    const start = m.index + m[1]!.length;
    const rest = /^[^。!！?？;；]*/.exec(text.slice(m.index + m[0].length))![0];
    if (!new RegExp(SUPPLY_VERB_RE.source).test(rest)) continue;
    // ("既送去了粮、油等生活物资": the verb before the list reads it.)
    if (new RegExp(SUPPLY_VERB_RE.source).test(text.slice(start, m.index + m[0].length))) continue;
    const items = readList(text, start, '将');
    // (After a comma, only a list that starts with goods the lexicon knows: not "得知家乡口罩紧缺等…".)
    if (/[,，]\s*$/.test(m[1]!) && items[0]?.kind == null) continue;
    // (Items the lexicon does not know stand in a list of ones it knows: "遮阳伞、矿泉水、水杯、毛巾".)
    const known = items.filter((x) => x.kind !== null).length;
    for (const item of items)
      if ((item.kind !== null || known >= 2) && !taken.has(item.itemStart)) {
        taken.add(item.itemStart);
        out.push(item);
      }
  }
  // "向县红十字会捐款10万元", "捐资人民币5000元": money given, named by its verb, with its amount.
  for (const m of text.matchAll(/捐款|捐资/g)) {
    const p = m.index + m[0].length;
    const currency = /^人民币/.exec(text.slice(p))?.[0].length ?? 0;
    const q = readQuantity('after', text.slice(p + currency));
    if (taken.has(m.index) || !q?.quantity || !/元$/.test(q.quantity.unit)) continue;
    taken.add(m.index);
    out.push({
      kind: KIND_BY_WORD.get(m[0]) ?? null,
      itemStart: m.index,
      itemEnd: p,
      start: m.index,
      end: p + currency + q.length,
      quantity: q.quantity,
      ...(q.note ? { note: q.note } : {}),
    });
  }
  // "贴春联、送福字", "送月饼": a one-character verb straight before goods the lexicon knows.
  for (const m of text.matchAll(/(?:送|贴|挂|赠|发|带)(?=[\u4e00-\u9fa5])/g)) {
    const p = m.index + 1;
    WORD_RE.lastIndex = 0;
    const w = WORD_RE.exec(text.slice(p, p + 8));
    if (!w || w.index !== 0 || taken.has(p)) continue;
    if (insideQuotes(text, m.index)) continue;
    const items = readList(text, p, '送上');
    if (items[0]?.itemStart !== p) continue;
    for (const item of items) {
      if (taken.has(item.itemStart)) continue;
      taken.add(item.itemStart);
      out.push(item);
    }
  }
  // "发放慰问物资：大米20袋、…", "送去的慰问品有大米、食用油", "节日慰问品——月饼和水果": the goods listed after the
  // kind of goods, in a sentence that hands things over.
  for (const m of text.matchAll(LISTED_GOODS_RE)) {
    const p = m.index + m[0].length;
    // (Or goods named as the ones given, in a sentence after the one that gave them: "这批物资包括…", or one that
    // opens with them: "慰问品有火腿肠、方便面…"; not goods in short supply or still to come: "防疫物资有口罩…，仍然紧缺".)
    const opens =
      /(?:^|[。；;！!？?]\s*)(?:[^,，。；;]{0,8}[,，])?$/.test(text.slice(0, m.index)) &&
      /^(?:慰问品|慰问物资|礼品|礼包|年货)/.test(m[0]) &&
      !/将|计划|紧缺|短缺|缺少|需要/.test(/^[^。；;！!？?]*/.exec(text.slice(m.index))![0]);
    if (
      !new RegExp(SUPPLY_VERB_RE.source).test(text.slice(0, m.index)) &&
      !opens &&
      !/(?:这批|此批|该批|这些|此次|本次|所捐|捐赠的|赠送的|送来的|发放的|募集的|筹集的|捐的|送的)[\u4e00-\u9fa5]{0,4}$/.test(
        text.slice(Math.max(0, m.index - 12), m.index),
      )
    )
      continue;
    for (const item of readList(text, p, '包括')) {
      if (taken.has(item.itemStart)) continue;
      taken.add(item.itemStart);
      out.push(item);
    }
  }
  // "“防暑大礼包”里装有矿泉水、十滴水…", "每份装有速冻饺子、毛线帽…", "“暖心菜”里有青菜、西兰花…": what the
  // packs given hold, in a sentence of their own.
  // A count in a pack is one pack's, not how many were given.
  for (const m of text.matchAll(PACK_HOLDS_RE)) {
    for (const item of readList(text, m.index + m[0].length, '包括')) {
      if (taken.has(item.itemStart)) continue;
      taken.add(item.itemStart);
      out.push(
        item.quantity
          ? {
              ...item,
              quantity: null,
              note: `原文写的是一份里的数量（${text.slice(item.start, item.end)}），不是送出的总数。`,
            }
          : item,
      );
    }
  }
  // The kind of goods whose list follows is not one more item.
  const listed = out.filter(
    (item) =>
      !(
        new RegExp(`${GOODS_KIND}$`).test(text.slice(item.itemStart, item.itemEnd)) &&
        /^(?:主要)?(?:(?:包括|包含|有|分别是|分别为)[:：]?|[:：]|——|[(（])/.test(text.slice(item.end)) &&
        out.some((x) => x.start > item.end)
      ),
  );
  countedElsewhere(text, listed);
  return listed.sort((a, b) => a.start - b.start);
}

/**
 * "60箱矿泉水码放整齐，…志愿者们把矿泉水和西瓜递到环卫工人手中": goods handed over without a count, counted in
 * the same sentence, take that count, with a note quoting it.
 */
function countedElsewhere(text: string, out: SupplyMention[]): void {
  for (const item of out) {
    if (item.quantity !== null || item.note) continue;
    const name = text.slice(item.itemStart, item.itemEnd);
    if (name.length < 2) continue;
    const found: { quantity: Quantity; start: number; end: number; item: number }[] = [];
    for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) {
      if (k === item.itemStart) continue;
      const window = text.slice(Math.max(0, k - 14), k);
      for (let j = 0; j < window.length; j++) {
        const r = readQuantity('before', window.slice(j));
        if (r?.quantity && r.length === window.length - j && !r.note) {
          found.push({ quantity: r.quantity, start: k - r.length, end: k + name.length, item: k });
          break;
        }
      }
      const after = readQuantity('after', text.slice(k + name.length));
      if (
        after?.quantity &&
        !after.note &&
        !/^[\u4e00-\u9fa5]/.test(text.slice(k + name.length + after.length))
      )
        found.push({ quantity: after.quantity, start: k, end: k + name.length + after.length, item: k });
    }
    // One count, not two that disagree; not one of goods received or bought, nor where a count per person is given.
    if (found.length !== 1 || /每人|每户|每位|每名|每份|标准/.test(text)) continue;
    if (/(?:收到|接收|领取|采购|购买|筹集|储备|库存)[^,，。]{0,10}$/.test(text.slice(0, found[0]!.start)))
      continue;
    // The evidence is the counted mention; the note says where the goods were handed over.
    const f = found[0]!;
    item.note = `数量取自同一句中的“${text.slice(f.start, f.end)}”；交付写在“${text.slice(item.start, item.end)}”。`;
    Object.assign(item, {
      quantity: f.quantity,
      start: f.start,
      end: f.end,
      itemStart: f.item,
      itemEnd: f.item + name.length,
    });
  }
}

/**
 * One item with its quantity, as a person selects it in the text ("口罩800个", "20箱矿泉水", "艾草香囊300个"): offsets
 * into the words as given, or null where they hold no item.
 */
export function readSupplyWords(words: string): SupplyMention | null {
  const norm = normalise(words);
  const t = norm.text.replace(/等$/, '');
  const read = readSegment(t, 0);
  const item = read.length === 1 ? settled(read[0]!) : null;
  if (!item) return null;
  const raw = (a: number, b: number) => rawSpan(norm, a, b);
  const span = raw(item.itemStart, item.itemEnd);
  const whole = raw(item.start, item.end);
  return { ...item, itemStart: span.start, itemEnd: span.end, start: whole.start, end: whole.end };
}

/** Whether the segment of a list at p names an item the lexicon knows (or, with `counted`, any with a count). */
const knownItemAt = (text: string, p: number, counted = false): boolean => {
  const next = text.slice(p, p + 40);
  const len = SEGMENT_END_RE.exec(next)?.index ?? next.length;
  return readSegment(next.slice(0, len), p).some((x) => x.kind !== null || (counted && x.quantity !== null));
};

/** Reads "口罩800个、250ml酒精40瓶和84消毒液等" from p. */
function readList(text: string, start: number, verb: string): SupplyMention[] {
  let p = start;
  const items: ListItem[] = [];
  let pending: ListItem[] = [];
  const greeting = GREETING_RE.exec(text.slice(p));
  if (greeting)
    p += greeting[0].length + (SEPARATOR_RE.exec(text.slice(p + greeting[0].length))?.[0].length ?? 0);
  for (let guard = 0; guard < 40 && p < text.length; guard++) {
    // "…的关怀，也把文化和法治送到了…": a new clause, not more of the list.
    if (/^(?:也|还|又|并|再|更)(?:把|将|为|向|给|让|使)/.test(text.slice(p))) break;
    const rest = text.slice(p, p + 40);
    const endMatch = SEGMENT_END_RE.exec(rest);
    const segLen = endMatch ? endMatch.index : rest.length;
    if (segLen === 0) break;
    // (The last item inside quotation marks that opened before the list: "发放“爱心米、面、油”".)
    const closing = /^[^“]+”$/.test(text.slice(p, p + segLen)) && text.lastIndexOf('“', p) >= 0 ? 1 : 0;
    const segment = text.slice(p, p + segLen - closing);
    const read = readSegment(segment, p);
    const shortNoun =
      /^[\u4e00-\u9fa5]{1,8}$/.test(segment) &&
      !NOT_AN_ITEM.test(segment) &&
      !GOODS_THEN_LIST_RE.test(segment) &&
      !/[的在是为向给把将送捐赠发放看望慰问走访了着过]/.test(segment);
    // "米、糖、油等年货", "传统糕点、中药预防汤剂、饮用水": a short noun between the items of a list is one of
    // them, though the lexicon does not know it (or knows only a word inside it); so is the first, where a known
    // item follows it ("火腿肠、方便面"), and the last, after two known ones ("方便面、矿泉水、卤鸡蛋。").
    const between =
      items.length + pending.length > 0 && text[p - 1] === '、' && /^[、和及等]/.test(text.slice(p + segLen));
    const firstOfKnown =
      items.length + pending.length === 0 &&
      /^[、和及与]$/.test(text[p + segLen] ?? '') &&
      knownItemAt(text, p + segLen + 1);
    const knownBefore = items.filter((x) => x.kind !== null).length;
    const lastOfKnown =
      /^[、和及]$/.test(text[p - 1] ?? '') &&
      ((knownBefore >= 2 && /^(?:$|[。;；!！])/.test(text.slice(p + segLen))) ||
        // ("将方便面、火腿肠送到村检查站": the last item before the verb that takes them there.)
        (knownBefore >= 1 &&
          /^(?:送到|送往|送至|交给|交到|递到|递给|带到|送给)/.test(text.slice(p + segLen))));
    // ("赠送金戒指。", "颁赠敬老状，": the one short noun a verb that can only hand over gives is the item.)
    const soleGiven =
      items.length + pending.length === 0 &&
      GIVING_RE.test(verb) &&
      segLen >= 2 &&
      segLen <= 6 &&
      /^(?:$|[。;；!！，,])/.test(text.slice(p + segLen)) &&
      // (A thing by its last character, "金戒指", "感谢信", "生日蛋糕", "明白卡"; not "一股暖流", "倡议", "被子来".)
      GOODS_END_RE.test(segment) &&
      !/清凉|慰藉|保障|仪式|现场|作用|不多|家常|[商生转契良]机|[大军敬]礼|成果|精品|产品|[他她它我你们陪拉挥迎接听]/.test(
        segment,
      );
    if (read.length === 0 && shortNoun && (between || firstOfKnown || lastOfKnown || soleGiven))
      read.push({ kind: null, itemStart: p, itemEnd: p + segLen, start: p, end: p + segLen, quantity: null });
    if (read.length > 0) {
      if (soleGiven && read.every((x) => x.kind === null && x.quantity === null))
        for (const x of read) x.alone = true;
      const known = soleGiven || read.some((x) => x.kind !== null || x.quantity !== null);
      if (known || items.length > 0) {
        items.push(...pending, ...read);
        pending = [];
      } else pending.push(...read);
      // "米面油各50份", "月饼、牛奶各2盒": one each of the items before it in the list that have none.
      const last = read[read.length - 1]!;
      if (last.each)
        for (const it of [...items, ...pending])
          if (it.quantity === null && !it.note) {
            it.quantity = last.quantity;
            it.end = last.end; // the evidence runs to the shared quantity
          }
    } else if (
      // ("送上總統、市長、區公所的壽禮": who the gift is from, listed before it.)
      items.length + pending.length === 0 &&
      GIVER_IN_LIST_RE.test(segment) &&
      text[p + segLen] === '、'
    ) {
      p += segLen + 1;
      continue;
    } else break;
    p += segLen;
    const category = CATEGORY_RE.exec(text.slice(p));
    if (category) {
      // "月饼、牛奶等慰问品": the listed items are the supplies; "慰问品和慰问金" goes on, but not into another kind
      // ("等防疫物资和生活物资").
      items.push(...pending);
      pending = [];
      p += category[0].length;
      const kindToo = /^(?:和|及|与|、)(?:生活|防疫|慰问)?物资(?![\d一二两三四五六七八九十百千万])/.exec(
        text.slice(p),
      );
      if (kindToo) p += kindToo[0].length;
      // ("米、面、油等慰问品60份，现金8000元": the count of the packs the listed goods came in, then more of the list.)
      const packs = /^(?:共计|共)?\d+(?:份|袋|箱|件|个|套|包)(?=[,，、；;。]|$)/.exec(text.slice(p));
      // (Not into what they are worth: "…等物资200份，折合资金2万元".)
      if (packs && /^[,，](?:折合|价值|合计|共计|总价值|受益|惠及)/.test(text.slice(p + packs[0].length)))
        break;
      p += packs?.[0].length ?? 0;
    }
    const sep = SEPARATOR_RE.exec(text.slice(p));
    if (!sep) break;
    // "1,000个" is a number; "消暑饮料,600份防暑药品" is a list.
    if (sep[0] === ',' && /\d/.test(text[p - 1] ?? '') && /^,\d{3}/.test(text.slice(p))) break;
    p += sep[0].length;
    // ("…8千元敬老金并颁赠金戒指": a verb of giving after 并 opens a list of its own; not "及采购的生活物资", where
    // the verb says how the next item came.)
    const more = MORE_GIVEN_RE.exec(text.slice(p));
    if (more && !/^(?:将|把)/.test(more[0]) && text[p + more[0].length] !== '的') break;
    // After a comma the list goes on only with an item the lexicon knows or one with a count, and not into what
    // a pack holds ("防疫包300份，每份包括口罩…").
    if (/^[,，]$/.test(sep[0])) {
      if (/^(?:每份|每个|每袋|每箱|每包|内有|内含)/.test(text.slice(p))) break;
      // "…150套，还有图书柜3个": the list goes on.
      p += /^(?:还有|另有|以及)/.exec(text.slice(p))?.[0].length ?? 0;
      // "…的关怀，也把文化和法治送到了…", "…小红包，并致赠加菜金…": a new clause, not more of the list.
      if (/^(?:也|还|又|并|再|更)?(?:把|将|为|向|给|让|使)/.test(text.slice(p))) break;
      // ("…送来了生活用品，并亲自下厨包饺子": what they did next.)
      if (/^(?:并且?|还|也|又|再)(?!有)/.test(text.slice(p))) break;
      if (MORE_GIVEN_RE.test(text.slice(p))) break;
      // "…发放过冬物资，这一轮共发出棉被64床": a clause of its own that hands more over.
      if (
        /^(?:这一?[轮次批]|此次|本次)?(?:共计?|累计|一共)?(?:发出|发放|送出|送去|捐赠|捐出)/.test(
          text.slice(p),
        )
      )
        break;
      if (!knownItemAt(text, p, true)) break;
    }
  }
  // A list of unknown items alone ("送去春卷、汤圆等"), after a verb that hands things over: kept where each is a
  // short noun, not a place word ("群众身边", "家门口"), the kind to be named by the reviewer.
  if (
    items.length === 0 &&
    pending.length > 0 &&
    GIVING_RE.test(verb) &&
    // ("助听器一批": one item, with words for how many.)
    (pending.length > 1 || text[p] === '等' || pending.some((x) => x.note)) &&
    pending.every(
      (x) => x.itemEnd - x.itemStart <= 4 && !PLACE_WORD_RE.test(text.slice(x.itemStart, x.itemEnd)),
    )
  )
    return pending.map(settled);
  return items.map(settled);
}

/** A sentence that starts with a list of goods closed by their kind ("遮阳伞、毛巾等一件件防暑降温用品，"). */
const LISTED_FIRST_RE =
  /(^|[。!！?？;；,，]\s*)[^。,，;；!！?？]{2,80}?等(?:一件件|一份份|一批批|各类)?[\u4e00-\u9fa5]{0,8}?(?:用品|物资|物品|慰问品|礼品|年货)/g;
/**
 * Delivered to someone's hands, with the goods named before ("……发到了群众手中"), or unloaded where the visit went
 * ("把西瓜、绿豆等防暑降温物资搬下车").
 */
const DELIVERED_RE =
  /(?:一道|一起|一并|一同)?(?:(?:送到|发到|交到|分发到|发放到|递到|端到)了?(?=[^,，。;；]{0,12}(?:手中|手里|手上|家中))|(?:搬下车|卸下车|搬下了车|卸了车))/g;

/** The kind of goods, then what they were: "慰问物资：", "慰问品有", "物资包括：", "慰问品——". */
const GOODS_KIND = '(?:慰问品|慰问物资|生活物资|防疫物资|物资|礼品|礼物|礼包|用品|年货|物品)';
const LISTED_GOODS_RE = new RegExp(
  `${GOODS_KIND}(?:内容)?(?:主要)?(?:(?:包括|包含|有|分别是|分别为)[:：]?|[:：]|——|[(（](?:含|包括|包含)?(?=[^)）]{2,80}[、和及][^)）]*[)）]))`,
  'g',
);
const GOODS_THEN_LIST_RE = new RegExp(
  `${GOODS_KIND}(?:内容)?(?:主要)?(?:包括|包含|有|分别是|分别为|[:：]|——)`,
);

/** A pack, then what it holds ("礼包里装有", "每份装有", "“暖心菜”里有", "备下的年货有"). */
const PACK_HOLDS_RE = new RegExp(
  `(?:(?:礼包|[\u4e00-\u9fa5]{1,4}包|礼盒|年货|慰问品|[暖爱]心菜)[”"」』]?(?:里|中|内)?(?:装有|装着|装了|放着|包括|包含|含有|内含)|(?:礼包|[\u4e00-\u9fa5]{1,4}包|礼盒|年货|[暖爱]心菜)[”"」』]?(?:里|中|内)?有|(?:礼包|[\u4e00-\u9fa5]{1,4}包|礼盒)[”"」』]?(?:里|中|内)装的(?:都|全)?是(?:[\u4e00-\u9fa5]{0,12}?[:：])?|每(?:份|个|袋|包|盒|箱)(?:礼包|大礼包|礼盒)?(?:里|中|内)?(?:装有|装着|包括|包含|内含|含有))[:：]?`,
  'g',
);

/** Who gives, by post or body ("總統、市長、區公所的壽禮"): no item, and skipped where listed before the gift. */
const GIVERS = '总统|[市县区镇乡里村]长|书记|主任|主席|议长|议员|立委|公所';
const GIVER_IN_LIST_RE = new RegExp(`^(?:[区乡镇市]?(?:${GIVERS})|[市县区]政府)$`);
/** The last character of a thing handed over, for an item the lexicon does not know. */
const GOODS_END_RE =
  /[糕果包信品卡书礼金贴旗具机报物戒指被衣鞋帽米面油茶酒奶饼糖册画匾牌券箱盒袋器灯扇伞碗锅服毯褥镯链炉柜药剂罩帖联历精]$/;
/** Verbs that can only hand things over (not "将", "提供", "送到"). */
const GIVING_RE =
  /^(?:送去|送来|送上|赠送|捐赠|捐献|捐送|捐出|送出|赠予|赠给|送给|递上|发放|派发|致送|带去|分发|送了|捐了|颁赠|致赠|送赠)/;
const PLACE_WORD_RE = /[上下里中内外后前边口处旁头]$|手中|身边|家门/;

/** One segment of a list: an item with its quantity, or the items of "米面油" with theirs. */
function readSegment(given: string, offset: number): ListItem[] {
  let segment = given;
  // "慰问品有大米": the kind of goods and the start of their list, read as a list of its own.
  if (GOODS_THEN_LIST_RE.test(segment)) return [];
  // "送米、送面、送食用油", "送上围巾、贴春联": the verb said again before each item is no part of it.
  // (Not 送温暖, the name of a campaign: "送温暖资金".)
  if (/^[送贴赠](?!温暖|关爱|祝福)[\u4e00-\u9fa5]/.test(segment) && knownItemAt(segment, 1))
    return readSegment(segment.slice(1), offset + 1);
  let word: RegExpExecArray | null = null;
  WORD_RE.lastIndex = 0;
  for (const m of segment.matchAll(WORD_RE)) word = m; // the last kind word is the head noun ("酒精消毒液")
  // "米面油各50份": one-character staples together.
  const staples = /^([米面油]{2,3})(?=各|\d|$)/.exec(segment);
  if (staples && (!word || word.index >= staples[0].length)) {
    const after = readQuantity('after', segment.slice(staples[0].length));
    // "米面油146袋(桶)": one count for all of them together, so one item; "米面油各50份" is 50 of each.
    if (after?.quantity && !after.each)
      return [
        {
          kind: KIND_BY_WORD.get('粮油') ?? null,
          itemStart: offset,
          itemEnd: offset + staples[0].length,
          start: offset,
          end: offset + staples[0].length + after.length,
          quantity: after.quantity,
          ...(after.note ? { note: after.note } : {}),
        },
      ];
    return [...staples[1]!].map((ch, k) => ({
      kind: KIND_BY_WORD.get(ch) ?? null,
      itemStart: offset + k,
      itemEnd: offset + k + 1,
      start: offset + k,
      end: offset + (after?.quantity ? staples[0].length + after.length : k + 1),
      quantity: after?.quantity ?? null,
    }));
  }
  // "…、绿豆糕的端午礼盒": the last of the goods a pack holds, and the pack.
  const inPack =
    /^([\u4e00-\u9fa5]{1,6})的([\u4e00-\u9fa5]{0,4}(?:礼盒|礼包|大礼包|福袋|慰问包|爱心包))$/.exec(segment);
  if (inPack && (KIND_BY_WORD.has(inPack[1]!) || new RegExp(WORD_RE.source).test(inPack[1]!))) {
    const packAt = inPack[1]!.length + 1;
    return [
      { kind: KIND_BY_WORD.get(inPack[1]!) ?? null, itemStart: offset, itemEnd: offset + inPack[1]!.length },
      { kind: null, itemStart: offset + packAt, itemEnd: offset + segment.length },
    ].map((x) => ({ ...x, start: x.itemStart, end: x.itemEnd, quantity: null }));
  }
  let head: { start: number; end: number; kind: SupplyKind | null } | null = word
    ? { start: word.index, end: word.index + word[0].length, kind: KIND_BY_WORD.get(word[0]) ?? null }
    : null;
  // Leading filler and a quantity, value or "一批" before the item.
  // ("一副副春联", "一袋袋大米": many, no count.)
  let s =
    /^(?:了|给|各类|各种|各式|各|一些|急需的?|包括|其中|还有|另有|也有|有|这批|此批|该批|这些|那些|每户|每人|每位|一个个(?!人)|一([副件份袋箱张盒桶条包束台双瓶罐碗杯盘])\1|“(?![^”]*”))*/.exec(
      segment,
    )![0].length;
  const per = /每户|每人|每位/.test(segment.slice(0, s));
  // Whom the goods went to, between 给 and the goods ("捐献给东华街道棉被50张"), or after 每户 and before the count
  // ("致赠每户弱势户3000元红包"): no part of the item.
  if (/给$/.test(segment.slice(0, s)) && head) {
    const to =
      /^[\u4e00-\u9fa5]{1,10}(?:街道|社区|村|镇|乡|县|区|市|政府|局|医院|学校|敬老院|福利院|中心)$/.exec(
        segment.slice(s, head.start),
      );
    if (to) s = head.start;
  }
  if (per)
    s +=
      /^[\u4e00-\u9fa5]{1,5}?(?:户|人员|群众|老人|长者|学生|职工)(?=\d)/.exec(segment.slice(s))?.[0].length ??
      0;
  // "发放乡内165户低收入户家庭春节慰问金": how many received it, before the goods, is no count of them.
  const received =
    /^[\u4e00-\u9fa5]{0,6}?[\d一二三四五六七八九十百千]+(?:户|名|位)[\u4e00-\u9fa5]{0,8}(?:家庭|群众|老人|长者|居民|职工|困难户|低收入户|低保户|残疾人)/.exec(
      segment.slice(s),
    );
  if (received && head && s + received[0].length <= head.start) s += received[0].length;
  const quoteStart = s;
  let quantity: Quantity | null = null;
  let note: string | undefined;
  let each = false;
  const before = readQuantity('before', segment.slice(s));
  if (before) {
    quantity = before.quantity;
    note = before.note;
    s += before.length;
    // "6箱共计2万只口罩": the count of the goods themselves, not of the boxes they came in.
    const total = /^(?:共计|合计|共|计)/.exec(segment.slice(s));
    const pieces = total && readQuantity('before', segment.slice(s + total[0].length));
    if (total && pieces?.quantity) {
      const first = segment.slice(s - before.length, s);
      const second = segment.slice(s, s + total[0].length + pieces.length);
      // (Not a weight: "60桶共计3000斤" is 60 barrels that weigh 3000斤 in all; nor a value or whom they serve:
      // "20份共计2万元", "100袋共50户份".)
      if (WEIGHT_UNIT_RE.test(pieces.quantity.unit)) note ??= `原文另写了总重（“${second}”）。`;
      else if (!PIECE_UNIT_RE.test(pieces.quantity.unit)) note ??= `原文另写了“${second}”。`;
      else {
        quantity = pieces.quantity;
        note = pieces.note ?? `原文另写了装箱的数量（“${first}”）。`;
      }
      s += second.length;
    }
  }
  const de = segment.lastIndexOf('的', head ? head.start : segment.length);
  if (de >= s && de - s <= 14) {
    s = de + 1;
    // "送来的书有科普读物": what the goods given were.
    s += /^[\u4e00-\u9fa5]{1,3}(?:有|包括)(?=[\u4e00-\u9fa5]{2})/.exec(segment.slice(s))?.[0].length ?? 0;
  }
  // "带着村干部把棉衣…送到": what was carried starts after 把/将.
  const ba = Math.max(segment.lastIndexOf('把', head?.start), segment.lastIndexOf('将', head?.start));
  if (head && ba >= s && ba < head.start) s = ba + 1;
  // "用善款采购的8000只口罩": the count after the words that say where the goods came from.
  let countStart = quoteStart;
  if (!before && head && s > quoteStart) {
    const again = readQuantity('before', segment.slice(s));
    if (again?.quantity && s + again.length <= head.start) {
      quantity = again.quantity;
      note = again.note;
      countStart = s;
      s += again.length;
    }
  }
  // "“暖心包”200个": a name in quotation marks, maybe with its kind word after it, is the item.
  const quoted =
    /^“[^”]{1,12}”[\u4e00-\u9fa5]{0,4}?(?=(?:共计|共|各|约|近)?(?:\d|[一二两三四五六七八九十百千万])|$)/.exec(
      segment.slice(s),
    );
  // ("送上一份“温暖”": a figure of speech, not goods.)
  if (quoted && NOT_AN_ITEM.test(quoted[0].replace(/[“”]/g, ''))) return [];
  if (quoted) head = { start: s, end: s + quoted[0].length, kind: head?.kind ?? null };
  if (!head) {
    // An unknown item is a short noun phrase, not a clause ("看望慰问在卡点值守的社区干部").
    const words =
      segment.slice(0, quoteStart) + segment.slice(before ? quoteStart + before.length : quoteStart);
    if (words.length > 16 || /在|看望|慰问|为|向|对|是/.test(words)) return [];
    const cut = UNKNOWN_ITEM_RE.exec(segment.slice(s));
    // (Unless the numeral starts a count: "书二十本" is 书 and its count.)
    const numeralNext =
      cut?.[1]!.length === 1 &&
      !SINGLE.has(cut[1]) &&
      /^[一二两三四五六七八九十百千万]/.test(segment.slice(s + 1)) &&
      !readQuantity('after', segment.slice(s + 1));
    const m = numeralNext ? (NUMERAL_IN_NAME_RE.exec(segment.slice(s)) ?? cut) : cut;
    if (!m) return [];
    // ("礼券每户600元": for each household, no part of the item; the count says so.)
    const end = s + m[1]!.replace(/每(?:户|人|位|名|份)$/, '').length;
    if (SINGLE.has(m[1]!)) head = { start: s, end, kind: KIND_BY_WORD.get(m[1]!) ?? null };
    else if (
      /^[\u4e00-\u9fa5][\u4e00-\u9fa5A-Za-z\d]+$/.test(m[1]!) &&
      !NOT_AN_ITEM.test(m[1]!) &&
      !/价值|总计|合计|共计|累计/.test(m[1]!)
    )
      head = { start: s, end, kind: null };
    else return [];
  }
  // "防汛物资编织袋": the kind of goods before the item is not part of its name.
  const kindWord = /^[\u4e00-\u9fa5]{0,4}(?:物资|用品)(?=[\u4e00-\u9fa5])/.exec(segment.slice(s));
  if (kindWord && s + kindWord[0].length <= head.start) s += kindWord[0].length;
  // "一份装有粽子、咸鸭蛋的端午礼盒": the count is the pack's, not the goods'.
  const packed = /装有|装着|内含|含有/.exec(segment.slice(s, head.start));
  if (packed) {
    quantity = null;
    note = undefined;
    s += packed.index + packed[0].length;
  }
  let modifiers = segment.slice(s, head.start);
  // "米、面、油慰问品": the kind of the list, written right after its last item, which is the item.
  if (
    head.end === segment.length &&
    /^(?:慰问品|慰问物资|物资|礼品|年货)$/.test(segment.slice(head.start, head.end)) &&
    KIND_BY_WORD.has(modifiers)
  ) {
    head = { start: s, end: head.start, kind: KIND_BY_WORD.get(modifiers) ?? null };
    segment = segment.slice(0, head.end);
    modifiers = '';
  }
  // (Not something made on the spot: "书法家挥毫写下春联".)
  if (modifiers.length > 10 || /[,，。]|向|为|给|发放|送|捐|赠|写|挥毫|制作|了|她|他/.test(modifiers))
    return [];
  // "书包文具套装150套": a few more characters of the item's name after the kind word, then its count.
  const tail =
    /^(?:(?![共约近逾计总各])[\u4e00-\u9fa5]){1,4}?(?=(?:共计|共|约|近)?(?:\d|[一二两三四五六七八九十百千万]+[^\u4e00-\u9fa5]*$))/.exec(
      segment.slice(head.end),
    );
  if (tail && !readQuantity('after', segment.slice(head.end))) {
    const more = readQuantity('after', segment.slice(head.end + tail[0].length));
    if (more && head.end + tail[0].length + more.length === segment.length)
      head = { ...head, end: head.end + tail[0].length };
  }
  // "凉茶饮品", "月饼礼盒", "中药包": a kind word of goods after the item is part of its name.
  const kindTail = /^(?:饮品|饮料|用品|食品|礼盒|礼包|大礼包|套装|包(?=等|$|\d))/.exec(
    segment.slice(head.end),
  );
  if (kindTail) head = { ...head, end: head.end + kindTail[0].length };
  let end = head.end;
  // "绿豆和白糖一袋袋递给…": many, one by one, no count.
  const oneByOne = /^一(?:个个|([副件份袋箱张盒桶条包束台双瓶罐碗杯盘])\1)$/.exec(segment.slice(head.end));
  if (oneByOne) segment = segment.slice(0, head.end);
  const after = readQuantity('after', segment.slice(head.end));
  if (after && head.end + after.length === segment.length) {
    if (!quantity) {
      quantity = after.quantity;
      note = after.note;
      each = Boolean(after.each);
    }
    end = head.end + after.length;
  } else if (head.end !== segment.length && !/^(?:等|若干)*$/.test(segment.slice(head.end))) {
    return []; // something else follows the head noun ("口罩发放点"): not a supply item
  }
  // Unknown items need a count, or to stand in a list of known ones (decided by the list).
  return [
    {
      kind: head.kind,
      itemStart: offset + s,
      itemEnd: offset + head.end,
      start: offset + (before ? quoteStart : countStart !== quoteStart ? countStart : s),
      end: offset + end,
      quantity,
      ...(note || (per && quantity) ? { note: note ?? '原文写的是每户（每人）的数量。' } : {}),
      ...(each ? { each } : {}),
    },
  ];
}

/** Words after a hand-over verb that are not things handed over. */
const NOT_AN_ITEM = new RegExp(
  `${/[人员部众者家属童生表讲委]$|^(?:同时|之际|之时|时候|期间)$|^人民币$|^予(?:市府|县府|区府|市政府|县政府|区政府|政府|公所|[区乡镇]公所|国库)$|派发|派發|送出|发放|發放|持续|持續|预计|預計|[一合总總累]共|共[计計]|[合总總累][计計]|(?:渠道|途径|窗口|平台)$|[\u4e00-\u9fa5](?:领到|领取|收到|拿到)|排了队|(?<!小)说$|(?:孩子|妈妈|爸爸|牵挂|惦记)$|(?:党委|党组|政府|人大|政协|支部|委员会)$|比去年|比上年|同比|增加|减少|增长|^(?:折合|价值|合计)|^(?:送|带|捐|给|为)|^(?:了|响应(?:号召)?|约有|共有|大约有|家庭|住户|农户|困难户|低保户|贫困户|低收入户|关怀|关爱|温暖|问候|祝福|慰问|关心|党的|节日|新春|春节|新年|中秋|爱心|帮助|支持|信心|力量|保障|安心|底气|动力|[\u4e00-\u9fa5]*劲儿[\u4e00-\u9fa5]*|[\u4e00-\u9fa5]*道谢|政策|知识|服务|温馨|真情|清凉|凉爽|凉意|暖意|爱意|温情|情谊|欢乐|喜悦|年味|[\u4e00-\u9fa5]{0,4}(?:问候|祝愿|祝福|关怀|关爱|温暖|心意|情谊|情意|深情|厚爱|节目|演出|表演|讲座|义诊)|单位|[^,，。]{0,4}(?:岗位|职位|机会|名额)|[\u4e00-\u9fa5]*(?:工作|情况|意见|建议|要求|活动|精神|措施|问题))$/.source}|(?:${GIVERS})$`,
);
