import { datasetSchema, type Dataset } from '../../data/schema';
import { draftSync } from '../../draft/index';
import { userBulletin } from '../../testing/user-bulletin';
import {
  addPerson,
  addSupply,
  addVisit,
  applyProposal,
  disagreements,
  fillYears,
  mergeVisits,
  moveFact,
  plainNaming,
  proposalFor,
  readDate,
  readPerson,
  readSupply,
  selectionProblem,
  setDate,
  setSupplyType,
  splitVisit,
} from './add-fact';

const draft = userBulletin();
// "2月11日上午，李红梅到安化县青山村送去口罩500个。"
const line = draft.bulletins[0]!.paragraphs[1]!;
const at = (quote: string) => ({ paragraph: 1, quote, offset: line.indexOf(quote) });
const valid = (d: Dataset) => datasetSchema.safeParse(d).success;

describe('reading selected words', () => {
  it('refuses one character and punctuation or spaces only', () => {
    expect(selectionProblem('文')).toBe('short');
    expect(selectionProblem('，。 ')).toBe('punctuation');
    expect(selectionProblem('口罩')).toBeNull();
  });

  it('reads a supply with its quantity before or after the item, and its kind where the lexicon knows it', () => {
    expect(readSupply('口罩800个')).toEqual({
      text: '口罩',
      kind: { id: 'mask', zh: '口罩', en: 'Mask' },
      quantity: { value: 800, unit: '个' },
    });
    expect(readSupply('20箱矿泉水')).toMatchObject({ text: '矿泉水', quantity: { value: 20, unit: '箱' } });
    expect(readSupply('84消毒液10箱')).toMatchObject({ text: '84消毒液', kind: { id: 'disinfectant' } });
    expect(readSupply('口罩（1,000 个）').quantity).toEqual({ value: 1000, unit: '个' });
    expect(readSupply('两千只口罩').quantity).toEqual({ value: 2000, unit: '只' });
    expect(readSupply('艾草香囊300个')).toEqual({
      text: '艾草香囊',
      kind: null,
      quantity: { value: 300, unit: '个' },
    });
    expect(readSupply('蔬菜瓜果')).toMatchObject({ text: '蔬菜瓜果', quantity: null });
  });

  it('reads a name with its title before or after it', () => {
    expect(readPerson('区人大常委会副主任陈立新')).toEqual({ name: '陈立新', title: '区人大常委会副主任' });
    expect(readPerson('区民政局李明局长')).toEqual({ name: '李明', title: '区民政局局长' });
    expect(readPerson('王立平')).toEqual({ name: '王立平', title: '' });
  });

  it('reads a date, its year from the publication time and a relative day from the visit before', () => {
    expect(readDate('2月13日下午', { publishedAt: '2020-02-14T09:45:00+08:00' })).toMatchObject({
      date: '2020-02-13',
      timeOfDay: 'afternoon',
      note: { zh: '年份取自发布时间（推断）。' },
    });
    expect(readDate('12月30日', { publishedAt: '2021-01-02T09:00:00+08:00' }).date).toBe('2020-12-30');
    expect(readDate('2020年2月13日', {})).toMatchObject({ date: '2020-02-13', note: null });
    expect(readDate('次日上午', { previousDate: '2021-02-28' })).toMatchObject({
      date: '2021-03-01',
      timeOfDay: 'morning',
    });
    expect(readDate('近日', {}).date).toBeNull();
  });
});

describe('adding what the draft missed', () => {
  it('adds a person with role and title, and a supply of a new type, each tied to its words', () => {
    const person = addPerson(
      draft,
      0,
      at('李红梅'),
      { name: '李红梅', title: '', role: 'accompanying' },
      plainNaming,
    );
    // The person the draft knows is reused, not doubled.
    expect(person.draft.people).toHaveLength(1);
    expect(person.draft.bulletins[0]!.visits[0]!.participants[1]).toEqual({
      personId: 'li-hongmei',
      role: 'accompanying',
      evidence: at('李红梅'),
    });
    const supply = addSupply(
      person.draft,
      0,
      at('口罩500个'),
      { type: { newName: '防疫包' }, text: '口罩', quantity: { value: 500, unit: '个' } },
      plainNaming,
    );
    expect(supply.ref).toEqual({ visit: 0, kind: 'supply', index: 1 });
    expect(supply.draft.supplyTypes.map((t) => t.name.zh)).toEqual(['口罩', '防疫包']);
    expect(valid(supply.draft)).toBe(true);
  });

  it('adds a visit at the selected place, its district taken from the visit under review (inferred)', () => {
    const { draft: next, ref } = addVisit(draft, at('青山村'), 0, plainNaming);
    expect(ref).toEqual({ visit: 1, kind: 'visit', index: -1 });
    const visit = next.bulletins[0]!.visits[1]!;
    expect(visit.placeId).toBe('qingshan-village');
    expect(visit.districtId).toBe('anhua-county');
    expect(visit.districtInferred).toBe(true);
    expect(visit.participants).toEqual([]);
    expect(
      valid(addPerson(next, 1, at('李红梅'), { name: '李红梅', title: '', role: 'lead' }, plainNaming).draft),
    ).toBe(true);
  });

  it('sets a date the user read: the uncertain flag goes', () => {
    const unsure = structuredClone(draft);
    Object.assign(unsure.bulletins[0]!.visits[0]!, { dateCertain: false, dateNote: { zh: '存疑' } });
    const next = setDate(unsure, 0, readDate('2020年2月11日上午', {}));
    expect(next.bulletins[0]!.visits[0]).toMatchObject({ date: '2020-02-11', dateCertain: true });
    expect(next.bulletins[0]!.visits[0]!.dateNote).toBeUndefined();
  });

  it('gives dates without a year the year of the publication time, marked inferred', () => {
    const yearless = structuredClone(draft);
    Object.assign(yearless.bulletins[0]!.visits[0]!, { date: null, dateCertain: false });
    const next = fillYears(yearless, '2020-02-12T10:30:00+08:00');
    expect(next.bulletins[0]!.visits[0]).toMatchObject({
      date: '2020-02-11',
      dateNote: { zh: '年份取自发布时间（推断）。' },
    });
    expect(fillYears(draft, '2020-02-12T10:30:00+08:00')).toBe(draft);
  });
});

describe('edits that stay consistent', () => {
  it('moves a fact to another visit, splits a visit and merges it back', () => {
    const split = splitVisit(draft, 0);
    expect(split.bulletins[0]!.visits).toHaveLength(2);
    expect(split.bulletins[0]!.visits[1]!.participants).toHaveLength(1);
    const moved = moveFact(split, { visit: 0, kind: 'supply', index: 0 }, 1);
    expect(moved.ref).toEqual({ visit: 1, kind: 'supply', index: 0 });
    expect(moved.draft.bulletins[0]!.visits[0]!.supplies).toEqual([]);
    expect(valid(moved.draft)).toBe(true);
    const merged = mergeVisits(moved.draft, 0, 1);
    expect(merged.bulletins[0]!.visits).toHaveLength(1);
    expect(merged.bulletins[0]!.visits[0]!.participants).toHaveLength(1);
    expect(merged.bulletins[0]!.visits[0]!.supplies).toHaveLength(1);
  });

  it('finds no disagreement in a name read through a converter’s pinyin (曾(zēng)德明 is 曾德明)', () => {
    const d = draftSync('标题\n7月22日，县人大常委会副主任曾(zēng)德明带领督导组到高庄镇督导。').dataset;
    expect(d.people.map((p) => p.name.zh)).toEqual(['曾德明']);
    expect(disagreements(d)).toEqual([]);
  });

  it('finds no disagreement in a name written apart around its title (鄭區長正忠 is 鄭正忠)', () => {
    const d = draftSync('標題\n區公所鄭區長正忠於1月26日前往福利里訪視獨居長者，並致贈紅包。').dataset;
    expect(d.people.map((p) => p.name.zh)).toEqual(['鄭正忠']);
    expect(d.bulletins[0]!.visits[0]!.participants[0]!.evidence.quote).toBe('鄭區長正忠');
    expect(disagreements(d)).toEqual([]);
  });

  it('finds no disagreement in goods of a known kind written in Traditional (重陽糕 is a kind’s 重阳糕)', () => {
    const d = draftSync('標題\n10月9日，鄉長王麗走進東山村，為長者送去“重陽糕”50份。').dataset;
    expect(d.bulletins[0]!.visits[0]!.supplies.map((s) => s.text)).toEqual(['重陽糕']);
    expect(disagreements(d)).toEqual([]);
  });

  it('finds a value that disagrees with its evidence, and takes the value from new words', () => {
    const ref = { visit: 0, kind: 'supply', index: 0 } as const;
    expect(disagreements(draft)).toEqual([]);
    const repointed = structuredClone(draft);
    repointed.bulletins[0]!.visits[0]!.supplies[0]!.evidence = at('青山村');
    expect(disagreements(repointed)).toEqual([{ ref, words: '口罩' }]);
    const typed = setSupplyType(draft, ref, { newName: '防护用品' }, plainNaming);
    expect(disagreements(typed)).toEqual([{ ref, words: '防护用品' }]);

    const proposal = proposalFor(draft, ref, '口罩400个')!;
    expect(proposal).toMatchObject({ kind: 'supply', reading: { quantity: { value: 400 } } });
    expect(
      applyProposal(draft, ref, proposal, plainNaming).bulletins[0]!.visits[0]!.supplies[0]!.quantity,
    ).toEqual({
      value: 400,
      unit: '个',
    });
    expect(proposalFor(draft, ref, '口罩500个')).toBeNull();
  });
});
