/** Why the dataset could not be loaded: each kind carries what the message needs to name the problem. */
export type LoadProblem =
  | { kind: 'network'; url: string; reason: string }
  | { kind: 'http'; url: string; status: number; statusText: string }
  | { kind: 'html'; url: string }
  | { kind: 'json'; url: string; line: number; column: number; reason: string }
  | { kind: 'version'; found: string; known: number }
  | { kind: 'schema'; issues: { path: string; message: string }[]; count: number };

export class DatasetLoadError extends Error {
  constructor(readonly problem: LoadProblem) {
    super(`dataset load failed: ${problem.kind}`);
    this.name = 'DatasetLoadError';
  }
}

/** Line and column (from 1) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** Where JSON.parse broke: V8 says "at position N" or "line L column C"; both are mapped to line and column. */
export function jsonErrorLocation(text: string, error: unknown): { line: number; column: number; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), reason: message };
  const pos = /position (\d+)/.exec(message);
  if (pos) return { ...lineAndColumn(text, Number(pos[1])), reason: message };
  if (/end of (JSON )?input/i.test(message)) return { ...lineAndColumn(text, text.length), reason: message };
  return { line: 1, column: 1, reason: message };
}
