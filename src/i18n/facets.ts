/** The name of each filter facet, as a message: the filter bar's legends, the chips, the captions of exports. */
import type { FacetKey } from '../data/select';
import type { MessageKey } from './zh';

export const facetMessage: Record<FacetKey, MessageKey> = {
  bulletin: 'filters.bulletin',
  district: 'filters.district',
  place: 'filters.place',
  person: 'filters.person',
  supply: 'filters.supply',
};
