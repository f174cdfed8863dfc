/**
 * Where a JSON text breaks, as line and column: for the load error's message. Apart from load-error.ts, which the
 * first paint holds (the page's data query throws its error), as only the parser needs it.
 */

/** Line and column (from 1) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/**
 * Where JSON.parse broke, as line and column. V8's messages do not always give a position, so a small scanner
 * walks the JSON grammar and stops at the first character that cannot be there (or at the end, if input ends).
 */
export function jsonErrorLocation(
  text: string,
  error: unknown,
): { line: number; column: number; reason: string } {
  const reason = error instanceof Error ? error.message : String(error);
  return { ...lineAndColumn(text, findJsonErrorOffset(text)), reason };
}

export function findJsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i += 1;
    }
  };
  const string = () => {
    i += 1; // opening quote
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 0x22) {
        i += 1;
        return;
      }
      if (ch < 0x20) fail();
      if (ch === 0x5c) {
        i += 1;
        const esc = text[i];
        if (esc === 'u') {
          for (let k = 1; k <= 4; k += 1) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              fail();
            }
          }
          i += 5;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 1;
        else fail();
      } else i += 1;
    }
    fail();
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += (m as RegExpExecArray)[0].length;
  };
  /** The items of an object or an array, from its opening bracket to `close`, separated by commas. */
  const items = (close: string, item: () => void) => {
    i += 1;
    ws();
    if (text[i] === close) {
      i += 1;
      return;
    }
    for (;;) {
      item();
      ws();
      if (text[i] === ',') i += 1;
      else if (text[i] === close) {
        i += 1;
        return;
      } else fail();
    }
  };
  const member = () => {
    ws();
    if (text[i] !== '"') fail();
    string();
    ws();
    if (text[i] !== ':') fail();
    i += 1;
    value();
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') items('}', member);
    else if (ch === '[') items(']', value);
    else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else fail();
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    ws();
    if (i < text.length) fail();
    return text.length;
  } catch (offset) {
    if (typeof offset === 'number') return Math.min(offset, text.length);
    throw offset;
  }
}
