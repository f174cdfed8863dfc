import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByKey, orderByRank } from './order';

describe('orderByRank', () => {
  it('orders by rank and keeps ties in their given order', () => {
    expect([...orderByRank([2, 0, 1, 0, 2], 3)]).toEqual([1, 3, 2, 0, 4]);
    expect([...orderByRank([], 0)]).toEqual([]);
  });

  it('gives what a stable comparison sort gives', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(6)), (ranks) => {
        const expected = ranks.map((_, i) => i).sort((a, b) => (ranks[a] as number) - (ranks[b] as number));
        expect([...orderByRank(ranks, 7)]).toEqual(expected);
      }),
    );
  });

  it('orders by string key (by code unit, "~" after every date) and keeps ties in their given order', () => {
    const keys = ['2020-02-07T09', '~', '2020-02-07T00', '2020-01-30T15'];
    expect([...orderByKey([1, 0, 2, 0, 3, 1], keys)]).toEqual([4, 2, 1, 3, 0, 5]);
    fc.assert(
      fc.property(fc.array(fc.nat(3)), (numbers) => {
        const key = (i: number) => keys[numbers[i] as number] as string;
        const expected = numbers
          .map((_, i) => i)
          .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        expect([...orderByKey(numbers, keys)]).toEqual(expected);
      }),
    );
  });
});
