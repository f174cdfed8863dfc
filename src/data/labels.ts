/** Names of ids in the page language; an id the data does not name is shown as the id itself. */
import type { Lang } from '../i18n/lang';
import { textIn } from '../i18n/text';
import type { DatasetIndex, FacetKey } from './select';

export function facetLabel(index: DatasetIndex, key: FacetKey, id: string, lang: Lang): string {
  const text =
    key === 'bulletin'
      ? index.bulletins.get(id)?.title
      : key === 'person'
        ? index.people.get(id)?.name
        : key === 'supply'
          ? index.supplyTypes.get(id)?.name
          : index.places.get(id)?.name;
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
