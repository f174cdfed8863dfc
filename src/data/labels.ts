/** Names of ids in the page language; an id the data does not name is shown as the id itself. */
import type { Lang } from '../i18n/lang';
import { textIn } from '../i18n/text';
import type { Text } from './schema';
import type { DatasetIndex, FacetKey } from './select';

/** What names each facet's values: a bulletin its title, the others their name (a district is a place). */
const namedBy: Record<FacetKey, (index: DatasetIndex, id: string) => Text | undefined> = {
  bulletin: (index, id) => index.bulletins.get(id)?.title,
  person: (index, id) => index.people.get(id)?.name,
  supply: (index, id) => index.supplyTypes.get(id)?.name,
  district: (index, id) => index.places.get(id)?.name,
  place: (index, id) => index.places.get(id)?.name,
};

export function facetLabel(index: DatasetIndex, key: FacetKey, id: string, lang: Lang): string {
  const text = namedBy[key](index, id);
  return text ? textIn(text, lang) : id;
}

export function placeName(index: DatasetIndex, id: string, lang: Lang): string {
  return facetLabel(index, 'place', id, lang);
}

export function personName(index: DatasetIndex, id: string, lang: Lang): string {
  return facetLabel(index, 'person', id, lang);
}

export function organizationName(index: DatasetIndex, id: string, lang: Lang): string {
  const text = index.organizations.get(id)?.name;
  return text ? textIn(text, lang) : id;
}
