import { firstGraphemes, shorten } from './graphemes';

const FAMILY = '👨‍👩‍👧'; // one cluster of five code points (eight UTF-16 units)

describe('cutting text by grapheme clusters', () => {
  it('never leaves half an emoji where a cut by code units would', () => {
    const title = `${'走'.repeat(59)}😀之后`;
    expect(title.slice(0, 60)).toMatch(/[\ud800-\udbff]$/); // what a cut at 60 units did
    expect(firstGraphemes(title, 60)).toBe(`${'走'.repeat(59)}😀`);
    expect(firstGraphemes(title, 59)).toBe('走'.repeat(59));
  });

  it('keeps a family, a flag and a letter with its accent whole', () => {
    expect(firstGraphemes(`a${FAMILY}b`, 2)).toBe(`a${FAMILY}`);
    expect(firstGraphemes('🇨🇳🇭🇰', 1)).toBe('🇨🇳');
    expect(firstGraphemes('e\u0301tat', 1)).toBe('e\u0301');
  });

  it('returns a short text as it is, and reads a long one only as far as it keeps', () => {
    expect(firstGraphemes('区人大', 60)).toBe('区人大');
    expect(firstGraphemes('', 3)).toBe('');
    const long = 'x'.repeat(5_000_000);
    const start = performance.now();
    expect(firstGraphemes(long, 60)).toHaveLength(60);
    expect(performance.now() - start).toBeLessThan(50);
  });

  it('shortens for showing with an ellipsis counted in the length', () => {
    expect(shorten('区人大常委会主任周建华', 6)).toBe('区人大常委…');
    expect(shorten('区人大', 6)).toBe('区人大');
    expect(shorten(`${'a'.repeat(5)}${FAMILY}${FAMILY}x`, 7)).toBe(`aaaaa${FAMILY}…`);
    const zalgo = `e${'\u0301'.repeat(30)}`; // one cluster of 31 units: 50 of them are longer than the window read first
    expect(firstGraphemes(zalgo.repeat(100), 50)).toBe(zalgo.repeat(50));
    expect([...shorten('😀'.repeat(50_000), 40)]).toHaveLength(40);
  });
});
