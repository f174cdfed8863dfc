import { describe, expect, it } from 'vitest';
import { findSupplies } from './supplies';

const read = (text: string) =>
  findSupplies(text).map((s) => ({
    kind: s.kind?.id ?? null,
    item: text.slice(s.itemStart, s.itemEnd),
    quote: text.slice(s.start, s.end),
    quantity: s.quantity,
  }));

describe('findSupplies', () => {
  it('lists items without quantities', () => {
    expect(read('为社区送去了医用口罩、酒精、84消毒液等防疫物资。')).toEqual([
      { kind: 'mask', item: '医用口罩', quote: '医用口罩', quantity: null },
      { kind: 'alcohol', item: '酒精', quote: '酒精', quantity: null },
      { kind: 'disinfectant', item: '84消毒液', quote: '84消毒液', quantity: null },
    ]);
  });
  it('reads quantities before and after the item, and a size that is not a count', () => {
    expect(read('捐赠口罩800个、250ml酒精40瓶、20箱矿泉水和消毒液10公斤。')).toEqual([
      { kind: 'mask', item: '口罩', quote: '口罩800个', quantity: { value: 800, unit: '个' } },
      { kind: 'alcohol', item: '250ml酒精', quote: '250ml酒精40瓶', quantity: { value: 40, unit: '瓶' } },
      { kind: 'water', item: '矿泉水', quote: '20箱矿泉水', quantity: { value: 20, unit: '箱' } },
      { kind: 'disinfectant', item: '消毒液', quote: '消毒液10公斤', quantity: { value: 10, unit: '公斤' } },
    ]);
  });
  it('reads Chinese numerals and 万, and never takes N95 or 84 for a count', () => {
    expect(read('送来两千只N95口罩、1.5万只一次性口罩和84消毒液。')).toEqual([
      { kind: 'mask', item: 'N95口罩', quote: '两千只N95口罩', quantity: { value: 2000, unit: '只' } },
      {
        kind: 'mask',
        item: '一次性口罩',
        quote: '1.5万只一次性口罩',
        quantity: { value: 15000, unit: '只' },
      },
      { kind: 'disinfectant', item: '84消毒液', quote: '84消毒液', quantity: null },
    ]);
  });
  it('ignores items mentioned outside a hand-over ("出门戴口罩")', () => {
    expect(read('要求群众出门戴口罩,不扎堆聚集。')).toEqual([]);
  });
  it('reads a list placed before 送到', () => {
    expect(read('将口罩、消毒液等防疫物资送到社区便民服务中心').map((s) => s.kind)).toEqual([
      'mask',
      'disinfectant',
    ]);
  });
  it('keeps an unknown item that sits between known ones', () => {
    expect(read('送去口罩、雨靴、酒精等物资').map((s) => [s.kind, s.item])).toEqual([
      ['mask', '口罩'],
      [null, '雨靴'],
      ['alcohol', '酒精'],
    ]);
  });
});
