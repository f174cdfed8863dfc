import { useI18n } from '../../i18n/i18n';
import type { RenderChartActions } from '../../lib/chart-handle';
import type { ChartModel } from './chart-data';
import { ChartFigure } from './chart-figure';

/** 1. Which supply types reached which district: visits per district and supply type, grouped bars. */
export function SuppliesByDistrictChart({
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
      title={t('charts.byDistrict')}
      columns={{ label: t('charts.col.district') }}
      renderActions={renderActions}
    />
  );
}
