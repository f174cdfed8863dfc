import { extraPalette, tokens } from '../../tailwind.config';
import { colorFor, noDistrictColor } from './colors';

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

  it("gives the ids without a token of a dataset each a colour of its own, in the dataset's order", () => {
    const free = (extraPalette as readonly string[]).filter(
      (c) => !['heshan', 'ziyang'].some((d) => colorFor('district', d).toLowerCase() === c.toLowerCase()),
    );
    const among = ['heshan', 'anhua', 'taojiang', 'nanxian', 'ziyang', 'yuanjiang'];
    const colors = among.map((id) => colorFor('district', id, among));
    // Named districts keep their tokens; the four others take four different colours, none a named one's.
    expect(colors[0]).toBe(tokens.colors.district.heshan);
    expect(colors[4]).toBe(tokens.colors.district.ziyang);
    const others = [colors[1], colors[2], colors[3], colors[5]];
    expect(new Set(others).size).toBe(4);
    expect(others).toEqual(free.slice(0, 4));
    // The same list gives the same colours (whatever the filters show); an id not in it falls back to its hash.
    expect(colorFor('district', 'taojiang', among)).toBe(colors[2]);
    expect(colorFor('district', 'lengshuijiang', among)).toBe(colorFor('district', 'lengshuijiang'));
    // "other" is an id like any other here; the grey is for a visit with no district.
    expect(colorFor('district', 'other', ['other'])).not.toBe(noDistrictColor);
  });
});
