import { describe, expect, it } from 'vitest';
import { memoOn } from './memo-on';

describe('memoOn', () => {
  it('computes once per objects and name, and again for other objects or another name', () => {
    const rows = [1, 2, 3];
    const other = [1, 2, 3];
    const t = {};
    let runs = 0;
    const sum = (list: number[]) => () => {
      runs += 1;
      return list.reduce((a, b) => a + b, 0);
    };
    expect(memoOn([rows, t], 'sum', sum(rows))).toBe(6);
    expect(memoOn([rows, t], 'sum', sum(rows))).toBe(6);
    expect(runs).toBe(1);
    expect(memoOn([other, t], 'sum', sum(other))).toBe(6);
    expect(memoOn([rows, t], 'total', sum(rows))).toBe(6);
    expect(memoOn([rows], 'sum', sum(rows))).toBe(6);
    expect(runs).toBe(4);
  });

  it('keeps a result that is null or undefined', () => {
    let runs = 0;
    const key = {};
    const nothing = () => {
      runs += 1;
      return null;
    };
    memoOn([key], 'x', nothing);
    memoOn([key], 'x', nothing);
    expect(runs).toBe(1);
  });
});
