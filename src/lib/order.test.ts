import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderByRank } from './order';

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
});
