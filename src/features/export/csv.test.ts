import fc from 'fast-check';
import { emptyFilters, selectView } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import { translator } from '../../i18n/i18n';
import { fixture, small } from '../../testing/fixtures';
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
  /** The small fixture (src/testing/fixtures.ts). */
  const index = buildIndex(fixture('small'));
  const zh = translator('zh');
  const table = (idx = index, lang: 'zh' | 'en' = 'zh') =>
    visitsTable(idx, selectView(idx, emptyFilters).rows, lang, translator(lang));
  const byId = (rows: string[][]) => new Map(rows.slice(1).map((r) => [r[12], r]));

  it('has one row per visit in view, in the order of the view, with headers in the page language', () => {
    const view = selectView(index, { ...emptyFilters, district: ['east'] });
    const rows = visitsTable(index, view.rows, 'zh', zh);
    expect(rows[0]).toEqual([
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
    expect(rows).toHaveLength(small.districts.east + 1);
    expect(rows.slice(1).map((r) => r[12])).toEqual(['visit-a', 'visit-c', 'visit-e']);
    expect(rows.slice(1).every((r) => r[3] === '东区')).toBe(true);
    const en = visitsTable(index, view.rows, 'en', translator('en'));
    expect(en[0]![0]).toBe('Date');
    expect(en.slice(1).every((r) => r[3] === 'East District')).toBe(true);
  });

  it('writes date, place path, lead, other participants with roles and supplies as written, with amounts', () => {
    const first = byId(table()).get('visit-a')!;
    expect(first.slice(0, 10)).toEqual([
      '2020-02-03',
      '2月3日上午',
      '上午',
      '东区',
      '一号街道',
      '一号社区',
      '甲',
      '乙单位（随行单位）',
      '口罩 800个、酒精',
      '甲到一号社区',
    ]);
    expect(first[10]).toBe('');
    expect(first[11]).toBe('');
    expect(byId(table()).get('visit-c')![8]).toBe('医用口罩、手套');
  });

  it('leaves the date empty where the text gives none, and writes flags, roles and notes', () => {
    const undated = byId(table()).get('visit-e')!;
    expect(undated[0]).toBe('');
    expect(undated[1]).toBe('未注明');
    expect(undated[2]).toBe('时段未载明');
    // No street is named: the village is the community column.
    expect(undated.slice(3, 6)).toEqual(['东区', '', '三号村']);
    expect(undated[7]).toBe('丁（委托）');
    expect(undated[10]).toBe('日期存疑；区县为推断');
    expect(undated[11]!.split('\n')).toEqual(['原文未写日期。', '原文未写区名，按村名推断为东区。']);
    const en = byId(table(index, 'en')).get('visit-e')!;
    expect(en[7]).toBe('Ding (entrusted by)');
    expect(en[10]).toBe('Date uncertain; District inferred');
  });

  it('writes a note once when the date note is also among the visit’s notes', () => {
    const data = fixture('small');
    const visit = data.bulletins[0]!.visits.find((v) => v.id === 'visit-f')!;
    visit.notes = [visit.dateNote!, { zh: '另一条说明。', en: 'Another note.' }];
    const notes = byId(table(buildIndex(data))).get('visit-f')![11]!;
    expect(notes.split('\n')).toEqual(['日期按前文推断。', '另一条说明。']);
    expect(
      byId(table(buildIndex(data), 'en'))
        .get('visit-f')![11]!
        .split('\n'),
    ).toEqual(['The date is inferred from the text before.', 'Another note.']);
  });

  it('leaves the district empty where neither the text nor a gazetteer gives it', () => {
    const data = fixture('tiny');
    data.bulletins[0]!.visits[1]!.districtId = null;
    const rows = byId(table(buildIndex(data)));
    expect(rows.get('visit-two')!.slice(3, 6)).toEqual(['', '', '二号村']);
    expect(rows.get('visit-one')![3]).toBe('东区');
  });

  it('survives a round trip through the CSV text', () => {
    const rows = table();
    const csv = toCsv(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual(rows);
  });
});
