import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, translator, type T } from '../i18n/i18n';
import { fixture } from '../testing/fixtures';
import { emptyFilters, selectView, type Filters } from './select';
import { buildIndex } from './index-builder';
import { bulletinsInView, datasetSlug, filtersInWords, sourceLine, viewCaption } from './view-words';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202e';

const index = buildIndex(fixture('small'));
const filters = (f: Partial<Filters>): Filters => ({ ...emptyFilters, ...f });
const zh = translator('zh');
let en: T;

beforeAll(async () => {
  expect(await loadCatalogue('en')).toEqual({ ok: true });
  en = translator('en');
});

describe('filtersInWords', () => {
  it('says 全部 / All when nothing is filtered', () => {
    expect(filtersInWords(index, emptyFilters, 'zh', zh)).toBe('筛选：全部');
    expect(filtersInWords(index, emptyFilters, 'en', en)).toBe('Filters: All');
  });

  it('names each active filter by its values’ names in the page language, values of one facet as alternatives', () => {
    const f = filters({ district: ['west'], supply: ['mask', 'gloves'] });
    expect(filtersInWords(index, f, 'zh', zh)).toBe('筛选：区县为西区；物资为口罩或手套');
    expect(filtersInWords(index, f, 'en', en)).toBe(
      'Filters: District\u00a0=\u00a0West District; Supplies\u00a0=\u00a0Mask or Gloves',
    );
  });

  it('says a date range first, either end open, and that visits with no date are left out of it', () => {
    const f = filters({ from: '2020-02-01', to: '2020-02-29', district: ['east'] });
    expect(filtersInWords(index, f, 'zh', zh)).toBe(
      '筛选：日期为2020年2月1日 至 2020年2月29日（原文未写日期的走访不计入）；区县为东区',
    );
    expect(filtersInWords(index, filters({ from: '2020-02-03' }), 'zh', zh)).toBe(
      '筛选：日期为2020年2月3日 起（原文未写日期的走访不计入）',
    );
    expect(filtersInWords(index, filters({ to: '2020-02-03' }), 'en', en)).toBe(
      'Filters: Dates\u00a0=\u00a0up to 3 Feb 2020 (visits whose text gives no date left out)',
    );
    expect(filtersInWords(index, filters({ from: '2020-02-03', to: '2020-02-03' }), 'zh', zh)).toBe(
      '筛选：日期为2020年2月3日（原文未写日期的走访不计入）',
    );
  });

  it('names people and places by name, never by id', () => {
    const f = filters({ person: ['person-d'], place: ['street-one'] });
    expect(filtersInWords(index, f, 'zh', zh)).toBe('筛选：人员为丁；地点为一号街道');
    expect(filtersInWords(index, f, 'en', en)).toBe(
      'Filters: People\u00a0=\u00a0Ding; Places\u00a0=\u00a0Street One',
    );
  });

  it('names at most five values of a facet and counts the rest', () => {
    const data = fixture('small');
    data.people.push(
      { id: 'person-g', name: { zh: '庚', en: 'Geng' }, titles: [] },
      { id: 'person-h', name: { zh: '辛', en: 'Xin' }, titles: [] },
    );
    const many = buildIndex(data);
    const seven = ['person-a', 'person-c', 'person-d', 'person-e', 'person-f', 'person-g', 'person-h'];
    expect(filtersInWords(many, filters({ person: seven }), 'zh', zh)).toBe(
      '筛选：人员为甲或丙或丁或戊或己或另2项',
    );
    expect(filtersInWords(many, filters({ person: seven }), 'en', en)).toBe(
      'Filters: People\u00a0=\u00a0Jia or Bing or Ding or Wu or Ji or 2 more',
    );
    // Five are all named: nothing is counted.
    expect(filtersInWords(many, filters({ person: seven.slice(0, 5) }), 'zh', zh)).toBe(
      '筛选：人员为甲或丙或丁或戊或己',
    );
  });

  it('isolates a name holding a direction override, so it cannot reverse the words after it', () => {
    const data = fixture('small');
    data.people.find((p) => p.id === 'person-d')!.name = { zh: `${RLO}丁`, en: `${RLO}Ding` };
    const words = filtersInWords(
      buildIndex(data),
      filters({ person: ['person-d'], supply: ['mask'] }),
      'en',
      en,
    );
    expect(words).toBe(`Filters: People\u00a0=\u00a0${FSI}${RLO}Ding${PDI}; Supplies\u00a0=\u00a0Mask`);
    // A plain name is left as it is.
    expect(filtersInWords(index, filters({ person: ['person-d'] }), 'zh', zh)).not.toContain(FSI);
  });
});

describe('sourceLine', () => {
  it('gives publisher, title and publication date of the bulletins in view', () => {
    const bulletins = bulletinsInView(index, selectView(index, emptyFilters).rows);
    expect(sourceLine(bulletins, 'zh', zh)).toBe('来源：测试单位《测试公告：区领导走访社区》，2020年2月4日');
    expect(sourceLine(bulletins, 'en', en)).toBe(
      'Source: Test publisher, “Test bulletin: district leaders visit communities”, 4 Feb 2020',
    );
  });

  it('says so where the bulletin names no publisher and gives no publication time', () => {
    const bulletin = { ...fixture('small').bulletins[0]!, publisher: null, publishedAt: null };
    expect(sourceLine([bulletin], 'zh', zh)).toBe(
      '来源：（未注明发布单位）《测试公告：区领导走访社区》，日期未注明',
    );
    expect(sourceLine([bulletin], 'en', en)).toBe(
      'Source: (publisher not stated), “Test bulletin: district leaders visit communities”, date not stated',
    );
  });

  it('lists at most three bulletins and counts the rest', () => {
    const one = fixture('small').bulletins[0]!;
    const many = Array.from({ length: 5 }, (_, i) => ({ ...one, id: `b-${i}` }));
    const line = sourceLine(many, 'zh', zh);
    expect(line.match(/测试单位/g)).toHaveLength(3);
    expect(line).toMatch(/；另有 2 份公告$/);
    expect(sourceLine(many, 'en', en)).toMatch(/; and 2 more bulletins$/);
  });
});

describe('bulletinsInView', () => {
  const data = fixture('small');
  const second = structuredClone(data.bulletins[0]!);
  second.id = 'second-bulletin';
  second.visits = second.visits
    .filter((v) => v.districtId === 'west')
    .map((v) => ({ ...v, id: `${v.id}-2` }));
  data.bulletins.push(second);
  const two = buildIndex(data);

  it('gives the bulletins the visits in view come from, in dataset order', () => {
    const east = selectView(two, filters({ district: ['east'] })).rows;
    expect(bulletinsInView(two, east).map((b) => b.id)).toEqual(['small-bulletin']);
    const west = selectView(two, filters({ district: ['west'] })).rows;
    expect(bulletinsInView(two, west).map((b) => b.id)).toEqual(['small-bulletin', 'second-bulletin']);
  });

  it('gives every bulletin when the view is empty', () => {
    expect(bulletinsInView(two, [])).toEqual(data.bulletins);
  });
});

describe('datasetSlug and viewCaption', () => {
  it('names the dataset by its bulletin, or by the first and how many more', () => {
    expect(datasetSlug(index)).toBe('small-bulletin');
    const data = fixture('small');
    data.bulletins.push({ ...data.bulletins[0]!, id: 'second', visits: [] });
    expect(datasetSlug(buildIndex(data))).toBe('small-bulletin-and-1-more');
  });

  it('puts the filters in words, the source line and the ids for the file name together', () => {
    const f = filters({ district: ['west'] });
    const view = selectView(index, f);
    expect(viewCaption(index, view.rows, f, 'zh', zh)).toEqual({
      filters: '筛选：区县为西区',
      source: '来源：测试单位《测试公告：区领导走访社区》，2020年2月4日',
      filterIds: f,
      datasetSlug: 'small-bulletin',
    });
  });
});
