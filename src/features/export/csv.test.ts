import fc from 'fast-check';
import { buildIndex, emptyFilters, selectView } from '../../data/select';
import { translator } from '../../i18n/i18n';
import { realDataset } from '../../testing/fixtures';
import { BOM, csvField, toCsv, visitsTable } from './csv';
import { parseCsv } from '../../testing/csv-reader';

describe('csvField', () => {
  it('leaves plain text, Chinese included, as it is', () => {
    expect(csvField('医用口罩')).toBe('医用口罩');
    expect(csvField('Tan Xihua')).toBe('Tan Xihua');
    expect(csvField('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('口罩,酒精')).toBe('"口罩,酒精"');
    expect(csvField('做到“房不漏户”,"quoted"')).toBe('"做到“房不漏户”,""quoted"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('keeps a spreadsheet from running a field as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@cmd')).toBe("'@cmd");
  });
});

describe('toCsv', () => {
  it('starts with a BOM and ends each line with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(csv).toBe(`${BOM}a,b\r\n1,2\r\n`);
  });

  it('reads back as the same fields, whatever they hold', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '资', ',', '"', '\n', '\r', ' ', '“', '、') });
    const safe = text.filter((s) => !/^[=+\-@\t\r]/.test(s));
    fc.assert(
      fc.property(
        fc.array(fc.array(safe, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          expect(parseCsv(toCsv(table).slice(1))).toEqual(table);
        },
      ),
    );
  });
});

describe('visitsTable', () => {
  const index = buildIndex(realDataset());

  it('has one row per visit in view, in the order of the view, with headers in the page language', () => {
    const view = selectView(index, { ...emptyFilters, district: ['ziyang'] });
    const zh = visitsTable(index, view.rows, 'zh', translator('zh'));
    expect(zh[0]).toEqual([
      '日期',
      '日期原文',
      '时段',
      '区县',
      '街道',
      '社区/村',
      '带队',
      '其他人员（角色）',
      '物资（原文）',
      '标题',
      '标记',
      '说明',
      '走访编号',
    ]);
    expect(zh.slice(1).map((r) => r[12])).toEqual(view.rows.map((r) => r.visit.id));
    expect(zh.slice(1).every((r) => r[3] === '资阳区')).toBe(true);
    const en = visitsTable(index, view.rows, 'en', translator('en'));
    expect(en[0]![0]).toBe('Date');
    expect(en.slice(1).every((r) => r[3] === 'Ziyang District')).toBe(true);
  });

  it('writes lead, other participants with roles, supplies as written and flags', () => {
    const rows = visitsTable(index, selectView(index, emptyFilters).rows, 'zh', translator('zh'));
    const byId = new Map(rows.slice(1).map((r) => [r[12], r]));
    const first = byId.get('v1-tan-xihua-hongjiacun')!;
    expect(first[6]).toBe('谭喜华');
    expect(first[7]).toContain('侯耀森（陪同）');
    expect(first[8]).toBe('消毒液、酒精、口罩');
    expect(first[4]).toBe('赫山街道');
    const inferred = byId.get('v4-zhang-liangwen-yaotang')!;
    expect(inferred[10]).toContain('区县为推断');
    const noted = byId.get('v3-li-zhihong-jinhuaping')!;
    expect(noted[11]!.split('\n').length).toBeGreaterThan(1);
    const uncertain = byId.get('v5-chen-youcai-longshangang')!;
    expect(uncertain[10]).toContain('日期存疑');
    expect(uncertain[8]).toContain('84消毒液');
  });

  it('survives a round trip through the CSV text', () => {
    const table = visitsTable(index, selectView(index, emptyFilters).rows, 'zh', translator('zh'));
    const csv = toCsv(table);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual(table);
  });
});
