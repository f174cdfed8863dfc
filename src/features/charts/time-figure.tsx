/**
 * The visits over time, as a figure of its own: it leads the page beside the map (the charts section comes
 * after). Loaded lazily by the app, with the charts' code (not part of the first paint).
 */
import { useMemo } from 'react';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { dateRangeOf, type DatasetIndex, type Filters, type View } from '../../data/select';
import { useViewCaption } from '../../data/view-words';
import { isolating } from '../../lib/bidi';
import { useI18n } from '../../i18n/i18n';
import type { RenderChartActions } from '../../lib/chart-handle';
import { memoOn } from '../../lib/memo-on';
import { ChartFigure } from './chart-figure';
import { timeModel } from './models/time';

type Props = {
  index: DatasetIndex;
  /** The deferred view, as the charts get it. */
  view: View;
  filters: Filters;
  renderActions?: RenderChartActions;
};

export default function TimeFigure({ index, view, filters, renderActions }: Props) {
  const { t: pageT, lang } = useI18n();
  const t = isolating(pageT);
  const caption = useViewCaption(index, view.rows, filters);
  // Kept with the view's rows, as the charts' models are: a deferred render that restarts does not count again.
  // The range bounds the periods: the same rows under another range (all of them, say) draw other periods.
  const { from, to } = dateRangeOf(filters);
  const model = useMemo(
    () =>
      memoOn([index, view.rows, t], `model:time:${lang}:${from}:${to}`, () =>
        timeModel({ index, rows: view.rows, lang, t }, { from, to }),
      ),
    [index, view.rows, lang, t, from, to],
  );
  const columns = useMemo(() => ({ label: t('charts.col.period') }), [t]);
  return (
    <ErrorBoundary
      resetKey={view.rows}
      fallback={(error) => (
        <figure className="rounded-lg border border-red-300 p-4 dark:border-red-700">
          <figcaption className="font-semibold">{t('charts.name.time')}</figcaption>
          <p role="alert" className="mt-2 text-sm">
            {t('charts.error', { reason: error.message })}
          </p>
        </figure>
      )}
    >
      <ChartFigure model={model} columns={columns} caption={caption} renderActions={renderActions} />
    </ErrorBoundary>
  );
}
