/**
 * The shape of a filter state: the facets a view is filtered by and a date range. Plain types and names, shared
 * by the page's parts (`lib/page-actions.tsx`, `lib/chart-handle.ts`) and the selection that applies them
 * (`data/select.ts`, which re-exports them): `lib` needs nothing from `data` for them.
 */
export const facetKeys = ['bulletin', 'district', 'person', 'supply', 'place'] as const;
export type FacetKey = (typeof facetKeys)[number];
/**
 * A range of dates, each end `YYYY-MM-DD` and included, or null (open on that side). A visit whose text gives no
 * date is in no range: it is left out of a view with a range, and counted apart (`View.undated`).
 */
export type DateRange = { from: string | null; to: string | null };
/** The facets' values (OR within a facet, AND across), and a date range (absent: none). */
export type Filters = Record<FacetKey, readonly string[]> & {
  readonly from?: string | null;
  readonly to?: string | null;
};
