// @vitest-environment node
/**
 * The visits over time, on the small fixture (2月3日 ×2, 2月5日 ×1, one visit whose text gives no date), the
 * bundled bulletin (six visits on one day) and synthetic libraries (a year of bulletins).
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../data/parse-dataset';
import { emptyFilters, selectView, type Filters } from '../../../data/select';
import { buildIndex } from '../../../data/index-builder';
import { loadCatalogue, translator, type Lang } from '../../../i18n/i18n';
import { fixture } from '../../../testing/fixtures';
import { synthIndex } from '../../../testing/synth';
import { dayNumber, grainFor, isoOfDay, nextPeriod, periodStart, timeModel } from './time';

await loadCatalogue('en');
const index = buildIndex(validateDataset(fixture('small')));
const model = (filters: Partial<Filters> = {}, lang: Lang = 'zh', of = index) =>
  timeModel({
    index: of,
    rows: selectView(of, { ...emptyFilters, ...filters }).rows,
    lang,
    t: translator(lang),
  });
const columns = (m: ReturnType<typeof model>) =>
  Object.fromEntries(m.rows.map((r) => [r.fullLabel, m.series.map((s) => r[s.key] ?? 0)]));

describe('the time figure', () => {
  it('counts the visits by day, stacked by district, every day of the span; undated visits apart, and said', () => {
    const m = model();
    expect(m.title).toBe('走访时间分布：按日');
    expect(m.series.map((s) => s.label)).toEqual(['东区', '西区']);
    expect(columns(m)).toEqual({
      '2020年2月3日': [2, 0],
      '2020年2月4日': [0, 0],
      '2020年2月5日': [0, 1],
    });
    expect(m.finding).toBe('2020年2月3日最多：2次；另有1次未写日期');
    expect(m.rows.map((r) => r.period)).toEqual([
      { from: '2020-02-03', to: '2020-02-03' },
      { from: '2020-02-04', to: '2020-02-04' },
      { from: '2020-02-05', to: '2020-02-05' },
    ]);
    expect(model({}, 'en').finding).toBe('Most in 3 Feb 2020: 2; 1 more give no date');
  });

  it('is a sentence where every dated visit in view is on one day, and says so where none has a date', () => {
    const bundled = buildIndex(validateDataset(fixture('bundled')));
    const m = model({}, 'zh', bundled);
    expect(m.uniform).toBe('6次走访都在2020年2月7日');
    expect(m.finding).toBe('6次走访都在2020年2月7日');
    expect(model({ district: ['east'], from: '2020-02-03', to: '2020-02-03' }).uniform).toBe(
      '2次走访都在2020年2月3日',
    );
    const none = model({ place: ['village-three'] });
    expect(none.rows).toEqual([]);
    expect(none.finding).toBe('当前1次走访的原文都未写日期');
  });

  it('draws every period of a date range in view, the empty ones at its ends too', () => {
    const filters = { from: '2020-02-01', to: '2020-02-10' };
    const m = timeModel(
      {
        index,
        rows: selectView(index, { ...emptyFilters, ...filters }).rows,
        lang: 'zh',
        t: translator('zh'),
      },
      filters,
    );
    expect(m.rows.map((r) => r.id)).toEqual([
      '2020-02-01',
      '2020-02-02',
      '2020-02-03',
      '2020-02-04',
      '2020-02-05',
      '2020-02-06',
      '2020-02-07',
      '2020-02-08',
      '2020-02-09',
      '2020-02-10',
    ]);
    expect(m.rows.map((r) => r.visits)).toEqual([0, 0, 2, 0, 1, 0, 0, 0, 0, 0]);
    // One day's visits in a wider range: still a sentence.
    const one = { from: '2020-02-01', to: '2020-02-04' };
    expect(
      timeModel(
        { index, rows: selectView(index, { ...emptyFilters, ...one }).rows, lang: 'zh', t: translator('zh') },
        one,
      ).uniform,
    ).toBe('2次走访都在2020年2月3日');
    expect(
      timeModel(
        { index, rows: selectView(index, { ...emptyFilters, ...one }).rows, lang: 'zh', t: translator('zh') },
        one,
      ).rows.map((r) => r.id),
    ).toEqual(['2020-02-03']);
  });

  it('chooses day, week, month or year by the span, and names the busiest period', () => {
    expect([0, 42, 43, 183, 184, 3653, 3654].map(grainFor)).toEqual([
      'day',
      'day',
      'week',
      'week',
      'month',
      'month',
      'year',
    ]);
    // Weeks start on Monday: 2020-02-05 was a Wednesday.
    expect(isoOfDay(periodStart(dayNumber('2020-02-05'), 'week'))).toBe('2020-02-03');
    expect(isoOfDay(periodStart(dayNumber('2020-02-29'), 'month'))).toBe('2020-02-01');
    expect(isoOfDay(nextPeriod(dayNumber('2020-12-01'), 'month'))).toBe('2021-01-01');
    const library = synthIndex(400, 3);
    const m = model({}, 'zh', library);
    expect(m.title).toBe('走访时间分布：按月');
    expect(m.rows.length).toBeGreaterThanOrEqual(12);
    const total = (r: (typeof m.rows)[number]) => m.series.reduce((sum, s) => sum + (r[s.key] ?? 0), 0);
    expect(m.rows.reduce((sum, r) => sum + total(r), 0)).toBe(400);
    for (const r of m.rows) expect(total(r)).toBe(r.visits);
    const most = Math.max(...m.rows.map((r) => r.visits));
    expect(m.finding).toMatch(new RegExp(`^\\d+月(、\\d+月)*最多：(各)?${most}次$`));
  });
});
