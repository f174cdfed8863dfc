/**
 * The charts: supplies by district, supplies as written, people × supplies, and where the visits went. Loaded
 * lazily by the app (Recharts stays out of the first load). Every number is a number of visits.
 */
import { useMemo } from 'react';
import { ErrorBoundary } from '../../components/ui/error-boundary';
import type { DatasetIndex, Filters, View, VisitRow } from '../../data/select';
import { useI18n, type Lang, type T } from '../../i18n/i18n';
import { ChartFigure, type FigureColumns } from './chart-figure';
import type { MessageKey } from '../../i18n/zh';
import type { RenderChartActions } from '../../lib/chart-handle';
import {
  collectFacts,
  districtSupplyModel,
  peopleSupplyModel,
  placeModel,
  variantModel,
  type ChartModel,
  type RowFacts,
} from './chart-data';

type Props = {
  index: DatasetIndex;
  view: View;
  /** The filters are already applied in `view`; the charts draw what is in view. */
  filters: Filters;
  renderActions?: RenderChartActions;
};

export default function ChartsSection({ index, view, renderActions }: Props) {
  const { t, lang } = useI18n();
  // The app hands the charts a deferred view: the status and the timeline answer a filter change first.
  const rows = view.rows;
  const facts = useMemo(() => collectFacts(rows), [rows]);
  return (
    <section aria-labelledby="charts-title" className="space-y-3">
      <h2 id="charts-title" className="text-xl font-semibold">
        {t('charts.title')}
      </h2>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-700 dark:border-slate-600 dark:text-slate-200">
          {t('charts.empty')}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700 dark:text-slate-200">
            {t('charts.unitNote')} <span className="no-print">{t('charts.clickHint')}</span>
          </p>
          <div className="grid gap-6 2xl:grid-cols-2">
            {slots.map((slot) => (
              <ErrorBoundary
                key={slot.title}
                resetKey={rows}
                fallback={(error) => (
                  <figure className="rounded-lg border border-red-300 p-4 dark:border-red-700">
                    <figcaption className="font-semibold">{t(slot.title)}</figcaption>
                    <p role="alert" className="mt-2 text-sm">
                      {t('charts.error', { reason: error.message })}
                    </p>
                  </figure>
                )}
              >
                <ChartSlot
                  slot={slot}
                  index={index}
                  rows={rows}
                  lang={lang}
                  facts={facts}
                  renderActions={renderActions}
                />
              </ErrorBoundary>
            ))}
          </div>
        </>
      )}
    </section>
  );
}

type Slot = {
  title: MessageKey;
  model: (index: DatasetIndex, rows: readonly VisitRow[], lang: Lang, facts: RowFacts) => ChartModel;
  columns: (t: T) => FigureColumns;
};

/**
 * The four charts. Each computes its own model inside its own error boundary, so that one failing leaves the
 * rest; they differ only in their data and the headers of their tables.
 */
const slots: Slot[] = [
  // 1. Which supply types reached which district: visits per district and supply type, grouped bars.
  {
    title: 'charts.byDistrict',
    model: districtSupplyModel,
    columns: (t) => ({ label: t('charts.col.district') }),
  },
  // 2. Supplies as written (口罩 vs 医用口罩, 消毒液 vs 84消毒液 …): the text stays verbatim Chinese.
  {
    title: 'charts.variants',
    model: variantModel,
    columns: (t) => ({
      label: t('charts.col.variant'),
      detail: t('charts.col.type'),
      renderLabel: (row) => <span lang="zh-CN">{row.verbatim ?? row.label}</span>,
    }),
  },
  // 3. People × supplies: each person in view (name and role), visits per supply type.
  {
    title: 'charts.people',
    model: peopleSupplyModel,
    columns: (t) => ({
      label: t('charts.col.person'),
      detail: t('charts.col.role'),
      renderLabel: (row) => row.facet.name,
    }),
  },
  // 4. Where the visits went: district › street › community as indented bars in the district's colour. There is
  //    no place filter, so a click on a place filters by its district.
  { title: 'charts.places', model: placeModel, columns: (t) => ({ label: t('charts.col.place') }) },
];

function ChartSlot({
  slot,
  index,
  rows,
  lang,
  facts,
  renderActions,
}: {
  slot: Slot;
  index: DatasetIndex;
  rows: readonly VisitRow[];
  lang: Lang;
  facts: RowFacts;
  renderActions?: RenderChartActions;
}) {
  const { t } = useI18n();
  const model = useMemo(() => slot.model(index, rows, lang, facts), [slot, index, rows, lang, facts]);
  return (
    <ChartFigure
      model={model}
      title={t(slot.title)}
      columns={slot.columns(t)}
      renderActions={renderActions}
    />
  );
}
