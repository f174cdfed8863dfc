import fc from 'fast-check';
import { breakPieces, estimateWidth, fitText, wrapText } from './text-metrics';

const at12 = { fontSize: 12 };

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
    const lines = wrapText(text, 200, at12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateWidth(line, 12, 400)).toBeLessThanOrEqual(200);
    expect(lines.join('')).toBe(text);
    expect(lines.some((l) => /^[，。；》]/.test(l))).toBe(false);
  });

  it('breaks English between words', () => {
    const text = 'Source: Standing Committee of the Yiyang Municipal People’s Congress';
    const lines = wrapText(text, 180, at12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(line).not.toMatch(/^\s|\s$/);
  });

  it('cuts a word longer than the line', () => {
    const lines = wrapText('x'.repeat(100), 50, { fontSize: 10 });
    expect(lines.join('')).toBe('x'.repeat(100));
    for (const line of lines) expect(estimateWidth(line, 10, 400)).toBeLessThanOrEqual(50);
  });

  it('stops at maxLines and ends the last line with an ellipsis that fits', () => {
    const lines = wrapText('Hongjiacun Community convenience service centre and more', 90, {
      ...at12,
      maxLines: 2,
    });
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(estimateWidth(line, 12, 400)).toBeLessThanOrEqual(90);
  });

  it('wraps a 1 MB word with no break in linear time, measuring each character once', () => {
    let calls = 0;
    const counting = (text: string, size: number, weight: number) => {
      calls += 1;
      return estimateWidth(text, size, weight);
    };
    const word = 'a'.repeat(1_000_000);
    const lines = wrapText(word, 600, { fontSize: 12, measure: counting });
    expect(lines.join('')).toBe(word);
    // One measurement per distinct character, not per prefix.
    expect(calls).toBeLessThan(5);
    const capped = wrapText(word, 600, { fontSize: 12, maxLines: 3 });
    expect(capped).toHaveLength(3);
    expect(capped[2]).toMatch(/…$/);
  });

  it('keeps every non-space character, in order, for any text and width', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'B', ' ', '资', '，', '《', '》', '“', '-') }),
        fc.integer({ min: 30, max: 400 }),
        (text, width) => {
          const lines = wrapText(text, width, at12);
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          for (const line of lines)
            if ([...line].length > 1) expect(estimateWidth(line, 12, 400)).toBeLessThanOrEqual(width);
        },
      ),
    );
  });
});

describe('fitText', () => {
  it('keeps a text that fits and cuts one that does not, with an ellipsis', () => {
    expect(fitText('洪家村社区', 100, at12)).toBe('洪家村社区');
    expect(fitText('洪家村社区便民服务中心', 60, at12)).toBe('洪家村社…');
    expect(
      estimateWidth(fitText('Hongjiacun Community convenience service centre', 90, at12), 12, 400),
    ).toBeLessThanOrEqual(90);
  });
});
