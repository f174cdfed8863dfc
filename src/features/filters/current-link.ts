/**
 * The page's link as it stands: the view to share, print or cite. Part of the URL-state module, the one place
 * that reads the location; it changes whenever the filters do, and the callers re-render with them.
 */
export function currentLink(): string {
  return typeof location === 'undefined' ? '' : location.href;
}
