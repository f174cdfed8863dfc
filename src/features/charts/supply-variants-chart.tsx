import { useI18n } from '../../i18n/i18n';
import type { RenderChartActions } from '../../lib/chart-handle';
import type { ChartModel } from './chart-data';
import { ChartFigure } from './chart-figure';

/** 2. Supplies as written (口罩 vs 医用口罩, 消毒液 vs 84消毒液 …): the text stays verbatim Chinese. */
export function SupplyVariantsChart({
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
      title={t('charts.variants')}
      columns={{
        label: t('charts.col.variant'),
        detail: t('charts.col.type'),
        renderLabel: (row) => <span lang="zh-CN">{row.verbatim ?? row.label}</span>,
      }}
      renderActions={renderActions}
    />
  );
}
