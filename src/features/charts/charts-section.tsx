/**
 * The charts: where the visits went, who went where, the supplies, the supplies as written, and (where the text
 * states amounts) the quantities. Loaded lazily by the app (the charts' code stays out of the first load). Each chart
 * computes its model inside its own error boundary, so one failing leaves the rest.
 */
import { memo, useEffect, useMemo } from 'react';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import { PageSection } from '../../components/ui/page-section';
import type { DatasetIndex, Filters, View } from '../../data/select';
import { useViewCaption } from '../../data/view-words';
import { isolating } from '../../lib/bidi';
import { useI18n, type T } from '../../i18n/i18n';
import type { RenderChartActions, ViewCaption } from '../../lib/chart-handle';
import { memoOn } from '../../lib/memo-on';
import { ChartFigure, type FigureColumns } from './chart-figure';
import { chartModels, type ModelBuilder } from './models/models';
import type { ChartId } from './models/rows';

type Props = {
  index: DatasetIndex;
  /** The deferred view: the status and the timeline answer a filter change first. */
  view: View;
  /** The filters of that view (the words around every exported figure name them). */
  filters: Filters;
  renderActions?: RenderChartActions;
};

/** The headers of each chart's table. */
const columns: Record<ChartId, (t: T) => FigureColumns> = {
  places: (t) => ({ label: t('charts.col.place') }),
  // The row names its place; the people are in their own column. A visit with no place is told apart by the
  // first who went (its full label).
  'people-places': (t) => ({
    label: t('charts.col.place'),
    detail: t('charts.col.people'),
    renderLabel: (row) => (row.facet ? row.label : row.fullLabel),
  }),
  supplies: (t) => ({ label: t('charts.col.type') }),
  'supply-variants': (t) => ({
    label: t('charts.col.variant'),
    detail: t('charts.col.type'),
    renderLabel: (row) => <span lang="zh-CN">{row.verbatim ?? row.label}</span>,
  }),
  quantities: (t) => ({ label: t('charts.col.type'), detail: t('charts.col.unit') }),
  time: (t) => ({ label: t('charts.col.period') }),
};

export default function ChartsSection(section: Props) {
  const { index, view, filters } = section;
  const { t } = useI18n();
  const rows = view.rows;
  const caption = useViewCaption(index, rows, filters);
  // A link to the charts (#charts-title, also the skip link's target) opened as the page loads: the section
  // comes after the first view, once the browser has given up looking for it, so it goes there itself.
  useEffect(() => {
    if (location.hash === '#charts-title') document.getElementById('charts-title')?.scrollIntoView();
  }, []);
  return (
    // Its empty view: alike in shape to the timeline's, each with its own words and look.
    <PageSection title={t('charts.title')} headingId="charts-title" className="space-y-3">
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700 dark:border-slate-600 dark:text-slate-200">
          {t('charts.empty')}
        </p>
      ) : (
        <>
          <p className="print-keep-next text-sm text-slate-700 dark:text-slate-200">
            {t('charts.unitNote')} <span className="no-print">{t('charts.clickHint')}</span>
          </p>
          <div className="grid gap-6">
            {chartModels.map((chart) => (
              <ErrorBoundary
                key={chart.id}
                resetKey={rows}
                fallback={(error) => (
                  <figure className="rounded-lg border border-red-300 p-4 dark:border-red-700">
                    <figcaption className="font-semibold">{t(`charts.name.${chart.id}`)}</figcaption>
                    <p role="alert" className="mt-2 text-sm">
                      {t('charts.error', { reason: error.message })}
                    </p>
                  </figure>
                )}
              >
                {/* Each chart is given the section's props (the view, its filters, the export's actions). */}
                <ChartSlot chart={chart} caption={caption} {...section} />
              </ErrorBoundary>
            ))}
          </div>
        </>
      )}
    </PageSection>
  );
}

const ChartSlot = memo(function ChartSlot({
  chart: { id, build },
  index,
  view,
  caption,
  renderActions,
}: Props & {
  /** Which chart, and how its model is built from the view. */
  chart: { id: ChartId; build: ModelBuilder };
  /** The words around every figure of the view (its filters, the source), made once for all the charts. */
  caption: ViewCaption;
}) {
  const { t: pageT, lang } = useI18n();
  // The names a model puts into its titles and findings are isolated (bidi), in the page and in exports.
  const t = isolating(pageT);
  // Kept with the view's rows: a deferred render that restarts (a click, a measurement) does not compute it again.
  const model = useMemo(
    () =>
      memoOn([index, view.rows, t], `model:${id}:${lang}`, () => build({ index, rows: view.rows, lang, t })),
    [build, id, index, view.rows, lang, t],
  );
  const cols = useMemo(() => columns[id](t), [id, t]);
  if (!model) return null;
  return <ChartFigure model={model} columns={cols} caption={caption} renderActions={renderActions} />;
});
