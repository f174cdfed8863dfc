import { describe, expect, it } from 'vitest';
import { findDateline, findDates } from './dates';

describe('findDates', () => {
  it('reads month, day and time of day', () => {
    const [d] = findDates('2月13日下午,区人大常委会主任王军来到东风社区');
    expect(d).toMatchObject({ month: 2, day: 13, timeOfDay: 'afternoon', since: false, start: 0, end: 7 });
  });
  it('reads a period start and a full date', () => {
    expect(findDates('从1月27日起,各社区实行封闭管理')[0]).toMatchObject({ month: 1, day: 27, since: true });
    expect(findDates('2020年1月28日,镇党委书记')[0]).toMatchObject({ year: 2020, month: 1, day: 28 });
  });
  it('keeps a day without month, flagged by month null', () => {
    expect(findDates('27日上午,市人大常委会副主任')[0]).toMatchObject({
      month: null,
      day: 27,
      timeOfDay: 'morning',
    });
  });
  it('reads Chinese numerals and ignores numbers that are not dates', () => {
    expect(findDates('二月七日上午')[0]).toMatchObject({ month: 2, day: 7 });
    expect(findDates('送去口罩800个、84消毒液20瓶')).toEqual([]);
    expect(findDates('第12日报社')).toEqual([]);
  });
});

describe('findDateline', () => {
  it('reads the publication line', () => {
    expect(findDateline('(2020年02月08日 14:07)')).toMatchObject({
      year: 2020,
      month: 2,
      day: 8,
      time: '14:07',
    });
    expect(findDateline('发布时间:2020-02-14 09:30:00 来源:区人大')).toMatchObject({
      month: 2,
      day: 14,
      time: '09:30',
    });
    expect(findDateline('没有日期')).toBeNull();
  });
});
