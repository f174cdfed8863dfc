/**
 * Stage 5 of drafting: the dataset built from the visits and places found (ids, English names, dates read, the
 * district of each visit), and the bulletin around them.
 */
import { firstGraphemes } from '../lib/graphemes';
import type {
  Dataset,
  Organization,
  Person,
  Place,
  PlaceKind,
  SupplyType,
  Text,
  Visit,
} from '../data/schema';
import { isoDate, type Dateline } from './dates';
import { IdPool, personName, placeStem, slug } from './ids';
import { parseNumber } from './numbers';
import { COMPOUND_SURNAMES, SUPPLY_KINDS } from './lexicon';
import { normalise } from './normalise';
import type { DatedAt, PlaceDraft, VisitDraft, VisitWarning } from './visits';
import { text } from './text';

export interface BuildOptions {
  id?: string;
  /** When the draft is made (ISO date); its year is flagged as a guess where the text gives none. */
  draftedAt?: string;
  title?: string;
  publisher?: string;
  publishedAt?: string;
  sourceUrl?: string;
}

export interface BuildInput {
  /** The paragraphs verbatim. */
  paragraphs: string[];
  title: number | null;
  credits: number[];
  dateline: Dateline | null;
  /** The year dates without one take: the dateline's, or the publication time's. */
  year: number | null;
  /** A year the text writes elsewhere ("将于2025年3月5日开幕", "2023年重阳佳节"): before the drafting year. */
  textYear?: number | null;
  /** The year the text is drafted in: the year of a date that has none where the text gives none either. */
  draftedYear?: number | null;
  people: Map<string, { titles: Set<string>; raw: string }>;
  places: PlaceDraft[];
  visits: VisitDraft[];
}

const KIND_EN: Partial<Record<PlaceKind, string>> = {
  prefecture: 'City',
  district: 'District',
  county: 'County',
  street: 'Subdistrict',
  town: 'Town',
  township: 'Township',
  community: 'Community',
  village: 'Village',
  'residents-committee': "Residents' Committee",
};
const KIND_SUFFIX: Partial<Record<PlaceKind, RegExp>> = {
  prefecture: /市$/,
  district: /区$/,
  county: /县$/,
  street: /街道(?:办事处)?$/,
  town: /镇$/,
  township: /乡$/,
  community: /社区(?:居委会)?$/,
  village: /村(?:委会|民委员会)?$/,
  'residents-committee': /(?:居委会|居民委员会)$/,
};
/** The English of a kind of institution or works a name ends with, longest first ("县人民医院": County People's Hospital). */
const INSTITUTION_EN: [string, string][] = (
  [
    ['人民医院', "People's Hospital"],
    ['人民法院', "People's Court"],
    ['中心卫生院', 'Central Health Centre'],
    ['中心敬老院', 'Central Home for the Elderly'],
    ['社区卫生服务中心', 'Community Health Service Centre'],
    ['政务服务中心', 'Government Service Centre'],
    ['高级中学', 'Senior High School'],
    ['实验小学', 'Experimental Primary School'],
    ['实验中学', 'Experimental Middle School'],
    ['希望小学', 'Hope Primary School'],
    ['有限责任公司', 'Co., Ltd.'],
    ['分公司', 'Branch'],
    ['中医医院', 'Hospital of Traditional Chinese Medicine'],
    ['中医院', 'Hospital of Traditional Chinese Medicine'],
    ['妇幼保健院', 'Maternal and Child Health Hospital'],
    ['中心医院', 'Central Hospital'],
    ['医院', 'Hospital'],
    ['卫生院', 'Health Centre'],
    ['卫生服务中心', 'Health Service Centre'],
    ['疾病预防控制中心', 'Centre for Disease Control'],
    ['疾控中心', 'Centre for Disease Control'],
    ['中心血站', 'Blood Centre'],
    ['敬老院', 'Home for the Elderly'],
    ['养老院', 'Care Home'],
    ['福利院', 'Welfare Home'],
    ['光荣院', "Veterans' Home"],
    ['幸福院', 'Happiness Home'],
    ['中心小学', 'Central Primary School'],
    ['小学', 'Primary School'],
    ['初级中学', 'Junior Middle School'],
    ['中学', 'Middle School'],
    ['高中', 'High School'],
    ['学校', 'School'],
    ['幼儿园', 'Kindergarten'],
    ['派出所', 'Police Station'],
    ['公安局', 'Public Security Bureau'],
    ['人武部', "People's Armed Forces Department"],
    ['消防救援大队', 'Fire and Rescue Brigade'],
    ['消防救援支队', 'Fire and Rescue Detachment'],
    ['消防救援站', 'Fire Station'],
    ['民政局', 'Civil Affairs Bureau'],
    ['教育局', 'Education Bureau'],
    ['水利局', 'Water Resources Bureau'],
    ['应急管理局', 'Emergency Management Bureau'],
    ['人民政府', "People's Government"],
    ['政府', 'Government'],
    ['党群服务中心', 'Party and Public Service Centre'],
    ['便民服务中心', 'Public Service Centre'],
    ['服务中心', 'Service Centre'],
    ['环卫所', 'Sanitation Station'],
    ['供电公司', 'Power Supply Company'],
    ['有限公司', 'Co., Ltd.'],
    ['公司', 'Company'],
    ['水库', 'Reservoir'],
    ['水厂', 'Waterworks'],
    ['泵站', 'Pumping Station'],
    ['煤矿', 'Coal Mine'],
    ['检查站', 'Checkpoint'],
    ['卡点', 'Checkpoint'],
    ['工地', 'Construction Site'],
    ['职高', 'Vocational High School'],
    ['街市', 'Market'],
    ['助餐点', 'Meal Point'],
    // Halls, squares and centres where events are held (the venues of heldAt in places.ts).
    ['文化广场', 'Cultural Square'],
    ['广场', 'Square'],
    ['中庭', 'Courtyard'],
    ['大厅', 'Hall'],
    ['礼堂', 'Auditorium'],
    ['会堂', 'Hall'],
    ['会所', 'Clubhouse'],
    ['公所', 'Office'],
    ['大院', 'Compound'],
    ['操场', 'Sports Ground'],
    ['停车场', 'Car Park'],
    ['活动室', 'Activity Room'],
    ['活动中心', 'Activity Centre'],
    ['文化中心', 'Cultural Centre'],
    ['体育馆', 'Gymnasium'],
    ['体育场', 'Stadium'],
    ['运动场', 'Sports Field'],
    ['篮球场', 'Basketball Court'],
    ['大楼', 'Building'],
  ] as [string, string][]
).sort((a, b) => b[0].length - a[0].length);
const DIVISION_ORDER: PlaceKind[] = [
  'community',
  'residents-committee',
  'street',
  'village',
  'town',
  'township',
  'county',
  'district',
  'prefecture',
];
/** A division's one-character prefix before an institution ("县人民医院"), or its government's short name ("县府中庭"). */
const PREFIX_EN: Record<string, string> = {
  县: 'County',
  市: 'City',
  区: 'District',
  镇: 'Town',
  乡: 'Township',
  县府: 'County Government',
  市府: 'City Government',
  区府: 'District Government',
};

/**
 * A place's English name: a division's stem in pinyin and its kind ("洪家村": Hongjia Village; Taiwan's 里, "福利里":
 * Fuli Li); an institution by its kind in English after the place it belongs to ("县人民医院": County People's Hospital,
 * "城关镇敬老院": Chengguan Town Home for the Elderly); anything else in pinyin.
 */
function placeEnglish(pl: PlaceDraft): string {
  if (pl.kind === 'community' && /里$/.test(pl.name) && !/社区/.test(pl.name))
    return `${placeStem(pl.name.slice(0, -1))} Li`;
  if (/^.{2,}自治[县州]$/.test(pl.name)) return restEnglish(pl.name);
  if (KIND_EN[pl.kind]) {
    const stem = pl.name.replace(KIND_SUFFIX[pl.kind] ?? /$^/, '') || pl.name;
    return `${placeStem(stem)} ${KIND_EN[pl.kind]}`;
  }
  return institutionEnglish(pl.name) ?? placeStem(pl.name);
}

/**
 * A name that ends with a kind of institution, in English, the kind after what stands before it; that too read the
 * same way where it ends with a kind ("县总工会职工服务中心广场": County Zonggonghuizhigong Service Centre Square).
 */
function institutionEnglish(name: string): string | null {
  const kind = INSTITUTION_EN.find(([zh]) => name.endsWith(zh) && name.length > zh.length);
  if (!kind) return null;
  const rest = name.slice(0, -kind[0].length);
  return `${institutionEnglish(rest) ?? restEnglish(rest)} ${kind[1]}`;
}

/**
 * What stands before an institution's kind, in English: a division ("城关镇": Chengguan Town; "巴东自治县": Badong
 * Autonomous County), a division's one-character prefix ("县": County), then an ordinal ("第二": No. 2), then the
 * rest in pinyin ("县残疾人综合": County Canjirenzonghe).
 */
function restEnglish(rest: string): string {
  const ordinal = /第([一二三四五六七八九十]{1,3}|\d{1,3})$/.exec(rest);
  const number = ordinal ? parseNumber(ordinal[1]!) : null;
  const head = ordinal ? rest.slice(0, ordinal.index) : rest;
  const words: string[] = [];
  const autonomous = /^(.{2,})自治(县|州|区)(.*)$/.exec(head);
  const division = autonomous
    ? null
    : DIVISION_ORDER.map((k) => [k, KIND_SUFFIX[k]!] as const).find(
        ([, re]) => re.test(head) && head.replace(re, '').length >= 2,
      );
  if (autonomous)
    words.push(
      placeStem(autonomous[1]!),
      `Autonomous ${{ 县: 'County', 州: 'Prefecture', 区: 'Region' }[autonomous[2]!]}`,
      ...(autonomous[3] ? [placeStem(autonomous[3])] : []),
    );
  else if (division) words.push(placeStem(head.replace(division[1], '')), KIND_EN[division[0]]!);
  else if (PREFIX_EN[head]) words.push(PREFIX_EN[head]);
  else if (PREFIX_EN[head[0] ?? ''] && head.length > 1)
    words.push(PREFIX_EN[head[0]!]!, placeStem(head.slice(1)));
  else if (head) words.push(placeStem(head));
  if (number !== null) words.push(`No. ${number}`);
  return words.join(' ');
}

const SUPPLY_NAME = new Map(SUPPLY_KINDS.map((k) => [k.id, k] as const));
const pad = (n: number) => String(n).padStart(2, '0');
const normQuote = (q: string) => normalise(q).text;

export function buildDataset(
  input: BuildInput,
  options: BuildOptions,
): {
  dataset: Dataset;
  warnings: VisitWarning[];
  meta: { title?: string; publisher?: string; publishedAt?: string; sourceUrl?: string };
} {
  const { paragraphs, places, visits, year, dateline } = input;
  const personInfo = input.people;
  const warnings: VisitWarning[] = [];
  // Build the dataset.
  const pool = new IdPool();
  const people: Person[] = [];
  const personId = new Map<string, string>();
  for (const [name, info] of personInfo) {
    const surnameLength = COMPOUND_SURNAMES.includes(name.slice(0, 2)) ? 2 : 1;
    const n = personName(name, surnameLength);
    const id = pool.take(n.id);
    personId.set(name, id);
    people.push({
      id,
      name: text(info.raw, n.en),
      titles: [...info.titles].map((t) => text(t)),
      drafted: true,
    });
  }
  // A statistical code of 6, 9 or 12 digits; a prefecture's 4 ("4309") is written out ("430900"); another is left out.
  const code = (pl: PlaceDraft): string | null => {
    if (!pl.code) return null;
    const c = /^\d{2}$|^\d{4}$/.test(pl.code) ? pl.code.padEnd(6, '0') : pl.code;
    return /^(?:\d{6}|\d{9}|\d{12})$/.test(c) ? c : null;
  };
  for (const pl of places)
    if (pl.code && !code(pl))
      warnings.push({
        code: 'division-code-left-out',
        message: {
          zh: `“${pl.raw ?? pl.name}”的区划代码“${pl.code}”不合格式，未收入。`,
          en: `The division code "${pl.code}" of "${pl.raw ?? pl.name}" does not fit the format; it was left out.`,
        },
      });
  const placeIds: string[] = [];
  const placeOut: Place[] = places.map((pl) => {
    const stem = pl.name.replace(KIND_SUFFIX[pl.kind] ?? /$^/, '') || pl.name;
    const en = placeEnglish(pl);
    const id = pool.take(
      `${slug(stem)}${KIND_EN[pl.kind] ? '-' + (pl.kind === 'street' ? 'subdistrict' : pl.kind) : ''}`,
    );
    placeIds.push(id);
    return {
      id,
      name: text(pl.raw ?? pl.name, en),
      kind: pl.kind,
      parentId: null,
      divisionCode: code(pl),
      ...(code(pl) ? { divisionInferred: pl.inferred } : {}),
      ...(pl.note ? { note: pl.note } : {}),
      drafted: true,
    };
  });
  places.forEach((pl, i) => (placeOut[i]!.parentId = pl.parent === null ? null : placeIds[pl.parent]!));
  const orgs: Organization[] = [];
  const orgId = new Map<string, string>();
  const supplyTypes = new Map<string, SupplyType>();

  const bulletinVisits: Visit[] = [];
  for (const v of visits) {
    const participants: Visit['participants'] = [];
    const seen = new Set<string>();
    for (const x of v.persons) {
      const id = personId.get(x.key);
      if (!id || seen.has(id)) continue;
      seen.add(id);
      participants.push({
        personId: id,
        role: x.role,
        ...(x.inferred ? { inferred: true } : {}),
        ...(x.note ? { note: x.note } : {}),
        evidence: x.ev,
        drafted: true,
      });
    }
    for (const o of v.orgs) {
      let id = orgId.get(o.name);
      if (!id) {
        id = pool.take(slug(o.name));
        orgId.set(o.name, id);
        orgs.push({ id, name: text(o.ev.quote), drafted: true });
      }
      if (!seen.has(id))
        participants.push({ organizationId: id, role: 'delegation', evidence: o.ev, drafted: true });
      seen.add(id);
    }
    for (const s of v.supplies) {
      if (!supplyTypes.has(s.supplyTypeId)) {
        const known = SUPPLY_NAME.get(s.supplyTypeId);
        supplyTypes.set(s.supplyTypeId, {
          id: s.supplyTypeId,
          name: known ? text(known.zh, known.en) : text(s.text),
          drafted: true,
        });
      }
    }
    // Date.
    const notes: Text[] = [...v.notes];
    const { date, dateCertain, dateNote, warning } = readVisitDate(
      v.date,
      year,
      dateline,
      input.draftedYear ?? null,
      input.textYear ?? null,
    );
    if (warning) warnings.push(warning);
    // District.
    let districtId: string | null = null;
    let districtInferred = false;
    let linkInferred = false;
    for (
      let at: number | null = v.place, guard = 0;
      at !== null && guard < 12;
      at = places[at]!.parent, guard++
    ) {
      const pl = places[at]!;
      if (pl.kind === 'district' || pl.kind === 'county') {
        districtId = placeIds[at]!;
        // Inferred unless the visit's own sentence names the district.
        districtInferred =
          Boolean(pl.fromGazetteer) ||
          linkInferred ||
          !paragraphs[v.ev.paragraph]!.includes(v.ev.quote) ||
          !normQuote(v.ev.quote).includes(pl.name);
        break;
      }
      if (pl.parentInferred) linkInferred = true;
    }
    if (districtInferred)
      notes.push(
        text(
          '原文没有写所属区县，由区划名录推断。',
          'The text does not name the district or county; it is inferred from the list of divisions.',
        ),
      );
    const lead = participants.find((x) => x.role === 'lead');
    const leadName = lead?.personId ? people.find((x) => x.id === lead.personId)!.name.zh : '';
    // (As the text writes it: a Traditional text's headline names 東山鄉中心小學, not 东山乡中心小学.)
    const placeName = places[v.place]!.raw ?? places[v.place]!.name;
    const visitId = pool.take(
      `v-${lead?.personId ?? participants[0]?.organizationId ?? participants[0]?.personId ?? 'unknown'}-${placeIds[v.place]}`,
    );
    bulletinVisits.push({
      id: visitId,
      headline: text(
        v.headline ??
          `${leadName || orgs.find((o) => o.id === participants[0]?.organizationId)?.name.zh || ''}走访${placeName}`,
      ),
      date,
      dateText: v.date?.text ?? '未写明',
      dateCertain,
      ...(dateNote ? { dateNote } : {}),
      timeOfDay: v.date?.d.timeOfDay ?? null,
      placeId: placeIds[v.place]!,
      districtId,
      districtInferred,
      participants,
      supplies: v.supplies,
      inspected: v.inspected.map((x) => ({ placeId: placeIds[x.place]!, evidence: x.ev, drafted: true })),
      remarks: v.remarks,
      ...(notes.length ? { notes } : {}),
      evidence: v.ev,
      drafted: true,
    });
  }

  if (bulletinVisits.length === 0)
    warnings.push({
      code: 'no-visit',
      message: {
        zh: '未找到走访：这篇文字没有写到有人前往某地。',
        en: 'No visit found: the text does not tell of anyone going to a place.',
      },
    });

  // Bulletin.
  const titleText = options.title ?? (input.title !== null ? paragraphs[input.title]! : undefined);
  const dl = dateline;
  const publishedAt =
    options.publishedAt ??
    (dl
      ? `${dl.year}-${pad(dl.month)}-${pad(dl.day)}T${dl.time ? pad(Number(dl.time.split(':')[0])) + ':' + dl.time.split(':')[1] : '00:00'}:00+08:00`
      : undefined);
  const bNotes: Text[] = [];
  if (dl && !options.publishedAt)
    bNotes.push(
      text(
        dl.time
          ? '发布时间没有写时区，按北京时间(UTC+8)理解。'
          : '发布时间只写了日期，没有写时刻；时刻记为0:00，按北京时间(UTC+8)理解。',
      ),
    );
  const source = input.credits
    .map((i) => /来源[:：]\s*(\S+)/.exec(normalise(paragraphs[i]!).text)?.[1])
    .find(Boolean);
  const publisher = options.publisher ?? source;
  const allQuantitiesNull = bulletinVisits.every((v) => v.supplies.every((s) => s.quantity === null));
  if (bulletinVisits.some((v) => v.supplies.length > 0) && allQuantitiesNull)
    bNotes.push(
      text(
        '原文没有写物资的数量，因此数量都留空。',
        'The text gives no quantities for the supplies, so every quantity is left empty.',
      ),
    );
  const bulletinId =
    options.id ??
    pool.take(
      `${slug((titleText ?? paragraphs[0]!).slice(0, 8)).slice(0, 40)}${publishedAt ? '-' + publishedAt.slice(0, 10) : ''}`,
    );
  const dataset: Dataset = {
    schemaVersion: 1,
    bulletins: [
      {
        id: bulletinId,
        title: text(titleText ?? firstGraphemes(paragraphs[0]!, 60)),
        publisher: publisher ? text(publisher) : null,
        publishedAt: publishedAt ?? null,
        ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
        paragraphs,
        visits: bulletinVisits,
        ...(bNotes.length ? { notes: bNotes } : {}),
        drafted: true,
      },
    ],
    people,
    organizations: orgs,
    places: placeOut,
    supplyTypes: [...supplyTypes.values()],
  };
  return {
    dataset,
    warnings,
    meta: {
      ...(titleText ? { title: titleText } : {}),
      ...(publisher ? { publisher } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      ...(options.sourceUrl ? { sourceUrl: options.sourceUrl } : {}),
    },
  };
}

/** A month's name in English ("January"), as the platform writes it. */
const monthName = (month: number) =>
  new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });

/**
 * The month of a day written without one ("27日上午"): that of the date the text gave before it, or else of the
 * publication (its own month if the day is not after the publication's, else the month before). None where the date
 * before it would put the day after the publication.
 */
function monthOf(
  at: DatedAt,
  dateline: Dateline | null,
): { month: number; year: number | null; why: Text } | null {
  const day = at.d.day!;
  if (at.monthFrom) {
    const { month, year, text: from } = at.monthFrom;
    if (dateline && (month > dateline.month || (month === dateline.month && day > dateline.day))) return null;
    return {
      month,
      year: year ?? dateline?.year ?? null,
      why: text(`月份取自前文的“${from}”`, `the month is taken from “${from}” before it`),
    };
  }
  // "新闻网3月9日讯 8日上午，…": the month of the wire's dateline that opens the paragraph (the month before, where
  // the day is later than the wire's).
  const wire = WIRE_DATE_RE.exec(at.p.norm.text);
  // (Not where the day's own sentence names a month before it: "本报7月5日讯 6月，县长王强3日…"; a span, "6月以来", is
  // no such month.)
  const sentence = at.p.norm.text.slice(0, at.d.start);
  const own = sentence.slice(Math.max(wire ? wire[0].length : 0, sentence.search(/[^。！？!?]*$/)));
  if (wire && !/月(?![上中下]?旬?以来)/.test(own)) {
    const [wy, wm, wd] = [
      wire[1] ? Number(wire[1]) : (dateline?.year ?? null),
      Number(wire[2]),
      Number(wire[3]),
    ];
    const late = day > wd;
    return {
      month: late ? (wm === 1 ? 12 : wm - 1) : wm,
      year: wy === null ? null : late && wm === 1 ? wy - 1 : wy,
      why: text(`月份取自电头“${wire[0]}”`, `the month is taken from the dateline “${wire[0]}”`),
    };
  }
  if (!dateline) return null;
  const before = day > dateline.day;
  const month = before ? (dateline.month === 1 ? 12 : dateline.month - 1) : dateline.month;
  const year = before && dateline.month === 1 ? dateline.year - 1 : dateline.year;
  return {
    month,
    year,
    why: text(
      `按发布日期（${dateline.year}年${dateline.month}月${dateline.day}日）推为${month}月`,
      `the month is taken as ${monthName(month)}, from the publication date (${isoDate(dateline.year, dateline.month, dateline.day)})`,
    ),
  };
}

/** What a date's reading says first, then what reading the date it became says. */
const notesBefore = (said: Text, then: Text | undefined): Text =>
  text(said.zh + (then?.zh ?? ''), `${said.en}${then?.en ? ` ${then.en}` : ''}`);

/** A wire's dateline that opens a paragraph: "6月3日讯", "2020年2月8日电", maybe after the paper's name. */
const WIRE_DATE_RE = /^[^,，。;；]{0,24}?(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s?(?:讯|电)(?=[\s(（:：,，]|$)/;

/** A visit's date as read: the year from the text, else the dateline or publication time (then not certain). */
export function readVisitDate(
  at: DatedAt | null,
  year: number | null,
  dateline: Dateline | null,
  guessYear: number | null = null,
  textYear: number | null = null,
): { date: string | null; dateCertain: boolean; dateNote?: Text; warning?: VisitWarning } {
  if (!at)
    return {
      date: null,
      dateCertain: false,
      dateNote: text('原文没有写走访日期。', 'The text gives no date for this visit.'),
    };
  const d = at.d;
  if ((d.relative === 'today' || d.relative === 'yesterday') && dateline) {
    const day = new Date(
      Date.UTC(dateline.year, dateline.month - 1, dateline.day - (d.relative === 'yesterday' ? 1 : 0)),
    );
    return {
      date: day.toISOString().slice(0, 10),
      dateCertain: false,
      dateNote: text(
        `原文写的是“${at.text}”，日期按发布日期推算。`,
        `The text says “${at.text}”; the date is worked out from the publication date.`,
      ),
    };
  }
  // "6月3日讯（记者 王某）昨日，…": with no dateline, the wire's date that opens the paragraph is the day it was filed.
  const wire =
    d.relative === 'today' || d.relative === 'yesterday' ? WIRE_DATE_RE.exec(at.p.norm.text) : null;
  if (wire) {
    const y = wire[1] ? Number(wire[1]) : (year ?? textYear ?? guessYear);
    const day = new Date(
      Date.UTC(y ?? 2001, Number(wire[2]) - 1, Number(wire[3]) - (d.relative === 'yesterday' ? 1 : 0)),
    );
    const read = readVisitDate(
      {
        ...at,
        d: {
          ...d,
          relative: undefined,
          year: wire[1] ? y : null,
          month: day.getUTCMonth() + 1,
          day: day.getUTCDate(),
        },
      },
      year,
      dateline,
      guessYear,
      textYear,
    );
    const said = text(
      `原文写的是“${at.text}”，日期按电头“${wire[0]}”推算。`,
      `The text says “${at.text}”; the date is worked out from the dateline “${wire[0]}”.`,
    );
    return { ...read, dateCertain: false, dateNote: notesBefore(said, read.dateNote) };
  }
  const month = d.day !== null && d.month === null ? monthOf(at, dateline) : null;
  if (month && d.day !== null) {
    const y = d.year ?? month.year;
    const date = y === null ? null : isoDate(y, month.month, d.day);
    if (date)
      return {
        date,
        dateCertain: false,
        dateNote: text(
          `原文只写“${at.text}”，没有写月份；${month.why.zh}，请核对。`,
          `The text says only “${at.text}”, without a month; ${month.why.en}. Please check.`,
        ),
      };
    // "7月10日夜间…。11日一早…" in a text that never gives a year: the month is the date's before it, the year
    // is sought as for any date without one.
    if (y === null) {
      const read = readVisitDate(
        { ...at, d: { ...d, month: month.month }, monthFrom: undefined },
        year,
        dateline,
        guessYear,
        textYear,
      );
      const said = text(
        `原文只写“${at.text}”，没有写月份；${month.why.zh}。`,
        `The text says only “${at.text}”, without a month; ${month.why.en}.`,
      );
      return { ...read, dateNote: notesBefore(said, read.dateNote) };
    }
  }
  if (d.month === null || d.day === null)
    return {
      date: null,
      dateCertain: false,
      dateNote: text(
        `原文只写“${at.text}”，没有写月份，日期无法确定。`,
        `The text says only “${at.text}”, without a month; the date cannot be told.`,
      ),
      warning: {
        code: 'date-unreadable',
        paragraph: at.p.index,
        message: {
          zh: `日期“${at.text}”缺少月份，未推断。`,
          en: `The date "${at.text}" has no month; it was not guessed.`,
        },
      },
    };
  if (d.year === null && year === null && textYear !== null) {
    // No dateline, but the text writes a year elsewhere: most likely the visit's, flagged for the reviewer.
    return {
      date: isoDate(textYear, d.month, d.day),
      dateCertain: false,
      dateNote: text(
        `原文没有写这次走访的年份，也没有发布日期；年份取自原文别处写出的${textYear}年，请核对。`,
        `The text gives no year for this visit and no publication date; the year is taken from ${textYear}, which the text gives elsewhere. Please check.`,
      ),
      warning: {
        code: 'year-from-text',
        paragraph: at.p.index,
        message: {
          zh: `“${at.text}”没有年份；年份取自原文别处写出的${textYear}年，请核对。`,
          en: `"${at.text}" has no year; it is taken from ${textYear}, a year the text gives elsewhere. Please check it.`,
        },
      },
    };
  }
  if (d.year === null && year === null && guessYear !== null) {
    // No year anywhere: the year the text is drafted in, flagged, for the reviewer to check.
    return {
      date: isoDate(guessYear, d.month, d.day),
      dateCertain: false,
      dateNote: text(
        `原文和发布信息都没有写年份；年份暂按起草时的${guessYear}年记，请核对。`,
        `Neither the text nor its publication details give a year; it is set to ${guessYear}, the year of drafting, for now. Please check.`,
      ),
      warning: {
        code: 'year-guessed',
        paragraph: at.p.index,
        message: {
          zh: `“${at.text}”没有年份，原文也没有发布日期；年份暂记为${guessYear}年，请核对。`,
          en: `"${at.text}" has no year and the text no publication date; the year is set to ${guessYear} for now. Please check it.`,
        },
      },
    };
  }
  const y = d.year ?? year;
  if (y === null)
    return {
      date: null,
      dateCertain: false,
      dateNote: text(
        '原文没有写年份，也没有发布日期，日期无法确定。',
        'The text gives no year and no publication date; the date cannot be told.',
      ),
    };
  let yy = y;
  // A month after the publication's is of the year before ("12月30日" in a bulletin of 2021-01-02).
  if (
    d.year === null &&
    dateline &&
    (d.month > dateline.month || (d.month === dateline.month && d.day > dateline.day))
  )
    yy = y - 1;
  const date = isoDate(yy, d.month, d.day);
  const why: Text[] = [];
  if (d.year === null)
    why.push(
      text(
        '原文没有写年份，年份取自发布日期',
        'the text gives no year; it is taken from the publication date',
      ),
    );
  if (d.since)
    why.push(
      text(`原文写的是“${at.text}”，指一段时间的开始`, `the text says “${at.text}”, the start of a period`),
    );
  if (d.several)
    why.push(
      text(
        `原文写的不止一天（“${at.text}”起），日期取第一天`,
        `the text gives more than one day (from “${at.text}”); the date is the first`,
      ),
    );
  if (at.how === 'carried')
    why.push(
      text(
        `日期取自前文的“${at.text}”，本段没有另写日期`,
        `the date is taken from “${at.text}” before; this paragraph gives none of its own`,
      ),
    );
  if (at.dayAfter)
    why.push(
      text(
        `原文写的是“${at.text}”，日期是前文“${at.dayAfter}”的后一天`,
        `the text says “${at.text}”, the day after “${at.dayAfter}” told before`,
      ),
    );
  if (at.how === 'later')
    why.push(
      text(`日期取自本节后文的“${at.text}”`, `the date is taken from “${at.text}” later in this section`),
    );
  if (d.glued)
    why.push(
      text(
        `原文写作“${at.text}”，月和日连在一起，读作${d.month}月${d.day}日`,
        `the text writes “${at.text}”, month and day run together, read as ${d.month}/${d.day}`,
      ),
    );
  return {
    date,
    dateCertain:
      date !== null &&
      d.year !== null &&
      !d.glued &&
      !d.since &&
      !d.several &&
      !at.dayAfter &&
      (at.how === 'sentence' || at.how === 'paragraph'),
    ...(why.length
      ? {
          dateNote: text(
            why.map((w) => w.zh).join('；') + '。',
            `${why.map((w) => w.en!).join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
          ),
        }
      : {}),
  };
}
