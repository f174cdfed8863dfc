/** Names of ids in the page language; an id the data does not name is shown as the id itself. */
import type { DatasetIndex, FacetKey } from './select';

type Lang = 'zh' | 'en';

export function facetLabel(index: DatasetIndex, key: FacetKey, id: string, lang: Lang): string {
  switch (key) {
    case 'bulletin':
      return index.bulletins.get(id)?.title[lang] ?? id;
    case 'district':
    case 'place':
      return index.places.get(id)?.name[lang] ?? id;
    case 'person':
      return index.people.get(id)?.name[lang] ?? id;
    case 'supply':
      return index.supplyTypes.get(id)?.name[lang] ?? id;
  }
}

export function placeName(index: DatasetIndex, id: string, lang: Lang): string {
  return index.places.get(id)?.name[lang] ?? id;
}

export function organizationName(index: DatasetIndex, id: string, lang: Lang): string {
  return index.organizations.get(id)?.name[lang] ?? id;
}
