/** Why the dataset could not be loaded: each kind carries what the message needs to name the problem. */
export type LoadProblem =
  /** The request could not be made or was refused (offline, server down, blocked); `reason` is the browser's. */
  | { kind: 'network'; url: string; reason: string }
  /** No answer (or no further bytes) within the time-out; `bytes` read so far (0: no answer at all). */
  | { kind: 'timeout'; url: string; seconds: number; bytes: number }
  /** The connection broke after `bytes` of the body (of `expected`, where the server said). */
  | { kind: 'cut'; url: string; bytes: number; expected: number | null; reason: string }
  /** The file is larger than this browser can hold: `bytes` (from Content-Length, or read so far) over `limit`. */
  | { kind: 'too-big'; url: string; bytes: number; limit: number; whole: boolean }
  /** The parser itself failed (most often: out of memory while parsing). */
  | { kind: 'parser'; url: string; reason: string }
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
