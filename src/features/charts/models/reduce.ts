/**
 * Grouping and reducing the visits in view, on the index's columns: what every chart model is written with.
 * Observable Plot's group transform is the model (`group({y: 'place'}, {x: 'count'})`, reducers such as
 * `reduceCount` and `reduceDistinct`): a chart groups the rows by a column of the index (each value of it a
 * group; a row with several values falls in each of their groups) and declares, per group, what it measures.
 *
 * The rows are given as their runs (`runsOf`): row k of the view is run `runs[k]` of every column. A group's
 * members are those k, in view order; beside each, `entries` says where the group's key stands in the column's
 * values (j), so that values kept beside a column (an amount beside its kind) can be read.
 */
import type { Column } from '../../../data/select';

export type Groups = {
  /** The view's runs: what the members index into. */
  readonly runs: Int32Array;
  /** Each group's key (a value of the column), in the order first met; -1 for a row of its own with none. */
  readonly keys: Int32Array;
  /** Group g's members are members[offsets[g]] up to members[offsets[g + 1]]. */
  readonly offsets: Int32Array;
  /** Places in the view (k), group after group, each group's in view order. */
  readonly members: Int32Array;
  /** Beside each member, the place (j) of the group's key in the column's values; -1 for a row with none. */
  readonly entries: Int32Array;
  /** Rows with no value in the column, where they make no group (`missing: 'skip'`). */
  readonly missing: number;
};

export type GroupOptions = {
  /**
   * A row with no value in the column: left out of every group and counted in `missing` ('skip', the default),
   * a group of its own, with key -1 ('each'), or with the others that have none, in one group of key -1
   * ('together').
   */
  missing?: 'skip' | 'each' | 'together';
  /** Only the rows with at least one value in this column. */
  where?: Column;
};

/** The rows (`runs`) grouped by the values of `column`, whose values are numbers below `size`. Linear time. */
export function groupBy(
  runs: Int32Array,
  { start, values }: Column,
  size: number,
  { missing = 'skip', where }: GroupOptions = {},
): Groups {
  const groupOfValue = new Int32Array(size).fill(-1);
  const keys: number[] = [];
  // First pass: each (row, value) pair's group, groups numbered as first met.
  let pairs = 0;
  for (let k = 0; k < runs.length; k += 1) {
    const r = runs[k] as number;
    const n = (start[r + 1] as number) - (start[r] as number);
    pairs += n === 0 ? 1 : n;
  }
  const pairGroup = new Int32Array(pairs);
  const pairRow = new Int32Array(pairs);
  const pairEntry = new Int32Array(pairs);
  let p = 0;
  let skipped = 0;
  let noneGroup = -1;
  for (let k = 0; k < runs.length; k += 1) {
    const r = runs[k] as number;
    if (where && where.start[r] === where.start[r + 1]) continue;
    const from = start[r] as number;
    const end = start[r + 1] as number;
    if (from === end) {
      if (missing === 'skip') {
        skipped += 1;
        continue;
      }
      if (missing === 'each' || noneGroup < 0) {
        if (missing === 'together') noneGroup = keys.length;
        pairGroup[p] = keys.length;
        keys.push(-1);
      } else pairGroup[p] = noneGroup;
      pairRow[p] = k;
      pairEntry[p++] = -1;
      continue;
    }
    for (let j = from; j < end; j += 1) {
      const v = values[j] as number;
      let g = groupOfValue[v] as number;
      if (g < 0) {
        g = groupOfValue[v] = keys.length;
        keys.push(v);
      }
      pairGroup[p] = g;
      pairRow[p] = k;
      pairEntry[p++] = j;
    }
  }
  // Second pass: a stable counting sort of the pairs by group.
  const offsets = new Int32Array(keys.length + 1);
  for (let i = 0; i < p; i += 1) {
    const g = pairGroup[i] as number;
    offsets[g + 1] = (offsets[g + 1] as number) + 1;
  }
  for (let g = 0; g < keys.length; g += 1)
    offsets[g + 1] = (offsets[g + 1] as number) + (offsets[g] as number);
  const next = offsets.slice(0, keys.length);
  const members = new Int32Array(p);
  const entries = new Int32Array(p);
  for (let i = 0; i < p; i += 1) {
    const g = pairGroup[i] as number;
    const at = next[g] as number;
    next[g] = at + 1;
    members[at] = pairRow[i] as number;
    entries[at] = pairEntry[i] as number;
  }
  return { runs, keys: Int32Array.from(keys), offsets, members, entries, missing: skipped };
}

/** One group, as a reducer reads it. */
export type Group = {
  /** Its number among the groups. */
  readonly g: number;
  readonly key: number;
  /** Its rows (places k in the view) and, beside each, the place j of its key in the column's values. */
  readonly rows: Int32Array;
  readonly entries: Int32Array;
  /** The view's runs. */
  readonly runs: Int32Array;
};

/**
 * What a group measures. A reducer that keeps state across groups (reduceDistinct's marks) is made for one
 * `reduce` call: make a new one for each.
 */
export type Reducer<T> = (group: Group) => T;

/** Each group with what each reducer measured of it, in the order of the groups. */
export function reduce<R extends Record<string, Reducer<unknown>>>(
  groups: Groups,
  reducers: R,
): ({ key: number; first: number } & { [K in keyof R]: ReturnType<R[K]> })[] {
  const names = Object.keys(reducers);
  const out: ({ key: number; first: number } & { [K in keyof R]: ReturnType<R[K]> })[] = [];
  for (let g = 0; g < groups.keys.length; g += 1) {
    const from = groups.offsets[g] as number;
    const to = groups.offsets[g + 1] as number;
    const group: Group = {
      g,
      key: groups.keys[g] as number,
      rows: groups.members.subarray(from, to),
      entries: groups.entries.subarray(from, to),
      runs: groups.runs,
    };
    const measured: Record<string, unknown> = { key: group.key, first: group.rows[0] };
    for (const name of names) measured[name] = (reducers[name] as Reducer<unknown>)(group);
    out.push(measured as { key: number; first: number } & { [K in keyof R]: ReturnType<R[K]> });
  }
  return out;
}

/** How many rows fall in the group (a row whose key the column holds twice, twice). */
export const reduceCount: Reducer<number> = ({ rows }) => rows.length;

/** How many distinct rows fall in the group: a visit counts once, however often it holds the key. */
export const reduceRows: Reducer<number> = ({ rows }) => {
  let count = 0;
  // Members are in view order: a row holding the key twice is two members side by side.
  for (let i = 0; i < rows.length; i += 1) if (i === 0 || rows[i] !== rows[i - 1]) count += 1;
  return count;
};

/** The distinct values of `column` (numbers below `size`) among the group's rows, in the order first met. */
export function reduceDistinctValues(column: Column, size: number): Reducer<number[]> {
  // A value's mark is the number (plus one) of the last group that met it: no clearing between groups.
  const mark = new Int32Array(size);
  return ({ g, rows, runs }) => {
    const met: number[] = [];
    for (let i = 0; i < rows.length; i += 1) {
      const r = runs[rows[i] as number] as number;
      for (let j = column.start[r] as number, end = column.start[r + 1] as number; j < end; j += 1) {
        const v = column.values[j] as number;
        if (mark[v] === g + 1) continue;
        mark[v] = g + 1;
        met.push(v);
      }
    }
    return met;
  };
}

/** How many distinct values of `column` (numbers below `size`) the group's rows hold. */
export function reduceDistinct(column: Column, size: number): Reducer<number> {
  const values = reduceDistinctValues(column, size);
  return (group) => values(group).length;
}

/**
 * Per value of a column of at most one value per row (`by`, numbers below `size`; slot `size` for a row with
 * none): the group's rows (a row once however often it holds the key), or with `weights`, the sum of the weights
 * beside the group's entries (an amount beside its kind).
 */
export function reduceBy(by: Column, size: number, weights?: Float64Array): Reducer<Float64Array> {
  return ({ rows, entries, runs }) => {
    const out = new Float64Array(size + 1);
    for (let i = 0; i < rows.length; i += 1) {
      if (!weights && i > 0 && rows[i] === rows[i - 1]) continue;
      const r = runs[rows[i] as number] as number;
      const from = by.start[r] as number;
      const slot = from < (by.start[r + 1] as number) ? (by.values[from] as number) : size;
      out[slot] = (out[slot] as number) + (weights ? (weights[entries[i] as number] as number) : 1);
    }
    return out;
  };
}

/** The sum of the weights beside the group's entries (the amounts of a kind). */
export function reduceSum(weights: Float64Array): Reducer<number> {
  return ({ entries }) => {
    let sum = 0;
    for (let i = 0; i < entries.length; i += 1) sum += weights[entries[i] as number] as number;
    return sum;
  };
}
