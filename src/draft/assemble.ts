/**
 * Drafting, stage by stage: normalise -> sections (sections.ts) -> mentions of each sentence (clauses.ts) -> visits
 * (visits.ts) -> places resolved against the gazetteer (resolve.ts) -> the dataset (build.ts). Every fact is quoted
 * from its paragraph: offsets found on the normalised copy are mapped back to the raw text.
 */
import type { Dataset } from '../data/schema';
import { buildDataset, type BuildOptions } from './build';
import { quote, readClauses } from './clauses';
import { asWritten } from './normalise';
import { findPeople, portraitName, type PersonMention } from './people';
import { hongKongNames, neighbourhoodNames } from './places';
import { Resolver, resolvePlaces, type Gazetteer } from './resolve';
import { credits } from './roles';
import { layout, splitParagraphs, type Paragraph } from './sections';
import { findVisits } from './visits';

export type DraftOptions = BuildOptions;
export interface DraftWarning {
  code: string;
  message: { zh: string; en: string };
  paragraph?: number;
}
export interface DraftResult {
  dataset: Dataset;
  warnings: DraftWarning[];
  meta: { title?: string; publisher?: string; publishedAt?: string; sourceUrl?: string };
}

export function assemble(raw: string, options: DraftOptions, gazetteer?: Gazetteer): DraftResult {
  const paragraphs = splitParagraphs(raw);
  if (paragraphs.length === 0) throw new Error('the text is empty');
  const lay = layout(paragraphs);
  const resolver = new Resolver(gazetteer, paragraphs.map((p) => p.norm.text).join('\n'));

  // People: a first pass finds titled names, the second finds their later mentions.
  const personInfo = new Map<string, { titles: Set<string>; credit: boolean; raw: string }>();
  const known = new Set<string>();
  const scan = (p: Paragraph, heading: boolean) => findPeople(p.norm.text, known, heading);
  const headingSet = new Set(lay.sections.map((s) => s.heading).filter((h): h is number => h !== null));
  // A paragraph that opens with a bare name and who the person is ("冯长顺，一名个体经营户。") names someone.
  for (const p of paragraphs) {
    const portrait = lay.credits.includes(p.index) ? null : portraitName(p.norm.text);
    if (portrait) known.add(portrait.name);
  }
  // (A dateline in a paragraph of the text's own, at its end, leaves the rest of it read.)
  const body = new Set(lay.sections.flatMap((s) => s.body));
  const datelineOnly = (i: number) => i === lay.dateline?.paragraph && !body.has(i);
  for (let pass = 0; pass < 2; pass++) {
    for (const p of paragraphs) {
      if (datelineOnly(p.index) && p.index !== lay.title) continue;
      const credit = lay.credits.includes(p.index);
      const found = credit ? credits(p.norm.text) : scan(p, headingSet.has(p.index) || p.index === lay.title);
      for (const m of found) {
        known.add(m.name);
        const info = personInfo.get(m.name) ?? {
          titles: new Set<string>(),
          credit,
          // (Shown without what the matching copy left out: "王\u200b大明", "曾(zēng)德明" are 王大明, 曾德明.)
          raw: asWritten(
            m.givenStart === undefined
              ? quote(p, m.start, m.end).quote
              : quote(p, m.start, m.start + 1).quote + quote(p, m.givenStart, m.end).quote,
          ),
        };
        if (m.title)
          info.titles.add(
            quote(p, m.quoteStart, m.quoteStart + m.title.length).quote === m.title
              ? m.title
              : rawTitle(p, m),
          );
        personInfo.set(m.name, info);
      }
    }
  }

  const names = resolver.placeNames();
  // (Taiwan's neighbourhoods, 里, and Hong Kong's districts and areas, which the gazetteer does not list.)
  const whole = lay.paragraphs.map((p) => p.norm.text).join('\n');
  for (const [name, kind] of [...neighbourhoodNames(whole), ...hongKongNames(whole)])
    if (!names.has(name)) names.set(name, kind);
  const clauses = readClauses(lay, known, names);
  const found = findVisits(
    isNotice(lay) ? [] : clauses,
    known,
    lay.title === null ? null : lay.paragraphs[lay.title]!,
  );
  if (isNotice(lay))
    found.warnings.push({
      code: 'notice',
      ...(lay.title !== null ? { paragraph: lay.title } : {}),
      message: {
        zh: '这是一则通知或工作方案：它写的是将要进行的走访，不是已经进行的走访，所以没有起草走访。',
        en: 'This is a notice or a plan: it tells of visits to come, not visits made, so no visit was drafted.',
      },
    });
  resolvePlaces(found.places, resolver);
  const publishedYear = options.publishedAt ? Number(options.publishedAt.slice(0, 4)) : null;
  const built = buildDataset(
    {
      paragraphs: paragraphs.map((p) => p.raw),
      title: lay.title,
      credits: lay.credits,
      dateline: lay.dateline?.value ?? null,
      year: lay.dateline?.value.year ?? (Number.isFinite(publishedYear) ? publishedYear : null),
      textYear: yearWritten(lay),
      draftedYear: Number((options.draftedAt ?? new Date().toISOString()).slice(0, 4)),
      people: personInfo,
      places: found.places,
      visits: found.visits,
    },
    options,
  );
  return { dataset: built.dataset, warnings: [...found.warnings, ...built.warnings], meta: built.meta };
}

/** The year the text's own words write most often ("2023年重阳佳节", "将于2025年3月5日"), or null. */
function yearWritten(lay: ReturnType<typeof layout>): number | null {
  const count = new Map<number, number>();
  lay.paragraphs.forEach((p, i) => {
    if (i === lay.dateline?.paragraph) return;
    // (Not a year of someone's life or of a building: "1950年入伍", "生于1936年", "始建于1958年".)
    for (const m of p.norm.text.matchAll(
      /(?<!\d|生于|出生于|建于|成立于)((?:19|20)\d{2})\s?年(?!度|代|底|初|末|来|以来|前|出生|生人|入伍|参军|入党|参加工作|参加革命|退伍|退休|毕业|建成|始建|修建|成立)/g,
    )) {
      // (Nor the year of what is planned, of a building's start or since when: "预计将在2027年6月完工", "2015年3月挂牌成立",
      // "自2018年结对帮扶以来"; "2023年入汛以来" is this year's season.)
      const before = p.norm.text.slice(Math.max(0, m.index - 6), m.index);
      const after = p.norm.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (
        /(?:预计|计划|力争|争取|有望|自|从)(?:将|要)?[在于到]?$/.test(before) ||
        /^[^,，。；;]{0,8}?(?:挂牌|建成|竣工|完工|投用|投入使用|开工|开业)/.test(after)
      )
        continue;
      count.set(Number(m[1]), (count.get(Number(m[1])) ?? 0) + 1);
    }
  });
  let best: number | null = null;
  for (const [y, n] of count) if (best === null || n > count.get(best)!) best = y;
  // Failing a year, the year of a yearly round of work ("2023年度集中视察"), where the text names only one.
  if (best === null) {
    const rounds = new Set(
      lay.paragraphs.flatMap((p) =>
        [...p.norm.text.matchAll(/(?<!\d)((?:19|20)\d{2})\s?年度/g)].map((m) => Number(m[1])),
      ),
    );
    if (rounds.size === 1) best = [...rounds][0]!;
  }
  return best;
}

/** A notice or plan ("关于开展春节走访慰问活动的通知", "…工作方案") tells of visits to come. */
function isNotice(lay: ReturnType<typeof layout>): boolean {
  if (lay.title === null) return false;
  return /^关于.*(?:通知|方案|计划|安排|意见)$|(?:的通知|工作方案|实施方案|活动方案)$/.test(
    lay.paragraphs[lay.title]!.norm.text,
  );
}

/** A title as written: the raw text from the title's start up to the name. */
function rawTitle(p: Paragraph, m: PersonMention): string {
  // (A title after the name, or a name of a list that shares the title before it, quoted alone: the title read.)
  if (m.quoteEnd !== m.end || m.quoteStart >= m.start) return m.title!;
  return asWritten(quote(p, m.quoteStart, m.start).quote) || m.title!;
}
