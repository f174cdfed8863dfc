/**
 * The kinds of place, from the largest division down (the order of a place path), then organizations, roads and
 * sites, which are visited or inspected rather than divisions. Apart from the schema so that code of the first
 * paint can use it without loading zod.
 */
export const placeKinds = [
  'prefecture',
  'district',
  'county',
  'street',
  'town',
  'township',
  'community',
  'village',
  'residents-committee',
  'compound',
  'organization',
  'road',
  'site',
] as const;
