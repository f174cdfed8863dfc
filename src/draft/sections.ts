/**
 * Step 2: paragraphs (every non-blank line, verbatim) and their roles: title, dateline, section headings, credits
 * at the end (reporter, editor, source), and the body paragraphs of each section.
 */
import { findDateline, type Dateline } from './dates';
import { CREDIT_WORDS } from './lexicon';
import { normalise, type Normalised } from './normalise';

export interface Paragraph {
  index: number;
  raw: string;
  norm: Normalised;
}

export interface Layout {
  paragraphs: Paragraph[];
  title: number | null;
  dateline: { paragraph: number; value: Dateline } | null;
  credits: number[];
  /** Sections in order: a heading (or null for text before the first heading) and its body paragraphs. */
  sections: { heading: number | null; body: number[] }[];
}

export function splitParagraphs(text: string): Paragraph[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/^[\s\u3000\uFEFF]+|[\s\u3000]+$/g, ''))
    .filter((line) => line.length > 0)
    .map((raw, index) => ({ index, raw, norm: normalise(raw) }));
}

const CREDIT_RE = new RegExp(
  `^[(（\\[【]?\\s*(?:${CREDIT_WORDS.map((w) => w.replace('/', '\\/')).join('|')})\\s*[:：/\\s]`,
);
const SENTENCE_END = /[。!！?？;；]$/;

/**
 * A photo caption ("图为…", "（图：…）", "…摄", "▲…", "县领导与官兵合影") is part of its section, not a heading.
 */
const CAPTION_RE =
  /^[▲△]|^[(（【[]?\s*(?:图为|图片|图:|图：|图\s|组图|上图|下图)|(?:摄|供图)[)）】\]]?$|合影(?:留念)?$/;

/** Words of a page's labels beside its date ("来源：", "浏览次数"). */
const PAGE_LABELS = '发布|时间|来源|日期|浏览|点击|作者|编辑|字号';
/** A page's label for when it was published: "发布时间：", "【发布日期】". */
const PUBLISHED_LABEL_RE = /(?:发布时间|发布日期|发表时间)[】\]:：]/;

export function isHeading(text: string): boolean {
  return (
    text.length >= 6 &&
    text.length <= 40 &&
    !/[。!！?？;；,，]/.test(text) &&
    !SENTENCE_END.test(text) &&
    !CAPTION_RE.test(text) &&
    // ("08-19 15:05", "2024/03/05": a time of publication, no heading.)
    /[\u4e00-\u9fa5A-Za-z]/.test(text)
  );
}

/** "南漳县融媒体中心  2022-01-07 17:26": a publisher's name and the time of publication, no title. */
function mastheadWithDate(t: string): boolean {
  const d = findDateline(t);
  if (!d) return false;
  // (A page number, "第3版", and the time are part of a masthead.)
  const rest = (t.slice(0, d.start) + t.slice(d.end))
    // ("云南网 2020-02-09 10:21:37 来源：云南网": the labels a masthead carries.)
    .replace(/(?:来源|作者|编辑|责任编辑)[:：]\s*\S*/g, '')
    .replace(
      /\d{1,2}:\d{2}(?::\d{2})?|第?[A-Z]?\d{1,2}版(?:[:：][\u4e00-\u9fa5]{2,8})?|星期[一二三四五六日天]|\s/g,
      '',
    )
    .trim();
  return (
    (rest.length <= 16 &&
      /^[\u4e00-\u9fa5]{2,14}(?:融媒体中心|新闻中心|日报|晚报|报社|新闻网|网|电视台|广播电视台)?$/.test(
        rest,
      ) &&
      /融媒|中心|报|网|台/.test(rest)) ||
    // ("周宇航 湖南日报·新湖南客户端 2024-07-29 18:42:10": an author, a paper and its app.)
    /^[\u4e00-\u9fa5]{2,4}[\u4e00-\u9fa5]{2,8}(?:日报|晚报|报)[·•][\u4e00-\u9fa5]{2,8}客户端$/.test(rest)
  );
}

/** A trail of links: "首页 > 资讯 > 地方", "您的位置：首页 » 新闻", "当前位置: 首页 > 区镇动态". */
const BREADCRUMB_RE =
  /^(?:(?:当前|您的|你的|现在的)?位置[:：]?\s*)?(?:首页|主页|网站首页)\s*[>»›＞/]|^(?:当前|您的|你的)位置[:：]/;

export function layout(paragraphs: Paragraph[]): Layout {
  const n = paragraphs.length;
  let title: number | null = null;
  let dateline: Layout['dateline'] = null;
  const credits: number[] = [];
  const used = new Set<number>();
  // "首页 > 资讯 > 地方", "当前位置：首页 > 新闻中心": a page's trail of links above its title, no title.
  let top = 0;
  while (top < Math.min(n - 1, 3) && BREADCRUMB_RE.test(paragraphs[top]!.norm.text)) used.add(top++);
  const first = paragraphs[top];
  // (A page's labelled line, "发布时间：2025-01-21 09:42 信息来源：…", is no title.)
  if (
    first &&
    first.norm.text.length <= 60 &&
    !/[。!！?？]$/.test(first.norm.text) &&
    !/^[【[(（]?(?:发布时间|发布日期|发表时间|时间|日期|来源|信息来源)[】\])）:：]/.test(first.norm.text) &&
    !mastheadWithDate(first.norm.text) &&
    // ("2022-07-25 08:30 来源：深圳新闻网", "date 2025-01-21": a dateline, not a title.)
    !/^(?:date\s+)?\d{4}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|$)/i.test(
      first.norm.text,
    ) &&
    // ("作者：  发布日期：2024-07-05": a line of a page's labels.)
    !(PUBLISHED_LABEL_RE.test(first.norm.text) && findDateline(first.norm.text)) &&
    n > top + 1
  ) {
    title = top;
    used.add(top);
  }
  // " date 2024-09-14 梁詠詩落區探訪…": a page that writes its date before the title, on the title's line.
  if (title === top && /^\s*date\s+\d{4}-\d{2}-\d{2}\s/i.test(first!.norm.text)) {
    const value = findDateline(first!.norm.text);
    if (value) dateline = { paragraph: top, value };
  }
  // "青浦区开展防汛物资专项检查 2024-08-26": a title that ends with the day it was published.
  if (title === top && !dateline) {
    const value = findDateline(first!.norm.text);
    // ("…巡查山塘水库 2022-06-21 10:42:16  来源:龙游县人民政府": and then where it came from.)
    if (
      value &&
      value.start > 0 &&
      /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:(?:来源|作者|编辑|发布)[:：].*)?$/.test(
        first!.norm.text.slice(value.end),
      )
    )
      dateline = { paragraph: top, value };
  }
  // Under a newspaper's masthead ("现代快报 2022-04-19 08:03 第A07版：苏州新闻"), the next short line is the title.
  const second = paragraphs[top + 1];
  if (
    title === null &&
    first &&
    second &&
    mastheadWithDate(first.norm.text) &&
    second.norm.text.length <= 60 &&
    !/[。!！?？]$/.test(second.norm.text) &&
    n > top + 2
  ) {
    title = top + 1;
    used.add(top + 1);
  }
  // The dateline: a short line near the top (or, failing that, the bottom) that gives the publication date, not a
  // sentence that starts with a date ("2021年2月3日，县长王某来到…" tells of a visit).
  const labelledAnywhere = (i: number) => PUBLISHED_LABEL_RE.test(paragraphs[i]!.norm.text);
  // The first paragraph of the text itself: a sentence of some length.
  const firstBody = paragraphs.findIndex((p) => p.norm.text.length > 40 && /[。!！?？]/.test(p.norm.text));
  const labelled = (i: number) =>
    /^[【[]?(?:发布时间|发布日期|发表时间|时间|日期)[】\]:：]/.test(paragraphs[i]!.norm.text);
  const near = [
    // A line labelled as the publication's time comes before a bare date near the top ("2024-11-23 01:24:22" above a
    // title is when the page was copied; "发布时间：2016-07-26 14:19" is when it was published).
    ...[...Array(Math.min(n, 6)).keys()].filter(labelledAnywhere),
    ...Array(Math.min(n, 4)).keys(),
    ...[...Array(Math.min(n, 4)).keys()].map((k) => n - 1 - k),
    ...[...Array(n).keys()].filter(labelled),
    // A line that is only a date and a time, among the page's furniture before the text ("2023-07-14 10:32:17"), not
    // one of the links to other articles after it.
    ...[...Array(firstBody === -1 ? n : firstBody).keys()].filter((i) =>
      /^\d{4}[-./]\d{1,2}[-./]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$/.test(paragraphs[i]!.norm.text.trim()),
    ),
    // Then any short line that gives a date with a page's labels ("2021-11-08 16:02 来源：县融媒体中心").
    ...[...Array(n).keys()].filter((i) =>
      /来源|责任编辑|编辑|浏览|访问量|点击/.test(paragraphs[i]!.norm.text),
    ),
  ];
  for (const i of dateline ? [] : near) {
    const t = paragraphs[i]!.norm.text;
    // (A line of a page's labels may run long: "2021-08-09 22:29:44  来源：… | 编辑：… | 作者：…  浏览量：2472".)
    const pageLine = !/[。!！?？]/.test(t) && /来源|编辑|作者|浏览/.test(t);
    if (used.has(i) || t.length > (pageLine ? 160 : 80)) continue;
    const value = findDateline(t);
    if (!value) continue;
    // (A page's address beside the date is no sentence: "http://www.xsnews.com.cn 象山新闻网 2016-10-08 09:12".)
    const rest = (t.slice(0, value.start) + t.slice(value.end)).replace(/https?:\/\/\S+|www\.\S+/g, '');
    const sentence = /[，,。；]/.test(rest) && /[\u4e00-\u9fa5]{6,}/.test(rest);
    // (In a sentence, a label only as a label: "来源：", not the 日期 of "节日期间，2024年4月28日，镇长…".)
    const labelled = new RegExp(sentence ? `(?:${PAGE_LABELS})(?:[:：】\\]]|\\s)` : PAGE_LABELS).test(rest);
    if (labelled || (!sentence && rest.length <= 30)) {
      dateline = { paragraph: i, value };
      used.add(i);
      break;
    }
  }
  // "…过了一个特别的生日。 美篇制作：韦国良（会长） 2022.8.1.": a page whose last paragraph ends with who made it and
  // the day, the dateline in a paragraph that still tells of the visit.
  const last = n > 0 ? paragraphs[n - 1]!.norm.text : '';
  const made =
    !dateline &&
    /(?:制作|编辑|作者|撰稿|供稿|来源|摄影)[:：][^。!！?？]{0,60}?\s((?:19|20)\d{2}[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?)\.?\s*$/.exec(
      last,
    );
  const madeOn = made ? findDateline(made[1]!) : null;
  if (made && madeOn) {
    const at = made.index + made[0].lastIndexOf(made[1]!);
    dateline = { paragraph: n - 1, value: { ...madeOn, start: at + madeOn.start, end: at + madeOn.end } };
  }
  for (let i = n - 1; i > (title ?? -1); i--) {
    const t = paragraphs[i]!.norm.text;
    // (Not a sentence that opens with a byline: "（记者 邵林波）近日，…开展调研。".)
    const sentence = /[,，]/.test(t) && SENTENCE_END.test(t) && /[)）]/.test(t);
    if (
      t.length <= 80 &&
      !sentence &&
      (CREDIT_RE.test(t) || /^[(（][^)）]*(?:记者|通讯员|编辑)[^)）]*[)）]$/.test(t))
    ) {
      credits.unshift(i);
      used.add(i);
    } else break;
  }
  const sections: Layout['sections'] = [];
  let current: Layout['sections'][number] = { heading: null, body: [] };
  for (let i = 0; i < n; i++) {
    if (used.has(i)) continue;
    const t = paragraphs[i]!.norm.text;
    const next = paragraphs[i + 1];
    if (isHeading(t) && next && !used.has(i + 1) && !isHeading(next.norm.text)) {
      if (current.heading !== null || current.body.length > 0) sections.push(current);
      current = { heading: i, body: [] };
    } else current.body.push(i);
  }
  if (current.heading !== null || current.body.length > 0) sections.push(current);
  return { paragraphs, title, dateline, credits, sections };
}

/** Sentences of a normalised paragraph: [start, end) ranges ending after 。！？；. */
export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (/[。!！?？;；]/.test(text[i]!)) {
      if (i + 1 > start) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}
