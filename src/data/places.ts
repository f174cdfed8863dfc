/** Places as a tree: the one home for walking up a place's parents. Pure. */
import { placeKinds } from './place-kinds';
import type { Place } from './schema';

/**
 * The chain from the top (a prefecture or district) down to the place itself. Stops at a missing parent and at
 * a cycle (the schema refuses cycles; a hand-built index may still hold one), so it always ends.
 */
export function placePath(places: ReadonlyMap<string, Place>, placeId: string | null): Place[] {
  const path: Place[] = [];
  if (placeId === null) return path;
  const seen = new Set<string>();
  let current = places.get(placeId);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    path.push(current);
    current = current.parentId === null ? undefined : places.get(current.parentId);
  }
  return path.reverse();
}

/** The kinds shown in a visit's place path (district › street › community); sites and roads are visited places. */
export const pathKinds: ReadonlySet<Place['kind']> = new Set(
  placeKinds.filter((kind) => !['prefecture', 'organization', 'road', 'site'].includes(kind)),
);

/** The ids of `placeId`'s chain of the kinds above, top first. */
export function placePathIds(places: ReadonlyMap<string, Place>, placeId: string | null): string[] {
  return placePath(places, placeId)
    .filter((p) => pathKinds.has(p.kind))
    .map((p) => p.id);
}
