import { buildIndex, emptyFilters, selectView } from '../../data/select';
import { translator } from '../../i18n/i18n';
import { realDataset, tinyDataset } from '../../testing/fixtures';
import { bulletinsInView, filtersFromSearch, filtersInWords, sourceLine } from './caption';

const index = buildIndex(realDataset());
const zh = translator('zh');
const en = translator('en');

describe('filtersInWords', () => {
  it('says 全部 / All when nothing is filtered', () => {
    expect(filtersInWords(index, emptyFilters, 'zh', zh)).toBe('筛选：全部');
    expect(filtersInWords(index, emptyFilters, 'en', en)).toBe('Filters: All');
  });

  it('names each active filter in the page language, values of one facet as alternatives', () => {
    const filters = { ...emptyFilters, district: ['ziyang'], supply: ['mask', 'alcohol'] };
    expect(filtersInWords(index, filters, 'zh', zh)).toBe('筛选：区县为资阳区；物资为口罩或酒精');
    expect(filtersInWords(index, filters, 'en', en)).toBe(
      'Filters: District\u00a0=\u00a0Ziyang District; Supplies\u00a0=\u00a0Mask or Alcohol',
    );
  });

  it('names people by name, not id', () => {
    const filters = { ...emptyFilters, person: ['tan-xihua'] };
    expect(filtersInWords(index, filters, 'zh', zh)).toBe('筛选：人员为谭喜华');
    expect(filtersInWords(index, filters, 'en', en)).toBe('Filters: People\u00a0=\u00a0Tan Xihua');
  });
});

describe('sourceLine', () => {
  it('gives publisher, title and publication date', () => {
    const bulletins = bulletinsInView(index, selectView(index, emptyFilters).rows);
    expect(sourceLine(bulletins, 'zh', zh)).toBe(
      '来源：益阳市人大常委会《市人大常委会机关开展疫情防控志愿者服务》，2020年2月8日',
    );
    expect(sourceLine(bulletins, 'en', en)).toBe(
      "Source: Standing Committee of the Yiyang Municipal People's Congress, “Municipal People's Congress Standing Committee organs carry out epidemic-prevention volunteer service”, 8 Feb 2020",
    );
  });

  it('lists at most three bulletins and counts the rest', () => {
    const one = tinyDataset().bulletins[0]!;
    const many = Array.from({ length: 5 }, (_, i) => ({ ...one, id: `b-${i}` }));
    const line = sourceLine(many, 'zh', zh);
    expect(line.match(/测试单位/g)).toHaveLength(3);
    expect(line).toMatch(/另有 2 份公告$/);
  });

  it('uses every bulletin when the view is empty', () => {
    expect(bulletinsInView(index, [])).toEqual(index.dataset.bulletins);
  });
});

describe('filtersFromSearch', () => {
  it('reads comma lists and keeps only ids the dataset knows, once each', () => {
    const filters = filtersFromSearch(
      '?district=ziyang,%20heshan,nowhere,ziyang&supply=mask&lang=en&x=1',
      index,
    );
    expect(filters).toEqual({
      bulletin: [],
      district: ['ziyang', 'heshan'],
      place: [],
      person: [],
      supply: ['mask'],
    });
  });

  it('reads encoded commas as the page does and ignores malformed values', () => {
    expect(filtersFromSearch('district=ziyang%2Cheshan&person=<b>', index).district).toEqual([
      'ziyang',
      'heshan',
    ]);
    expect(filtersFromSearch('', index)).toEqual(emptyFilters);
  });
});
