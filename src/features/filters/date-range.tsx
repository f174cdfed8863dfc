/**
 * The date filter: two date inputs (from, to; either may be empty), kept in the link as `?from=&to=`. A visit
 * whose text gives no date is in no range: the fieldset says so, and how many the range leaves out.
 */
import { useId } from 'react';
import {
  dateOfKey,
  dateRangeOf,
  type DateRange,
  type DatasetIndex,
  type Filters,
  type View,
} from '../../data/select';
import { useI18n } from '../../i18n/i18n';
import { withDates } from './url-state';

/** The first and last date of the dataset's dated visits (rows are in time order, undated last); null if none. */
function datesSpan(index: DatasetIndex): { first: string; last: string } | null {
  const rows = index.rows;
  const first = rows[0] && dateOfKey(rows[0].sortKey);
  if (!first) return null;
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const last = dateOfKey((rows[i] as (typeof rows)[number]).sortKey);
    if (last !== null) return { first, last };
  }
  return null;
}

const inputClass =
  'w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900 dark:[color-scheme:dark]';

export default function DateFieldset({
  index,
  view,
  filters,
  onChange,
}: {
  index: DatasetIndex;
  view: View;
  filters: Filters;
  onChange: (next: Filters) => void;
}) {
  const { t } = useI18n();
  const noteId = useId();
  const range = dateRangeOf(filters);
  const span = datesSpan(index);
  const set = (end: keyof DateRange, value: string) => {
    // An input gives '' while a date is half typed or cleared, and a whole date once it is one.
    const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
    const next = { ...range, [end]: date };
    // The two ends the wrong way round: the other end follows the one just set.
    if (next.from !== null && next.to !== null && next.from > next.to)
      next[end === 'from' ? 'to' : 'from'] = date;
    onChange(withDates(filters, next));
  };
  const { leftOut, inView } = view.undated;
  return (
    <fieldset className="rounded border border-slate-200 p-3 dark:border-slate-700" aria-describedby={noteId}>
      <legend className="px-1 text-sm font-semibold">{t('filters.dates')}</legend>
      <div className="grid grid-cols-2 gap-2">
        {(['from', 'to'] as const).map((end) => (
          <label key={end} className="block text-sm">
            <span className="block text-xs text-slate-600 dark:text-slate-300">{t(`filters.${end}`)}</span>
            <input
              type="date"
              className={inputClass}
              value={range[end] ?? ''}
              min={span?.first}
              max={span?.last}
              onChange={(e) => set(end, e.target.value)}
            />
          </label>
        ))}
      </div>
      <p id={noteId} className="mt-2 text-xs text-slate-600 dark:text-slate-300">
        {t('filters.datesNote')}
        {leftOut > 0 && <> {t('status.undatedLeftOut', { count: leftOut })}</>}
        {inView > 0 && <> {t('status.undatedInView', { count: inView })}</>}
      </p>
      {(range.from !== null || range.to !== null) && (
        <button
          type="button"
          className="mt-2 text-sm underline"
          onClick={() => onChange(withDates(filters, { from: null, to: null }))}
        >
          {t('filters.datesClear')}
        </button>
      )}
    </fieldset>
  );
}
