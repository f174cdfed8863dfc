import { useI18n } from '../../i18n/i18n';
import type { RenderChartActions } from '../../lib/chart-handle';
import type { ChartModel } from './chart-data';
import { ChartFigure } from './chart-figure';

/**
 * 4. Where the visits went: district › street › community as indented bars, each in its district's colour. There
 * is no place filter, so a click on a place filters by its district.
 */
export function PlacesChart({
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
      title={t('charts.places')}
      columns={{ label: t('charts.col.place') }}
      renderActions={renderActions}
    />
  );
}
