import { extraPalette, tokens } from '../../tailwind.config';
import { colorFor } from './colors';

describe('colorFor', () => {
  it('gives named ids their token colour', () => {
    expect(colorFor('district', 'heshan')).toBe(tokens.colors.district.heshan);
    expect(colorFor('supply', 'mask')).toBe(tokens.colors.supply.mask);
  });

  it('gives an unknown id a stable palette colour that no named id of its kind has', () => {
    const named = Object.values(tokens.colors.supply).map((c) => c.toLowerCase());
    for (const id of ['gloves', 'constructor', '__proto__', 'toString', 'thermometer']) {
      const color = colorFor('supply', id);
      expect(extraPalette as readonly string[]).toContain(color);
      expect(named.slice(0, 3)).not.toContain(color.toLowerCase());
      expect(colorFor('supply', id)).toBe(color);
    }
  });
});
