import { describe, expect, it } from 'vitest';
import { QUANTITY_RULES, readQuantity } from './quantities';

describe.each(QUANTITY_RULES)('quantity rule: $name', (rule) => {
  it.each(rule.reads)('reads "%s" as %s %s', (text, value, unit) => {
    const m = rule.re.exec(text);
    expect(m, text).not.toBeNull();
    const r = rule.read(m!);
    expect(r?.quantity ?? null).toEqual(value === null ? null : { value, unit });
    if (value === null) expect(r?.note).toBeTruthy(); // a reading without a quantity says why
  });
  it.each(rule.not)('does not read "%s"', (text) => {
    const m = rule.re.exec(text);
    expect(m && rule.read(m)?.quantity ? m[0] : null).toBeNull();
  });
});

describe('readQuantity', () => {
  it('takes the first rule of the side that reads the words', () => {
    expect(readQuantity('after', '（800个）')).toMatchObject({ quantity: { value: 800, unit: '个' } });
    expect(readQuantity('before', '价值2000多元的')).toMatchObject({ quantity: null });
    expect(readQuantity('before', '250ml')).toBeNull();
  });
});
