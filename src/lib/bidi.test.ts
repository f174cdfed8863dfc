import { describe, expect, it } from 'vitest';
import { isolate } from './bidi';

const [FSI, PDI, RLO] = ['\u2068', '\u2069', '\u202e'];

describe('isolate', () => {
  it('leaves plain text (Chinese, English, digits) as it is', () => {
    expect(isolate('赫山区 Heshan 4')).toBe('赫山区 Heshan 4');
  });

  it('isolates an override, a mark or right-to-left letters, which would reorder the words after them', () => {
    expect(isolate(`赫山区${RLO}`)).toBe(`${FSI}赫山区${RLO}${PDI}`);
    expect(isolate('a\u200f')).toBe(`${FSI}a\u200f${PDI}`);
    expect(isolate('שלום')).toBe(`${FSI}שלום${PDI}`);
  });

  it('does not wrap again what is isolated already, nor a message whose names are', () => {
    const name = isolate(`赫山区${RLO}`);
    expect(isolate(name)).toBe(name);
    expect(isolate(`${name}4次、${isolate('ש')}2次`)).toBe(`${name}4次、${FSI}ש${PDI}2次`);
    // A control outside the isolates still gets the whole text isolated.
    expect(isolate(`${name}${RLO}`)).toBe(`${FSI}${name}${RLO}${PDI}`);
    // A lone PDI or FSI is itself a control to isolate.
    expect(isolate(`a${PDI}`)).toBe(`${FSI}a${PDI}${PDI}`);
    // An isolate opened and never closed is closed before the end, so that the text ends where it should.
    expect(isolate(`a${FSI}b`)).toBe(`${FSI}a${FSI}b${PDI}${PDI}`);
  });
});
