/**
 * Who went, and in what role: rules as data. Each rule reads one way the genre introduces a person in a visit
 * sentence ("受县长王某委托", "在局长李某的带领下", "王某陪同"), and lists sentences it must read and must not read
 * (tested row by row in roles.test.ts). The first rule that matches a person decides the role; a person no rule
 * matches is not a participant (a household visited, a name in a remark).
 */
import type { Visit } from '../data/schema';
import type { PersonMention } from './people';
import { MOVE_RE } from './places';

export type Role = Visit['participants'][number]['role'];

export interface RoleContext {
  /** The sentence (normalised), and the person's span in it: [start, end) of the name, quoteStart of the title. */
  sentence: string;
  m: PersonMention;
  /** Where the visit's trigger ("来到", "赴") starts in the sentence, or -1 where the sentence opens no visit. */
  trigger: number;
}

export interface RoleRule {
  name: string;
  role: Role;
  test: (c: RoleContext) => boolean;
  /** Sentences the rule must read, with the person it reads; and sentences where it must not read that person. */
  reads: [string, string][];
  not: [string, string][];
}

const after = (c: RoleContext, n = 12) => c.sentence.slice(c.m.end, c.m.end + n);
const before = (c: RoleContext, n = 12) => c.sentence.slice(Math.max(0, c.m.quoteStart - n), c.m.quoteStart);
const beforeTrigger = (c: RoleContext) => c.trigger >= 0 && c.m.end <= c.trigger;
/** The rest of the clause after the name, to the next comma or stop. */
const clauseAfter = (c: RoleContext) => /^[^,，。;；]*/.exec(c.sentence.slice(c.m.end))![0];

export const ROLE_RULES: RoleRule[] = [
  {
    name: 'entrusted by (受…委托)',
    role: 'entrusted-by',
    test: (c) => /受$/.test(before(c, 1)) || /^[\u4e00-\u9fa5]{0,2}委托/.test(after(c)),
    reads: [
      ['2月12日，受市人大常委会副主任刘时新委托，黄志强一行前往启安村。', '刘时新'],
      ['受区长王力委托，副区长李强来到东风社区。', '王力'],
    ],
    not: [['受区长王力委托，副区长李强来到东风社区。', '李强']],
  },
  {
    name: 'accompanying (在…的陪同下, …陪同, …一同前往)',
    role: 'accompanying',
    test: (c) =>
      /^(?:一行)?的?陪同下/.test(after(c)) ||
      /(?:联同|会同)$/.test(before(c, 2)) ||
      // ("县长王明和李华来到红星村": one named after 和 with the lead, before the verb of going.)
      // (Or with a title of one's own: "市長張國華與議員張國明…前往".)
      (/[和与及]$/.test(before(c, 1)) &&
        beforeTrigger(c) &&
        (c.m.title === null || c.m.quoteStart < c.m.start) &&
        // (Not one met or called before the going: "县长王明与市长李国强进行视频连线后，来到…".)
        !/连线|座谈|会谈|交流|通话|会见|见面|商讨|研究|分别/.test(c.sentence.slice(c.m.end, c.trigger))) ||
      /^(?:[、和及与][\u4e00-\u9fa5]{2,12})*等?(?:陪同|随同|随行|(?:一同|一起)(?:前往|参加)|参加(?!会议|座谈|仪式|大会|开幕|典礼))/.test(
        clauseAfter(c),
      ) ||
      // ("市政协副主席马丽一同调研。": right after the name, closing the sentence; not "与志愿者一起走访了…".)
      /^等?(?:一同|一起)(?:调研|视察|检查|慰问|走访|看望)(?:活动)?(?:[。；;]|$)/.test(
        c.sentence.slice(c.m.end),
      ) ||
      // "县人大常委会副主任钱芳，副县长宋涛陪同。", "市民政局局长吴江同志陪同。": a sentence of its own that names
      // those who went along, titled, split by commas, ending with 陪同 or 参加 (and what they joined).
      (c.trigger < 0 &&
        /^(?:同志(?:陪同|随同|随行)|(?:同志)?(?:[、和及与][^,，。;；:：]{2,24}?)*[,，][^。;；:：]{2,60}?等?(?:同志)?(?:陪同|随同|随行|一同前往|参加)(?:了)?(?:此次|本次)?(?:视察|调研|检查|慰问|走访)?(?:活动)?)(?:[。;；]|$)/.test(
          c.sentence.slice(c.m.end),
        )) ||
      (c.trigger >= 0 && c.m.start > c.trigger && /陪同|一同|随同|随行/.test(clauseAfter(c))),
    reads: [
      ['在镇长吴刚的陪同下，县人大常委会主任李明来到西湖村。', '吴刚'],
      ['副市长何文斌深入到金港物流园项目现场调研。市政协副主席马丽一同调研。', '马丽'],
      ['6月3日，视察组来到青山小学。县人大常委会副主任钱芳，副县长宋涛陪同。', '钱芳'],
      ['2月1日，副市长周平来到市福利院慰问老人。市民政局局长吴江同志陪同。', '吴江'],
      ['6月3日，区长韩雷来到城南供水站检查。区领导郑凯，区有关部门负责同志参加。', '郑凯'],
      ['8月1日，县委书记钱国栋来到县人武部。县人大常委会主任孔德华，副县长商晓燕参加慰问活动。', '孔德华'],
      ['县长李明来到西湖村，镇长吴刚陪同。', '吴刚'],
      ['县长李明来到西湖村，区人大办主任王强一同前往。', '王强'],
      ['民政专员庞志远上午联同区议员蔡美宝探访竹园南邨。', '蔡美宝'],
      ['县长王明和李华来到红星村。', '李华'],
      ['市长张国华与议员张国明在社会课长刘文杰陪同下，昨天前往顺安村。', '张国明'],
      ['市长张国华与议员张国明在社会课长刘文杰陪同下，昨天前往顺安村。', '刘文杰'],
      ['由社会局长王芳、区长李强及里长陈美华陪同，市长林德昌来到东风社区。', '王芳'],
    ],
    not: [
      ['在镇长吴刚的陪同下，县人大常委会主任李明来到西湖村。', '李明'],
      // (Not one who only attended a meeting.)
      ['6月3日，区长韩雷来到城南供水站检查。县委书记王明，县长李强参加会议并讲话。', '李强'],
    ],
  },
  {
    name: 'lead (在…的带领下, 由…带队, …率…, before the trigger)',
    role: 'lead',
    test: (c) =>
      /^(?:一行)?的?(?:带领|率领|带队)下?/.test(after(c)) ||
      // ("在镇党委书记刘长青、镇长韩守业的带领下": the first of those who led; the rest go along.)
      /^(?:[、和及与][^,，。;；、在]{2,16}?)+的(?:带领|率领)下/.test(clauseAfter(c)) ||
      // ("…调研组前往东湖县开展调研，副主任钱进率队，…": 率队 closing its clause; not one who 率队前往 elsewhere.)
      /^率队(?=[,，。;；]|$)/.test(after(c)) ||
      /由$/.test(before(c, 1)) ||
      (beforeTrigger(c) &&
        !/^家/.test(after(c, 1)) &&
        // (Not one who goes along with the lead, "联同区议员蔡美宝"; but one who shares the lead's title, "副主席许春华
        // 和汪永胜", leads too.)
        (!/(?:联同|会同|陪同|和|与)$/.test(before(c, 2)) ||
          (c.m.title !== null && c.m.quoteStart === c.m.start && /[和与]$/.test(before(c, 1)))) &&
        // (Not someone who speaks to the reporter: "学校校长邢丽娟对记者说，…代表符海燕…来到学校".)
        !/^(?:对[^,，。]{0,8})?(?:说|表示|介绍|告诉|坦言)/.test(clauseAfter(c)) &&
        // (Not someone visited, named after the verb: "走访了卫生院院长、市人大代表蒋国庆，察看了…".)
        !/(?:走访|看望|慰问|探望|探访)了?[^,，。;；]*$/.test(c.sentence.slice(0, c.m.start)) &&
        // (Nor one whose own outing came before: "继行政长官林永泰率先落区后，多名官员…到深水埗探访".)
        !(/继[^,，。;；]{0,20}$/.test(c.sentence.slice(0, c.m.quoteStart)) && /后$/.test(clauseAfter(c)))),
    reads: [
      ['在县民政局局长王国庆的带领下，慰问组来到新华村。', '王国庆'],
      ['由市人大代表张建设带队，视察组先到城南中学。', '张建设'],
      ['县委书记赵立、县长钱程一行来到红星村。', '赵立'],
      ['县政协副主席许春华和汪永胜分别赴城关镇、杭埠镇。', '汪永胜'],
      ['慰问团在镇党委书记刘长青、镇长韩守业的带领下来到镇敬老院。', '刘长青'],
    ],
    not: [
      ['县长钱程走访贫困户路小军家。', '路小军'],
      ['调研组一行走访了白兔镇卫生院院长、市人大代表蒋国庆，实地察看了镇卫生院。', '蒋国庆'],
      ['民政专员庞志远上午联同区议员蔡美宝探访竹园南邨。', '蔡美宝'],
      ['6月1日，红星学校校长邢丽娟对记者说，市人大代表符海燕一早来到学校。', '邢丽娟'],
      ['继行政长官林永泰率先落区后，政务司副司长区俊明到深水埗探访长者。', '林永泰'],
    ],
  },
];

/** The role the rules give a person in a visit sentence, or null. */
export function roleOf(c: RoleContext): { role: Role; rule: RoleRule } | null {
  for (const rule of ROLE_RULES) if (rule.test(c)) return { role: rule.role, rule };
  return null;
}

const ORG_END =
  /(?:委员会|常委会|机关|工委|委|局|办公室|办|部|厅|院|公司|中心|小组|工作组|组|队|所|站|团|协会|会|政府|集团|银行)$/;

export interface Span {
  name: string;
  start: number;
  end: number;
}

/** Organizations led along: "率市人大常委会机关、市人社局党员干部", "带领市人大社会委同志". */
export function delegations(sentence: string, trigger: number): Span[] {
  const m =
    /(?:率领|带领|率)([^,，。;；]*?)(?:相关负责人|负责人|党员干部|党员志愿者|干部职工|志愿者|工作人员|同志|干部|一行|人员|代表|组成|,|，|赴|到|来到|前往|深入)/.exec(
      sentence.slice(0, Math.max(trigger, 0) + 2),
    );
  if (!m) return [];
  const out: Span[] = [];
  let p = m.index + m[0].indexOf(m[1]!);
  for (const part of m[1]!.split(/(、|和|及|与)/)) {
    if (/^(?:、|和|及|与)$/.test(part)) {
      p += part.length;
      continue;
    }
    const name = part.trim();
    if (name.length >= 3 && ORG_END.test(name)) out.push({ name, start: p, end: p + part.length });
    p += part.length;
  }
  return out;
}

/** A group that went, named as the subject of a visit sentence with no named lead ("慰问组来到…", "市人大机关党员志愿者前往…"). */
export const GROUP_RE =
  /(?:慰问组|工作组|调研组|视察组|检查组|督导组|督查组|执法检查组|(?:检查|督查|督导|巡查|慰问|调研)小组|代表小组|代表团|代表组|工作队|服务队|志愿服务队|志愿者|党员干部|机关干部|干部职工|人大代表|代表们|政协委员|委员们|队员们|同志们|干部们|老干部们|党员们|义工|社工|一行|工作人员|网格员|民警|干警|医护人员|医务人员|社区工作者|主席团|代表会|分队|领导班子|班子成员|(?:主席|主任)会议成员|(?:主要)?领导(?:亲自)?(?:带队|率队)|负责(?:同志|人)(?:亲自)?(?:带队|率队)|^(?:此次|本次|这次)(?:检查|督查|督导|视察|调研|走访|慰问|巡查)(?:组|团|中)?)/;

/**
 * A body that opens the clause of going as its subject ("县政协机关干部来到…"); `anyBody` also takes the bodies that
 * only say who went ("县红十字会走进…", "县总工会来到…"), not a sign of a party of its own.
 */
export function subjectOrg(sentence: string, trigger: number, anyBody = false): Span | null {
  let head = sentence.slice(0, Math.max(trigger, 0));
  const moves = [...head.matchAll(new RegExp(MOVE_RE.source, 'g'))];
  const lastMove = moves[moves.length - 1];
  if (lastMove) head = head.slice(0, lastMove.index + lastMove[0].length);
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf('，'), head.lastIndexOf('。'));
  const clause = head.slice(cut + 1).replace(new RegExp(`(?:${MOVE_RE.source})$`), '');
  const m = (anyBody ? ANY_BODY_RE : BODY_RE).exec(clause);
  if (!m) return null;
  return { name: m[1]!, start: cut + 1, end: cut + 1 + m[1]!.length };
}

const BODY_RE =
  /^([\u4e00-\u9fa5]{2,20}?(?:机关|常委会|委员会|工委|委|局|办公室|办|部|小组|工作组|组|队|政府|中心|代表团))(?:党员志愿者|志愿者|党员干部|机关干部|干部|工作人员|代表|一行)*(?:先后|分别|一同|一起|还|又|也)?$/;
/** (A body of the wider kinds after one character, "县红十字会"; never two bodies joined, "县总工会和县妇联", nor "我局".) */
const ANY_BODY_RE = new RegExp(
  `^(?![我该本此])((?:(?!和|与|及|联合|通过|会同)[\\u4e00-\\u9fa5]){1,20}?(?:红十字会|总工会|工会|慈善总会|慈善会|协会|商会|联合会|校友会|代表会|妇联|残联|文联|科协)|(?:(?!和|与|及|联合|通过|会同)[\\u4e00-\\u9fa5]){2,20}?(?:机关|常委会|委员会|工委|委|局|办公室|办|部|小组|工作组|组|队|政府|中心|代表团))${BODY_RE.source.slice(BODY_RE.source.indexOf('))') + 2)}`,
);

/** A byline in brackets that opens a sentence: "（记者 邵林波 通讯员 张娟娟）近日，…". */
export const BYLINE_RE = /^[(（][^)）]{0,30}(?:记者|通讯员|讯)[^)）]{0,30}[)）]/;

/** Names in credit lines: "(记者 张三 通讯员 李四)", "责任编辑:王五". */
export function credits(line: string): PersonMention[] {
  const out: PersonMention[] = [];
  const re =
    /(责任编辑|编辑|记者|通讯员|审核|校对|作者|供稿|摄影|撰稿|审稿|签发)\s*[:：/]?\s*((?:[\u4e00-\u9fa5]{2,3}(?:\s+|、|$|(?=[)）])))+)/g;
  for (const m of line.matchAll(re)) {
    let p = m.index + m[0].indexOf(m[2]!);
    for (const part of m[2]!.split(/(\s+|、)/)) {
      if (/^[\u4e00-\u9fa5]{2,3}$/.test(part))
        out.push({
          name: part,
          start: p,
          end: p + part.length,
          title: m[1]!,
          quoteStart: m.index,
          quoteEnd: p + part.length,
        });
      p += part.length;
    }
  }
  return out;
}
