/**
 * A synthetic dataset generator for performance work: N visits spread over many bulletins and a year of dates,
 * across every county-level division of Yiyang (from data/divisions/yiyang.json), with people who recur, and
 * every fact quoted verbatim from the bulletin paragraphs it writes. The data is made up and says so in each
 * bulletin's notes; it is for benchmarks and tests only, never shipped.
 */
import { pinyin } from 'pinyin-pro';
import type { Person, Place, Visit, WritableBulletin, WritableDataset } from '../src/data/schema';

export type Division = {
  code: string;
  name: string;
  parentCode: string;
  level: 'county' | 'street' | 'village';
};

/** Deterministic PRNG (mulberry32), so a seed gives the same dataset every time. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
];
const givens = [
  '明',
  '华',
  '伟',
  '芳',
  '军',
  '平',
  '强',
  '丽',
  '勇',
  '静',
  '文',
  '斌',
  '涛',
  '霞',
  '建国',
  '志刚',
];
const titles: [string, string][] = [
  ['市人大常委会副主任', 'Deputy Director of the Municipal People’s Congress Standing Committee'],
  [
    '市人大常委会党组成员、副主任',
    'Member of the Leading Party Group and Deputy Director of the Standing Committee',
  ],
  ['市人大常委会秘书长', 'Secretary-General of the Standing Committee'],
  ['市人大教科文卫委员会主任委员', 'Chair of the Education, Science, Culture and Health Committee'],
  ['市人大社会委主任', 'Director of the Social Affairs Committee'],
];
const orgs: [string, string][] = [
  ['市人大常委会机关', 'Organs of the Municipal People’s Congress Standing Committee'],
  ['市人社局', 'Municipal Human Resources and Social Security Bureau'],
  ['市市场监督管理局', 'Municipal Market Supervision Administration'],
  ['市人大社会委', 'Social Affairs Committee of the Municipal People’s Congress'],
  ['市人大民侨外委', 'Ethnic, Overseas Chinese and Foreign Affairs Committee'],
  ['市卫健委', 'Municipal Health Commission'],
];
const supplies: { id: string; zh: string; en: string; variants: string[] }[] = [
  { id: 'mask', zh: '口罩', en: 'Mask', variants: ['口罩', '医用口罩'] },
  { id: 'alcohol', zh: '酒精', en: 'Alcohol', variants: ['酒精'] },
  { id: 'disinfectant', zh: '消毒液', en: 'Disinfectant', variants: ['消毒液', '84消毒液'] },
  { id: 'thermometer', zh: '体温计', en: 'Thermometer', variants: ['体温计', '额温枪'] },
];
const remarks: [string, string][] = [
  ['要严格落实网格化防控措施', 'grid-based control measures must be strictly implemented'],
  ['要做好外来人员的信息登记', 'incoming people must be registered'],
  ['要加强自身防护', 'workers must strengthen their own protection'],
  ['要做好宣传解释工作', 'publicity and explanation work must be done well'],
];

/**
 * Sentences of the narrative a real bulletin tells around its visits (the background, the meetings, what the
 * committee asked for), from which `textChars` of source text per bulletin are drawn: no fact is read from them.
 */
const narrative = [
  '当前正处于疫情防控的关键时期，各级各部门要切实提高政治站位，把人民群众生命安全和身体健康放在第一位。',
  '督导组一行先后深入社区卡口、农贸市场、商超药店和居民小区，实地查看疫情防控措施落实情况。',
  '在听取当地关于人员排查、物资保障、宣传引导等方面工作情况的汇报后，督导组对前一阶段的工作给予充分肯定。',
  '督导组强调，要坚持外防输入、内防反弹，严格落实早发现、早报告、早隔离、早治疗的要求，不留死角、不漏一人。',
  '要进一步压实属地责任、部门责任、单位责任和个人责任，做到守土有责、守土担责、守土尽责。',
  '要统筹抓好疫情防控和经济社会发展，积极帮助企业解决复工复产中遇到的用工、原材料和资金等实际困难。',
  '要关心关爱奋战在一线的医务人员、社区工作者和志愿者，合理安排轮休，切实做好个人防护。',
  '各级人大代表要充分发挥桥梁纽带作用，带头遵守防控规定，积极宣传防控知识，主动参与联防联控。',
  '据了解，该地共设立检查点十余个，组织党员干部和志愿者分组轮班值守，对进出人员逐一登记、测量体温。',
  '当地还通过村村响广播、微信群、宣传横幅和入户走访等方式，广泛宣传科学防护知识，引导群众少出门、不聚集。',
  '座谈会上，与会人员围绕防控物资调配、困难群众生活保障和春耕生产等问题进行了深入交流。',
  '督导组要求，要加强对重点人群的健康监测和服务管理，落实居家观察人员的生活保障和心理疏导。',
  '要严格市场监管，依法打击哄抬物价、囤积居奇和制售假劣防护用品等违法行为，维护正常市场秩序。',
  '要及时准确发布疫情信息，回应社会关切，营造众志成城、同心战疫的良好舆论氛围。',
];

const slug = (zh: string) =>
  pinyin(zh, { toneType: 'none', type: 'array', nonZh: 'removed' })
    .join('')
    .replace(/[^a-z0-9]/g, '');
const title = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());
const english = (zh: string) => title(pinyin(zh, { toneType: 'none', nonZh: 'consecutive', separator: ' ' }));

function placeKind(d: Division): Place['kind'] {
  if (d.level === 'county') return 'district';
  if (d.level === 'street') return 'street';
  return d.name.endsWith('村') || d.name.endsWith('村委会') ? 'village' : 'community';
}

export function synthDataset({
  visits,
  seed = 1,
  divisions,
  perBulletin,
  textChars = 0,
}: {
  visits: number;
  seed?: number;
  divisions: Division[];
  /** Visits per bulletin (the last may have fewer); by default 1 to 8, drawn. */
  perBulletin?: number;
  /**
   * About this many characters of narrative per bulletin besides its visits' own paragraphs (a real bulletin's
   * full text: a few thousand), in paragraphs of two to four sentences between the visits.
   */
  textChars?: number;
}): WritableDataset {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const counties = divisions.filter((d) => d.level === 'county');
  const villagesByCounty = new Map<string, Division[]>();
  for (const d of divisions) {
    if (d.level !== 'village') continue;
    const street = byCode.get(d.parentCode);
    if (!street) continue;
    const list = villagesByCounty.get(street.parentCode) ?? [];
    list.push(d);
    villagesByCounty.set(street.parentCode, list);
  }

  const places = new Map<string, Place>();
  const placeId = (d: Division) => `${slug(d.name) || 'place'}-${d.code}`;
  const addPlace = (d: Division): string => {
    const id = placeId(d);
    if (!places.has(id)) {
      const parent = byCode.get(d.parentCode);
      if (parent) addPlace(parent);
      places.set(id, {
        id,
        name: { zh: d.name, en: english(d.name) },
        kind: placeKind(d),
        parentId: parent ? placeId(parent) : null,
        divisionCode: d.code,
      });
    }
    return id;
  };

  // About one person per 150 visits (at least 12): people recur across bulletins.
  const peopleCount = Math.max(12, Math.min(400, Math.round(visits / 150)));
  const people: Person[] = [];
  const seenNames = new Set<string>();
  for (let i = 0; people.length < peopleCount && i < peopleCount * 20; i += 1) {
    const zh = pick(surnames) + pick(givens) + (random() < 0.5 ? pick(givens).slice(0, 1) : '');
    if (seenNames.has(zh)) continue;
    seenNames.add(zh);
    const [tzh, ten] = pick(titles);
    people.push({
      id: `${slug(zh)}-${people.length}`,
      name: { zh, en: english(zh) },
      titles: [{ zh: tzh, en: ten }],
    });
  }
  const organizations = orgs.map(([zh, en], i) => ({ id: `org-${i + 1}`, name: { zh, en } }));

  const bulletins: WritableBulletin[] = [];
  const start = Date.UTC(2020, 0, 1);
  let made = 0;
  let b = 0;
  while (made < visits) {
    const count = Math.min(visits - made, perBulletin ?? 1 + Math.floor(random() * 8));
    const day = Math.floor((b / Math.max(1, visits / 4.5)) * 365) % 365;
    const visitDate = new Date(start + day * 86_400_000);
    const published = new Date(start + (day + 1) * 86_400_000);
    const iso = visitDate.toISOString().slice(0, 10);
    const m = visitDate.getUTCMonth() + 1;
    const d = visitDate.getUTCDate();
    const titleZh = `市人大常委会开展疫情防控督导（第${b + 1}期）`;
    const paragraphs = [titleZh, `(${published.toISOString().slice(0, 10)} 10:00)`];
    const bulletinVisits: Visit[] = [];
    const narrate = (chars: number) => {
      for (let written = 0; written < chars;) {
        let paragraph = '';
        for (let n = 2 + Math.floor(random() * 3); n > 0; n -= 1) paragraph += pick(narrative);
        paragraphs.push(paragraph);
        written += paragraph.length;
      }
    };
    for (let k = 0; k < count; k += 1) {
      if (textChars > 0) narrate(textChars / count);
      const county = pick(counties);
      const village = pick(villagesByCounty.get(county.code) ?? []);
      const street = byCode.get(village.parentCode) as Division;
      const placeIdValue = addPlace(village);
      const districtId = placeId(county);
      const lead = pick(people);
      const other = pick(people);
      const org = pick(organizations);
      const leadTitle = lead.titles[0]?.zh ?? '';
      const tod = pick(['morning', 'afternoon', null] as const);
      const dateText = `${m}月${d}日${tod === 'morning' ? '上午' : tod === 'afternoon' ? '下午' : ''}`;
      const chosen = supplies.filter(() => random() < 0.7);
      const given = (chosen.length > 0 ? chosen : [supplies[0]!]).map((s) => ({ s, text: pick(s.variants) }));
      const list = given.map((g) => g.text).join('、');
      const [rzh, ren] = pick(remarks);
      const headingZh = `${lead.name.zh}赴${village.name}督导疫情防控工作`;
      const openingLead = `${leadTitle}${lead.name.zh}率${org.name.zh}一行`;
      const withOther = other.id !== lead.id ? `${other.name.zh}陪同` : '';
      const opening = `${dateText},${openingLead},赴${county.name}${street.name}${village.name}督导疫情防控工作,送去${list}等防疫物资。${withOther}`;
      const remark = `${lead.name.zh}要求,${rzh}。`;
      const headingIndex = paragraphs.push(headingZh) - 1;
      const openingIndex = paragraphs.push(opening) - 1;
      const remarkIndex = paragraphs.push(remark) - 1;
      const participants: Visit['participants'] = [
        { personId: lead.id, role: 'lead', evidence: { paragraph: openingIndex, quote: openingLead } },
        {
          organizationId: org.id,
          role: 'delegation',
          evidence: { paragraph: openingIndex, quote: org.name.zh },
        },
      ];
      if (withOther) {
        participants.push({
          personId: other.id,
          role: 'accompanying',
          evidence: { paragraph: openingIndex, quote: withOther },
        });
      }
      bulletinVisits.push({
        id: `b${b + 1}-v${k + 1}`,
        headline: {
          zh: headingZh,
          en: `${lead.name.en} supervises epidemic prevention in ${english(village.name)}`,
        },
        date: iso,
        dateText,
        dateCertain: true,
        timeOfDay: tod,
        placeId: placeIdValue,
        districtId,
        districtInferred: false,
        participants,
        supplies: given.map((g) => ({
          supplyTypeId: g.s.id,
          text: g.text,
          quantity: null,
          evidence: { paragraph: openingIndex, quote: `送去${list}` },
        })),
        inspected: [{ placeId: placeIdValue, evidence: { paragraph: openingIndex, quote: village.name } }],
        remarks: [
          {
            text: { zh: remark, en: `${lead.name.en} required that ${ren}.` },
            evidence: { paragraph: remarkIndex, quote: remark },
          },
        ],
        evidence: { paragraph: headingIndex, quote: headingZh },
      });
      made += 1;
    }
    bulletins.push({
      id: `synth-${b + 1}`,
      title: { zh: titleZh, en: `Standing Committee epidemic-prevention supervision (issue ${b + 1})` },
      publisher: {
        zh: '益阳市人大常委会（合成数据）',
        en: 'Yiyang Municipal People’s Congress Standing Committee (synthetic)',
      },
      publishedAt: `${published.toISOString().slice(0, 10)}T10:00:00+08:00`,
      paragraphs,
      visits: bulletinVisits,
      notes: [
        {
          zh: '合成数据：仅用于性能测试，并非真实公告。',
          en: 'Synthetic data for performance tests; not a real bulletin.',
        },
      ],
    });
    b += 1;
  }

  return {
    schemaVersion: 1,
    bulletins,
    people,
    organizations,
    places: [...places.values()],
    supplyTypes: supplies.map((s) => ({ id: s.id, name: { zh: s.zh, en: s.en } })),
  };
}
