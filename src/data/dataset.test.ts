// @vitest-environment node
/**
 * The bundled dataset (public/data/dataset.json) against the bulletin it is drawn from (data/source/bulletin.txt):
 * the format, the verbatim text, the evidence, and the reading of the text (who went where, with what, and what is
 * inferred rather than stated).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { checkDataset, datasetSchema, type Dataset, type Evidence, type ReadonlyVisit } from './schema';
import { splitParagraphs } from '../draft/sections';
import { emptyFilters, rowValues, selectView, type Filters } from './select';
import { buildIndex } from './index-builder';
import { bulletinsInView, datasetSlug, filtersInWords, sourceLine } from './view-words';

const rawText = readFileSync(new URL('../../public/data/dataset.json', import.meta.url), 'utf8');
const raw: unknown = JSON.parse(rawText);
const source = readFileSync(new URL('../../data/source/bulletin.txt', import.meta.url), 'utf8');

const parsed = datasetSchema.safeParse(raw);
/** The typed dataset; if it does not parse, the first test says why and the others work on the raw object. */
const data = (parsed.success ? parsed.data : raw) as Dataset;
const bulletin = data.bulletins[0]!;
const visits = bulletin.visits;

type Path = (string | number)[];
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Every object in `value` (arrays and objects, depth first) with its path, for rules that hold wherever a shape appears. */
function walk(
  value: unknown,
  visit: (node: Record<string, unknown>, path: Path) => void,
  path: Path = [],
): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, [...path, i]));
  else if (isObject(value)) {
    visit(value, path);
    for (const [key, child] of Object.entries(value)) walk(child, visit, [...path, key]);
  }
}

const isEvidence = (node: Record<string, unknown>) => 'paragraph' in node && 'quote' in node;
const isText = (node: Record<string, unknown>) => 'zh' in node && 'en' in node;
const show = (path: Path) => path.join('.');
const CJK =
  /[\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** The visits as the bulletin tells them: heading paragraph, lead, place, district. */
const expectedVisits = [
  { heading: 2, lead: 'tan-xihua', place: 'hongjiacun-community', district: 'heshan' },
  { heading: 6, lead: 'cheng-daofeng', place: 'heshan-village', district: 'heshan' },
  { heading: 9, lead: 'li-zhihong', place: 'jinhuaping-community', district: 'ziyang' },
  { heading: 12, lead: 'zhang-liangwen', place: 'yaotang-community', district: 'heshan' },
  { heading: 16, lead: 'chen-youcai', place: 'longshangang-community', district: 'heshan' },
  { heading: 20, lead: 'su-zhaohu', place: 'chengmenwai-community', district: 'ziyang' },
];
const visitLedBy = (personId: string): ReadonlyVisit => {
  const visit = visits.find((v) => v.participants.some((p) => p.role === 'lead' && p.personId === personId));
  if (!visit) throw new Error(`no visit led by ${personId}`);
  return visit;
};
const leadOf = (visit: ReadonlyVisit) => visit.participants.filter((p) => p.role === 'lead');

describe('public/data/dataset.json', () => {
  it('parses with the dataset schema', () => {
    const issues = parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
    expect(issues, issues.join('\n')).toEqual([]);
  });

  it('is one bulletin, schema version 1, pretty-printed with 2 spaces', () => {
    expect(data.schemaVersion).toBe(1);
    expect(data.bulletins.map((b) => b.id)).toEqual(['yiyang-npc-2020-02-08']);
    expect(bulletin.publishedAt).toBe('2020-02-08T14:07:00+08:00');
    expect(rawText).toBe(`${JSON.stringify(raw, null, 2)}\n`);
  });

  it("holds the bulletin's paragraphs verbatim and in order", () => {
    // The one definition of a paragraph, the drafting module's: a non-blank line, its ends trimmed.
    const expected = splitParagraphs(source).map((p) => p.raw);
    expect(expected.length).toBeGreaterThan(20);
    expect(bulletin.paragraphs).toEqual(expected);
    expect(bulletin.title.zh).toBe(expected[0]);
  });

  it('quotes every piece of evidence verbatim from its paragraph, wherever it is in the file', () => {
    const evidence: { path: Path; e: Evidence }[] = [];
    walk(raw, (node, path) => {
      if (isEvidence(node)) evidence.push({ path, e: node as unknown as Evidence });
    });
    expect(evidence.length).toBeGreaterThan(50);
    const problems = evidence.flatMap(({ path, e }) => {
      // Evidence under bulletins[i] quotes that bulletin; anywhere else it can only mean the one bulletin.
      const owner = path[0] === 'bulletins' ? data.bulletins[path[1] as number] : data.bulletins[0];
      const paragraph =
        data.bulletins.length === 1 || path[0] === 'bulletins' ? owner?.paragraphs[e.paragraph] : undefined;
      if (typeof e.quote !== 'string' || e.quote === '') return [`${show(path)}: empty quote`];
      if (paragraph === undefined) return [`${show(path)}: paragraph ${e.paragraph} does not exist`];
      return paragraph.includes(e.quote)
        ? []
        : [`${show(path)}: "${e.quote}" is not in paragraph ${e.paragraph}`];
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('passes checkDataset with no issues', () => {
    const issues = checkDataset(data).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
    expect(issues, issues.join('\n')).toEqual([]);
  });

  it('states no quantity anywhere: the text gives no amounts', () => {
    const quantities: { path: Path; value: unknown }[] = [];
    walk(raw, (node, path) => {
      if ('quantity' in node) quantities.push({ path, value: node.quantity });
    });
    expect(quantities.length).toBeGreaterThanOrEqual(18);
    const stated = quantities.filter((q) => q.value !== null).map((q) => show(q.path));
    expect(stated, `quantities that are not null: ${stated.join(', ')}`).toEqual([]);
  });

  it('has all six visits, in bulletin order, with their lead, place and district', () => {
    const actual = visits.map((v) => ({
      heading: v.evidence.paragraph,
      lead: leadOf(v).map((p) => p.personId)[0],
      place: v.placeId,
      district: v.districtId,
    }));
    expect(actual).toEqual(expectedVisits);
    visits.forEach((v, i) => {
      expect(leadOf(v), `visit ${v.id} has exactly one lead`).toHaveLength(1);
      expect(v.headline.zh, `visit ${v.id} headline is its heading`).toBe(
        bulletin.paragraphs[expectedVisits[i]!.heading],
      );
    });
  });

  it('gives each visit its date as written, and the time of day only where the text says 上午', () => {
    visits.forEach((v, i) => {
      const start = expectedVisits[i]!.heading;
      const end = expectedVisits[i + 1]?.heading ?? bulletin.paragraphs.length;
      const section = bulletin.paragraphs.slice(start, end);
      expect(
        section.some((p) => p.startsWith(v.dateText)),
        `${v.id}: "${v.dateText}" opens a paragraph of its section`,
      ).toBe(true);
      expect(v.date).toBe('2020-02-07');
      expect(v.timeOfDay, v.id).toBe(v.dateText.includes('上午') ? 'morning' : null);
    });
  });

  it("flags 陈佑才's visit date as uncertain (27日上午 has no month), with a note in both languages", () => {
    const visit = visitLedBy('chen-youcai');
    expect(visit.dateText).toBe('27日上午');
    expect(visit.dateCertain).toBe(false);
    expect(visit.dateNote?.zh).toContain('27日');
    expect(visit.dateNote?.en).toMatch(/27/);
    const certain = visits.filter((v) => v !== visit).map((v) => [v.id, v.dateCertain, v.dateNote]);
    expect(certain).toEqual(visits.filter((v) => v !== visit).map((v) => [v.id, true, undefined]));
  });

  it("flags 张亮文's district as inferred (the text names only 赫山街道), and no other", () => {
    const visit = visitLedBy('zhang-liangwen');
    expect(visit.districtInferred).toBe(true);
    expect(visit.notes?.some((n) => n.zh.includes('赫山街道') && n.zh.includes('赫山区'))).toBe(true);
    const opening = bulletin.paragraphs[visit.evidence.paragraph + 1]!;
    expect(opening).not.toMatch(/区赫山街道/);
    for (const v of visits.filter((x) => x !== visit)) {
      expect(v.districtInferred, v.id).toBe(false);
      const district = data.places.find((p) => p.id === v.districtId)!;
      const section = bulletin.paragraphs.slice(v.evidence.paragraph, v.evidence.paragraph + 2).join('');
      expect(section, `${v.id} names ${district.name.zh}`).toContain(district.name.zh);
    }
  });

  it("flags 程道峰's lead as inferred: the opening sentence omits his name", () => {
    const visit = visitLedBy('cheng-daofeng');
    const lead = leadOf(visit)[0]!;
    expect(lead.inferred).toBe(true);
    expect(lead.note?.zh).toBeTruthy();
    expect(lead.note?.en).toBeTruthy();
    const opening = bulletin.paragraphs[visit.evidence.paragraph + 1]!;
    expect(opening).not.toContain('程道峰');
    expect(lead.evidence.quote).toContain('程道峰');
    for (const v of visits.filter((x) => x !== visit))
      expect(leadOf(v)[0]!.inferred ?? false, v.id).toBe(false);
  });

  it('records 刘时贵 as the one who entrusted 苏兆虎 (受…委托), not as a lead', () => {
    const visit = visitLedBy('su-zhaohu');
    const entrusting = visit.participants.filter((p) => p.role === 'entrusted-by');
    expect(entrusting.map((p) => p.personId)).toEqual(['liu-shigui']);
    expect(entrusting[0]!.evidence.quote).toMatch(/^受.*刘时贵委托$/);
  });

  it('has every person named in the text as a Person, and each takes part in a visit', () => {
    const named = [
      '谭喜华',
      '侯耀森',
      '陈燕群',
      '程道峰',
      '李志宏',
      '张亮文',
      '陈佑才',
      '刘松涛',
      '刘时贵',
      '苏兆虎',
    ];
    const names = data.people.map((p) => p.name.zh);
    for (const name of named) {
      expect(source, `${name} is in the bulletin`).toContain(name);
      expect(names, `${name} is a Person`).toContain(name);
    }
    expect(
      names.filter((n) => !named.includes(n)),
      'no person the text does not name',
    ).toEqual([]);
    const participating = new Set(visits.flatMap((v) => v.participants.map((p) => p.personId)));
    expect(data.people.filter((p) => !participating.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('lists supplies as written, in the order of the quoted list, each mapped to its type', () => {
    const typeOf: Record<string, string> = {
      口罩: 'mask',
      医用口罩: 'mask',
      酒精: 'alcohol',
      消毒液: 'disinfectant',
      '84消毒液': 'disinfectant',
    };
    const longestSupplyAtEnd = (item: string) =>
      Object.keys(typeOf)
        .filter((name) => item.endsWith(name))
        .sort((a, b) => b.length - a.length)[0];
    for (const v of visits) {
      expect(v.supplies.length, `${v.id} hands over supplies`).toBeGreaterThan(0);
      let from = 0;
      for (const s of v.supplies) {
        expect(typeOf[s.text], `${v.id}: "${s.text}" is a known supply`).toBeDefined();
        expect(s.supplyTypeId, `${v.id}: "${s.text}"`).toBe(typeOf[s.text]);
        expect(s.evidence.quote, `${v.id}: "${s.text}" is in its evidence`).toContain(s.text);
        // A whole item of the list, not the tail of a longer one (口罩 inside 医用口罩).
        const items = s.evidence.quote.split(/[、和等]/);
        expect(items.map(longestSupplyAtEnd), `${v.id}: "${s.text}" is an item of the list`).toContain(
          s.text,
        );
        const at = s.evidence.quote.indexOf(s.text, from);
        expect(at, `${v.id}: "${s.text}" comes in the text's order`).toBeGreaterThanOrEqual(from);
        from = at + s.text.length;
      }
    }
    expect(visits.map((v) => v.supplies.map((s) => s.text).join('、'))).toEqual([
      '消毒液、酒精、口罩',
      '口罩、酒精、消毒液',
      '医用口罩、消毒液、酒精',
      '口罩、消毒液、酒精',
      '口罩、酒精、84消毒液',
      '医用口罩、酒精、84消毒液',
    ]);
  });

  it('gives every remark the verbatim sentence or clause it quotes', () => {
    for (const v of visits) {
      expect(v.remarks.length, `${v.id} has remarks`).toBeGreaterThan(0);
      for (const r of v.remarks) {
        expect(r.text.zh, v.id).toContain(r.evidence.quote);
        expect(bulletin.paragraphs[r.evidence.paragraph], v.id).toContain(r.text.zh);
      }
    }
  });

  it('has every Text in Chinese and in English, the English without Chinese characters', () => {
    const problems: string[] = [];
    let count = 0;
    walk(raw, (node, path) => {
      if (!isText(node)) return;
      count++;
      if (typeof node.zh !== 'string' || node.zh.trim() === '') problems.push(`${show(path)}.zh is empty`);
      if (typeof node.en !== 'string' || node.en.trim() === '') problems.push(`${show(path)}.en is empty`);
      else if (CJK.test(node.en)) problems.push(`${show(path)}.en has CJK: ${node.en}`);
    });
    expect(count).toBeGreaterThan(50);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

/**
 * The same file as the page reads it (selection, figures, words): the counts that the component tests used to
 * check on the bundled data, which now run on the small fixture. A corrected reading of the bulletin is edited
 * here, in one place.
 */
describe('the bundled bulletin as the page reads it', () => {
  const index = buildIndex(data);
  const view = (f: Partial<Filters> = {}) => selectView(index, { ...emptyFilters, ...f });
  const leads = (f: Partial<Filters> = {}) => view(f).rows.map((r) => r.leadIds.join('+'));

  it('orders the six visits in time: all on 7 Feb, 谭喜华’s (no time of day) first, then the mornings in text order', () => {
    expect(view().total).toBe(6);
    expect(leads()).toEqual([
      'tan-xihua',
      'cheng-daofeng',
      'li-zhihong',
      'zhang-liangwen',
      'chen-youcai',
      'su-zhaohu',
    ]);
  });

  it('counts 赫山区 4 and 资阳区 2 visits, each with masks, alcohol and disinfectant', () => {
    const all = view();
    expect(Object.fromEntries(all.facetCounts.district)).toEqual({ heshan: 4, ziyang: 2 });
    expect(Object.fromEntries(all.facetCounts.supply)).toEqual({ mask: 6, alcohol: 6, disinfectant: 6 });
    expect(leads({ district: ['ziyang'] })).toEqual(['li-zhihong', 'su-zhaohu']);
    expect(view({ district: ['ziyang'] }).figures).toMatchObject({ visits: 2, districts: 1 });
    expect(leads({ district: ['heshan'], person: ['liu-songtao', 'tan-xihua'] })).toEqual([
      'tan-xihua',
      'chen-youcai',
    ]);
  });

  it('reads the supplies as written: 口罩 4 times and 医用口罩 twice, 消毒液 4 and 84消毒液 2, 酒精 6', () => {
    const variants = new Map<string, number>();
    for (const v of visits)
      for (const text of new Set(v.supplies.map((s) => s.text)))
        variants.set(text, (variants.get(text) ?? 0) + 1);
    expect(Object.fromEntries(variants)).toEqual({ 口罩: 4, 医用口罩: 2, 消毒液: 4, '84消毒液': 2, 酒精: 6 });
  });

  it('counts 10 people, of whom 9 went and 刘时贵 only entrusted 苏兆虎', () => {
    expect(data.people).toHaveLength(10);
    expect(view().figures).toMatchObject({
      visits: 6,
      people: 9,
      entrustedOnly: 1,
      districts: 2,
      supplyTypes: 3,
    });
    expect(index.personRoles.get('liu-shigui')).toEqual(['entrusted-by']);
    const su = view({ person: ['liu-shigui'] });
    expect(su.rows.map((r) => r.leadIds[0])).toEqual(['su-zhaohu']);
    expect(rowValues(index, su.rows[0]!, 'present')).not.toContain('liu-shigui');
    expect(su.figures).toMatchObject({ people: 1, entrustedOnly: 1 });
    const entrusting = visitLedBy('su-zhaohu').participants.find((p) => p.personId === 'liu-shigui')!;
    expect(entrusting.note?.zh).toContain('原文没有说刘时贵本人到场');
    // 谭喜华's visit: 侯耀森 and 陈燕群 took part ("一同参加"), read as accompanying.
    expect(
      visitLedBy('tan-xihua')
        .participants.filter((p) => p.role === 'accompanying')
        .map((p) => p.personId),
    ).toEqual(['hou-yaosen', 'chen-yanqun']);
  });

  it('places each visit district › street › community; 赫山村 hangs directly under 赫山区', () => {
    const pathOf = (lead: string) => index.rows.find((r) => r.leadIds[0] === lead)!.placePath;
    expect(pathOf('su-zhaohu')).toEqual(['ziyang', 'qichelu-subdistrict', 'chengmenwai-community']);
    expect(pathOf('chen-youcai')).toEqual(['heshan', 'huilongshan-subdistrict', 'longshangang-community']);
    expect(pathOf('cheng-daofeng')).toEqual(['heshan', 'heshan-village']);
    expect(view({ place: ['heshan-subdistrict'] }).rows.map((r) => r.leadIds[0])).toEqual([
      'tan-xihua',
      'zhang-liangwen',
    ]);
    // 颐园巷, where 谭喜华 inspected a renovation project, is a place one can filter by.
    expect(leads({ place: ['yiyuan-lane'] })).toEqual(['tan-xihua']);
  });

  it("says why 陈佑才's date is uncertain: 27日 lacks its month", () => {
    expect(visitLedBy('chen-youcai').dateNote?.zh).toContain('缺少月份');
  });

  it('names its source in both languages, and says the publisher is not in the text itself', () => {
    const bulletins = bulletinsInView(index, view().rows);
    expect(sourceLine(bulletins, 'zh', translator('zh'))).toBe(
      '来源：益阳市人大常委会《市人大常委会机关开展疫情防控志愿者服务》，2020年2月8日',
    );
    expect(sourceLine(bulletins, 'en', translator('en'))).toBe(
      "Source: Standing Committee of the Yiyang Municipal People's Congress, “Municipal People's Congress Standing Committee organs carry out epidemic-prevention volunteer service”, 8 Feb 2020",
    );
    expect(bulletin.notes?.map((n) => n.zh)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^原文没有写发布单位/)]),
    );
    expect(datasetSlug(index)).toBe('yiyang-npc-2020-02-08');
  });

  it('puts filters in words by name', () => {
    const f = { ...emptyFilters, district: ['ziyang'], person: ['tan-xihua'] };
    expect(filtersInWords(index, f, 'zh', translator('zh'))).toBe('筛选：区县为资阳区；人员为谭喜华');
    expect(filtersInWords(index, f, 'en', translator('en'))).toBe(
      'Filters: District\u00a0=\u00a0Ziyang District; People\u00a0=\u00a0Tan Xihua',
    );
  });
});

describe('the English of the bundled dataset', () => {
  it('gives every remark as a whole sentence: a capital first, a full stop last', () => {
    const fragments = visits.flatMap((v) =>
      v.remarks.map((r) => r.text.en ?? '').filter((en) => !/^[A-Z“"]/.test(en) || !/[.!?]["”)]?$/.test(en)),
    );
    expect(fragments).toEqual([]);
  });
});
