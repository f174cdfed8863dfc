import { useI18n } from '../../i18n/i18n';
import type { RenderChartActions } from '../../lib/chart-handle';
import type { ChartModel } from './chart-data';
import { ChartFigure } from './chart-figure';

/** 3. People × supplies: each person in view (name and role), visits per supply type. */
export function PeopleSuppliesChart({
  model,
  renderActions,
}: {
  model: ChartModel;
  renderActions?: RenderChartActions;
}) {
  const { t } = useI18n();
  return (
    <ChartFigure
      model={model}
      title={t('charts.people')}
      columns={{
        label: t('charts.col.person'),
        detail: t('charts.col.role'),
        renderLabel: (row) => row.facet.name,
      }}
      renderActions={renderActions}
    />
  );
}
