import { Fragment, useMemo, useState } from 'react';
import { facetLabel, personName, placeName } from '../../data/labels';
import type { DatasetIndex, VisitRow } from '../../data/select';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import { formatDate, listSeparator } from '../../lib/format';

type SortKey = 'date' | 'district' | 'lead';
/** Rows per page: a long view is paged, never rendered whole. */
export const PAGE_SIZE = 50;
type Sort = { key: SortKey; dir: 'ascending' | 'descending' };

export function sortRows(
  rows: readonly VisitRow[],
  index: DatasetIndex,
  sort: Sort,
  lang: 'zh' | 'en',
): VisitRow[] {
  const sign = sort.dir === 'ascending' ? 1 : -1;
  // By date: the rows come in time order already (undated last, as in the timeline). Sort keys compare by code
  // unit (a collator put the undated key '~' first), and 100,000 rows need no sorting at all.
  if (sort.key === 'date') {
    if (sign === 1) return rows.slice();
    const order = rows.map((row, i) => ({ row, i }));
    order.sort((a, b) =>
      a.row.sortKey === b.row.sortKey ? a.i - b.i : a.row.sortKey < b.row.sortKey ? 1 : -1,
    );
    return order.map((x) => x.row);
  }
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const value = (row: VisitRow) => {
    if (sort.key === 'district') return row.districtId === null ? '' : placeName(index, row.districtId, lang);
    return row.leadIds.map((id) => facetLabel(index, 'person', id, lang)).join(',');
  };
  // Ties keep time order, so a sort by district lists each district's visits chronologically.
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => sign * collator.compare(a.v, b.v) || a.i - b.i)
    .map((x) => x.row);
}

/** The visits in view as a table, sortable by date, district and lead. */
export function VisitsTable({ index, rows }: { index: DatasetIndex; rows: readonly VisitRow[] }) {
  const { t, lang, pick } = useI18n();
  const [sort, setSort] = useState<Sort>({ key: 'date', dir: 'ascending' });
  const sorted = useMemo(() => sortRows(rows, index, sort, lang), [rows, index, sort, lang]);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = sorted.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const header = (key: SortKey, label: MessageKey) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? sort.dir : 'none'} className="whitespace-nowrap p-2 text-left">
        <button
          type="button"
          className="inline-flex items-center gap-1 font-semibold"
          onClick={() =>
            setSort(
              active
                ? { key, dir: sort.dir === 'ascending' ? 'descending' : 'ascending' }
                : { key, dir: 'ascending' },
            )
          }
        >
          {t(label)}
          <span aria-hidden="true">{active ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    );
  };
  // Laid out with the page, not only once on screen (no content-visibility): its height is its rows', never an
  // estimate, so the export buttons just below do not jump as a user scrolls to them. A page is at most 50 rows.
  return (
    <section aria-labelledby="table-title" className="space-y-2">
      <h2 id="table-title" className="text-xl font-semibold">
        {t('table.title')}
      </h2>
      <div
        className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-700"
        tabIndex={0}
        role="group"
        aria-labelledby="table-title"
      >
        <table className="w-full min-w-[40rem] border-collapse text-sm">
          <thead className="bg-slate-50 dark:bg-slate-800">
            <tr>
              {header('date', 'table.date')}
              {header('district', 'table.district')}
              <th scope="col" className="p-2 text-left">
                {t('table.place')}
              </th>
              {header('lead', 'table.lead')}
              <th scope="col" className="p-2 text-left">
                {t('table.supplies')}
              </th>
              <th scope="col" className="p-2 text-left">
                {t('table.headline')}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.visit.id} className="border-t border-slate-200 dark:border-slate-700">
                <td className="whitespace-nowrap p-2">
                  {row.visit.date === null ? t('card.noDate') : formatDate(row.visit.date, lang)}
                  {!row.visit.dateCertain && (
                    <span title={row.visit.dateNote ? pick(row.visit.dateNote) : undefined}> ⚠</span>
                  )}
                </td>
                {/* A name is never cut over two lines (Heshan / District); the headline takes what is left. */}
                <td className="whitespace-nowrap p-2">
                  <bdi>
                    {row.districtId === null
                      ? t('charts.noDistrict')
                      : placeName(index, row.districtId, lang)}
                  </bdi>
                  {row.visit.districtInferred && <span title={t('flag.district')}> ⚠</span>}
                </td>
                <td className="p-2">
                  {row.placePath.slice(1).map((id, i) => (
                    <Fragment key={id}>
                      {i > 0 && ' › '}
                      <bdi>{placeName(index, id, lang)}</bdi>
                    </Fragment>
                  ))}
                </td>
                <td className="p-2">
                  {row.leadIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && listSeparator(lang)}
                      <bdi className="whitespace-nowrap">{personName(index, id, lang)}</bdi>
                    </span>
                  ))}
                </td>
                <td className="p-2">
                  {row.visit.supplies.map((sup, i) => (
                    <Fragment key={i}>
                      {i > 0 && (lang === 'zh' ? '、' : ', ')}
                      <bdi>{sup.text}</bdi>
                      {lang === 'en' && (
                        <>
                          {' ('}
                          <bdi>{index.supplyTypes.get(sup.supplyTypeId)?.name.en ?? sup.supplyTypeId}</bdi>
                          {')'}
                        </>
                      )}
                    </Fragment>
                  ))}
                </td>
                <td className="p-2">
                  <bdi>{pick(row.visit.headline)}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label={t('table.pages')} className="no-print flex flex-wrap items-center gap-2 text-sm">
          <button
            type="button"
            className="rounded border border-slate-300 px-2 py-1 disabled:opacity-50 dark:border-slate-600"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            {t('table.previous')}
          </button>
          <span>{t('table.page', { page: current + 1, pages, rows: sorted.length })}</span>
          <button
            type="button"
            className="rounded border border-slate-300 px-2 py-1 disabled:opacity-50 dark:border-slate-600"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('table.next')}
          </button>
        </nav>
      )}
    </section>
  );
}

export default VisitsTable;
