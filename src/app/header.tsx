import { useState } from 'react';
import type { DatasetIndex, Figures } from '../data/select';
import { useI18n, type Lang } from '../i18n/i18n';
import type { MessageKey } from '../i18n/zh';
import { formatDateTime } from '../lib/format';
import { applyTheme, readThemeChoice, saveThemeChoice, type ThemeChoice } from '../lib/theme';

export function Toolbar({ onLang }: { onLang: (lang: Lang) => void }) {
  const { t, lang } = useI18n();
  const [theme, setTheme] = useState<ThemeChoice>(readThemeChoice);
  return (
    <div className="no-print flex flex-wrap items-center justify-end gap-2 text-sm">
      <label className="inline-flex items-center gap-1">
        <span>{t('theme.label')}</span>
        <select
          className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          value={theme}
          onChange={(e) => {
            const choice = e.target.value as ThemeChoice;
            setTheme(choice);
            saveThemeChoice(choice);
            applyTheme(choice);
          }}
        >
          <option value="system">{t('theme.system')}</option>
          <option value="light">{t('theme.light')}</option>
          <option value="dark">{t('theme.dark')}</option>
        </select>
      </label>
      <button
        type="button"
        lang={lang === 'zh' ? 'en' : 'zh-CN'}
        className="rounded border border-slate-300 px-3 py-1 font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
        onClick={() => onLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('lang.toggle')}
      </button>
    </div>
  );
}

const figureKeys: [keyof Figures, MessageKey][] = [
  ['visits', 'figures.visits'],
  ['people', 'figures.people'],
  ['places', 'figures.places'],
  ['districts', 'figures.districts'],
  ['supplyTypes', 'figures.supplyTypes'],
];

export function Header({ index, figures }: { index: DatasetIndex; figures: Figures }) {
  const { t, lang, pick } = useI18n();
  const bulletins = index.dataset.bulletins;
  const first = bulletins.length === 1 ? bulletins[0] : undefined;
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-bold leading-tight sm:text-3xl">
        {first ? <bdi>{pick(first.title)}</bdi> : t('header.many', { count: bulletins.length })}
      </h1>
      {first && (first.publisher || first.publishedAt) && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {first.publisher && (
            <>
              {t('header.publisher')}
              <bdi>{pick(first.publisher)}</bdi>
            </>
          )}
          {first.publisher && first.publishedAt && (
            <span className="mx-2" aria-hidden="true">
              ·
            </span>
          )}
          {first.publishedAt && (
            <>
              {t('header.published')}
              <time dateTime={first.publishedAt}>{formatDateTime(first.publishedAt, lang)}</time>
            </>
          )}
        </p>
      )}
      <dl aria-label={t('figures.label')} className="grid grid-cols-3 gap-2 sm:grid-cols-5">
        {figureKeys.map(([key, label]) => (
          <div key={key} className="rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-700">
            <dt className="text-xs text-slate-600 dark:text-slate-300">{t(label)}</dt>
            <dd className="text-2xl font-semibold tabular-nums">
              {figures[key]}
              {key === 'people' && figures.entrustedOnly > 0 && (
                <span className="ml-1 block text-xs font-normal text-slate-600 sm:inline dark:text-slate-300">
                  {t('figures.entrusted', { count: figures.entrustedOnly })}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {first?.notes && first.notes.length > 0 && (
        // The caveats matter, but they are not the news: one line that opens them.
        <details className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950 print:open dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          <summary className="cursor-pointer font-medium">
            {t('header.notes', { count: first.notes.length })}
          </summary>
          <ul className="mt-1 list-disc space-y-0.5 pl-5">
            {first.notes.map((note, i) => (
              <li key={i}>{pick(note)}</li>
            ))}
          </ul>
        </details>
      )}
    </header>
  );
}
