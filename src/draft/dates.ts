/** Dates as written ("2月7日上午", "2020年1月28日", "从1月27日起", "27日上午") and the page's dateline. */
import type { TimeOfDay } from '../data/schema';
import { insideQuotes } from './normalise';
import { parseNumber } from './numbers';

export interface DateMention {
  start: number;
  end: number;
  year: number | null;
  month: number | null;
  day: number | null;
  timeOfDay: TimeOfDay | null;
  /** "从…起", "…以来": the start of a period, not one day. */
  since: boolean;
  /** "8月24、26日", "2月9日至11日": the first of several days. */
  several?: boolean;
  /** "75日上午", "1128日": a month and day written without 月 between them, read as the one split that is a date. */
  glued?: boolean;
  /**
   * "今日" (the publication's day), "昨日" (the day before), "当天" (the day the text last named), "次日" (the day after
   * the one the text last named).
   */
  relative?: 'today' | 'yesterday' | 'same-day' | 'next-day';
}

const RELATIVE_RE =
  /(今日|今天|今早|今晨|今晚|今午|昨日|昨天|昨晚|昨午|当日|当天|次日|翌日|第二天)(上午|下午|晚上|晚间|傍晚|早上|清晨|中午|凌晨|夜间)?/g;
const RELATIVE: Record<string, NonNullable<DateMention['relative']>> = {
  今日: 'today',
  今天: 'today',
  今早: 'today',
  今晨: 'today',
  今晚: 'today',
  今午: 'today',
  昨晚: 'yesterday',
  昨午: 'yesterday',
  昨日: 'yesterday',
  昨天: 'yesterday',
  当日: 'same-day',
  当天: 'same-day',
  次日: 'next-day',
  翌日: 'next-day',
  第二天: 'next-day',
};

/** A month's or a day's number: "12", "十二", "廿二" (twenty-two, as Hong Kong and Macau papers write it). */
const NUM = '(\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})';
const DATE_RE = new RegExp(
  // ("8月24、26日", "2月9日至11日": the first day.)
  // ("元月5日" is January; "本月5日" a day of the dateline's month; "二〇二三年" a year in numerals; "5日晚" evening;
  // "3月4日，早上，": the time of day in a clause of its own.)
  // ("107年8月15日", "民國109年6月9日": a year of the Republic, as Taiwan writes it, 1911 after its first.)
  `(从|自)?(?:(\\d{4}|[〇零一二三四五六七八九]{4})\\s?年\\s?|(?:民国|民國|(?<![\\u4e00-\\u9fa5\\d]))(1[01]\\d|[89]\\d)\\s?年\\s?(?=\\d{1,2}\\s?月))?(?:(?:${NUM}|(元))\\s?月\\s?|本月|当月)?${NUM}([、和至到\\-—–~～]\\d{1,2})?\\s?[日号](?:[,，](?=(?:上午|下午|晚上|早上|中午|清晨|凌晨|傍晚)[,，]))?(上午|下午|晚上|晚间|傍晚|早上|清晨|中午|凌晨|夜间|晚(?![会餐宴饭])|夜(?![校市班]))?(起|以来|开始)?`,
  'g',
);

const TIME_OF_DAY: Record<string, TimeOfDay> = {
  上午: 'morning',
  早上: 'morning',
  清晨: 'morning',
  凌晨: 'morning',
  中午: 'afternoon',
  下午: 'afternoon',
  晚上: 'evening',
  晚间: 'evening',
  傍晚: 'evening',
  夜间: 'evening',
  晚: 'evening',
  夜: 'evening',
};
const DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};
/** "2023", "二〇二三". */
const yearOf = (s: string) => Number(s.replace(/[〇零一二三四五六七八九]/g, (c) => DIGIT[c]!));
const GLUED_RE = /(?<=^|[,，。;；\s])(\d{2,4})日(上午|下午|晚上|早上|中午)?(?=[,，])/g;
const NO_RI_RE = /(?<![\d.])(\d{1,2})月(\d{1,2})(上午|下午|晚上|晚间|傍晚|早上|清晨|中午|凌晨)/g;
/** "2023.1.5", "2023-01-05", "2023/1/5" in a sentence. */
const NUMERIC_DATE_RE = /(?<![\d.])((?:19|20)\d{2})([.\-/])(\d{1,2})\2(\d{1,2})(?![\d.])/g;

/** Holidays that fall on one day of the year, by the words that name them. */
const HOLIDAY: Record<string, [number, number]> = {
  元旦: [1, 1],
  五一: [5, 1],
  劳动节: [5, 1],
  六一: [6, 1],
  儿童节: [6, 1],
  七一: [7, 1],
  建党节: [7, 1],
  八一: [8, 1],
  建军节: [8, 1],
  国庆节: [10, 1],
  国庆: [10, 1],
};
const HOLIDAY_RE = new RegExp(
  `[“"]?(${Object.keys(HOLIDAY).join('|')})[”"]?(?:[^,，。；;当这]{0,6}节)?(?:当天|当日|这天|这一天)(上午|下午|晚上|早上|中午)?`,
  'g',
);

const num = (s: string | undefined) =>
  s === undefined ? null : /^\d+$/.test(s) ? Number(s) : parseNumber(s);

/** A day told relative to another ("昨日", "当天下午", "下午，"), at a time of day or none. */
const relativeAt = (
  m: RegExpMatchArray,
  time: string | undefined,
  relative: NonNullable<DateMention['relative']>,
): DateMention => ({
  start: m.index!,
  end: m.index! + m[0].length,
  year: null,
  month: null,
  day: null,
  timeOfDay: time ? (TIME_OF_DAY[time] ?? null) : null,
  since: false,
  relative,
});

export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const start = m.index;
    // "2019年度" or a number glued to a longer number is not a date; "N日" needs a non-digit before it.
    // (An ellipsis before it, "......10月4日", is no number.)
    if (start > 0 && (/\d/.test(text[start - 1]!) || /\d\.$/.test(text.slice(Math.max(0, start - 2), start))))
      continue;
    // "岚江新闻网1月13日讯", "新华社北京1月13日电", "华阳网3月10日报道": the wire's dateline, not the day of what it tells.
    if (/^\s?(?:讯|电|报道)/.test(text.slice(start + m[0].length))) continue;
    const month = m[5] ? 1 : num(m[4]);
    const day = num(m[6]);

    const several =
      m[7] !== undefined || /^(?:至|到|-|—|–|~|～|、)\d{1,2}[日号]/.test(text.slice(start + m[0].length));
    if (month !== null && (month < 1 || month > 12)) continue;
    if (day === null || day < 1 || day > 31) continue;
    // A bare "N日" must be followed by a time of day, or stand at a clause start, to count as a date.
    // ("于本月廿二日": a day of this month is a date wherever it stands.)
    // ("区长王明19日带队前往…", "李明26日探访…": or right after a titled name, before what that one did that day.)
    if (
      month === null &&
      m[8] === undefined &&
      start > 0 &&
      !/[,，。;；\s(（]/.test(text[start - 1]!) &&
      !/^(?:从|自)?(?:本月|当月)/.test(m[0]) &&
      !(
        // (The name of two to four characters, maybe with 同志 or 一行 after it, or a title after it: "王强书记3日"; or
        // a group that went: "省救灾工作组12日来到".)
        /(?:(?:书记|[^家]长|主任|主席|委员|代表|议员|立委|领导)[\u4e00-\u9fa5]{2,4}(?:同志|一行)?|[\u4e00-\u9fa5]{2,4}(?:书记|[县市区镇乡局]长|主任|主席)|(?<!(?:要求|责成|通知|请|须|应|务必)[^,，。]{0,12})(?:工作组|慰问组|调研组|视察组|检查组|督导组|督查组|慰问团|代表团|工作队))$/.test(
          text.slice(0, start),
        ) &&
        // (Not a length or an ordinal: "连续3日", "第2日".)
        !/(?:连续|持续|第|近|共|每|前|后)$/.test(text.slice(0, start)) &&
        /^(?:带队|率队|率领|率(?!先)|前往|来到|赴|深入|探访)/.test(text.slice(start + m[0].length))
      )
    )
      continue;
    out.push({
      start,
      end: start + m[0].length,
      year: m[2] ? yearOf(m[2]) : m[3] ? Number(m[3]) + 1911 : null,
      month,
      day,
      timeOfDay: m[8] ? (TIME_OF_DAY[m[8]] ?? null) : null,
      since: Boolean(m[1] || m[9]),
      ...(several ? { several: true } : {}),
    });
  }
  // "75日上午，…", "1128日，…" (a garbled page): no 月 between month and day, at the start of a clause; read where
  // only one way of splitting the digits is a date, and flagged.
  for (const m of text.matchAll(GLUED_RE)) {
    const digits = m[1]!;
    if (Number(digits) <= 31) continue; // a day of its own
    const splits = [1, 2]
      .map((k) => [Number(digits.slice(0, k)), digits.slice(k)] as const)
      .filter(
        ([mo, da]) => mo >= 1 && mo <= 12 && !da.startsWith('0') && Number(da) >= 1 && Number(da) <= 31,
      );
    if (splits.length !== 1) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      year: null,
      month: splits[0]![0],
      day: Number(splits[0]![1]),
      timeOfDay: m[2] ? (TIME_OF_DAY[m[2]] ?? null) : null,
      since: false,
      glued: true,
    });
  }
  // A day read by one of the patterns below, where it is a day and no date read before covers it.
  const addDay = (
    m: RegExpMatchArray,
    year: number | null,
    month: number,
    day: number,
    timeOfDay: TimeOfDay | null,
  ) => {
    if (month < 1 || month > 12 || day < 1 || day > 31) return;
    if (out.some((d) => d.start <= m.index! && m.index! < d.end)) return;
    out.push({ start: m.index!, end: m.index! + m[0].length, year, month, day, timeOfDay, since: false });
  };
  // "10月9上午": a month and a day with 日 left out before the time of day.
  for (const m of text.matchAll(NO_RI_RE))
    addDay(m, null, Number(m[1]), Number(m[2]), TIME_OF_DAY[m[3]!] ?? null);
  for (const m of text.matchAll(NUMERIC_DATE_RE)) addDay(m, Number(m[1]), Number(m[3]), Number(m[4]), null);
  // "“八一”建军节当天上午", "元旦这天": a holiday of a fixed day, on that day (not "前夕", "来临之际").
  for (const m of text.matchAll(HOLIDAY_RE)) {
    if (out.some((d) => d.start <= m.index + m[0].length && m.index <= d.end)) continue;
    const [month, day] = HOLIDAY[m[1]!]!;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      year: null,
      month,
      day,
      timeOfDay: m[2] ? (TIME_OF_DAY[m[2]] ?? null) : null,
      since: false,
    });
  }
  // "今（8）日", "昨（7）日", "今（二十六）日": today or yesterday with its day in brackets (Taiwan's papers), a day of the dateline's month.
  for (const m of text.matchAll(
    /(?:今|昨)[(（](\d{1,2}|[一二三四五六七八九十]{1,3})[)）]日(上午|下午|晚上|晚间|傍晚|早上|清晨|中午|凌晨|夜间)?/g,
  )) {
    // ("今（二十六）日": the day in Chinese numerals.)
    const day = /\d/.test(m[1]!) ? Number(m[1]) : (parseNumber(m[1]!) ?? 0);
    if (day < 1 || day > 31 || out.some((d) => d.start <= m.index && m.index < d.end)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      year: null,
      month: null,
      day,
      timeOfDay: m[2] ? (TIME_OF_DAY[m[2]] ?? null) : null,
      since: false,
    });
  }
  for (const m of text.matchAll(RELATIVE_RE)) {
    if (out.some((d) => d.start <= m.index && m.index < d.end)) continue;
    // ("当晚22时至次日凌晨1时": the end of a span that began the day before.)
    if (RELATIVE[m[1]!] === 'next-day' && /(?:至|到|—|-|~|～)$/.test(text.slice(0, m.index))) continue;
    // ("“今天有多少人出入？”": someone's words, not the day the text tells of.)
    if (insideQuotes(text, m.index)) continue;
    // "今日郧西网消息", "今日头条": the name of a paper, a site or an app, not a day (not "今日上午社区网格员…").
    if (
      m[0] === '今日' &&
      /^(?:头条|[\u4e00-\u9fa5]{1,4}(?:网|报|新闻)(?:消息|讯|客户端|[\s(（]))/.test(text.slice(m.index + 2))
    )
      continue;
    // "昨日（2月1日）": the date written out is the one to read (not "今日（27日）", which has no month).
    if (
      out.some(
        (d) => d.month !== null && d.start >= m.index + m[0].length && d.start <= m.index + m[0].length + 2,
      )
    )
      continue;
    out.push(relativeAt(m, m[2], RELATIVE[m[1]!]!));
  }
  // "…召开会议。下午，李明来到…": a time of day opening its sentence is of the day last told.
  for (const m of text.matchAll(/(?<=^|[。；;！!？?\n])(上午|下午|晚上|中午|傍晚|早上)(?=[,，])/g))
    out.push(relativeAt(m, m[1], 'same-day'));
  // "昨日（26日）起": the start of a period, its 起 after the bracket.
  for (const d of out) if (/^(?:[(（][^)）]{1,12})?[)）]起/.test(text.slice(d.end))) d.since = true;
  return out.sort((a, b) => a.start - b.start);
}

export interface Dateline {
  year: number;
  month: number;
  day: number;
  time: string | null;
  start: number;
  end: number;
}

/** "(2020年02月08日 14:07)", "发布时间：2020-02-08 14:07:00", "2020/2/8". */
export function findDateline(text: string): Dateline | null {
  const m =
    /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}:\d{2})(?::\d{2})?)?/.exec(
      text,
    );
  if (!m) {
    // "發布日期：107-08-15", "民國113年8月15日": a year of the Republic (Taiwan), 1911 after its first.
    const roc =
      /(?:日期|時間|时间|發布|发布|更新|民國|民国)[^\d\n]{0,6}(1[0-3]\d|[89]\d)\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)/.exec(
        text,
      );
    if (roc) {
      const [month, day] = [Number(roc[2]), Number(roc[3])];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
        return {
          year: Number(roc[1]) + 1911,
          month,
          day,
          time: null,
          start: roc.index,
          end: roc.index + roc[0].length,
        };
    }
    // "26.07.2019": day, month, year.
    const dmy = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])/.exec(text);
    if (!dmy) return null;
    const [day, month] = [Number(dmy[1]), Number(dmy[2])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { year: Number(dmy[3]), month, day, time: null, start: dmy.index, end: dmy.index + dmy[0].length };
  }
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year: Number(m[1]), month, day, time: m[4] ?? null, start: m.index, end: m.index + m[0].length };
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? `${y}-${pad(m)}-${pad(d)}` : null;
};
