/**
 * What the page could not read in the link, and why. Only a link with such values needs this and its words (in
 * the later messages): it loads when there are notices, not in the first paint.
 */
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import type { Notice } from './url-state';

/** The listed values of a notice, and how many more there were. */
function valuesText(n: Notice, lang: 'zh' | 'en', t: ReturnType<typeof useI18n>['t']): string {
  const sep = lang === 'zh' ? '、' : ', ';
  return n.values.join(sep) + (n.more > 0 ? t('notice.more', { count: n.more }) : '');
}

/** Says which link values were ignored, and why; never throws on what the link holds. */
export function UrlNotices({ notices }: { notices: Notice[] }) {
  const { t, lang } = useI18n();
  if (notices.length === 0) return null;
  const text = (n: Notice): string => {
    const values = valuesText(n, lang, t);
    switch (n.kind) {
      case 'lang':
        return t('notice.lang', { values });
      case 'repeated':
        return t('notice.repeated', { param: n.param, values });
      case 'evidence':
        return t('notice.evidence', { values });
      case 'date':
        return t('notice.date', { param: t(`param.${n.param}`), values });
      case 'dateOrder':
        return t('notice.dateOrder', { values });
      case 'params':
        return t('notice.params', { values });
      case 'renamed':
        return t('notice.renamed', { values });
      case 'ambiguous':
        return t('notice.ambiguous', { param: t(`param.${n.param}` as MessageKey), values });
      case 'unknown':
      case 'malformed':
        return t(n.kind === 'unknown' ? 'notice.ignored' : 'notice.malformed', {
          param: t(`param.${n.param}` as MessageKey),
          values,
        });
    }
  };
  return (
    <div
      role="note"
      className="no-print rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm break-words text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
    >
      <ul>
        {notices.map((n) => (
          <li key={`${n.kind}:${n.param}`}>{text(n)}</li>
        ))}
      </ul>
    </div>
  );
}
