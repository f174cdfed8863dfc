/**
 * The order of items by a small whole-number rank (their time among few distinct times), ties kept in their
 * given order: a counting sort, linear in the items, where a comparison sort of 300,000 keys takes 100 ms.
 */
export function orderByRank(ranks: ArrayLike<number>, distinct: number): Int32Array {
  const first = new Int32Array(distinct + 1);
  for (let i = 0; i < ranks.length; i += 1) {
    const t = ranks[i] as number;
    first[t + 1] = (first[t + 1] as number) + 1;
  }
  for (let t = 0; t < distinct; t += 1) first[t + 1] = (first[t + 1] as number) + (first[t] as number);
  const order = new Int32Array(ranks.length);
  for (let i = 0; i < ranks.length; i += 1) {
    const t = ranks[i] as number;
    order[first[t] as number] = i;
    first[t] = (first[t] as number) + 1;
  }
  return order;
}

/**
 * The order of items by a string key, ties kept in their given order: item i's key is keys[numbers[i]] (few
 * distinct keys, many items: the keys are sorted, the items counted into place).
 */
export function orderByKey(numbers: ArrayLike<number>, keys: readonly string[]): Int32Array {
  const sorted = Array.from(keys.keys()).sort((a, b) => {
    const x = keys[a] as string;
    const y = keys[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const rank = new Int32Array(keys.length);
  sorted.forEach((k, i) => (rank[k] = i));
  return orderByRank(
    Int32Array.from({ length: numbers.length }, (_, i) => rank[numbers[i] as number] as number),
    keys.length,
  );
}
