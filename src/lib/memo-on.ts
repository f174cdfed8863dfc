/**
 * Results kept with the objects they were computed from (a view's rows, the index, the messages), for work that a
 * render may do more than once: React throws away what an interrupted render computed (a deferred render of the
 * charts restarts when a click or a measurement comes in), and at 100,000 visits a chart's numbers take tens of
 * milliseconds. Kept weakly: once the rows are gone, so are their results.
 */
type Node = { next: WeakMap<object, Node>; values: Map<string, unknown> };

const root: Node = { next: new WeakMap(), values: new Map() };

/** `compute()`, once per (objects in `on`, in order) and `name`; later calls with the same keys get that result. */
export function memoOn<V>(on: readonly object[], name: string, compute: () => V): V {
  let node = root;
  for (const key of on) {
    let next = node.next.get(key);
    if (!next) node.next.set(key, (next = { next: new WeakMap(), values: new Map() }));
    node = next;
  }
  if (node.values.has(name)) return node.values.get(name) as V;
  const value = compute();
  node.values.set(name, value);
  return value;
}
