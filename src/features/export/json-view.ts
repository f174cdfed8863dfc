/**
 * The view as a dataset of the public format: the bulletins with visits in view, each with only those visits and
 * with its paragraphs whole (evidence points into them by index), and the people, organisations, places (with
 * their parents) and supply types those visits refer to, in the order of the original file. Pure; the caller
 * validates the result with `datasetSchema` before writing it.
 */
import { placePath } from '../../data/places';
import type { DatasetIndex, VisitRow } from '../../data/select';
import type { Bulletin, Dataset } from '../../data/schema';

export function viewDataset(index: DatasetIndex, rows: readonly VisitRow[]): Dataset | null {
  if (rows.length === 0) return null;
  // Which visits of each bulletin are in view (by their place in it): only those bulletins' visits are read.
  const inView = new Map<Bulletin, Set<number>>();
  for (const row of rows) {
    let orders = inView.get(row.bulletin);
    if (!orders) inView.set(row.bulletin, (orders = new Set()));
    orders.add(row.bulletinOrder);
  }
  const people = new Set<string>();
  const organizations = new Set<string>();
  const places = new Set<string>();
  const supplyTypes = new Set<string>();
  const addPlace = (id: string | null) => {
    for (const place of placePath(index.places, id)) places.add(place.id);
  };

  const bulletins = index.dataset.bulletins.flatMap((bulletin) => {
    const orders = inView.get(bulletin);
    if (!orders) return [];
    const visits = bulletin.visits.filter((_, i) => orders.has(i));
    for (const visit of visits) {
      addPlace(visit.placeId);
      addPlace(visit.districtId);
      visit.inspected.forEach((i) => addPlace(i.placeId));
      for (const p of visit.participants) {
        if (p.personId) people.add(p.personId);
        if (p.organizationId) organizations.add(p.organizationId);
      }
      visit.supplies.forEach((s) => supplyTypes.add(s.supplyTypeId));
    }
    return [{ ...bulletin, visits }];
  });

  const { dataset } = index;
  return {
    schemaVersion: dataset.schemaVersion,
    bulletins,
    people: dataset.people.filter((p) => people.has(p.id)),
    organizations: dataset.organizations.filter((o) => organizations.has(o.id)),
    places: dataset.places.filter((p) => places.has(p.id)),
    supplyTypes: dataset.supplyTypes.filter((s) => supplyTypes.has(s.id)),
  };
}

export function datasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
