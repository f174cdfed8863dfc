/**
 * Stage 3 of drafting: clauses -> visits. A sentence that names someone (or a group) going to a place opens a
 * visit; the sentences after it add to that visit (more stops, supplies, remarks, people who went along) until
 * another visit opens. One outing to several stops ("先后来到A村、B社区", "随后来到…") is one visit to several
 * places; "分别" with as many leads as places is one visit each. A visit whose text names nobody is kept, its lead
 * unknown and said so. A date holds for the visits after it until another is given.
 */
import type { Evidence, PlaceKind, Text, Visit } from '../data/schema';
import { quote, type Clause } from './clauses';
import type { DateMention } from './dates';
import { findPeople, portraitName, TITLE_BEFORE_RE } from './people';
import { asWritten } from './normalise';
import {
  GIVE_TO_RE,
  HELD_VERB,
  INSPECT_RE,
  MOVE_RE,
  placesAnywhere,
  homeGoneTo,
  toldAgainByKind,
  VISIT_VERB_RE,
  type PlaceMention,
} from './places';
import { BYLINE_RE, delegations, GROUP_RE, roleOf, subjectOrg, type Role } from './roles';
import type { Paragraph } from './sections';
import { slug } from './ids';
import { SUPPLY_VERB_RE } from './supplies';
import { text } from './text';

export interface PlaceDraft {
  name: string;
  kind: PlaceKind;
  parent: number | null;
  code: string | null;
  inferred: boolean;
  /** The name as written, where it differs from the normalised one (Traditional script). */
  raw?: string;
  note?: Text;
  /** Added from the gazetteer, not named in the text. */
  fromGazetteer?: boolean;
  /** The link to the parent comes from the gazetteer, not the text. */
  parentInferred?: boolean;
}

export interface DatedAt {
  d: DateMention;
  p: Paragraph;
  /** The date's words as written. */
  text: string;
  /** Given in the visit's own sentence; else carried from an earlier one, or found later in its section. */
  how: 'sentence' | 'paragraph' | 'carried' | 'later';
  /** "次日": the day after this date, as written ("6月3日"). */
  dayAfter?: string;
  /** A day written without its month ("27日上午"): the month of the date the text gave before it. */
  monthFrom?: { month: number; year: number | null; text: string };
}

export interface VisitDraft {
  place: number;
  persons: {
    key: string;
    role: Role;
    ev: Evidence;
    inferred?: boolean;
    note?: Text;
    /** The first of those a sentence before the visit lists as taking part, who may lead it (joinListed). */
    tookPartFirst?: boolean;
  }[];
  orgs: { name: string; ev: Evidence }[];
  supplies: Visit['supplies'];
  inspected: { place: number; ev: Evidence }[];
  remarks: Visit['remarks'];
  date: DatedAt | null;
  headline: string | null;
  ev: Evidence;
  notes: Text[];
  section: number;
  /** Opened by the section's heading ("罗文静到后寨村督查防汛工作"); given up where the body tells the visit itself. */
  fromHeading?: boolean;
  /** Opened by a place that is the subject of its sentence ("八百垧街道政协工委…走访慰问了…"). */
  bySubject?: boolean;
}

export interface VisitWarning {
  code: string;
  paragraph?: number;
  message: { zh: string; en: string };
}

const VISIT_KINDS: PlaceKind[] = [
  'community',
  'village',
  'residents-committee',
  'street',
  'town',
  'township',
  'compound',
  'organization',
  'site',
  'road',
];
/** A place's trigger that is a verb of going ("来到", "赴"), or any that tells of a visit by itself (going, visiting, giving). */
const MOVE_ONLY_RE = new RegExp(`^(?:${MOVE_RE.source})$`);
const VISIT_VERB_ONLY_RE = new RegExp(`^(?:${VISIT_VERB_RE.source})$`);
/** Who was visited, right after the place visited ("探訪北區弱勢家庭"). */
const WHO_VISITED_RE =
  /^[\u4e00-\u9fa5]{0,4}?(?:家庭|困难户|低保户|贫困户|长者|老人|居民|群众|村民|职工|人员)/;
const STRONG_TRIGGER_RE = new RegExp(`^(?:${MOVE_RE.source}|${VISIT_VERB_RE.source}|${GIVE_TO_RE.source})$`);
/** A sentence whose subject is the party the text has just told of ("一行人先后走进…", "代表们来到…"). */
const ANAPHORIC_GROUP_RE =
  /^(?:[^,，。]{0,8}[,，])?(?:随后|接着|之后)?[,，]?(?:一行人?|他们|大家|代表们|(?:政协)?委员们|干部们|同志们|队员们|(?:老干部|党员|义工|志愿者)们|(?:慰问|调研|检查|视察|督查|督导|考察|暗访|执法检查)(?:组|团))(?:一行)?(?:先后|随后|又|还|再|接着|首先|分别)?/;
/** Each went to a place of their own ("分别来到", "分头来到", "各自到"). */
const SEVERALLY_RE = /分别|分头|各自/;
const SPEECH_RE = /(?:要求|强调|指出|叮嘱|嘱咐|希望|表示|提出|勉励|说)[,，:：]?/;
/** Where someone's words begin in a sentence, told strictly (not the 希望 of 希望小学): no place after it was gone to. */
const REMARK_OPENS_RE =
  /(?:要求|强调|指出|叮嘱|嘱咐|表示|勉励)[,，:：]|说[,，:：“]|希望(?!小学|中学|学校|工程|村|社区|之家|家园)/;
/** "在县红十字会的支持下", "在县民政局负责同志陪同下": who helped, not where. */
const HELPED_BY_RE =
  /^[^,，。]{0,8}?(?:的|负责同志|负责人|同志|人员)(?:大力)?(?:物资)?(?:支持|帮助|指导|关心|关怀|协调|组织|号召|倡议|带领|率领|陪同|提供|资助|协助)(?:和[^,，。]{1,6})?下/;
/** Words that start a sentence going on with the same outing. */
const CONTINUE_RE =
  /^(?:随后|然后|接着|紧接着|之后|其后|此后|最后|后|又|再|还|同时|当天下午|当天|下午|在此期间|期间|离开[^,，]{0,12}后)/;
/** Words that go on from the stop before ("随后", "接着"), not only from the same day. */
const SEQUENCE_RE =
  /^(?:[^,，。]{0,8}[,，])?(?:随后|然后|接着|紧接着|之后|其后|此后|最后|后又|又|再|离开[^,，]{0,12}后)/;
/** Not a visit: a meeting indoors, or a plan or notice of visits to come. */
/** Words of a plan before a verb of going ("计划于…", "拟赴…", "准备到…"); not "精心准备的礼物". */
/** A verb of giving right after the place given to ("向蕉岭县捐赠…"). */
const GIVING_AFTER_RE = /^(?:再次|又)?(?:捐赠|捐献|捐送|捐助|赠送|送去|送来|送上|发放|捐出)/;
/** A sentence that visits or hands over ("看望了驻守在…的人员", "给生活在…的老人送去…"). */
const VISITED_OR_GIVEN_RE = new RegExp(
  `${VISIT_VERB_RE.source}|送去|送上|送来|送到|递到|发放|分发|带去|捐赠|赠送|致送`,
);
const PLAN = '计划(?:于|在|到|赴|前往)|拟(?:于|在|到|赴|前往|定)|准备(?:于|在|到|赴|前往)';
const NOT_A_VISIT_RE = new RegExp(
  `会议(?!员|成员)|座谈会|视频会|电视电话会|将于|将在|将赴|将到|${PLAN}|要求[,，]?各|请各|通知`,
);
/**
 * Words that say when, not a plan: "在新春佳节即将到来之际", "春节即将到来，", "春节将至"; how a check went, not a notice: "不发通知、
 * 不打招呼" (an unannounced check); and why, not a meeting: "落实全市…事故会议精神".
 */
const notWhen = (s: string) =>
  s.replace(
    /[^,，。]{0,12}?(?:(?:即将|将要)?(?:到来|来临|临近)之际|(?:即将|将要)(?:到来|来临)(?=[,，]))|[^,，。]{0,20}?会议(?:结束)?(?:后|之后)|[^,，。]{0,8}?(?:将至|将近|将尽)|(?:不发|不提前|未提前|不事先|未事先)通知|(?:为[将把]|[^,，。将要计划拟于])(?:为[将把]|[^,，。将要计划拟于]){0,39}?(?:会议|通知)(?:各项)?(?:精神|要求|部署)/g,
    // (But what a meeting required opens its clause: "会议要求，各乡镇主要领导亲自带队…".)
    // (Nor a plan for after a meeting: "计划在全县工作会议后前往…", "拟于防汛会议后…", "要在会议后深入…".)
    (w, at: number) =>
      (/^(?:会议|会上)要求$/.test(w) && /^[,，:：]/.test(s.slice(at + w.length))) ||
      (/会议(?:结束)?(?:后|之后)$/.test(w) && /将|拟|计划|准备|要在/.test(w))
        ? w
        : '',
  );
/** A sentence that sums up a whole activity. */
const TOTAL_RE =
  /此次|此行|本次|这次|活动中|活动期间|累计|合计|总计|共计|共为|共向|共发放|共慰问|共走访|共送去|共捐赠|一共/;
/** After "在" and a place, what makes it a visit: "在红星村慰问了…", "在红星村，王某看望…". */
/**
 * What is held that is no visit, though its name holds words of the genre: a meeting, a briefing, a training, a
 * contest, a show, a fair, a ceremony of praise, a sports day, a firm's own year-end dinner; or one still to come.
 */
const NOT_HELD_EVENT_RE =
  /会议(?!员)|座谈|大会|说明会|记者会|发布会|培训|讲座|比赛|演出|招聘|表彰|运动会|开幕式|年终(?=[\u4e00-\u9fa5]{0,4}(?:餐会|聚餐|晚宴|宴会|联欢))|尾牙|年会|预定|拟于|届时/;
/** "在石桥中学，检查组对…": a group that went, opening the clause after the place. */
const GROUP_AFTER_PLACE_RE = new RegExp(`^[,，](?:${GROUP_RE.source})`);
/** "…活动，4日上午在北屯区公所举行。": the place named, then only that the event was held there. */
const HELD_HERE_RE = new RegExp(`^${HELD_VERB}(?=[,，。；;]|$)`);
/** An event of the genre, as a text names it ("中秋节关怀弱势活动", "送温暖慰问活动", "捐赠仪式", "新春送福启动礼"). */
const HELD_EVENT_RE =
  /(?:慰问|关怀|关爱|送暖|温暖|敬老|爱老|发放|捐赠|捐助|帮扶|义诊|年菜|福袋|送福)[^。；;]{0,16}?(?:活动|行动|仪式|启动礼|揭幕礼|餐会|宴)/;
const AT_VISIT_RE =
  /^[^。；;]{0,32}?(?:(?:看望|慰问|走访|探望|探访|调研|检查|督导|督查|察看|查看|视察|排查|巡查|参观|考察)(?![组团队品金])|(?:实地|详细|深入)了解|(?:详细|仔细|认真)询问了?|(?<=^[,，][^。；;,，]{2,12})一行|(?<=^[,，][^。；;,，]{2,16}与[^。；;,，]{1,12})(?:亲切)?(?:交谈|拉家常|握手)|捐赠|捐献|送去|送来|送上|发放|分发|派发|致送|致赠|递给|递上|交给|交到|送到|开展|走进|来到|深入)/;

/**
 * A place's name in the characters its paragraph writes. A name read whole is its quote; one put together from
 * parts ("東山鄉中心小學" from its township, "蘇北、馬東等村" as 苏北村) takes each character as the paragraph writes it.
 */
function writtenName(p: Paragraph, m: PlaceMention): string | undefined {
  if (p.norm.text.slice(m.start, m.end) === m.name) return asWritten(quote(p, m.start, m.end).quote);
  // (Only a character the paragraph writes one way: 台 stays 台 where it also writes 颱風, 面 where it writes 麵條.)
  const written = new Map<string, Set<string>>();
  for (let i = 0; i < p.norm.text.length; i++) {
    const at = p.norm.toRaw[i]!;
    if (p.norm.toRaw[i + 1] !== at + 1) continue;
    const ways = written.get(p.norm.text[i]!) ?? new Set<string>();
    written.set(p.norm.text[i]!, ways.add(p.raw[at]!));
  }
  const name = [...m.name].map((ch) => {
    const ways = written.get(ch);
    return ways?.size === 1 ? [...ways][0]! : ch;
  });
  return name.join('') === m.name ? undefined : name.join('');
}

/** The places of a draft, one per name and kind (a generic site is one per visit). */
export class PlaceBook {
  readonly places: PlaceDraft[] = [];
  private byKey = new Map<string, number>();
  add(m: PlaceMention, parent: number | null, raw: string | undefined, current: number | null): number {
    // A generic place ("社区便民服务中心", "镇政府", "村卫生室") is a different one on each visit.
    const local = parent === null && /^(?:社区|村|小区|镇|乡|街道)/.test(m.name);
    const key = `${m.name}|${m.kind}${local ? `@${current}` : ''}`;
    const existing = this.byKey.get(key);
    if (existing !== undefined) {
      const pl = this.places[existing]!;
      if (
        pl.parent === null &&
        parent !== null &&
        !this.isInside(parent, new Set([existing])) &&
        parent !== existing
      )
        pl.parent = parent;
      return existing;
    }
    this.places.push({
      name: m.name,
      kind: m.kind,
      parent,
      code: null,
      inferred: false,
      ...(raw && raw !== m.name ? { raw } : {}),
    });
    this.byKey.set(key, this.places.length - 1);
    return this.places.length - 1;
  }
  /** A place's name as the text writes it (Traditional stays Traditional), for the words a reviewer reads. */
  shown(id: number): string {
    const pl = this.places[id]!;
    return pl.raw ?? pl.name;
  }
  isInside(id: number, within: Set<number>): boolean {
    for (
      let at = this.places[id]!.parent, guard = 0;
      at !== null && guard < 12;
      at = this.places[at]!.parent, guard++
    )
      if (within.has(at)) return true;
    return false;
  }
}

export interface VisitsResult {
  visits: VisitDraft[];
  places: PlaceDraft[];
  warnings: VisitWarning[];
}

export function findVisits(
  clauses: Clause[],
  known: ReadonlySet<string>,
  title: Paragraph | null = null,
): VisitsResult {
  const book = new PlaceBook();
  const warnings: VisitWarning[] = [];
  const visits: VisitDraft[] = [];
  let outing: VisitDraft[] = [];
  let section = -1;
  let sectionVisits: VisitDraft[] = [];
  let lastDate = null as DatedAt | null;
  const undated: VisitDraft[] = [];
  /** Sentences that hand supplies over before any visit is told: the one visit's, if the text tells of one. */
  const orphans: Clause[] = [];
  /** A lead named before the visit sentence ("由副主任易文涛带队，…组成视察组。视察组先到…"). */
  let announced: Announced | null = null;
  /** A sentence before any visit of its section that lists those who took part (see tookPartBefore). */
  let tookPart: { c: Clause; at: number } | null = null;
  /** Where the sentences since the last visit (or the section's start) begin. */
  let since = 0;

  for (const [at, told] of clauses.entries()) {
    const c = withNamedBefore(withSubjectPlace(told), clauses, at, title);
    if (c.section !== section) {
      // (A lead named in a section that told no visit holds for the next one only: a photo caption read as a
      // heading, "向阳乡乡长刘国栋介绍情况", may stand between "副主任曾德明带领…开展调研" and "调研组先后实地察看了…".)
      if (sectionVisits.length > 0 || (announced && announced.c.section !== section)) announced = null;
      tookPart = null;
      since = at;
      section = c.section;
      outing = [];
      sectionVisits = [];
    }
    const p = c.p;
    const sentenceDate = sentenceDateOf(c, lastDate);
    if (sentenceDate) {
      // A date found after a visit of the same section that had none ("…来到X村。2月3日…" is rare; the section's
      // date holds for it, flagged).
      // (Not a visit its own sentence dates only vaguely, "近日", "日前", told before another visit's day.)
      for (const v of undated.splice(0))
        if (
          v.section === c.section &&
          !(
            v.ev.paragraph !== p.index &&
            /^[^,，。]{0,12}?(?:近日|(?<!节)日前|近期|前不久|近段时间|连日来)/.test(v.ev.quote)
          )
        )
          v.date = { ...sentenceDate, how: 'later' };
    }

    // Places, parents first.
    const ids: number[] = [];
    const current = outing[0]?.place ?? null;
    c.places.forEach((m) => {
      const parent = m.parent === null ? null : (ids[m.parent] ?? null);
      ids.push(book.add(m, parent, writtenName(p, m), current));
    });
    const parents = new Set(c.places.map((m) => m.parent).filter((x): x is number => x !== null));
    const leaves = visitPlaces(c, parents, outing);
    // "河埠街道的人大代表们为辖区内…送去慰问品。…来到河埠街道青石社区…": a visit told only by a place as the subject
    // of its sentence is a summary where a visit to a place inside it is told after it with a verb of going; the
    // summary is given up for it, its supplies said in a warning, not put on any one visit.
    const summary = outing.length > 0 && outing.every((v) => v.bySubject) ? outing : [];
    if (
      summary.length > 0 &&
      leaves.some(
        ({ m, i }) =>
          m.subjectUntil === undefined &&
          MOVE_ONLY_RE.test(m.trigger) &&
          book.isInside(ids[i]!, new Set(summary.map((v) => v.place))),
      )
    ) {
      for (const v of summary) {
        visits.splice(visits.indexOf(v), 1);
        sectionVisits.splice(sectionVisits.indexOf(v), 1);
        if (v.supplies.length > 0)
          warnings.push({
            code: 'supply-total',
            paragraph: v.ev.paragraph,
            message: {
              zh: `这一句概述整个活动（${v.supplies.map((x) => x.evidence.quote).join('、')}），没有归入某一次走访。`,
              en: `This sentence sums up the whole activity (${v.supplies.map((x) => x.evidence.quote).join(', ')}); it was not put on any one visit.`,
            },
          });
      }
      outing = [];
    }
    // A visit the heading told is given up for the body's own telling of it.
    const retoldFromHeading =
      !c.isHeading && sectionVisits.length > 0 && sectionVisits.every((v) => v.fromHeading);
    const inOuting = new Set(
      retoldFromHeading ? [] : outing.flatMap((v) => [v.place, ...v.inspected.map((x) => x.place)]),
    );
    // A place of the outing named again, maybe shorter ("勐朗乡中心敬老院" … "为敬老院送去"), is no new stop.
    const outingNames = [...inOuting].map((id) => book.places[id]!.name);
    // (Unless someone with a title who was not on the outing goes there: "2月3日下午，县人大代表
    // 汪建平来到县疫情防控应急指挥部，捐款50万元".)
    const outingPeople = new Set(outing.flatMap((v) => v.persons.map((x) => x.key)));
    const newcomer = (m: PlaceMention) =>
      MOVE_ONLY_RE.test(m.trigger) &&
      c.people.some(
        (pm) =>
          pm.end <= m.start &&
          pm.title !== null &&
          !outingPeople.has(pm.name) &&
          !/陪同|参加|出席|要求|强调|指出|表示|说|希望/.test(
            c.text.slice(pm.end - c.start, m.start - c.start),
          ),
      );
    // "四名主要官員分別到訪觀塘、沙田、荃灣及北區，探訪…": districts gone to severally by nobody named, the sum of a
    // round whose visits are told after it; no visit of its own.
    const round =
      leaves.length >= 3 &&
      leaves.every(({ m }) => m.kind === 'district') &&
      SEVERALLY_RE.test(c.text) &&
      c.people.length === 0 &&
      // (Officials counted, whose visits are each told after: "四名主要官員分別到訪…"; not "市领导分别深入芙蓉区、…".)
      /[\d一二两三四五六七八九十多几数]+(?:名|位)[^,，。]{0,12}(?:官员|司长|局长|领导)/.test(c.text);
    const fresh = leaves.filter(
      ({ i, m }) =>
        !round &&
        (retoldFromHeading ||
          newcomer(m) ||
          (!inOuting.has(ids[i]!) &&
            !book.isInside(ids[i]!, new Set(outing.map((v) => v.place))) &&
            !outingNames.some((n) => n.endsWith(m.name)))),
    );

    let opened: VisitDraft[] = [];
    if (fresh.length > 0) {
      const party = readParty(c, fresh);
      const { leads } = party;
      const continues = goesOn(c, party, outing, sentenceDate, lastDate);
      const pairs = SEVERALLY_RE.test(c.text) && leads.length > 1 && leads.length === fresh.length;
      const named = toldAsVisit(c, party, fresh, announced !== null, sectionVisits.length === 0);
      if (continues && !retoldFromHeading) {
        // More stops of the same outing.
        const v = outing[0]!;
        for (const { m, i } of fresh)
          if (!toldAgainByKind(m.name, outingNames))
            v.inspected.push({ place: ids[i]!, ev: quote(p, m.start, m.end) });
        // "到缑氏镇走访…。一行人先后走进缑北社区…": the first community or village of an outing to a town is the
        // most specific place it went to.
        const inner = fresh.find(({ m }) => ['village', 'community', 'residents-committee'].includes(m.kind));
        if (
          inner &&
          ANAPHORIC_GROUP_RE.test(c.text) &&
          v.inspected.length === fresh.length + 1 &&
          ['town', 'township', 'street'].includes(book.places[v.place]!.kind)
        )
          v.place = ids[inner.i]!;
      } else if (named || CONTINUE_RE.test(c.text) || retoldFromHeading) {
        // The body's sentence is the visit (its lead, if it names none, still comes from the heading).
        if (retoldFromHeading) {
          for (const hv of sectionVisits) visits.splice(visits.indexOf(hv), 1);
          sectionVisits = [];
          outing = [];
        }
        const groups = pairs
          ? fresh.map((f) => [f])
          : // Places that are each the subject of the sentence: a visit each ("龙潭村、双井社区分别为…送去…").
            fresh.every(({ m }) => m.subjectUntil !== undefined)
            ? fresh.map((f) => [f])
            : // As many leads as places: one visit each; else one visit to all the places, its leads noted as
              // not paired with them (no visit is made up for a pairing the text does not give).
              [fresh];
        opened = groups.map((stops, k) =>
          newVisit(c, stops, k, {
            ids,
            party,
            pairs,
            single: groups.length === 1,
            sectionVisits: sectionVisits.length,
            lastLead: [...visits]
              .reverse()
              .flatMap((x) => x.persons)
              .find((x) => x.role === 'lead'),
            announced,
            known,
            warnings,
          }),
        );
        // Those listed before as taking part went along; the first leads where nothing else names a lead.
        if (tookPart && at - tookPart.at <= 4) joinListed(opened[0]!, tookPart.c, c, true);
        announced = null;
        tookPart = null;
        since = at + 1;
        outing = opened;
        sectionVisits.push(...opened);
        visits.push(...opened);
      }
    }
    if (fresh.length === 0 && outing.length === 0) {
      const lead = c.people.find(
        (m) =>
          /^(?:一行|率|带领|带队|的带领|的率领|深入|走访|看望|慰问|前往)|^[^,，。]{0,12}(?:带队|率队)/.test(
            c.text.slice(m.end - c.start),
          ) || /由$/.test(c.text.slice(0, m.quoteStart - c.start)),
      );
      // A sentence that is only a list of titled names ("镇长程立军、人大主席孙海波、纪委书记罗文涛。"): the
      // visit told next is theirs, the first named leading.
      const onlyNames =
        !lead &&
        c.people.length > 0 &&
        c.people.every((m) => m.title !== null) &&
        /^[、,，。;；\s]*$/.test(
          c.people
            .reduceRight((t, m) => t.slice(0, m.quoteStart - c.start) + t.slice(m.quoteEnd - c.start), c.text)
            .replace(/[\d年月日]+/g, ''),
        );
      // "县领导陈丽萍、黄建新带领…": the first of a list of names is its lead.
      let first = lead ? c.people.indexOf(lead) : -1;
      while (
        first > 0 &&
        /^[、,，和]$/.test(
          c.text.slice(c.people[first - 1]!.end - c.start, c.people[first]!.quoteStart - c.start),
        )
      )
        first--;
      if (lead) announced = { c, m: c.people[first]! };
      else if (onlyNames) announced = { c, m: c.people[0]! };
      else if (!announced && tookPartBefore(c, clauses.slice(since, at))) tookPart = { c, at };
      // "区委书记程亮带队开展集中走访慰问。区领导曾海林、李江华参加慰问活动。慰问活动首站来到…": those who went
      // along, told after the lead was announced and before the visit.
      else if (announced && listsWhoTookPart(c, true))
        announced.alongWith = [...(announced.alongWith ?? []), c];
    } else if (fresh.length === 0 && outing.length > 0) {
      // "为南安同乡会的长者送上…。总干事梁咏芝与…一行先于南安同乡会会址…": the outing's place told again with who
      // led it, where the sentence that opened the visit named nobody.
      const again = leaves;
      const v0 = outing[0]!;
      if (again.length > 0 && outing.length === 1 && !v0.persons.some((x) => x.role === 'lead')) {
        const { leads, roles } = readParty(c, again);
        if (leads.length > 0)
          for (const r of roles)
            if (r.role !== null && !v0.persons.some((x) => x.key === r.m.name))
              v0.persons.push({
                key: r.m.name,
                role: r === leads[0] ? 'lead' : r.role === 'lead' ? 'accompanying' : r.role,
                ev: quote(p, r.m.quoteStart, r.m.quoteEnd),
              });
      }
      // "活动结束后，街道党工委副书记赵慧敏带领社区工作人员…送到困难群众家中": who leads the outing on, where the
      // sentence that opened it named nobody.
      if (outing.length === 1 && !v0.persons.some((x) => x.role === 'lead')) {
        // (Not a host, "东风村党支部书记张建军带领村两委干部全程陪同", "…一行热情接待了慰问组", nor what someone
        // has done for years, "近年来，在村党支部书记张建军的带领下…", "今年以来，…局长李建华带领工作人员走访…".)
        const place = book.places[v0.place]!.name;
        let k = c.people.findIndex(
          (m) =>
            /^(?:一行|率领?|带领|带队)[^。；;]{0,30}?(?:来到|走进|深入|前往|入户|上门|走访|看望|慰问|送到|送去|送上|把)/.test(
              c.text.slice(m.end - c.start),
            ) &&
            // (Not one who shows the visitors round: "村党支部书记张建军带领慰问组来到五保户家中".)
            !/^[^,，。；;]*?(?:陪同(?!下)|接待|迎接|介绍|慰问组|慰问团|调研组|工作组|检查组|督查组|视察组)/.test(
              c.text.slice(m.end - c.start),
            ) &&
            !HABIT_RE.test(c.text) &&
            !/受助|学生代表/.test(c.text) &&
            // (Nor a day of its own: another outing.)
            !c.dates.some((d) => d.day !== null) &&
            !(
              HOSTED_KINDS.includes(book.places[v0.place]!.kind) &&
              ((m.title ?? '').includes(place) || HOST_TITLE_RE.test(m.title ?? ''))
            ) &&
            !c.people.some((x) => x !== m && v0.persons.some((y) => y.key === x.name)),
        );
        // ("副主任郑晓燕、孙立强一行": the first of the list.)
        while (
          k > 0 &&
          /^[、和]$/.test(c.text.slice(c.people[k - 1]!.end - c.start, c.people[k]!.quoteStart - c.start))
        )
          k--;
        const m = k >= 0 && c.people[k]!.title !== null ? c.people[k]! : null;
        if (m)
          inferLead(
            v0,
            p,
            m,
            text(
              `走访这一句没有写出带队者；带队者取自后文“${quote(p, c.start, c.end).quote.slice(0, 40)}”，请核对。`,
              `The visit’s sentence does not name who led it; the lead is taken from a later sentence, “${quote(p, c.start, c.end).quote.slice(0, 40)}”. Please check.`,
            ),
          );
      }
      // People who went along, named after the visit sentence ("市城建投公司董事长刘松涛陪同").
      for (const m of c.people) {
        const r = roleOf({ sentence: c.text, m: inSentence(m, c), trigger: -1 });
        if (r?.role === 'accompanying' && !outing[0]!.persons.some((x) => x.key === m.name))
          for (const v of outing)
            v.persons.push({ key: m.name, role: 'accompanying', ev: quote(p, m.quoteStart, m.quoteEnd) });
      }
    }

    // Dates of the visits this sentence opened.
    for (const v of opened) {
      if (sentenceDate) v.date = sentenceDate;
      else if (lastDate) v.date = { ...lastDate, how: lastDate.p === p ? 'paragraph' : 'carried' };
      else undated.push(v);
    }
    if (sentenceDate) lastDate = sentenceDate;

    if (outing.length === 0) {
      if (c.supplies.length > 0 && !NO_ACTIVITY_RE.test(c.p.norm.text)) orphans.push(c);
      else if (c.supplies.length > 0)
        warnings.push({
          code: 'supply-without-visit',
          paragraph: p.index,
          message: {
            zh: `这一句写了物资（${c.supplies.map((s) => quote(p, s.itemStart, s.itemEnd).quote).join('、')}），但没有找到它们属于哪次走访。`,
            en: `This sentence names supplies (${c.supplies.map((s) => quote(p, s.itemStart, s.itemEnd).quote).join(', ')}) but no visit they belong to was found.`,
          },
        });
      continue;
    }
    addStops(c, ids, parents, fresh, outing, book);
    placeSupplies(c, opened, outing, visits.length, book, warnings);
    if (SPEECH_RE.test(c.text) && opened.length === 0) {
      const ev = quote(p, c.start, c.end);
      outing[0]!.remarks.push({ text: text(ev.quote), evidence: ev, drafted: true });
    }
  }
  // A text that tells of an activity but of no visit in the usual words: one visit, at the place it names.
  if (visits.length === 0) {
    // Its day: the first a sentence of the activity gives ("10月18日、19日，青塘镇开展走访慰问"), else the text's first.
    const dated = (c: Clause) => c.dates.some((d) => d.relative !== 'same-day' && d.relative !== 'next-day');
    const first =
      clauses.find((c) => dated(c) && (c.supplies.length > 0 || ACTIVITY_RE.test(c.text))) ??
      clauses.find(dated);
    const v = activityVisit(
      clauses,
      book,
      first ? lastDateBefore(clauses, first.section) : lastDateBefore(clauses, clauses[0]?.section ?? 0),
      title,
    );
    if (v) visits.push(v);
  }
  visits.sort((a, b) => a.ev.paragraph - b.ev.paragraph || (a.ev.offset ?? 0) - (b.ev.offset ?? 0));
  mergeRetold(visits, book);
  placeOrphans(orphans, visits, warnings);
  findMissingLeads(visits, clauses, book, title, known, warnings);
  return { visits, places: book.places, warnings };
}

/**
 * "八百垧街道政协工委联合委员孙立强走访慰问了5户困难群众", "创业城街道政协工委…开展“送温暖”活动，为辖区困难家庭送去…":
 * a street, town, community or village that is the subject of a sentence of visiting or handing over, where no
 * place follows a verb, is where the visit was. Its chain is added to the clause's places as gone to.
 */
const SUBJECT_VISIT_RE =
  /^(?:政协工委|人大工委|党工委|党委|党总支|党支部|办事处|居委会|村委会|两委|工委|人民政府|政府|妇联|团委|工会)?(?:[^。;；“”:：,，]{0,24}?(?:带领下|率领下|陪同下|组织下|支持下|帮助下|提供下|资助下|协助下|指导下)[,，]|[^。;；“”:：,，]{0,8}(?:联合|携手)[^。;；“”:：]{0,36}?[,，]|[^。;；“”:：,，]{0,30}?(?:提着|带着|拎着|扛着|抱着|端着|捧着|携带|带上)[^。;；“”:：,，]{1,30}[,，](?=(?:来到|走进|深入)))?[^。;；“”:：,，]{0,30}?(?:(?:来到|走进|深入)[^。;；,，]{0,20}家中|走访慰问了?|看望慰问了?|慰问了|看望了|走访(?![组团队活工])|入户走访|(?:分头|逐户|挨家挨户)?上门(?:走访|看望|慰问|探望)?(?=[,，看慰走探送为])|开展了?[^,，。]{0,16}(?:慰问|送温暖|送清凉|关爱|敬老)[^,，。]{0,8}活动|送去了?|送上了?|发放了?|迎来了[^。;；,，]{0,10}(?:客人|访客))/;
/**
 * "钟祥乡人大主席团组织部分代表，对辖区内3座水库进行实地视察", "柳湾镇…镇长邢卫东带领…深入辖区复工复产企业一线开展
 * 安全生产检查": what a town's, a street's or a village's body or head inspects, named by no place of its own, is within
 * it.
 */
const INSPECTED_WITHIN_RE =
  /^[^。;；“”:：]{0,40}?(?:对(?:辖区内?的?)?[^。;；“”,，]{1,30}?(?:进行|开展)了?(?:实地|专题)?(?:视察|检查|督查|督导|调研|巡查)|(?:深入|走进|来到|前往|到|赴)(?:辖区|全镇|全乡|全街道|镇内|乡内|本镇|本乡)[^。;；“”,，]{0,24}?(?:进行|开展)了?(?:实地|专题)?(?:安全生产|安全)?(?:视察|检查|督查|督导|调研|巡查|排查|大检查))/;
/** The date a sentence gives: its own, a day that takes the month of the date before it, or "当天" (that day). */
/** The date a running count is told as of, not a visit's: "截至今日（10月1日），…共上门探访了300多户". */
const asOf = (c: Clause, d: DateMention) =>
  /(?:截至|截止到?)(?:今日|今天|目前|昨日|当天)?[(（]?$/.test(
    c.p.norm.text.slice(Math.max(0, d.start - 8), d.start),
  );

function sentenceDateOf(c: Clause, lastDate: DatedAt | null): DatedAt | null {
  const p = c.p;
  // (The day of this visit before the start of a period: "昨日（26日）起展开…，今日（27日）也分头出动…".)
  // (Not the day a period ends: "1月20日（星期一）起，…1月22日结束".)
  const ends = (d: DateMention) =>
    /^(?:结束|止|为止)/.test(c.text.slice(d.end - c.start)) ||
    /(?:至|到)$/.test(c.text.slice(0, d.start - c.start));
  // (Nor the day of a meeting whose word the visit carries out: "为落实3月5日全市防汛工作会议精神，3月9日，…".)
  // (Only where the visit's day opens a clause after it, and the meeting is one whose word it carries out.)
  const ofAMeeting = (d: DateMention) =>
    /^[^,，。；;]{0,24}?(?:会议|大会|座谈会|视频会|电视电话会)(?:精神|要求|部署)/.test(
      c.text.slice(d.end - c.start),
    ) &&
    c.dates.some(
      (e) =>
        e.start > d.start &&
        e.day !== null &&
        /(?:[,，]|于)$/.test(c.text.slice(0, e.start - c.start)) &&
        // (Not a deadline: "要求各村于3月15日前完成…".)
        !/^(?:前|之前|以前|起)/.test(c.text.slice(e.end - c.start)),
    );
  const d0 =
    c.dates.find((d) => !asOf(c, d) && !d.since && !ends(d) && !ofAMeeting(d)) ??
    c.dates.find((d) => !asOf(c, d));
  let sentenceDate: DatedAt | null = d0
    ? { d: d0, p, text: quote(p, d0.start, d0.end).quote, how: 'sentence' }
    : null;
  // "1月26日…。27日上午…": a day without its month, after a date that has one.
  // ("4月12日至13日…。12日，…。13日，…": the month of the day before, where that one took it from a date before it.)
  if (sentenceDate && d0!.month === null && d0!.day !== null && !d0!.relative && lastDate) {
    const from = lastDate.d.month ? { ...lastDate.d, text: lastDate.text } : lastDate.monthFrom;
    if (from?.month) sentenceDate.monthFrom = { month: from.month, year: from.year, text: from.text };
  }
  // "6月3日，…。次日，…": the day after the one the text last named, worked out and said so; none without it.
  if (d0?.relative === 'next-day') return lastDate && dayAfter(lastDate, p, d0);
  // "当天下午": the day the text last named, at this time of day.
  if (d0?.relative === 'same-day' && lastDate)
    sentenceDate = {
      ...lastDate,
      // (Its own time of day, or none: "3月4日，上午，…会议。当天，副县长…" is not the morning.)
      d: { ...lastDate.d, timeOfDay: d0.timeOfDay },
      how: lastDate.p === p ? 'paragraph' : 'carried',
    };
  return sentenceDate;
}

/** "次日": the day after a date the text gave (its words kept, for the note that says so); null without a day. */
function dayAfter(date: DatedAt, p: Paragraph, d0: DateMention): DatedAt | null {
  const last = date.d;
  if (!last.month || !last.day) return null;
  const t = new Date(Date.UTC(last.year ?? 2001, last.month - 1, last.day + 1));
  return {
    d: {
      ...d0,
      relative: undefined,
      year: last.year === null ? null : t.getUTCFullYear(),
      month: t.getUTCMonth() + 1,
      day: t.getUTCDate(),
    },
    p,
    text: quote(p, d0.start, d0.end).quote,
    how: 'sentence',
    dayAfter: date.text,
  };
}

/** The places a sentence tells of going to, visiting or giving to: the leaves of its chains of places. */
function visitPlaces(
  c: Clause,
  parents: ReadonlySet<number>,
  outing: readonly VisitDraft[],
): { m: PlaceMention; i: number }[] {
  const p = c.p;
  // A place after a verb of going, visiting or giving; after a verb of inspecting where no visit is under way
  // ("王某实地察看了红旗水库"); after 在 where a verb of visiting follows ("在红星村，王某看望了…").
  // "…；第二视察分团由副主席丘美玲任团长，察看了…": someone with a title, not of the outing under way, named
  // before the place looked at, leads a visit of their own.
  const outingNames0 = new Set(outing.flatMap((v) => v.persons.map((x) => x.key)));
  const newLeadBefore = (m: PlaceMention) =>
    c.people.some(
      (pm) =>
        pm.end <= m.start &&
        pm.title !== null &&
        !outingNames0.has(pm.name) &&
        /(?:由|^)[^,，。;；]*$/.test(c.text.slice(0, pm.quoteStart - c.start)) &&
        // (Not someone visited: "走访了白兔镇卫生院院长、市人大代表蒋国庆".)
        !new RegExp(`(?:${VISIT_VERB_RE.source}|走访了?)[^,，。;；]*$`).test(
          c.text.slice(0, pm.quoteStart - c.start),
        ) &&
        !/陪同|参加|出席|介绍|汇报|表示|说|要求|指出/.test(c.text.slice(pm.end - c.start, m.start - c.start)),
    );
  const isVisitTrigger = (m: PlaceMention) => {
    if (STRONG_TRIGGER_RE.test(m.trigger)) return true;
    if (new RegExp(`^(?:${INSPECT_RE.source})$`).test(m.trigger) || m.trigger === '对')
      return outing.length === 0 || newLeadBefore(m);
    if (m.trigger !== '在') return false;
    const next = p.norm.text.slice(m.end, m.end + 40);
    // "看望了驻守在高速公路丹东东站的…人员", "给生活在桐溪镇敬老院的老人送去…": where those visited stay.
    if (staysAt(c, m)) return true;
    // "在县红十字会的支持下": who helped, not where.
    if (HELPED_BY_RE.test(next)) return false;
    // (Not a meeting, or a fair or show held there: "在市人力资源市场举办…招聘会".)
    // (A briefing heard there is part of a visit where its sentence also calls on people: "在高楼镇派出所，栾志宏听取
    // 了…汇报，并看望慰问节日值班民警".)
    // (What was done after, "，随后在村委会召开座谈会", is not what was done there.)
    const rest = /^[^。；;]*?(?=[,，](?:随后|然后|之后|接着|会后)|[。；;]|$)/.exec(next)![0];
    // (Questions asked at one's own seat are no visit: "在县政府办公室，县长王强详细询问了…".)
    if (
      /^(?:[省市县区]政府|[^,，。]{0,8}(?:办公室|指挥部|会议室|机关))$/.test(m.name) &&
      /询问/.test(rest) &&
      !/看望|慰问|察看|查看|检查|走访/.test(rest)
    )
      return false;
    // "在石桥中学，检查组对学校的校园安保、食堂卫生、消防器材等方面进行了检查": what was looked at there, however long
    // the list of what.
    if (
      /^[,，][^。；;]{0,100}?(?:进行了?|开展了?)(?:全面|安全|实地)?(?:检查|视察|调研|督查|督导|巡查)/.test(
        p.norm.text.slice(m.end, m.end + 120),
      ) &&
      !/会议(?!员)|座谈/.test(rest) &&
      // (Not what someone reports was done: "在城南社区，据社区党委书记介绍，今年以来…进行了检查".)
      !/据|介绍|以来|累计|共计/.test(rest)
    )
      return true;
    // "在县府中庭举办中秋节关怀弱势活动", "寒冬送暖活动，4日上午在北屯区公所举行": an event of the genre held there.
    const toldFirst = HELD_HERE_RE.test(next);
    if (
      (toldFirst
        ? HELD_EVENT_RE.test(c.text.slice(0, m.start - c.start))
        : /^(?:隆重|正式|盛大)?(?:举办|举行)了?/.test(next) && HELD_EVENT_RE.test(rest)) &&
      !NOT_HELD_EVENT_RE.test(c.text)
    )
      return true;
    return (
      AT_VISIT_RE.test(next) &&
      !/会议(?!员)|座谈|会上|演练|演习|拉练|(?:举办|举行|召开)[^,，。]{0,20}(?:会|赛|展|仪式)/.test(rest) &&
      (!/汇报/.test(rest) || /看望|慰问|走访|探望/.test(rest))
    );
  };
  // Not a visit: a plan; a gift sent through someone else ("通过区慈善总会向南湖街道捐赠").
  const plan = (m: PlaceMention) =>
    NOT_A_VISIT_RE.test(notWhen(c.text.slice(0, m.start - c.start))) ||
    (/^(?:向|给|为)$/.test(m.trigger) &&
      /通过|经由|借助|委托/.test(/[^,，。]*$/.exec(c.text.slice(0, m.start - c.start))![0]));
  const candidates = c.places
    .map((m, i) => ({ m, i }))
    .filter(({ m, i }) => !parents.has(i) && isVisitTrigger(m) && !plan(m));
  // "探訪北區弱勢家庭": a district visited, then who was visited in it (not a kind of area: "慰问贫困地区群众").
  const visitedIn = (m: PlaceMention) =>
    VISIT_VERB_ONLY_RE.test(m.trigger) &&
    WHO_VISITED_RE.test(p.norm.text.slice(m.end)) &&
    !/(?:地区|老区|山区)$/.test(m.name);
  // "先后到天宁区、钟楼区和新北区，看望了…": districts or counties gone to, where the sentence names nothing
  // smaller, are the places of the visit.
  const leaves = candidates.some(({ m }) => VISIT_KINDS.includes(m.kind))
    ? candidates.filter(({ m }) => VISIT_KINDS.includes(m.kind))
    : candidates.filter(
        ({ m }) =>
          ['district', 'county', 'prefecture'].includes(m.kind) &&
          // ("在泗洪县看望慰问…": 在 and a verb of visiting right after the county.)
          (MOVE_ONLY_RE.test(m.trigger) ||
            visitedIn(m) ||
            (m.trigger === '在' && new RegExp(`^(?:${LOOKED_AT})`).test(p.norm.text.slice(m.end))) ||
            // ("向蕉岭县捐赠5万个医用口罩": a county given to.)
            (/^(?:向|给)$/.test(m.trigger) && GIVING_AFTER_RE.test(p.norm.text.slice(m.end)))) &&
          // Not a name read short ("高新区精细化工园"): the district's name ends there.
          // ("到屯门为在港顺德乡亲送去防疫福袋": for whom, then a verb of giving.)
          (new RegExp(
            `^(?:[、,，。;；和及与]|${LOOKED_AT}|关心|关怀|勘灾|勘察|巡视|开展|(?:为|向|给)[^,，。]{0,16}?(?:送|捐|发放|派发|赠))`,
          ).test(p.norm.text.slice(m.end)) ||
            visitedIn(m) ||
            (m.subjectUntil !== undefined && LEADERS_OF_RE.test(p.norm.text.slice(m.end))) ||
            (/^(?:向|给)$/.test(m.trigger) && GIVING_AFTER_RE.test(p.norm.text.slice(m.end)))) &&
          // (Not a district gone to for a meeting; one who "参加了活动" in a later clause went along.)
          !/(?:参加|出席|召开|举行)[^,，。]{0,16}(?:会|仪式)/.test(c.text) &&
          !/(?:参加|出席|召开|举行)[^,，。]{0,12}活动/.test(c.text.slice(0, m.end - c.start + 16)) &&
          // (A city gone to only to look at something there: not "赴临沂市，向市委汇报…", "…签订合作协议".)
          (m.kind !== 'prefecture' ||
            (new RegExp(`^(?:[,，]?(?:${LOOKED_AT}|开展)|[、和及与])`).test(p.norm.text.slice(m.end)) &&
              !/汇报|签订|签约|争取|招商|推介|对接|洽谈|学习|培训|会议|座谈/.test(c.text))),
      );
  return leaves;
}

/** What visitors do in a district or county named right before it ("前往环县督查疫情防控工作"). */
const LOOKED_AT =
  '看望|慰问|走访|调研|视察|检查|督查|督导|指导|巡查|察看|查看|考察|暗访|访视|拜访|探视|探望|探访';

/** "慰问坚守在翡翠湖安置房二期项目建筑工地的职工": the place where those visited or given to stay. */
function staysAt(c: Clause, m: PlaceMention): boolean {
  const t = c.p.norm.text;
  return (
    m.trigger === '在' &&
    // (The place may be the end of a chain: "…二期项目" then "建筑工地".)
    /(?:驻守|坚守|值守|奋战|战斗|执勤|值班|生活|居住|住)在[^,，。;；的]{0,20}$/.test(
      t.slice(Math.max(0, m.start - 24), m.start),
    ) &&
    /^的/.test(t.slice(m.end)) &&
    VISITED_OR_GIVEN_RE.test(c.text)
  );
}

/** Who went, as the sentence of a visit names them: leads and others by role, the bodies led along, a group. */
interface Party {
  /** The place whose chain starts first (the visit's place), and where the verb of going starts in the sentence. */
  head: PlaceMention;
  trigger: number;
  roles: { m: Clause['people'][number]; role: Role | null }[];
  leads: { m: Clause['people'][number]; role: Role | null }[];
  orgs: { name: string; ev: Evidence }[];
  subject: ReturnType<typeof subjectOrg>;
  group: boolean;
  handsOver: boolean;
}

function readParty(c: Clause, fresh: readonly { m: PlaceMention; i: number }[]): Party {
  const p = c.p;
  // Where the chain of places starts ("深入小溪镇杉木村": at 小溪镇), not its leaf.
  const top = (i: number) => {
    let k = i;
    for (let guard = 0; c.places[k]!.parent !== null && guard < 8; guard++) k = c.places[k]!.parent!;
    return c.places[k]!.start;
  };
  const first = Math.min(...fresh.map(({ i }) => top(i)));
  // After "在红星村，" the people who visit are named after the place, before the verb of visiting.
  const head = fresh.reduce((a, b) => (top(b.i) < top(a.i) ? b : a)).m;
  const atVerb = head.trigger === '在' ? AT_VISIT_RE.exec(p.norm.text.slice(head.end)) : null;
  // A place that is the sentence's subject: who visited is named before its verb.
  const trigger = (atVerb ? head.end + atVerb[0].length : (head.subjectUntil ?? first)) - c.start;
  const roles = c.people.map((m) => ({
    m,
    role: roleOf({ sentence: c.text, m: inSentence(m, c), trigger })?.role ?? null,
  }));
  const leads = roles.filter((r) => r.role === 'lead');
  // "来到青石社区…居民葛玉兰家中，人大代表郑秋琴拉着老人的手…": a sentence that starts with its verb of going
  // names who went after the place, titled, right after a comma.
  if (
    leads.length === 0 &&
    /(?:^|[,，])[^,，]{0,5}$/.test(c.text.slice(0, trigger)) &&
    !c.people.some((m) => m.start - c.start < trigger)
  ) {
    const after = roles.find(
      ({ m }) =>
        m.title !== null &&
        m.start - c.start > trigger &&
        /[,，]$/.test(c.text.slice(0, m.quoteStart - c.start)) &&
        !/^(?:等|陪同|随同|参加|出席)/.test(c.text.slice(m.end - c.start)),
    );
    if (after) {
      after.role = 'lead';
      leads.push(after);
    }
  }
  const orgs = delegations(c.text, trigger).map((o) => ({
    name: o.name,
    ev: quote(p, o.start + c.start, o.end + c.start),
  }));
  const subject = leads.length === 0 && orgs.length === 0 ? subjectOrg(c.text, trigger) : null;
  // A group, or a title with no name ("县人大常委会主任深入…": the name is in the title or a heading).
  const group =
    GROUP_RE.test(c.text.slice(0, trigger)) ||
    // "约60名关爱大使星期日早上前往…": a count of people who go, as the subject of the verb of going.
    /(?:^|[,，])[^,，。为给向对]{0,8}?[\d一二三四五六七八九十百几]+[余多]?名[^,，。为给向对被]{0,16}(?:志愿者|义工|干部|代表|委员|大使|队员|社工|医护人员|官兵|民警)[^,，。为给向对被]{0,8}$/.test(
      c.text.slice(0, trigger).replace(new RegExp(`(?:${MOVE_RE.source})$`), ''),
    ) ||
    new RegExp(`${TITLE_BEFORE_RE.source.slice(0, -1)}(?:一行)?[,，]?$`).test(
      /[^,，。]*[,，]?$/.exec(c.text.slice(0, trigger).replace(new RegExp(`(?:${MOVE_RE.source})$`), ''))![0],
    );
  const handsOver = new RegExp(SUPPLY_VERB_RE.source).test(c.text);
  return { head, trigger, roles, leads, orgs, subject, group, handsOver };
}

/** A body that opens its sentence as the one who gives ("佛山市化州商会多方联系货源，捐赠…"). */
const GIVER_RE =
  /^(?:[^,，。]{0,12}[,，])?([\u4e00-\u9fa5]{2,16}?(?:商会|协会|公司|集团|企业|银行|工会|基金会|慈善会|联合会|委员会|工委|局))(?![\u4e00-\u9fa5]{0,2}(?:长|主席|书记|主任|经理|负责人))/;

/** Whether a sentence goes on with the outing under way (more stops of one visit) rather than telling a new one. */
function goesOn(
  c: Clause,
  party: Party,
  outing: readonly VisitDraft[],
  sentenceDate: DatedAt | null,
  lastDate: DatedAt | null,
): boolean {
  const p = c.p;
  // "随后，机关干部分成三组，分别深入…": the party splits; its groups go on visits of their own.
  if (
    /分成[\d一二三四五六七八九十两几]+(?:个)?(?:组|小组|路|队)|兵分[\d一二三四五六七八九十两几]+路/.test(
      c.text,
    )
  )
    return false;
  const { head, trigger, leads, orgs, subject, group } = party;
  // The same outing goes on where those who lead this sentence went on it ("赵某、钱某一行…。在B，钱某…").
  const outingPeople = new Set(outing.flatMap((v) => v.persons.map((x) => x.key)));
  // A date that is the outing's own again is no new day.
  const od = outing[0]?.date?.d;
  const newDay =
    sentenceDate !== null && !(od && od.month === sentenceDate.d.month && od.day === sentenceDate.d.day);
  // "4月19日下午，…组织部分政协委员开展…视察。委员们先后来到…": a paragraph of its own whose earlier sentence gave
  // another day tells of another outing, whoever "委员们" are.
  const dayBefore = lastDate?.p === c.p && lastDate.d.day !== null ? lastDate.d : undefined;
  const otherDayInParagraph =
    outing.length > 0 &&
    outing[0]!.ev.paragraph !== c.p.index &&
    dayBefore !== undefined &&
    od !== undefined &&
    !(dayBefore.day === od.day && (dayBefore.month === null || dayBefore.month === od.month));
  // A paragraph of its own that forms a party again ("陆文涛还带队来到镇敬老院"), or that says only "the same
  // day" and names who went, other than the outing's ("当天，区退役军人服务中心工作人员还来到…"), tells of
  // a visit of its own.
  const before = c.text.slice(0, trigger);
  const ownParagraph = outing.length > 0 && outing[0]!.ev.paragraph !== p.index && !SEQUENCE_RE.test(c.text);
  const newParty =
    ownParagraph &&
    ((leads.length > 0 &&
      /(?:带队|率队|带领|率领)[^,，。]{0,6}$/.test(
        before.replace(new RegExp(`(?:${MOVE_RE.source})$`), ''),
      )) ||
      (leads.length === 0 &&
        !outing.every((v) => v.bySubject) &&
        (orgs.length > 0 || subject !== null || /工作人员|志愿者|网格员/.test(before)) &&
        /还|也|同日|同一天|当天|当日|同时/.test(before) &&
        !ANAPHORIC_GROUP_RE.test(c.text) &&
        !outing.some((v) => v.orgs.some((o) => before.includes(o.name)))));
  // "广州市化州商会…捐赠给化州市疫情防控指挥部；佛山市化州商会…捐赠…给化州市人民医院": another body that gives, told
  // after a semicolon, makes a hand-over of its own.
  const giver = GIVER_RE.exec(c.text)?.[1];
  const otherGiver =
    leads.length === 0 &&
    giver !== undefined &&
    party.handsOver &&
    // (Or a firm that opens a sentence of its own: "…。绵竹市鑫源药业有限公司向绵竹市公安局捐赠…".)
    (/[；;]\s*$/.test(p.norm.text.slice(0, c.start)) ||
      (/。\s*$/.test(p.norm.text.slice(0, c.start)) && /(?:公司|集团|企业)$/.test(giver))) &&
    outing.every((v) => GIVER_RE.exec(v.ev.quote)?.[1] !== giver);
  const continues =
    outing.length > 0 &&
    !newParty &&
    !otherDayInParagraph &&
    !otherGiver &&
    // A place that is the subject of its sentence starts a visit of its own.
    head.subjectUntil === undefined &&
    (leads.length === 0 || leads.every((l) => outingPeople.has(l.m.name))) &&
    (CONTINUE_RE.test(c.text) ||
      // A hand-over to a place ("为敬老院送去…") on an outing under way goes on with it.
      (!newDay && /^(?:向|给|为)$/.test(head.trigger)) ||
      (!newDay && (leads.length > 0 || (!subject && !group && orgs.length === 0))) ||
      // "在X项目现场，代表们察看了…": the group of an outing under way at one more of its stops.
      (!newDay && leads.length === 0 && orgs.length === 0 && head.trigger === '在') ||
      // "一行人先后走进…", "代表们来到…": the party just told of, going on.
      (!newDay && leads.length === 0 && orgs.length === 0 && ANAPHORIC_GROUP_RE.test(c.text)));
  return continues;
}

/** A lead named before the visit sentence, and the sentences between that may list who went along. */
interface Announced {
  c: Clause;
  m: Clause['people'][number];
  /** Sentences after it, before the visit, that may say who went along. */
  alongWith?: Clause[];
}

/** A lead named by title alone ("县委书记带队…", "县委书记带领慰问组来到…"). */
const LED_BY_TITLE_RE = /(?:书记|长|主任|主席)(?:带队|率队|带领|率领|率)/;

/** Words that tell of going or leading, which a list of those who took part does not hold. */
const NOT_ONLY_TOOK_PART_RE =
  /来到|前往|赴|深入|走进|走访|看望|慰问|探望|探访|视察了|察看|查看|到(?!场)|率|带领|带队|陪同|随同|组织|召开|主持|讲话|表示|说|未能|因|另行|已|此前|据悉|以来|多次|曾/;
/** What those who went along did: "…陪同调研", "…随同慰问". */
const WENT_ALONG_RE =
  /(?:(?:陪同|随同)(?:调研|视察|检查|慰问|走访|看望|活动)?|(?:一同|一起|一并)(?:调研|视察|检查|慰问|走访|看望))(?:活动)?(?:[。；;]|$)/;
/** What they took part in: the activity itself, ending the sentence ("参加活动", "参加了此次视察"). */
const TOOK_PART_IN_RE =
  /参加(?:了)?(?:此次|本次|这次|当天的?|今天的?)?(?:“[^”]{1,16}”)?(?:走访慰问|看望慰问|送温暖|慰问|走访|视察|调研|检查|执法检查|集中视察){0,2}(?:活动)?(?:[。；;]|$)/;
/** Who takes part without leading an official visit: the visited, hosts, volunteers, donors. */
const NOT_A_LEADER_RE =
  /志愿者|村民|群众|居民|董事长|总经理|经理|企业家|老板|负责人|退役军人|老兵|党支部书记|村长/;

/**
 * "区委副书记赵明哲参加活动。慰问组先后来到…", "镇人大主席沈丽华、党委副书记顾建新，…代表参加视察。代表们首先
 * 来到…", "县人大常委会组织开展视察活动，县人大常委会主任王明参加。": a sentence, before any visit, whose last clause
 * opens with titled names and says they took part in the activity (and nothing else: not in a meeting, a ceremony, a
 * war). Not where the sentences before it since the last visit name anyone, or a lead by title alone ("县委书记带队…").
 */
function tookPartBefore(c: Clause, before: readonly Clause[]): boolean {
  if (before.some((x) => x.people.length > 0 || LED_BY_TITLE_RE.test(x.text))) return false;
  return listsWhoTookPart(c, false);
}

/** A sentence whose last clause opens with titled names and says they took part (or, `along`, went along). */
function listsWhoTookPart(c: Clause, along: boolean): boolean {
  const first = c.people[0];
  if (!first || first.title === null || NOT_A_LEADER_RE.test(first.title)) return false;
  const took = c.text.search(TOOK_PART_IN_RE);
  const k = took >= 0 || !along ? took : c.text.search(WENT_ALONG_RE);
  if (k < first.end - c.start) return false;
  // (The activity may be told before, up to a comma: "县人大常委会组织开展视察活动，县人大常委会主任王明参加。")
  const opening = notWhen(c.text.slice(0, first.quoteStart - c.start)).replace(/^[^]*[,，](?=[^,，]*$)/, '');
  if (opening.length > 16 || NOT_ONLY_TOOK_PART_RE.test(opening)) return false;
  const list = c.people
    .filter((m) => m.end - c.start <= k)
    .reduceRight(
      (t, m) => t.slice(0, m.quoteStart - c.start) + t.slice(m.quoteEnd - c.start),
      c.text.slice(0, k),
    );
  return !NOT_ONLY_TOOK_PART_RE.test(list.slice(first.quoteStart - c.start));
}

/**
 * The visit opened after a sentence that lists those who took part: they went along, and (`mayLead`) the first of them
 * leads where nothing else the text says names a lead (findMissingLeads). Not one the visit's sentence names (the one
 * visited: "看望慰问刘大山"), nor across a paragraph, a day or a time of day the visit's sentence gives apart.
 */
function joinListed(v: VisitDraft, listed: Clause, c: Clause, mayLead: boolean): void {
  // (Not from a paragraph further back, nor from a year told as background: "2025年，…参加了“结对帮扶”活动。")
  if (c.p.index - listed.p.index > 1 || listed.dates.some((d) => d.year !== null && d.day === null)) return;
  const day = (x: Clause) => x.dates.find((d) => d.day !== null);
  const [a, b] = [day(listed), day(c)];
  if (a && b && (a.day !== b.day || (a.month !== null && b.month !== null && a.month !== b.month))) return;
  // (Nor across a time of day: "上午，…参加了文艺汇演。下午，慰问组来到…".)
  const time = (x: Clause) => x.dates.find((d) => d.timeOfDay)?.timeOfDay;
  if (time(listed) && time(c) && time(listed) !== time(c)) return;
  for (const [i, m] of listed.people.entries()) {
    if (v.persons.some((x) => x.key === m.name) || c.text.includes(m.name)) continue;
    v.persons.push({
      key: m.name,
      role: 'accompanying',
      ev: quote(listed.p, m.quoteStart, m.quoteEnd),
      ...(i === 0 && mayLead ? { tookPartFirst: true } : {}),
    });
  }
}

/**
 * A word of duty or plan just before the verb of going ("要深入…", "将于…", "计划前往…"). (准备 as a noun is no plan:
 * "对…村的汛前准备逐一进行督查"; 将 is 把 before goods and the verb that takes them: "将年菜送到鹿港镇…", not before
 * how or by whom they will go, "将亲自带队送到"; and a word that describes plans nothing: "精心准备的慰问品", "可以御寒
 * 的棉被", "受到群众欢迎的", nor 安排 or 部署 one acts by: "按照工作安排".)
 */
const PLAN_WORD_RE =
  /(?:(?<![主重需])要(?!求)|将(?!军|士|(?!亲自|统一|陆续|适时|及时|尽快|定期|分批|逐步|全部|一并|直接|由)(?![^,，。]*?(?:带队|组织))[^,，。]{1,10}[送交递运带](?:到|往|至|给)?$)|应当|必须|要求|建议|计划|拟|(?<![前的])准备(?!的|好的)|(?<!(?:按照|根据|按)[^,，。]{0,6})(?:安排|部署)|也可|均可|可以(?![\u4e00-\u9fa5]{1,3}的)|(?<!(?:受到|深受)[^,，。]{0,4})欢迎)[^,，。]{0,8}$/;

/**
 * Whether a sentence that names a place tells of a visit: someone named doing it (or a group, a body, goods handed
 * over, a lead announced before), and no word of duty or plan before the verb.
 */
function toldAsVisit(
  c: Clause,
  party: Party,
  fresh: readonly { m: PlaceMention; i: number }[],
  announced: boolean,
  firstOfSection: boolean,
): boolean {
  const p = c.p;
  const { head, trigger, leads, orgs, subject, group, handsOver } = party;
  // A visit told by a weak sign (a place after 在 or after a verb of inspecting) needs someone named doing it,
  // and no word of duty or plan before the verb ("要深入…检查", "将在…开展").
  const weak = !STRONG_TRIGGER_RE.test(head.trigger) && !fresh.some(({ m }) => staysAt(c, m));
  const beforeVerb = notWhen(c.text.slice(0, trigger));
  const duty =
    PLAN_WORD_RE.test(beforeVerb) ||
    // (Not a festival drawing near: "春节即将来临，1月25日，…前往江北区".)
    new RegExp(
      `将于|将在|将要|即将(?!来临|到来)|${PLAN}|下一步|今后|届时|每月|每季度|定期|下周|下月|明日(?!前(?![往去来]))|明天|后天`,
    ).test(beforeVerb) ||
    // What a plan or notice says ("方案明确，1月12日至18日，领导分别带队到…").
    /^(?:[^,，。]{0,8})?(?:方案|通知|计划|安排|意见|会议|文件)(?:明确|提出|要求|规定|指出|决定|强调)/.test(
      c.text,
    );
  // "走进鸾山镇敬老院看望老人们": a verb of going, then what visitors do there, is a visit though nobody is named.
  const doneThere =
    !weak &&
    MOVE_ONLY_RE.test(head.trigger) &&
    /^[^。；;，,]{0,24}?(?:看望|慰问|走访|探望|探访|察看|查看|视察|调研|检查|送去|送上|送来)/.test(
      p.norm.text.slice(fresh[fresh.length - 1]!.m.end),
    );
  // "在韩阳镇环卫工作站开展“一碗热饺子”活动", "於今日在十分國小活動中心舉辦重陽敬老餐會": an event held at a place.
  const heldThere =
    head.trigger === '在' &&
    !HABIT_RE.test(c.text) &&
    (c.dates.some((d) => d.day !== null) || /当天|当日|今天|今日|近日|日前/.test(c.text)) &&
    !/演习|拉练|训练/.test(c.text) &&
    !/先后在|[\d一二三四五六七八九十]+[余多]?[场次]/.test(c.text) &&
    (/^[^,，。]{0,4}?(?:开展|举办|举行|组织开展)了?[^。；;]{0,30}?(?:活动|仪式|餐会|晚会|义诊|宴)/.test(
      p.norm.text.slice(fresh[fresh.length - 1]!.m.end),
    ) ||
      // "寒冬送暖活动，10日上午在多功能社会福利大楼举办", "…交接仪式在第七中学北校区举行": the event told first.
      (HELD_HERE_RE.test(p.norm.text.slice(fresh[fresh.length - 1]!.m.end)) &&
        /活动|行动|仪式|启动礼|揭幕礼|典礼|餐会|晚会/.test(c.text.slice(0, fresh[0]!.m.start - c.start)) &&
        !NOT_HELD_EVENT_RE.test(c.text)));
  const named =
    !duty &&
    (head.subjectUntil !== undefined ||
      doneThere ||
      (weak
        ? leads.length > 0 ||
          group ||
          heldThere ||
          // ("在石桥中学，检查组对…进行了检查": the group that went, named after the place.)
          (head.trigger === '在' &&
            GROUP_AFTER_PLACE_RE.test(p.norm.text.slice(fresh[fresh.length - 1]!.m.end)))
        : leads.length > 0 ||
          orgs.length > 0 ||
          subject !== null ||
          group ||
          handsOver ||
          announced ||
          (firstOfSection && c.heading !== null)));
  return named;
}

/** A visit opened by a sentence: its place and stops, who went in what role, its lead where the sentence names none. */
function newVisit(
  c: Clause,
  stops: readonly { m: PlaceMention; i: number }[],
  k: number,
  ctx: {
    ids: readonly number[];
    party: Party;
    pairs: boolean;
    /** The sentence opens one visit, not one per place. */
    single: boolean;
    /** Visits of the section before this one. */
    sectionVisits: number;
    lastLead: VisitDraft['persons'][number] | undefined;
    announced: Announced | null;
    known: ReadonlySet<string>;
    warnings: VisitWarning[];
  },
): VisitDraft {
  const { ids, pairs, single, sectionVisits, lastLead, announced, known, warnings } = ctx;
  const { trigger, roles, leads, orgs, subject } = ctx.party;
  const p = c.p;
  // (Who went, as a body the text names, though not one the rules take for a party of its own.)
  const body =
    subject ?? (leads.length === 0 && orgs.length === 0 ? subjectOrg(c.text, trigger, true) : null);
  const head = stops[0]!;
  const v: VisitDraft = {
    place: ids[head.i]!,
    persons: [],
    orgs: body ? [{ name: body.name, ev: quote(p, body.start + c.start, body.end + c.start) }] : orgs,
    supplies: [],
    inspected: stops
      .filter(
        ({ m }) =>
          !toldAgainByKind(
            m.name,
            stops.map((o) => o.m.name),
          ),
      )
      .map(({ m, i }) => ({ place: ids[i]!, ev: quote(p, m.start, m.end) })),
    remarks: [],
    date: null,
    headline: c.heading && single && sectionVisits === 0 ? c.heading.raw : null,
    ev: quote(p, c.start, head.m.end),
    notes: [
      ...(head.m.namedBefore
        ? [
            text(
              `原文写的是“${head.m.namedBefore.written}”；取前文写出全名的“${head.m.namedBefore.full}”（${head.m.namedBefore.sentence}），请核对。`,
              `The text says “${head.m.namedBefore.written}”; the full name “${head.m.namedBefore.full}” is taken from before (${head.m.namedBefore.sentence}). Please check.`,
            ),
          ]
        : []),
      // ("柳泉镇初级中学和镇中心小学": 镇中心小学 named 柳泉镇中心小学.)
      ...stops.flatMap(({ m }) =>
        m.completed
          ? [
              text(
                `原文写的是“${m.completed.written}”；名称按前文的“${m.completed.from}”补全为“${m.name}”，请核对。`,
                `The text says “${m.completed.written}”; the name is completed as “${m.name}” from “${m.completed.from}” before it. Please check.`,
              ),
            ]
          : [],
      ),
    ],
    section: c.section,
    ...(c.isHeading ? { fromHeading: true } : {}),
    ...(head.m.subjectUntil !== undefined ? { bySubject: true } : {}),
  };
  const mine = pairs ? [leads[k]!] : leads;
  mine.forEach((g, j) =>
    v.persons.push({
      key: g.m.name,
      role: j === 0 || pairs || SEVERALLY_RE.test(c.text) ? 'lead' : 'accompanying',
      ev: quote(p, g.m.quoteStart, g.m.quoteEnd),
      ...(!pairs && SEVERALLY_RE.test(c.text) && leads.length > 1
        ? {
            note: text(
              '原文说“分别”前往，未写明谁去了哪里。',
              'The text says they went “separately” (分别) without saying who went where.',
            ),
          }
        : {}),
    }),
  );
  for (const r of roles) {
    if (r.role === 'lead' || r.role === null) continue;
    let ev = quote(p, r.m.quoteStart, r.m.quoteEnd);
    if (r.role === 'entrusted-by') {
      const w = p.norm.text.indexOf('委托', r.m.end);
      if (w >= 0 && w - r.m.end <= 2) ev = quote(p, r.m.quoteStart, w + 2);
    }
    v.persons.push({ key: r.m.name, role: r.role, ev });
  }
  // "他带领…到…": he or she is the lead last named in the text.
  const pronoun = /(?:^|[,，])(?:他|她)(?:们)?(?:还|又|也|再)?[^,，。]{0,16}$/.exec(c.text.slice(0, trigger));
  // "冯长顺，一名个体经营户。…他第一时间把…口罩送到了…": the person the paragraph opens with.
  const portrait = /(?:^|[,，])(?:他|她)(?!们)[^。]{0,30}$/.test(c.text.slice(0, trigger))
    ? portraitName(p.norm.text)
    : null;
  if (!v.persons.some((x) => x.role === 'lead') && portrait)
    v.persons.unshift({
      key: portrait.name,
      role: 'lead',
      inferred: true,
      ev: quote(p, portrait.start, portrait.end),
      note: text(
        '走访这一句写的是“他”或“她”；带队者取自这一段开头写出的人，请核对。',
        'The visit’s sentence says “he” or “she”; the lead is the one the paragraph opens with. Please check.',
      ),
    });
  if (!v.persons.some((x) => x.role === 'lead') && pronoun && !pronoun[0].includes('们') && lastLead)
    v.persons.unshift({
      ...lastLead,
      inferred: true,
      note: text(
        '走访这一句写的是“他”或“她”；带队者取自前文，请核对。',
        'The visit’s sentence says “he” or “she”; the lead is taken from the text before. Please check.',
      ),
    });
  if (!v.persons.some((x) => x.role === 'lead') && announced && k === 0) {
    const a = announced;
    inferLead(
      v,
      a.c.p,
      a.m,
      text(
        '走访这一句没有写出带队者的姓名；姓名取自前一句。',
        'The visit’s sentence does not give the lead’s name; it is taken from the sentence before.',
      ),
    );
  }
  // "君山区委书记魏淑萍，区委副书记、区长李勇看望慰问…，区领导马志光、周志辉参加。魏淑萍一行先后到…": the
  // others named with the lead in the sentence before went along (or were sent, as the rules there read them).
  if (announced && k === 0 && v.persons.some((x) => x.role === 'lead' && x.key === announced.m.name)) {
    for (const m of announced.c.people) {
      if (v.persons.some((x) => x.key === m.name)) continue;
      const r = roleOf({ sentence: announced.c.text, m: inSentence(m, announced.c), trigger: -1 });
      v.persons.push({
        key: m.name,
        role: r?.role === 'entrusted-by' ? 'entrusted-by' : 'accompanying',
        ev: quote(announced.c.p, m.quoteStart, m.quoteEnd),
      });
    }
    // (In the sentences between, those listed as going along: "…陪同调研", "…参加慰问活动".)
    for (const x of announced.alongWith ?? []) joinListed(v, x, c, false);
  }
  if (!v.persons.some((x) => x.role === 'lead')) leadFromHeading(v, c, sectionVisits, known, warnings);
  return v;
}

/** Other places a sentence names on an outing under way: looked at on the visit whose place is named nearest. */
function addStops(
  c: Clause,
  ids: readonly number[],
  parents: ReadonlySet<number>,
  fresh: readonly { m: PlaceMention; i: number }[],
  outing: readonly VisitDraft[],
  book: PlaceBook,
): void {
  const p = c.p;
  // Other places named in this sentence were inspected on the visit; not those in someone's words ("孙浩指出，教育是…
  // 的德政工程").
  const spoke = REMARK_OPENS_RE.exec(c.text);
  c.places.forEach((m, i) => {
    const id = ids[i]!;
    if (spoke && m.start - c.start > spoke.index) return;
    // A village named before what was looked at in it ("上坑村滑坡风险防范区") was looked at too.
    if (fresh.some((f) => f.i === i)) return;
    if (parents.has(i) && !['village', 'community', 'residents-committee'].includes(m.kind)) return;
    if (['prefecture', 'district', 'county'].includes(book.places[id]!.kind)) return;
    const v = nearest(outing, book, m.start, c);
    if (v.place === id || v.inspected.some((x) => x.place === id)) return;
    const pl = book.places[id]!;
    const named = [v.place, ...v.inspected.map((x) => x.place)].map((k) => book.places[k]!.name);
    // "来到县儿童福利院…，为福利院送去…": the place just named, told again by its kind.
    if (toldAgainByKind(pl.name, named)) return;
    // "县燃气公司…。许明查看了燃气公司的调度中心": a firm or body just named, told again without its county.
    if (
      ['organization', 'site'].includes(pl.kind) &&
      pl.name.length >= 4 &&
      named.some((n) => n.length === pl.name.length + 1 && n.endsWith(pl.name) && /^[省市县区镇乡]/.test(n))
    )
      return;
    if (
      pl.parent === null &&
      ['site', 'road', 'compound', 'organization'].includes(pl.kind) &&
      v.place !== id &&
      !book.isInside(v.place, new Set([id]))
    )
      pl.parent = v.place;
    v.inspected.push({ place: id, ev: quote(p, m.start, m.end) });
    // "赴营仔镇…。来到营仔镇下洋村、北坡村": the first village of the town the outing went to is the most
    // specific place visited (the town stays among the places of the outing).
    if (
      ['town', 'township', 'street'].includes(book.places[v.place]!.kind) &&
      ['village', 'community', 'residents-committee', 'compound', 'organization'].includes(pl.kind) &&
      book.isInside(id, new Set([v.place]))
    ) {
      v.place = id;
    }
  });
}

/** A sentence's supplies, each on one visit (or on each of the visits it opened 分别), never a total for them all. */
function placeSupplies(
  c: Clause,
  opened: readonly VisitDraft[],
  outing: readonly VisitDraft[],
  visitsSoFar: number,
  book: PlaceBook,
  warnings: VisitWarning[],
): void {
  const p = c.p;
  // A total for a whole activity of several visits ("此次共发放慰问金63万元") is no one visit's: said, not attached.
  // A running total since long before ("已累计向梅州市捐赠…", "截至目前") is no visit's, even where there is one visit.
  // ("4月29日上午，金沙路社区组织开展了…发放活动，…当天共发放蔬菜200份": the count of the visit its paragraph
  // tells, not of them all.)
  const ownParagraph = outing.length === 1 && outing[0]!.ev.paragraph === p.index && /当天|当日/.test(c.text);
  const total =
    opened.length === 0 &&
    ((visitsSoFar > 1 && TOTAL_RE.test(c.text) && !ownParagraph) ||
      (visitsSoFar > 0 && /累计|迄今|至今已|截至|截止/.test(c.text) && !/此次|本次|这次|此行/.test(c.text)));
  if (total && c.supplies.length > 0)
    warnings.push({
      code: 'supply-total',
      paragraph: p.index,
      message: {
        zh: `这一句写的是整个活动的合计（${c.supplies.map((x) => quote(p, x.start, x.end).quote).join('、')}），没有归入某一次走访。`,
        en: `This sentence gives a total for the whole activity (${c.supplies.map((x) => quote(p, x.start, x.end).quote).join(', ')}); it was not put on any one visit.`,
      },
    });
  // Supplies: each on one visit, the one whose place the sentence names last before it.
  // "龙潭村、双井社区分别为…送去慰问金": goods the sentence's several visits each handed over go on each of them,
  // where the goods come after the last place (else each goes with the place named last before it).
  const each =
    opened.length > 1 &&
    SEVERALLY_RE.test(c.text) &&
    c.supplies.every((s) =>
      opened.every((v) => v.ev.paragraph === p.index && v.ev.offset! + v.ev.quote.length <= s.start),
    );
  for (const s of total ? [] : c.supplies) {
    for (const v of each ? opened : [nearest(outing, book, s.start, c)])
      if (addSupply(v.supplies, supplyOf(c, s)) && s.note)
        v.notes.push(text(`“${quote(p, s.start, s.end).quote}”：${s.note}`));
  }
}

/** Supplies told before any visit: the one visit's where the text tells of one, else said in a warning. */
function placeOrphans(
  orphans: readonly Clause[],
  visits: readonly VisitDraft[],
  warnings: VisitWarning[],
): void {
  for (const c of orphans) {
    const names = c.supplies.map((s) => quote(c.p, s.itemStart, s.itemEnd).quote);
    const only = visits.length === 1 ? visits[0]! : null;
    if (only)
      for (const s of c.supplies) {
        const supply = supplyOf(c, s);
        addSupply(only.supplies, supply);
      }
    if (only)
      only.notes.push(
        text(
          `物资（${names.join('、')}）写在走访之前的句子里；这篇只写了一次走访，归入这次，请核对。`,
          `The supplies (${names.join('、')}) are named in a sentence before any visit; the text tells of one visit only, so they are put on it. Please check.`,
        ),
      );
    // "四名政府主要官員分別到訪…，送上賀年福袋。…（each one's visit told after）": goods without a count, said of the
    // whole round before its visits, go on each of them; a count would be the round's total, and is not shared.
    else if (visits.length > 1 && c.supplies.every((s) => s.quantity === null))
      for (const v of visits.filter((x) => x.supplies.length === 0)) {
        for (const s of c.supplies) addSupply(v.supplies, supplyOf(c, s));
        v.notes.push(
          text(
            `物资（${names.join('、')}）写在概述整个活动的句子里，归入其后的每次走访，请核对。`,
            `The supplies (${names.join('、')}) are named in a sentence about the whole round, so they are put on each visit after it. Please check.`,
          ),
        );
      }
    else
      warnings.push({
        code: 'supply-without-visit',
        paragraph: c.p.index,
        message: {
          zh: `这一句写了物资（${names.join('、')}），但没有找到它们属于哪次走访。`,
          en: `This sentence names supplies (${names.join(', ')}) but no visit they belong to was found.`,
        },
      });
  }
}

/**
 * Visits whose sentence names no lead: one from a caption, a speaker on the visit or the title, marked inferred; else
 * kept with the lead to be named, and said.
 */
function findMissingLeads(
  visits: readonly VisitDraft[],
  clauses: Clause[],
  book: PlaceBook,
  title: Paragraph | null,
  known: ReadonlySet<string>,
  warnings: VisitWarning[],
): void {
  // Who the text names as leading some other visit of the same section.
  const leadsOfOthers = (v: VisitDraft) =>
    new Set(
      visits
        .filter((x) => x !== v && x.section === v.section)
        .flatMap((x) => x.persons.filter((y) => y.role === 'lead' && !y.inferred).map((y) => y.key)),
    );
  for (const v of visits) {
    if (v.persons.some((x) => x.role === 'lead')) continue;
    leadFromCaption(v, clauses, book);
    if (!v.persons.some((x) => x.role === 'lead')) {
      const at = clauseOf(v, clauses);
      const before = visits.map((x) => clauseOf(x, clauses)).filter((k) => k < at);
      // (Not one who speaks after the sentence of a next visit as the host of its place: "…来到红星村…。村党支部书记
      // 王大海表示…".)
      const later = visits.filter((x) => clauseOf(x, clauses) > at);
      leadFromSpeaker(v, clauses, book, leadsOfOthers(v), before.length ? Math.max(...before) + 1 : 0, later);
    }
    if (!v.persons.some((x) => x.role === 'lead')) leadFromAttendance(v, clauses, leadsOfOthers(v));
    if (!v.persons.some((x) => x.role === 'lead') && title) leadFromTitle(v, title, known, visits.length);
    // "区委副书记赵明哲参加活动。慰问组先后来到…": the first of those listed as taking part, where nothing else does.
    const listedFirst = v.persons.find((x) => x.tookPartFirst);
    if (
      !v.persons.some((x) => x.role === 'lead') &&
      listedFirst &&
      !leadsOfOthers(v).has(listedFirst.key) &&
      // (Not where the visit's sentence names its lead by title alone: "县委书记带领慰问组来到…".)
      !LED_BY_TITLE_RE.test(v.ev.quote)
    ) {
      listedFirst.role = 'lead';
      listedFirst.inferred = true;
      listedFirst.note = text(
        `原文没有写谁带队；带队者取自走访前列出的参加者中的第一位（“${listedFirst.ev.quote}”），请核对。`,
        `The text does not say who led; the lead is the first of those it lists, before the visit, as taking part (“${listedFirst.ev.quote}”). Please check.`,
      );
    }
    // "县总工会走访慰问…。县委常委、县总工会主席孙立平参加慰问活动。": the head of the body that went, named among those
    // who took part, leads it.
    if (!v.persons.some((x) => x.role === 'lead')) {
      const head = v.persons.find(
        (x) =>
          x.role === 'accompanying' &&
          v.orgs.some(
            (o) =>
              o.name.length >= 3 &&
              x.ev.quote.includes(o.name) &&
              /^(?:(?!副)[^、，,]){0,4}?(?:主席|主任|书记|局长|会长|部长|院长|站长|所长|队长|组长|理事长)/.test(
                x.ev.quote.slice(x.ev.quote.indexOf(o.name) + o.name.length),
              ),
          ),
      );
      if (head) {
        head.role = 'lead';
        head.inferred = true;
        head.note = text(
          '原文没有写谁带队；带队者取自参加者中走访单位的负责人，请核对。',
          'The text does not say who led; the lead is the head of the body that went, named among those who took part. Please check.',
        );
      }
    }
    if (v.persons.some((x) => x.role === 'lead')) continue;
    // (A fact about the text, which stays true once the person reviewing names the lead; the warning asks for it.)
    v.notes.push(text('原文没有写出这次走访的带队者。', 'The text does not name who led this visit.'));
    warnings.push({
      code: 'lead-unknown',
      paragraph: v.ev.paragraph,
      message: {
        zh: `“${book.shown(v.place)}”的走访没有写出带队者，已保留，带队者待补。`,
        en: `The visit to "${book.shown(v.place)}" names no lead; it is kept, its lead to be named.`,
      },
    });
  }
}

/** A verb of going, then a place written by its kind alone ("来到学校", "走进敬老院", "来到村里"). */
const BARE_KIND_RE =
  /(来到|走进|前往|赶到|赴|到)(学校|敬老院|养老院|福利院|卫生院|医院|工地|社区|村里|农场|基地|园区|卡点|我院|我校)(?=$|[^\u4e00-\u9fa5]|[把为给看慰走开进和与并时后查察检调]|一(?:起|同|道))/;

/**
 * "海口市金盘希望学校校长邢丽娟…。…一早来到学校": a place written by its kind alone where a visit goes is the one of
 * that kind an earlier sentence names in full (the latest, within NAMED_BEFORE_WITHIN sentences), kept with a note that
 * says so.
 */
/** How many sentences back a place written by its kind alone looks for its full name. */
const NAMED_BEFORE_WITHIN = 40;
/** The places each sentence names anywhere, read once per draft (a sentence may be looked back at many times). */
const placesOfClause = new WeakMap<Clause, PlaceMention[]>();
const placesIn = (c: Clause): PlaceMention[] => {
  let found = placesOfClause.get(c);
  if (!found) placesOfClause.set(c, (found = placesAnywhere(c.text)));
  return found;
};

function withNamedBefore(c: Clause, clauses: readonly Clause[], at: number, title: Paragraph | null): Clause {
  const bare = BARE_KIND_RE.exec(c.text);
  if (!bare || c.isHeading) return c;
  // (The kind alone may be read as a name of its own: "来到敬老院".)
  const alone = (m: PlaceMention) => m.name === bare[2] && m.start === c.start + bare.index + bare[1]!.length;
  const noun = bare[2] === '村里' ? '村' : bare[2]!;
  // (Where the sentence goes to a place it names, unless the place is who came: "凤里社区许美玲书记一行来到我校".)
  if (
    c.places.some(
      (m) =>
        !alone(m) &&
        VISIT_KINDS.includes(m.kind) &&
        STRONG_TRIGGER_RE.test(m.trigger) &&
        !(/^我/.test(noun) && m.start - c.start < bare.index),
    )
  )
    return c;
  // "来到我院", "来到我校": the hospital or school whose page it is, named anywhere in the text (its title, its
  // masthead, its credits).
  const ours = /^我[院校]$/.test(noun);
  const kindOf = ours
    ? noun === '我院'
      ? /(?<!法|检察)院$/
      : /(?:学校|小学|中学|学院|大学|幼儿园|校)$/
    : null;
  // (The sentence itself first, before the words: "金盘希望学校校长…说，…代表…来到学校".)
  const own = { ...c, text: c.text.slice(0, bare.index) };
  const before = clauses.slice(Math.max(0, at - NAMED_BEFORE_WITHIN), at).reverse();
  const titled =
    ours && title ? { ...c, p: title, start: 0, end: title.norm.text.length, text: title.norm.text } : null;
  // (For the page's own: its title first, then the text before and after; not the sentence's own words before the
  // verb, which say who came: "市第一人民医院党委书记…来到我院".)
  // (Or, last, the one whose head goes along in the sentence itself: "在县中医院院长王伟的陪同下来到我院".)
  const hosted = /(?:院长|校长|党委书记|书记)[\u4e00-\u9fa5]{2,3}(?:的)?陪同/.test(own.text);
  const sources = ours
    ? [...(titled ? [titled] : []), ...before, ...clauses.slice(at + 1), ...(hosted ? [own] : [])]
    : [own, ...before];
  for (const b of sources) {
    const found = b === own || b === titled ? placesAnywhere(b.text) : placesIn(b);
    const named = found.filter(
      (m) =>
        (kindOf
          ? kindOf.test(m.name) && m.name.length >= 4
          : m.name.endsWith(noun) && m.name.length >= noun.length + 2) && !/[该本此这那]/.test(m.name[0]!),
    );
    const last = named[named.length - 1];
    if (!last) continue;
    const start = c.start + bare.index + bare[1]!.length;
    // (Its name may start with the place it is named by: "红星村敬老院".)
    let from = last;
    for (let guard = 0; from.parent !== null && guard < 8; guard++) from = found[from.parent]!;
    return {
      ...c,
      places: [
        // (Those who came are no place of it: "凤里社区许美玲书记一行来到我校".)
        ...c.places.filter((m) => !alone(m) && !(ours && m.subjectUntil !== undefined)),
        {
          name: last.name,
          kind: last.kind,
          parent: null,
          start,
          end: start + bare[2]!.length,
          trigger: bare[1]!,
          namedBefore: {
            written: bare[2]!,
            full: quote(b.p, b.start + Math.min(from.start, last.start), b.start + last.end).quote,
            sentence: quote(b.p, b.start, b.end).quote.slice(0, 40),
          },
        },
      ],
    };
  }
  return c;
}

/** The leaders of a district or county as the subject of a visit ("南浔区四套班子领导", "衢江区四套班子领导"). */
const LEADERS_OF_RE = /^(?:四套班子|党政领导|领导班子|主要领导|四大班子)/;

function withSubjectPlace(c: Clause): Clause {
  if (
    c.isHeading ||
    c.places.some((m) => VISIT_KINDS.includes(m.kind) && m.trigger !== '在' && m.trigger !== '对')
  )
    return c;
  const found = placesAnywhere(c.text);
  // The subject starts the sentence, or follows a short opening ("1月30日，", "连日来，").
  // ("9月18日上午，中秋佳节临近，合肥市望湖社区…": after up to two.)
  // (After a byline in brackets: "（记者 邵林波 通讯员 张娟娟）近日，…".)
  // (Or a bullet: "●湖州市南浔区四套班子领导…".)
  const byline = BYLINE_RE.exec(c.text)?.[0].length ?? /^[●•■◆▲○◎★☆]\s*/.exec(c.text)?.[0].length ?? 0;
  // (The first may say why: "为做好节后企业复工复产安全风险防控，2月19日，柳湾镇…".)
  const opening =
    /^((?:为|為)[^,，。;；“”]{2,30}[,，]|[^,，。;；“”]{0,14}[,，])([^,，。;；“”]{0,14}[,，])?/.exec(
      c.text.slice(byline),
    );
  const openings = [0, byline];
  if (opening) openings.push(byline + opening[1]!.length);
  if (opening?.[2]) openings.push(byline + opening[1]!.length + opening[2].length);
  const intro = openings.find((at) => found.some((m) => m.start === at)) ?? -1;
  // One chain of places, or a list of them ("龙潭村、双井社区分别为…送去…").
  const chains: PlaceMention[][] = [];
  for (const m of found) {
    const chain = chains[chains.length - 1];
    const last = chain?.[chain.length - 1];
    if (!last) {
      if (m.start !== intro) break;
      chains.push([m]);
    } else if (m.start === last.end) chain!.push(m);
    else if (/^[、和及与]$/.test(c.text.slice(last.end, m.start))) chains.push([m]);
    else break;
  }
  // "城东街道退役军人服务站工作人员…", "婺城区政府和相关部门…": a body of a division that goes visiting goes within
  // it; the division is the place.
  let government = false;
  const subjectEnd = chains.length ? chains[chains.length - 1]!.slice(-1)[0]!.end : 0;
  // "10月17日，许镇镇敬老院里热闹非凡，…志愿者们…给老人们送上节日的祝福": an institution the sentence opens in
  // ("…里", "…内") where its sentence or the next hands something over or visits, is where the visit was.
  const scene =
    chains.length === 1 &&
    ['organization', 'site', 'compound'].includes(chains[0]!.slice(-1)[0]!.kind) &&
    /^(?:的[\u4e00-\u9fa5]{1,6})?(?:里|内)/.test(c.text.slice(subjectEnd)) &&
    VISITED_OR_GIVEN_RE.test(c.p.norm.text.slice(c.start + subjectEnd, c.end + 60));
  for (const chain of scene ? [] : chains) {
    const leaf = chain[chain.length - 1]!;
    if (chain.length > 1 && (leaf.kind === 'site' || leaf.kind === 'organization')) {
      government ||= /政府$/.test(leaf.name);
      chain.pop();
    }
  }
  const leaves = chains.map((chain) => chain[chain.length - 1]!);
  // "湖州市南浔区四套班子领导和有关部门负责人，近日分六路上门看望慰问了…": a district's or county's leaders.
  const leaders = LEADERS_OF_RE.test(c.text.slice(subjectEnd));
  if (
    leaves.length === 0 ||
    !leaves.every(
      (leaf) =>
        scene ||
        ['street', 'town', 'township', 'community', 'village', 'residents-committee', 'compound'].includes(
          leaf.kind,
        ) ||
        ((government || leaders) && ['district', 'county'].includes(leaf.kind)),
    ) ||
    chains.flat().some((m) => m.name.length > 7 || /组织|联合|开展|还|各|(?<!^)和|与/.test(m.name))
  )
    return c;
  const end = subjectEnd;
  const rest = c.text.slice(end);
  // "金华乡组织人员来到…值守点": the place that sends people is not where they went; but where they went is only
  // its front line ("胜坨镇人大组织部分人大代表到防洪现场一线，就…开展调研"), the visit is within it.
  const frontLine =
    /^(?:人大|人大主席团|政府|党委|政协)?(?:组织|组建|安排|牵头组织)[^,，。;；]{0,16}?(?:到|来到|深入|前往|赴|奔赴|下沉到?)(?:防汛|防洪|抗洪|救灾|抢险|防疫|抗疫)?(?:现场)?(?:一线|前线|现场)/.exec(
      rest,
    );
  if (!frontLine && /^(?:组织|组建|派出|安排|牵头组织)/.test(rest) && new RegExp(MOVE_RE.source).test(rest))
    return c;
  const verb =
    (scene ? /^/.exec(rest) : null) ??
    frontLine ??
    SUBJECT_VISIT_RE.exec(rest) ??
    INSPECTED_WITHIN_RE.exec(rest) ??
    (leaders ? /^[^。;；“”:：]{0,50}?(?:看望慰问了?|走访慰问了?|慰问了|看望了|走访了)/.exec(rest) : null);
  if (
    !verb ||
    NOT_A_VISIT_RE.test(notWhen(c.text)) ||
    /将|要|计划|准备|拟/.test(rest.slice(0, 12)) ||
    // ("据了解，新华社区网格员上门看望空巢老人…早已成了日常": a habit, not a visit.)
    HABIT_RE.test(c.text)
  )
    return c;
  // Who visited may be named after a first verb ("青塘镇开展走访慰问，镇党委书记卓海明…走访慰问老党员"): the last
  // verb of visiting in the sentence is the one they are named before.
  const last = [
    ...rest.matchAll(/走访慰问了?|看望慰问了?|慰问了|看望了|走访了|送去了?|送上了?|发放了?/g),
  ].pop();
  const verbEnd = c.start + end + Math.max(verb[0].length, last ? last.index + last[0].length : 0);
  const places = [...c.places];
  for (const chain of chains)
    chain.forEach((m, k) =>
      places.push({
        ...m,
        start: m.start + c.start,
        end: m.end + c.start,
        parent: k === 0 ? null : places.length - 1,
        trigger: '走访',
        subjectUntil: verbEnd,
      }),
    );
  return { ...c, places };
}

/** Makes `m`, quoted from paragraph `p`, the visit's lead, marked inferred with a note saying where it came from. */
function inferLead(
  v: VisitDraft,
  p: Paragraph,
  m: { name: string; quoteStart: number; quoteEnd: number },
  note: Text,
): void {
  v.persons.unshift({
    key: m.name,
    role: 'lead',
    inferred: true,
    ev: quote(p, m.quoteStart, m.quoteEnd),
    note,
  });
}

/** Where a visit's own sentence stands among the clauses (0 where it is not one of them). */
const clauseOf = (v: VisitDraft, clauses: readonly Clause[]): number =>
  Math.max(
    0,
    clauses.findIndex((c) => c.p.index === v.ev.paragraph && c.start <= v.ev.offset! && v.ev.offset! < c.end),
  );

/** Someone who speaks in the visit or does what the visitors do (the conditions of leadFromSpeaker). */
const SPOKE_RE = /^(?:[^,，。]{0,6})?(?:要求|强调|指出|表示|叮嘱|希望)/;
const spokeOrActed = (c: Clause, m: Clause['people'][number]): boolean =>
  SPOKE_RE.test(c.text.slice(m.end - c.start)) ||
  // "握着慰问组组长罗永川的手": the head of the group that visited.
  (m.title !== null &&
    /(?:慰问组|工作组|检查组|督查组|视察组|调研组|慰问团|服务队)(?:组长|团长|队长)$/.test(m.title)) ||
  // "该局党组书记、局长高振宇拉着老人们的手", "副组长熊文斌和组长邹晓岚带着志愿者，把大礼包逐户送到…": someone
  // with a title doing what the visitors do.
  (m.title !== null &&
    /^(?:同志|主任|局长|书记|镇长|县长|区长|代表|委员|会长)?(?:[(（][^)）]{0,6}[)）])?(?:[和与、][^,，。]{2,24}?(?=带着|带领|端着|捧着|提着|拎着))?(?:(?:带着|带领)[^,，。把将]{1,14}[,，]?)?(?:一边|还|也|亲切地|关切地)?(?:拉着|握着|(?:端着|捧着|提着|拎着)[^,，。]{1,12}(?:入户|上门|来到|走进|送到|送去|送上|前往)|询问|嘱咐|勉励|鼓励|与[^,，。]{1,10}(?:交谈|拉家常|亲切交流)|(?:随车|押车)?(?:把|将)[^,，。]{1,12}(?:递到|送到|交到|递给|交给|送给|送回|运回|运到|运抵|送往)|为[^,，。]{1,10}(?:发放|送上|送去|分发|递上|派发)了?)/.test(
      c.text.slice(m.end - c.start),
    )) ||
  // "一路押车过来的商会会长黄建勋": who brought the goods.
  (m.title !== null &&
    /(?:押车|随车|押运)[^,，。]{0,6}的[^,，。]{0,14}$/.test(c.text.slice(0, m.start - c.start)));

/**
 * One of the institution visited, by a title that names it or its kind ("医院后勤科科长方志远表示" at 县人民医院): who
 * received the visitors, not one of them. (Not a community's or a village's own round: "莲池社区党委书记…表示" leads it.)
 */
function hostOf(book: PlaceBook, v: VisitDraft, m: Clause['people'][number]): boolean {
  if (m.title === null) return false;
  const name = book.places[v.place]!.name;
  const kind = /(?:医院|卫生院|学校|小学|中学|敬老院|养老院|福利院|派出所|公司|工厂|大队|中队)$/.exec(name);
  return kind !== null && (m.title.includes(name) || m.title.includes(kind[0]));
}

/**
 * One who only speaks, with the title of a head of the place visited and of no body above it ("该校校长刘芳表示",
 * "村党支部书记王大海表示" at a village, "院长陈刚表示" at a nursing home, "项目经理周强表示" at a site): who received
 * the visitors. (One who hands the goods over, "莲池社区党总支书记彭建华把元宵递到…", made the round.)
 */
function hostSpeaks(book: PlaceBook, v: VisitDraft, c: Clause, m: Clause['people'][number]): boolean {
  if (m.title === null || !SPOKE_RE.test(c.text.slice(m.end - c.start))) return false;
  const place = book.places[v.place]!;
  // What the visit's sentence says before the place: who went ("县中医院组织医护人员来到…", "莲池社区组织志愿者走访…").
  const visitors = v.ev.quote.slice(0, Math.max(0, v.ev.quote.indexOf(place.name)));
  if (/^该(?:村|社区|校|院|园|公司|厂|站|所|中心|项目)/.test(m.title)) return true;
  // (One who thanks the visitors, or promises to mend what they found, received them.)
  const said = c.text.slice(m.end - c.start).replace(SPOKE_RE, '');
  if (
    /^[^,，。]{0,8}?[,，:：]?(?:衷心)?感谢|^[^,，。]{0,8}?[,，:：]?(?:将|一定|定将)(?:立即|及时|认真)?(?:整改|落实整改)/.test(
      said,
    )
  )
    return true;
  // (A title that names the place is its host's, but not on the place's own round: "莲池社区组织志愿者走访…".)
  if (m.title.includes(place.name))
    return !new RegExp(
      `^(?:[^,，。]{0,14}[,，])?${place.name}(?:党委|党支部|党总支|两委)?(?:组织|开展|志愿者|工作人员|干部|党员)`,
    ).test(v.ev.quote);
  // A title of a head that names no body of its own, whose kind is the place's ("村党支部书记" at a village, "院长" at a
  // nursing home, "项目经理" at a site); not the head of a body that went ("驻村工作队队长", "镇卫生院院长", "医院院长"
  // when a hospital's staff went, "站长" when a station's staff went, "董事长" when a firm's staff went).
  const head = HOST_HEAD_RE.exec(m.title);
  if (!head) return false;
  const [, unit = '', post = ''] = head;
  if (unit && /^(?:学校|医院|院|校|园|站|所|公司|厂)$/.test(unit) && !place.name.endsWith(unit)) return false;
  const kind = unit + post;
  const own = (ch: string) =>
    new RegExp(`${ch}(?:组织|工作人员|员工|干部|职工|医护|师生|志愿者|一行|党员)`).test(visitors);
  if (/村|里长/.test(kind)) return place.kind === 'village';
  if (/社区|居委/.test(kind)) return place.kind === 'community' || place.kind === 'residents-committee';
  // (The post's kind, and how the place's name ends: 院长 at a …院, 校长 at a …校 or …学.)
  for (const [post, ends] of [
    ['院', '院'],
    ['校', '(?:校|学)'],
    ['园', '园'],
    ['站', '站'],
    ['所', '所'],
  ] as const)
    if (kind.includes(post)) return new RegExp(`${ends}$`).test(place.name) && !own(ends);
  if (/经理|项目|厂长|董事长/.test(kind))
    return ['site', 'company'].includes(place.kind) && !/公司|集团|企业|厂/.test(visitors);
  return false;
}
/** A head's title that names no body of its own: "村党支部书记", "院长", "项目经理", "社区主任". */
const HOST_HEAD_RE =
  /^(村|社区|居委会?|学校|医院|院|校|园|站|所|公司|厂|项目部?)?(?:党支部|党总支|党委|支部|两委|后勤科|办公室)?(?:第一)?(书记|副书记|主任|副主任|院长|副院长|校长|副校长|园长|站长|所长|经理|项目经理|厂长|董事长|负责人|理事长|村长|里长)$/;

/**
 * "县政协副主席魏家良组织开展…", "李海波部长带领执法队…开展安全生产检查", "區長陳明德偕同各里里長走進…": who organised an
 * outing or led others on it where the sentence names no place, or took others along on it.
 */
const ORGANISED_RE =
  /^(?:同志)?(?:组织(?:部分|有关|相关)?[^,，。；;]{0,16}?(?:开展|到|赴|前往|深入)[^,，。；;]{0,24}?(?:视察|调研|走访|慰问|看望|巡河)|(?:部长|局长|镇长|主任|书记)?(?:带领|率领|率)[^,，。；;]{2,30}?(?:开展|进行)[^,，。；;]{0,12}?(?:检查|督查|督导|视察|调研|走访|慰问|巡查)|(?:偕同|偕|会同)[^,，。]{2,20}?(?:走进|探视|探访|访视|看望|慰问|来到|前往|到)(?![^,，。]{0,8}(?:迎接|接待|等候|介绍|陪同)))/;
/** Places whose own heads host a visit rather than make it ("东风村党支部书记张建军带领村两委干部全程陪同"). */
const HOSTED_KINDS: PlaceKind[] = [
  'village',
  'community',
  'residents-committee',
  'organization',
  'site',
  'compound',
];
/** Titles of those who receive visitors at a village, a community or an institution (its head, not a visitor). */
const HOST_TITLE_RE = /村|社区|居委|院长|里长|邻长|村长|站长|所长|校长|理事长/;
/** Words of a habit or a summary, not of one outing ("今年以来", "近年来", "此前"). */
const HABIT_RE = /以来|近年|多年|历年|每年|每逢|此前|据悉|据了解|据统计|常态化/;

/**
 * The person who speaks on the visit ("张亮文要求，…"), or who organised it, where no sentence names who led it;
 * not one the text names as leading another visit of a group of its own ("当天，区退役军人服务中心工作人员还来到…").
 */
function leadFromSpeaker(
  v: VisitDraft,
  clauses: Clause[],
  book: PlaceBook,
  others: ReadonlySet<string>,
  from: number,
  later: readonly VisitDraft[],
): void {
  // The visit's sentence and those after it (not the host of a later visit, `later`); for one who organised it, also
  // those before it back to the sentence of the visit before it ("县政协副主席魏家良组织开展…视察。…先后来到…").
  const at = clauseOf(v, clauses);
  // (Who organised it: in the visit's own sentence or before it in its paragraph, on no other day, and not a meeting.)
  // ("此次检查实地走访了…": a sentence that opens by naming the outing told before it reaches back past its
  // paragraph, to the sentence of the visit before it.)
  const retold = /^(?:此次|本次|这次)(?:检查|督查|督导|视察|调研|走访|慰问|巡查|活动)/.test(
    clauses[at]?.text ?? '',
  );
  const earlier = clauses
    .slice(from, at)
    .filter((c) => c.p === clauses[at]?.p || retold)
    .reverse();
  const organised = (c: Clause, m: Clause['people'][number]) =>
    m.title !== null &&
    (c === clauses[at] ||
      earlier.includes(c) ||
      // (One who went 偕同 others may be told after, in the same paragraph; not the place's own head, who hosts.)
      (c.p === clauses[at]?.p && /^(?:同志)?(?:偕同|偕|会同)/.test(c.text.slice(m.end - c.start)))) &&
    !(HOSTED_KINDS.includes(book.places[v.place]!.kind) && HOST_TITLE_RE.test(m.title)) &&
    ORGANISED_RE.test(c.text.slice(m.end - c.start)) &&
    !HABIT_RE.test(c.text) &&
    !/会议|召开/.test(c.text) &&
    c.dates.every((d) => d.day === null || !v.date || (d.day === v.date.d.day && d.month === v.date.d.month));
  const hostOfLater = (c: Clause, m: Clause['people'][number]) =>
    later.some((x) => clauseOf(x, clauses) <= clauses.indexOf(c) && hostSpeaks(book, x, c, m));
  for (const c of [...clauses.slice(at), ...earlier]) {
    if (c.section !== v.section) continue;
    const m = c.people.find(
      (m) =>
        organised(c, m) ||
        (!earlier.includes(c) &&
          spokeOrActed(c, m) &&
          !hostOf(book, v, m) &&
          !hostSpeaks(book, v, c, m) &&
          !hostOfLater(c, m)),
    );
    if (!m) continue;
    if (v.persons.some((x) => x.key === m.name)) return;
    if (v.orgs.length > 0 && others.has(m.name)) return;
    inferLead(
      v,
      c.p,
      m,
      organised(c, m)
        ? text(
            '原文没有写谁带队；带队者取自组织这次走访、或偕同他人前往的人，请核对。',
            'The text does not say who led; the lead is the one who organised the visit or went on it with others. Please check.',
          )
        : text(
            '原文没有写谁带队；带队者取自在走访中讲话或递送物资的人，请核对。',
            'The text does not say who led; the lead is the one who spoke or handed goods over on the visit. Please check.',
          ),
    );
    return;
  }
}

/** "由…书记覃国新带头，…参加", "活动由村党支部书记陈德明主持": who led it, or presided, told after the visit. */
const LED_AFTER_RE = /^(?:同志)?(?:带头|带队|带领|率队|牵头)/;
const PRESIDED_RE = /^(?:同志)?主持/;
const TOOK_PART_RE =
  /(?:参加|参与)(?:本次|此次|这次|是次|当天)?(?:的)?(?:实地)?(?:活动|慰问|走访|视察|调研|检查)的(?:领导|同志|人员|议员|代表|委员)?(?:还)?(?:有|包括)[:：]?|出席者(?:包括|有)[:：]?/;
/** "市委常委、副市长周立民带队检查。": a sentence of its own that says who led, after the visit. */
const LED_ALONE_RE = /^(?:同志)?(?:带队|率队)(?:检查|视察|调研|慰问|督导|督查|走访)?(?:[。；;]|$)/;

/**
 * Where no sentence names who led a visit and nobody speaks or acts on it: the one its section says led it
 * ("由…带头"), or else presided ("由…主持"), marked inferred. (Not the first of those who "参加": the bulletins
 * read so far name the lead that way about as often as they name those who only went along.)
 */
function leadFromAttendance(v: VisitDraft, clauses: Clause[], others: ReadonlySet<string>): void {
  // The visit's sentence and those after it, then those before it in its section.
  const at = clauseOf(v, clauses);
  const same = [...clauses.slice(at), ...clauses.slice(0, at).reverse()].filter(
    (c) => c.section === v.section,
  );
  const find = (ok: (c: Clause, m: Clause['people'][number]) => boolean) => {
    for (const c of same) {
      const m = c.people.find((m) => !others.has(m.name) && ok(c, m));
      if (m) return { c, m };
    }
    return null;
  };
  // (The title may hold the 由: "这次慰问由县人大代表、村党总支书记覃国新带头".)
  const before = (c: Clause, m: Clause['people'][number]) => c.text.slice(0, m.start - c.start);
  const found =
    find(
      (c, m) =>
        (/由[^,，。；;]{0,30}$/.test(before(c, m)) && LED_AFTER_RE.test(c.text.slice(m.end - c.start))) ||
        (m.title !== null &&
          /^[^,，。；;]{0,40}$/.test(before(c, m)) &&
          LED_ALONE_RE.test(c.text.slice(m.end - c.start))),
    ) ??
    find((c, m) => PRESIDED_RE.test(c.text.slice(m.end - c.start))) ??
    // "参加本次活动的有沙河镇副镇长韩立新、民政办主任苏玉梅": the first of those the text lists as taking part.
    find((c, m) => {
      const k = c.text.search(TOOK_PART_RE);
      // (Not the place's own host or one who received the visitors: "村党支部书记张华".)
      return (
        k >= 0 &&
        c.people.find(
          (x) => x.start - c.start > k && !(x.title !== null && NOT_A_LEADER_RE.test(x.title)),
        ) === m
      );
    }) ??
    attended(v, clauses.slice(at, at + 3), others);
  if (!found) return;
  const { c, m } = found;
  // (One already on the visit as going along, "…副县长王斌参加活动。", leads where the text names nobody else.)
  const along = v.persons.findIndex((x) => x.key === m.name);
  if (along >= 0 && v.persons[along]!.role !== 'accompanying') return;
  if (along >= 0) v.persons.splice(along, 1);
  inferLead(
    v,
    c.p,
    m,
    text(
      `原文没有写谁带队；带队者取自“${quote(c.p, c.start, c.end).quote.slice(0, 40)}”，请核对。`,
      `The text does not say who led; the lead is taken from “${quote(c.p, c.start, c.end).quote.slice(0, 40)}”. Please check.`,
    ),
  );
}

/** "县长林美玲出席并致辞", "县委常委罗文杰，副县长汪晓红出席", "罗文杰主持": those who attend (an event) or preside. */
const ATTENDED_RE =
  /^[^。；;]{0,60}?(?<!将)(?:应邀)?(?:出席|亲临|主持|参加(?=了?(?:此次|本次|当天的?)?(?:活动|仪式|启动仪式)))(?!会议|座谈)/;

/**
 * An event held at a place ("…活动在县总工会职工服务中心广场启动。县委常委罗文杰，副县长汪晓红出席。"): the first
 * titled person its sentence or the two after it say attended or presided over (出席, 亲临, 主持; not one who 将亲临).
 * Not a volunteer, donor or the place's own host (NOT_A_LEADER_RE), nor a sentence that tells of going somewhere.
 */
function attended(
  v: VisitDraft,
  after: readonly Clause[],
  others: ReadonlySet<string>,
): { c: Clause; m: Clause['people'][number] } | null {
  if (!after[0] || !HELD_EVENT_RE.test(after[0].text)) return null;
  for (const c of after) {
    if (c.section !== v.section) return null;
    // (One who leads another visit only where they presided over the launch that opened it: "罗文杰主持。启动仪式后，
    // 罗文杰一行来到…".)
    const m = c.people.find(
      (x) =>
        x.title !== null &&
        (!others.has(x.name) || /^[^,，。；;]{0,4}主持/.test(c.text.slice(x.end - c.start))),
    );
    if (!m || NOT_A_LEADER_RE.test(m.title!)) continue;
    const rest = c.text.slice(m.end - c.start);
    if (
      ATTENDED_RE.test(rest) &&
      !/来到|前往|走进|深入|赴/.test(rest.slice(0, rest.search(/出席|亲临|主持|参加/)))
    )
      return { c, m };
  }
  return null;
}

/** The person the bulletin's title names ("县长张三到红星村调研"), for its one visit. */
function leadFromTitle(v: VisitDraft, title: Paragraph, known: ReadonlySet<string>, visits: number): void {
  if (visits > 2) return;
  const m = findPeople(title.norm.text, known, true)[0];
  if (!m) return;
  inferLead(
    v,
    title,
    m,
    text(
      '正文没有写出带队者的姓名，姓名取自标题。',
      'The body does not give the lead’s name; it is taken from the title.',
    ),
  );
}

/**
 * A lead named elsewhere beside the visit's place: a photo caption ("图为刘振邦在双河村走访慰问"), or a later
 * sentence ("在东风社区，贺建军走进…"). Marked inferred, with the sentence it came from.
 */
function leadFromCaption(v: VisitDraft, clauses: Clause[], book: PlaceBook): void {
  const name = book.places[v.place]!.name;
  const same = clauses.filter((c) => c.section === v.section);
  for (const c of [...same, ...clauses.filter((c) => c.section !== v.section)]) {
    const k = c.text.indexOf(name);
    if (k < 0) continue;
    const m = c.people.find((m) => {
      const gap = c.text.slice(m.end - c.start, k);
      return (
        gap.length <= 8 && /^(?:[(（][^)）]{0,6}[)）])?(?:一行)?(?:在|到|来到|走进|深入|赴|前往)/.test(gap)
      );
    });
    if (!m) continue;
    inferLead(
      v,
      c.p,
      m,
      text(
        `走访这一句没有写出带队者的姓名；姓名取自“${quote(c.p, c.start, c.end).quote.slice(0, 40)}”。`,
        `The visit’s sentence does not give the lead’s name; it is taken from “${quote(c.p, c.start, c.end).quote.slice(0, 40)}”.`,
      ),
    );
    return;
  }
}

/** Visits, handing over or visiting in the past tense, in a sentence that is no plan. */
const CEREMONY_RE = /(?:捐赠|交接|移交|发放|慰问)(?:仪式|活动)在[^,，。]{2,24}(?:举行|举办|进行)/;
const ACTIVITY_RE = new RegExp(
  `走访慰问|看望慰问|慰问了|看望了|走访了|探访了|(?:家中|住处|府上|家里)(?:拜访|访视|探视|探访|慰问|看望)|访视(?:独居|弱势|低收|长者|长辈|老人)|送清凉|送温暖|进行了?慰问|开展了?[^,，。]{0,12}(?:慰问|走访)|开展[^。]{0,20}(?:关爱|敬老|主题|慰问|送温暖)活动|(?:深入|来到|前往|走进|赴)到?(?:各村|各组|各社区|各乡镇|各山塘|各水库|村组|田间地头|防汛一线|抗洪一线|辖区各)[^。]{0,12}?(?:察看|查看|检查|督查|督导|巡查|走访|慰问)|${CEREMONY_RE.source}`,
);
const NO_ACTIVITY_RE = new RegExp(
  `将于|将在|将要|${PLAN}|下一步|今后|届时|要求|通知|方案|会议(?!员|成员)|会上|座谈|部署|(?:强调|指出)[^。]{0,8}一是`,
);

const HABIT_OR_MEMORY_RE =
  /经常|定期|每[月周天]|坚持(?:到|每|常年)|多年来|一直(?:坚持|到)|回忆|曾经?(?:到|来|去)/;

/** The last date given before a section, for a visit found only as an activity. */
function lastDateBefore(clauses: Clause[], section: number): DatedAt | null {
  const usable = (c: Clause, x: DateMention) =>
    x.relative !== 'same-day' && x.relative !== 'next-day' && !asOf(c, x);
  const before = clauses.filter((c) => c.section <= section && c.dates.some((x) => usable(c, x)));
  const c = before.find((x) => x.section === section) ?? before[before.length - 1];
  const d = c?.dates.find((x) => usable(c, x));
  return c && d
    ? {
        d,
        p: c.p,
        text: quote(c.p, d.start, d.end).quote,
        how: c.section === section ? 'sentence' : 'carried',
      }
    : null;
}

/**
 * A section that tells of an activity of the genre (supplies handed over, people visited) but names no place after
 * a verb of going ("白沙镇组织代表走访慰问辖区内困难群众，送上慰问金"): one visit, at the most specific place the
 * section names anywhere, flagged, with every supply the section hands over.
 */
function activityVisit(
  section: Clause[],
  book: PlaceBook,
  date: DatedAt | null,
  title: Paragraph | null = null,
): VisitDraft | null {
  const active = section.filter(
    (c) =>
      !NO_ACTIVITY_RE.test(c.p.norm.text) &&
      // (Not what is done as a habit or told as remembered: "村干部经常到他家里看望", "家庭医生每月定期访视老人",
      // "1998年县长王明曾到老党员家中".)
      !HABIT_OR_MEMORY_RE.test(
        /^[^。]*?(?:(?<![谈受想看听说得收遇见])到|来到|前往|走访|看望|慰问|拜访|访视|探望|探访)/.exec(
          c.text,
        )?.[0] ?? c.text,
      ) &&
      (c.supplies.some((s) => !s.alone) || ACTIVITY_RE.test(c.text)),
  );
  if (active.length === 0) return null;
  const order: PlaceKind[] = [
    'community',
    'village',
    'residents-committee',
    'compound',
    'organization',
    'site',
    'road',
    'township',
    'town',
    'street',
    // ("盘龙区组织开展了…走访慰问": a district's or county's round, where nothing smaller is named.)
    'district',
    'county',
  ];
  // The place the activity's own sentences name comes first, then the most specific one named anywhere.
  let best: { c: Clause; m: PlaceMention; rank: number; all: PlaceMention[]; at: number } | null = null;
  // ("仁寿县钟祥乡人大视察防汛工作": the title's place, last, where the body names none.)
  const headline: Clause | null = title && {
    p: title,
    section: active[0]!.section,
    heading: null,
    start: 0,
    end: title.norm.text.length,
    text: title.norm.text,
    dates: [],
    people: [],
    places: [],
    supplies: [],
  };
  for (const c of headline ? [...section, headline] : section) {
    const all = placesAnywhere(c.text);
    for (const [i, m] of all.entries()) {
      const kindRank = order.indexOf(m.kind);
      if (kindRank < 0) continue;
      // Not who gave or organised ("恒顺食品有限公司为老兵送去…", "北京恒信达集团董事长邓国华…"): the place of
      // someone's post, or a body that is the subject of what was done.
      const next = c.text.slice(m.end);
      if (HELPED_BY_RE.test(next)) continue;
      const body = ['organization', 'site', 'compound'].includes(m.kind);
      // ("城建投资公司工会负责人…发放", "中铁十六局三公司昌平沙河项目工会采购了…": a firm's union gives.)
      if (
        body &&
        /^(?:党委|党支部|总|工会)?(?:董事长|总经理|经理|负责人|会长|理事长|职工|员工)|^工会/.test(next)
      )
        continue;
      // "在镇养老服务中心…开展…主题活动": where the activity was held comes before who organised it.
      // (Also the last of a chain after 在: "在长春市人民大街为…".)
      const afterAt = /在(?:[\u4e00-\u9fa5]{1,8}?(?:省|市|县|区|镇|乡|街道))?$/.test(
        c.text.slice(0, m.start),
      );
      // ("5月21日，昆明市官渡区春城路上，…环卫工人们…领到了…": a place that opens its clause as where it happened.)
      let top = m;
      for (let guard = 0; top.parent !== null && guard < 8; guard++) top = all[top.parent]!;
      const where =
        /^(?:上|里|内)[,，]/.test(next) &&
        /(?:^|[,，。；;：:]|日|上午|下午)$/.test(c.text.slice(0, top.start));
      const at = active.includes(c) && (afterAt || where);
      if (
        body &&
        !afterAt &&
        /^[^,，。]{0,6}?(?:为|向|给|组织|开展|联合|发动|捐赠|捐出|送来|送去|购买|采购)|^(?:[、和][^,，。、]{2,10}){0,3}(?:走访|看望|慰问)/.test(
          next,
        )
      )
        continue;
      // "捐赠仪式在渭南市中心医院举行": the place of the ceremony first.
      const held = CEREMONY_RE.exec(c.text);
      // (Of a chain after 在, the most specific: "在峪口镇峪兴家园…" is 峪兴家园.)
      const rank =
        held && m.start >= held.index && m.end <= held.index + held[0].length
          ? -1
          : at
            ? -0.5 + kindRank / 100
            : (c === headline
                ? 300
                : ['district', 'county'].includes(m.kind)
                  ? 200
                  : active.includes(c)
                    ? 0
                    : 100) + kindRank;
      if (!best || rank < best.rank)
        best = { c, m: { ...m, start: m.start + c.start, end: m.end + c.start }, rank, all, at: i };
    }
  }
  // ("縣長周文德今日到人瑞家中送上禮金": where the section names no place at all, the home gone to.)
  let toHome = false;
  if (!best)
    for (const c of active) {
      const home = homeGoneTo(c.text);
      if (!home) continue;
      toHome = true;
      best = {
        c,
        m: { ...home, start: home.start + c.start, end: home.end + c.start },
        rank: 0,
        all: [home],
        at: 0,
      };
      break;
    }
  if (!best) return null;
  const { c, m } = best;
  // Places listed with it, under the same parent ("在峪口镇峪兴家园、大官庄、胡家营村…"): the activity's other stops.
  const head = best.all[best.at]!;
  const listed = best.all.filter(
    (x, i) =>
      i !== best.at &&
      x.parent === head.parent &&
      x.start > head.start &&
      order.includes(x.kind) &&
      /^[、和及与]$/.test(c.text.slice(best.all[i - 1]!.end, x.start)),
  );
  const first = active[0]!;
  // ("6月3日，志愿者包好了粽子。次日，…将粽子送到…": the day after the date before.)
  const next = first.dates.find((x) => x.relative === 'next-day');
  if (next && date) date = dayAfter(date, first.p, next) ?? date;
  const v: VisitDraft = {
    place: book.add(m, null, writtenName(c.p, m), null),
    persons: [],
    orgs: [],
    supplies: [],
    inspected: listed.map((x) => ({
      place: book.add(x, null, undefined, null),
      ev: quote(c.p, x.start + c.start, x.end + c.start),
    })),
    remarks: [],
    date,
    headline: null,
    ev: quote(first.p, first.start, first.end),
    notes: [
      text(
        `原文没有用“来到”“走访”之类的话写出走访的地点；地点取自“${quote(c.p, m.start, m.end).quote}”，请核对。`,
        `The text names no place visited with words such as “来到” (came to) or “走访” (visited); the place is taken from “${quote(c.p, m.start, m.end).quote}”. Please check.`,
      ),
    ],
    section: first.section,
  };
  for (const x of section) {
    for (const s of x.supplies) {
      addSupply(v.supplies, supplyOf(x, s));
    }
    for (const pm of x.people) {
      if (!pm.title || v.persons.some((y) => y.key === pm.name)) continue;
      // Named first before a verb of visiting ("镇党委书记卓海明、镇长邱文博…走访慰问老党员"): the lead, by the
      // genre's order; anyone else named in the activity went along.
      // (Or going, to a home: "縣長周文德今日一同到人瑞家中送上禮金".)
      // (Or by the verbs of what visitors do, LOOKED_AT: "清河乡乡长赵明远深入到各村、各山塘察看…".)
      const verb = toHome
        ? `${VISIT_VERB_RE.source}|${MOVE_RE.source}`
        : `${VISIT_VERB_RE.source}|${LOOKED_AT}`;
      // What the role rules read ("由区长许宏绮偕同里长…前往", "受…委托") stands; a second lead goes along.
      // (A visit to a home is read as a visit sentence, its verb of going the trigger: "县委书记王明、县长李强一同到
      // 老党员家中", "县委书记王明委托县民政局局长李强到老党员家中".)
      const trigger = toHome && x === best.c ? best.m.start - x.start : -1;
      const ruled = roleOf({ sentence: x.text, m: inSentence(pm, x), trigger })?.role ?? null;
      const rest = x.text.slice(pm.end - x.start);
      // (Not one named after 偕同 or 陪同, whom the role rules read as going along; nor one who only spoke before
      // another went, "…在讲话中充分肯定了…，会后镇长李强走访慰问了…".)
      const leads =
        !v.persons.some((y) => y.role === 'lead') &&
        ruled !== 'accompanying' &&
        ruled !== 'entrusted-by' &&
        new RegExp(`^(?:(?!会后|随后|之后|此后|讲话|会上)[^。;；]){0,100}?(?:${verb})`).test(rest) &&
        !/^[^,，。;；]{0,8}?(?:陪同|参加|出席)/.test(rest) &&
        (toHome || !/陪同|参加|出席/.test(/^[^。;；]*/.exec(rest)![0]));
      const role =
        leads || (ruled === 'lead' && !v.persons.some((y) => y.role === 'lead'))
          ? 'lead'
          : ruled === 'lead'
            ? 'accompanying'
            : ruled;
      if (role !== null)
        v.persons.push({
          key: pm.name,
          role,
          ev: quote(x.p, pm.quoteStart, pm.quoteEnd),
          inferred: true,
          note: leads
            ? text(
                '原文没有用“来到”之类的话写出走访；此人名列这句走访慰问的人之首，记为带队，请核对。',
                'The text tells of the visit without words such as “来到” (came to); this person is named first among those who visited, so is taken as the lead. Please check.',
              )
            : role === 'accompanying' && ruled !== 'accompanying'
              ? text(
                  '原文没有写谁带队；此人见于这次活动的记述，记为随行，请核对。',
                  'The text does not say who led; this person is named in the account of the activity, so is taken as going along. Please check.',
                )
              : text(
                  '原文没有用“来到”之类的话写出走访；此人的角色按原文的写法（如“由…”“受…委托”“陪同”）读出，请核对。',
                  'The text tells of the visit without words such as “来到” (came to); this person’s role is read from how the text introduces them (由…, 受…委托, 陪同). Please check.',
                ),
        });
    }
  }
  return v;
}

/**
 * One visit told twice ("代表们来到敬老院…" and, later, "覃某来到白沙镇敬老院…"): the same place (one name the end of the
 * other), no other day, and at most one of them with a lead, is one visit; what each holds is kept.
 */
function mergeRetold(visits: VisitDraft[], book: PlaceBook): void {
  const lead = (v: VisitDraft) => v.persons.find((x) => x.role === 'lead')?.key ?? null;
  const day = (v: VisitDraft) => (v.date?.d.month != null ? `${v.date.d.month}-${v.date.d.day}` : null);
  for (let i = 0; i < visits.length; i++)
    for (let j = i + 1; j < visits.length; j++) {
      const a = visits[i]!;
      const b = visits[j]!;
      const [na, nb] = [book.places[a.place]!.name, book.places[b.place]!.name];
      // "带队赴营仔镇…。慰问团分别来到营仔镇下洋村、北坡村": the next visit, nobody named, to places inside the
      // area the one before went to, is the same outing told in more detail.
      const within =
        j === i + 1 &&
        !lead(b) &&
        ['town', 'township', 'street', 'district', 'county'].includes(book.places[a.place]!.kind) &&
        book.isInside(b.place, new Set([a.place]));
      // "图为晒口街道东关社区工作人员为…送去棉被" before "12月14日，晒口街道开展…慰问活动": a place inside the area
      // the next visit went to, nobody named in either, is a stop of that outing told first.
      const toldFirst =
        j === i + 1 &&
        !lead(a) &&
        !lead(b) &&
        ['town', 'township', 'street'].includes(book.places[b.place]!.kind) &&
        book.isInside(a.place, new Set([b.place]));
      if (!(na.endsWith(nb) || nb.endsWith(na)) && !within && !toldFirst) continue;
      if (day(a) && day(b) && day(a) !== day(b)) continue;
      if (lead(a) && lead(b) && lead(a) !== lead(b)) continue;
      if (toldFirst && !a.inspected.some((y) => y.place === a.place))
        a.inspected.push({ place: a.place, ev: a.ev });
      const keep = within ? b : toldFirst ? b : nb.length > na.length ? b : a;
      const into = lead(b) && !lead(a) ? b : a;
      const from = into === a ? b : a;
      into.place = keep.place;
      into.date ??= from.date;
      for (const x of from.persons) if (!into.persons.some((y) => y.key === x.key)) into.persons.push(x);
      for (const x of from.orgs) if (!into.orgs.some((y) => y.name === x.name)) into.orgs.push(x);
      for (const x of from.supplies) addSupply(into.supplies, x);
      for (const x of from.inspected)
        if (!into.inspected.some((y) => y.place === x.place)) into.inspected.push(x);
      into.remarks.push(...from.remarks);
      into.notes.push(...from.notes);
      if (from.ev.paragraph < into.ev.paragraph) into.ev = from.ev;
      visits.splice(visits.indexOf(from), 1);
      j = i;
    }
}

/**
 * Adds a supply to a visit's: the same item named again is one supply, and the mention with a quantity wins
 * ("送去月饼、牛奶等慰问品。…为每位老党员送上月饼2盒", "送上棉衣…" … "发放棉衣74件"). Whether it was added or replaced one.
 */
function addSupply(list: Visit['supplies'], supply: Visit['supplies'][number]): boolean {
  const again = list.findIndex((x) => x.text === supply.text);
  if (again < 0) list.push(supply);
  else if (list[again]!.quantity === null && supply.quantity !== null) list[again] = supply;
  else return false;
  return true;
}

/** A supply as the dataset keeps it, from its mention in a sentence: the item as written, its evidence. */
function supplyOf(c: Clause, s: Clause['supplies'][number]): Visit['supplies'][number] {
  // (As the page writes it, a converter's pinyin and all: a supply's text stands inside its quote.)
  // (Without the quotation marks round a name: “重阳糕” is 重阳糕.)
  const item = quote(c.p, s.itemStart, s.itemEnd).quote.replace(/^[“"「『](.+)[”"」』]$/, '$1');
  return {
    supplyTypeId: s.kind?.id ?? `other-${slug(item)}`,
    text: item,
    quantity: s.quantity,
    evidence: quote(c.p, s.start, s.end),
    drafted: true,
  };
}

/** A person's mention with offsets in its sentence, as the role rules read it. */
const inSentence = (m: Clause['people'][number], c: Clause): Clause['people'][number] => ({
  ...m,
  start: m.start - c.start,
  end: m.end - c.start,
  quoteStart: m.quoteStart - c.start,
  quoteEnd: m.quoteEnd - c.start,
});

/** The visit of an outing whose place the sentence names last before `at` (the first visit where none is). */
function nearest(outing: readonly VisitDraft[], book: PlaceBook, at: number, c?: Clause): VisitDraft {
  if (outing.length === 1 || !c) return outing[0]!;
  // "在长堤镇江北大堤，欧阳慧沿堤察看了…": the visit of the one the sentence names.
  const named = outing.filter((v) =>
    v.persons.some((x) => x.role === 'lead' && c.people.some((m) => m.name === x.key)),
  );
  if (named.length === 1) return named[0]!;
  let best = outing[0]!;
  let bestAt = -1;
  for (const v of outing) {
    const name = book.places[v.place]!.name;
    const k = c.p.norm.text.lastIndexOf(name.slice(0, 2), at);
    if (k >= c.start && k > bestAt) {
      best = v;
      bestAt = k;
    }
  }
  return best;
}

function leadFromHeading(
  v: VisitDraft,
  c: Clause,
  before: number,
  known: ReadonlySet<string>,
  warnings: VisitWarning[],
): void {
  if (!c.heading || before > 0) return;
  const hp = findPeople(c.heading.norm.text, known, true)[0];
  // Someone already on the visit in another part ("李晓萍委托区人大经济委走访金星村": the one who entrusted).
  if (!hp || v.persons.some((x) => x.key === hp.name)) return;
  if (/^\s*委托/.test(c.heading.norm.text.slice(hp.end))) return;
  // (A caption of a host who briefs the visitors: "向阳乡乡长刘国栋介绍情况".)
  if (/^\s*(?:介绍|汇报|讲解|解说)/.test(c.heading.norm.text.slice(hp.end))) return;
  inferLead(
    v,
    c.heading,
    hp,
    text(
      '正文这一句没有写出带队者的姓名，姓名取自小标题。',
      'This sentence does not give the lead’s name; it is taken from the subheading.',
    ),
  );
  warnings.push({
    code: 'lead-from-heading',
    paragraph: c.p.index,
    message: {
      zh: `带队者“${quote(c.heading, hp.start, hp.end).quote}”只见于小标题，已标为推断。`,
      en: `The lead "${quote(c.heading, hp.start, hp.end).quote}" is named only in the heading; marked as inferred.`,
    },
  });
}
