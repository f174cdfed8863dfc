/** Shown only on paper: the filters of the view in words and the page's link. */
import type { DatasetIndex, Filters, VisitRow } from '../../data/select';
import { useViewCaption } from '../../data/view-words';
import { useI18n } from '../../i18n/i18n';

export default function PrintHeader({
  index,
  rows,
  filters,
  link,
}: {
  index: DatasetIndex;
  rows: readonly VisitRow[];
  filters: Filters;
  link: string;
}) {
  const { t } = useI18n();
  const caption = useViewCaption(index, rows, filters);
  return (
    <div className="print-only space-y-1 text-sm">
      <p>{t('print.filters', { filters: caption.filters })}</p>
      <p className="break-all">{t('print.link', { link })}</p>
    </div>
  );
}
