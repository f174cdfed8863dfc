import fc from 'fast-check';
import { breakPieces, estimateWidth, wrapText } from './text-layout';

describe('breakPieces', () => {
  it('keeps Latin words whole and splits CJK text into characters', () => {
    expect(breakPieces('Filters: All')).toEqual(['Filters: ', 'All']);
    expect(breakPieces('口罩酒精')).toEqual(['口', '罩', '酒', '精']);
  });

  it('never starts a piece with closing punctuation nor ends one with opening punctuation', () => {
    expect(breakPieces('区县为资阳区；物资《口罩》。')).toEqual([
      '区',
      '县',
      '为',
      '资',
      '阳',
      '区；',
      '物',
      '资',
      '《口',
      '罩》。',
    ]);
  });
});

describe('wrapText', () => {
  it('fits every line in the width and loses no character', () => {
    const text = '来源：益阳市人大常委会《市人大常委会机关开展疫情防控志愿者服务》，2020年2月8日';
    const lines = wrapText(text, 200, 12, 400, estimateWidth);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateWidth(line, 12, 400)).toBeLessThanOrEqual(200);
    expect(lines.join('')).toBe(text);
    expect(lines.some((l) => /^[，。；》]/.test(l))).toBe(false);
  });

  it('breaks English between words', () => {
    const lines = wrapText(
      'Source: Standing Committee of the Yiyang Municipal People’s Congress',
      180,
      12,
      400,
      estimateWidth,
    );
    expect(lines.join(' ')).toBe('Source: Standing Committee of the Yiyang Municipal People’s Congress');
    for (const line of lines) expect(line).not.toMatch(/^\s|\s$/);
  });

  it('cuts a word longer than the line', () => {
    const lines = wrapText('x'.repeat(100), 50, 10, 400, estimateWidth);
    expect(lines.join('')).toBe('x'.repeat(100));
    for (const line of lines) expect(estimateWidth(line, 10, 400)).toBeLessThanOrEqual(50);
  });

  it('keeps every non-space character, in order, for any text and width', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', ' ', '资', '，', '《', '》', '“', '-') }),
        fc.integer({ min: 30, max: 400 }),
        (text, width) => {
          const lines = wrapText(text, width, 12, 400, estimateWidth);
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        },
      ),
    );
  });
});
