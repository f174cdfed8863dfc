/**
 * The charts: supplies by district, supplies as written, people × supplies, and where the visits went. Loaded
 * lazily by the app (Recharts stays out of the first load). Every number is a number of visits.
 */
import { useDeferredValue, useMemo } from 'react';
import type { DatasetIndex, Filters, View } from '../../data/select';
import { useI18n } from '../../i18n/i18n';
import type { RenderChartActions } from '../../lib/chart-handle';
import { chartModels } from './chart-data';
import { PeopleSuppliesChart } from './people-supplies-chart';
import { PlacesChart } from './places-chart';
import { SuppliesByDistrictChart } from './supplies-by-district-chart';
import { SupplyVariantsChart } from './supply-variants-chart';

type Props = {
  index: DatasetIndex;
  view: View;
  /** The filters are already applied in `view`; the charts draw what is in view. */
  filters: Filters;
  renderActions?: RenderChartActions;
};

export default function ChartsSection({ index, view, renderActions }: Props) {
  const { t, lang } = useI18n();
  // The status and the timeline answer a filter change first; the charts follow in a deferred render.
  const rows = useDeferredValue(view.rows);
  const models = useMemo(() => chartModels(index, rows, lang), [index, rows, lang]);
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
            <SuppliesByDistrictChart model={models['supplies-by-district']} renderActions={renderActions} />
            <SupplyVariantsChart model={models['supply-variants']} renderActions={renderActions} />
            <PeopleSuppliesChart model={models['people-supplies']} renderActions={renderActions} />
            <PlacesChart model={models.places} renderActions={renderActions} />
          </div>
        </>
      )}
    </section>
  );
}
