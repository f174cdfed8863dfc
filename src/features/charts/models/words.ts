/** The numbers of a chart as one sentence: what a screen reader hears for the drawing (role="img"). Pure. */
import type { Lang, T } from '../../../i18n/i18n';
import { listJoin } from '../../../lib/format';
import type { ChartModel } from './rows';

/** At most this many rows are read out; the table has them all. */
const READ_ROWS = 8;

export function numbersSentence(model: ChartModel, t: T, lang: Lang): string {
  const grouped = model.colorBy === 'series';
  const items = model.chartRows.slice(0, READ_ROWS).map((row) => {
    const values = grouped
      ? listJoin(
          model.series.map((s) => t('charts.seriesValue', { name: s.label, value: String(row[s.key] ?? 0) })),
          lang,
        )
      : String(row.v0 ?? 0);
    return t('charts.readRow', { name: row.fullLabel, values });
  });
  const more =
    model.chartRows.length > READ_ROWS
      ? t('charts.readMore', { count: model.chartRows.length - READ_ROWS })
      : '';
  return t('charts.read', {
    title: model.title,
    unit: model.unit,
    rows: items.join(t('export.sep')),
    more,
  });
}
