/**
 * What the page could not read in its link, and the link's bulletins this browser lacks: one part, loaded (with its
 * words) only for a link that has some, not in the first paint.
 */
import { UrlNotices } from '../features/filters/url-notices';
import type { Notice } from '../features/filters/url-state';
import { MissingBulletins } from '../features/library/missing-bulletins';

export function LinkNotes({ notices, missing }: { notices: Notice[]; missing: readonly string[] }) {
  return (
    <>
      <UrlNotices notices={notices} />
      <MissingBulletins ids={missing} />
    </>
  );
}
