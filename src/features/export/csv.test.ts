import fc from 'fast-check';
import { emptyFilters, selectView } from '../../data/select';
import { buildIndex } from '../../data/index-builder';
import { translator } from '../../i18n/i18n';
import { fixture, small } from '../../testing/fixtures';
import { BOM, csvField, suppliesTable, toCsv, visitsTable } from './csv';
import { parseCsv } from '../../testing/csv-reader';

describe('csvField', () => {
  // A table of cases, one a row (like highlights.test.ts's tables of marks: alike as tables are, not a copy).
  it.each([
    ['plain text, Chinese included, as it is', '医用口罩', '医用口罩'],
    ['plain text, Chinese included, as it is', 'Tan Xihua', 'Tan Xihua'],
    ['plain text, Chinese included, as it is', '', ''],
    ['a comma quoted', '口罩,酒精', '"口罩,酒精"'],
    ['quotes doubled', '做到“房不漏户”,"quoted"', '"做到“房不漏户”,""quoted"""'],
    ['a line break quoted', 'line one\nline two', '"line one\nline two"'],
    ['a line break quoted', 'a\r\nb', '"a\r\nb"'],
    ['quotes doubled', 'say "hi"', '"say ""hi"""'],
    ['never run as a formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['never run as a formula', '+1', "'+1"],
    ['never run as a formula', '@cmd', "'@cmd"],
  ])('%s: %j → %j', (_why, field, written) => {
    expect(csvField(field)).toBe(written);
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
  /** Each row by its visit id, as header → value. */
  const byId = (rows: string[][]) =>
    new Map(
      rows
        .slice(1)
        .map((r) => [r[3], Object.fromEntries(rows[0]!.map((header, i) => [header, r[i]!]))] as const),
    );

  it('has one row per visit in view, in the order of the view, a column per fact, headers in the page language', () => {
    const view = selectView(index, { ...emptyFilters, district: ['east'] });
    const rows = visitsTable(index, view.rows, 'zh', zh);
    expect(rows[0]).toEqual([
      '公告编号',
      '公告标题',
      '发布时间',
      '走访编号',
      '日期',
      '日期原文',
      '时段',
      '区县',
      '乡镇/街道',
      '社区/村',
      '走访地点',
      '带队',
      '其他人员（角色）',
      '委托人',
      '参加单位',
      '物资（原文）',
      '标题',
      '标记',
      '说明',
    ]);
    expect(rows).toHaveLength(small.districts.east + 1);
    expect(rows.slice(1).map((r) => r[3])).toEqual(['visit-a', 'visit-c', 'visit-e']);
    expect(rows.slice(1).every((r) => r[7] === '东区' && r.length === rows[0]!.length)).toBe(true);
    const en = visitsTable(index, view.rows, 'en', translator('en'));
    expect(en[0]!.slice(0, 5)).toEqual(['Bulletin id', 'Bulletin title', 'Published', 'Visit id', 'Date']);
    expect(en.slice(1).every((r) => r[7] === 'East District')).toBe(true);
  });

  it('says which bulletin, when, where at each level, who led, who went along, which units, and the supplies', () => {
    expect(byId(table()).get('visit-a')).toEqual({
      公告编号: 'small-bulletin',
      公告标题: '测试公告：区领导走访社区',
      发布时间: '2020-02-04T10:00:00+08:00',
      走访编号: 'visit-a',
      日期: '2020-02-03',
      日期原文: '2月3日上午',
      时段: '上午',
      区县: '东区',
      '乡镇/街道': '一号街道',
      '社区/村': '一号社区',
      走访地点: '一号社区',
      带队: '甲',
      '其他人员（角色）': '',
      委托人: '',
      参加单位: '乙单位',
      '物资（原文）': '口罩 800个、酒精',
      标题: '甲到一号社区',
      标记: '',
      说明: '',
    });
    expect(byId(table()).get('visit-c')!['物资（原文）']).toBe('医用口罩、手套');
  });

  it('leaves the date empty where the text gives none, and writes who entrusted, flags and notes', () => {
    const undated = byId(table()).get('visit-e')!;
    expect(undated).toMatchObject({ 日期: '', 日期原文: '未注明', 时段: '时段未载明' });
    // No street is named: the village is the community column.
    expect(undated).toMatchObject({ 区县: '东区', '乡镇/街道': '', '社区/村': '三号村', 走访地点: '三号村' });
    expect(undated).toMatchObject({ 带队: '戊', 委托人: '丁', '其他人员（角色）': '' });
    expect(undated.标记).toBe('日期存疑；区县为推断');
    expect(undated.说明!.split('\n')).toEqual(['原文未写日期。', '原文未写区名，按村名推断为东区。']);
    const en = byId(table(index, 'en')).get('visit-e')!;
    expect(en['Entrusted by']).toBe('Ding');
    expect(en.Flags).toBe('Date uncertain; District inferred');
  });

  it('puts a town in the town or street column', () => {
    const data = fixture('small');
    data.places.push({ id: 'town-x', name: { zh: '某镇', en: 'X Town' }, kind: 'town', parentId: 'east' });
    data.places.find((p) => p.id === 'village-three')!.parentId = 'town-x';
    expect(byId(table(buildIndex(data))).get('visit-e')).toMatchObject({
      '乡镇/街道': '某镇',
      '社区/村': '三号村',
    });
  });

  it('writes a note once when the date note is also among the visit’s notes', () => {
    const data = fixture('small');
    const visit = data.bulletins[0]!.visits.find((v) => v.id === 'visit-f')!;
    visit.notes = [visit.dateNote!, { zh: '另一条说明。', en: 'Another note.' }];
    const notes = byId(table(buildIndex(data))).get('visit-f')!.说明!;
    expect(notes.split('\n')).toEqual(['日期按前文推断。', '另一条说明。']);
    expect(
      byId(table(buildIndex(data), 'en'))
        .get('visit-f')!
        .Notes!.split('\n'),
    ).toEqual(['The date is inferred from the text before.', 'Another note.']);
  });

  it('leaves the district empty where neither the text nor a gazetteer gives it', () => {
    const data = fixture('tiny');
    data.bulletins[0]!.visits[1]!.districtId = null;
    const rows = byId(table(buildIndex(data)));
    expect(rows.get('visit-two')).toMatchObject({ 区县: '', '乡镇/街道': '', '社区/村': '二号村' });
    expect(rows.get('visit-one')!.区县).toBe('东区');
  });

  it('survives a round trip through the CSV text', () => {
    const rows = table();
    const csv = toCsv(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual(rows);
  });
});

describe('suppliesTable', () => {
  const index = buildIndex(fixture('small'));
  const table = (lang: 'zh' | 'en' = 'zh') =>
    suppliesTable(index, selectView(index, emptyFilters).rows, lang, translator(lang));

  it('has one row per supply of the visits in view, quantity and unit in columns of their own', () => {
    const rows = table();
    expect(rows[0]).toEqual([
      '公告编号',
      '走访编号',
      '日期',
      '区县',
      '物资（原文）',
      '物资种类',
      '物资种类编号',
      '数量',
      '单位',
      '原文',
    ]);
    const visits = selectView(index, emptyFilters).rows.map((r) => r.visit);
    expect(rows).toHaveLength(1 + visits.reduce((n, v) => n + v.supplies.length, 0));
    expect(rows[1]).toEqual([
      'small-bulletin',
      'visit-a',
      '2020-02-03',
      '东区',
      '口罩',
      '口罩',
      'mask',
      '800',
      '个',
      '口罩800个',
    ]);
    // No amount in the text: empty, never 0.
    expect(rows[2]!.slice(4, 9)).toEqual(['酒精', '酒精', 'alcohol', '', '']);
    expect(table('en')[1]!.slice(5, 9)).toEqual(['Mask', 'mask', '800', '个']);
    expect(parseCsv(toCsv(rows).slice(1))).toEqual(rows);
  });
});
