/**
 * A link names a bulletin (`?bulletin=<id>`) that this browser does not have: a user's bulletin deleted here, or
 * saved in another browser. Says so, and how to bring it here. Free of the library code; the page loads it (and its
 * words, in the later messages) only when a link names such a bulletin.
 */
import { useI18n } from '../../i18n/i18n';
import { listJoin } from '../../lib/format';

export function MissingBulletins({ ids }: { ids: readonly string[] }) {
  const { t, lang } = useI18n();
  if (ids.length === 0) return null;
  return (
    <p
      role="note"
      className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
    >
      {t('library.missing', {
        ids: listJoin(
          ids.map((id) => `“${id}”`),
          lang,
        ),
      })}
    </p>
  );
}
