import { facetLabel } from '../../data/labels';
import { facetKeys, type DatasetIndex, type Filters } from '../../data/select';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import { toggleValue, type Notice } from './url-state';

/** The active filters as chips; a click on a chip removes its filter. */
export function ActiveFilters({
  index,
  filters,
  onChange,
}: {
  index: DatasetIndex;
  filters: Filters;
  onChange: (next: Filters) => void;
}) {
  const { t, lang } = useI18n();
  const chips = facetKeys.flatMap((key) => filters[key].map((id) => ({ key, id })));
  return (
    <div
      className="no-print flex flex-wrap items-center gap-2 text-sm"
      aria-label={t('filters.active')}
      role="group"
    >
      {chips.length === 0 ? (
        <span className="text-slate-600 dark:text-slate-300">{t('filters.none')}</span>
      ) : (
        chips.map(({ key, id }) => {
          const name = facetLabel(index, key, id, lang);
          return (
            <button
              key={`${key}:${id}`}
              type="button"
              className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-slate-100 px-3 py-0.5 hover:bg-slate-200 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700"
              aria-label={t('filters.remove', { name })}
              onClick={() => onChange(toggleValue(filters, key, id))}
            >
              <span className="text-xs text-slate-600 dark:text-slate-300">
                {t(`param.${key}` as MessageKey)}
              </span>
              <span>{name}</span>
              <span aria-hidden="true">×</span>
            </button>
          );
        })
      )}
    </div>
  );
}

/** Says which link values were ignored, and why; never throws on what the link holds. */
export function UrlNotices({ notices }: { notices: Notice[] }) {
  const { t, lang } = useI18n();
  if (notices.length === 0) return null;
  const sep = lang === 'zh' ? '、' : ', ';
  return (
    <div
      role="note"
      className="no-print rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
    >
      <ul>
        {notices.map((n) => (
          <li key={`${n.kind}:${n.param}`}>
            {n.kind === 'lang'
              ? t('notice.lang', { values: n.values.join(sep) })
              : n.kind === 'repeated'
                ? t('notice.repeated', { param: n.param, values: n.values.join(sep) })
                : t(n.kind === 'unknown' ? 'notice.ignored' : 'notice.malformed', {
                    param: t(`param.${n.param}` as MessageKey),
                    values: n.values.join(sep),
                  })}
          </li>
        ))}
      </ul>
    </div>
  );
}
