import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonErrorOffset, jsonErrorLocation } from './json-error';

describe('where broken JSON broke', () => {
  it.each([
    ['{"a": [}', 7],
    ['{"a": 1,}', 8],
    ['{"a": tru}', 9],
    ['{"a": "x', 8],
    ['[1, 2] 3', 7],
    ['{"a": 01}', 7],
    ['', 0],
  ])('%j breaks at offset %i', (text, offset) => {
    expect(findJsonErrorOffset(text)).toBe(offset);
  });

  it('gives line and column from 1', () => {
    const text = '{\n  "schemaVersion": 1,\n  "bulletins": [}\n';
    expect(jsonErrorLocation(text, new SyntaxError('x'))).toMatchObject({ line: 3, column: 17 });
  });

  it('finds no error in any valid JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(findJsonErrorOffset(text)).toBe(text.length);
      }),
    );
  });
});
