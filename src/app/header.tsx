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
  const first = bulletins[0];
  return (
    <header className="space-y-3">
      <h1 className="text-2xl font-bold leading-tight sm:text-3xl">
        {bulletins.length === 1 && first ? pick(first.title) : t('header.many', { count: bulletins.length })}
      </h1>
      {first && bulletins.length === 1 && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t('header.publisher')}
          {pick(first.publisher)}
          <span className="mx-2" aria-hidden="true">
            ·
          </span>
          {t('header.published')}
          <time dateTime={first.publishedAt}>{formatDateTime(first.publishedAt, lang)}</time>
        </p>
      )}
      {first && bulletins.length === 1 && first.notes && first.notes.length > 0 && (
        <details
          open
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
        >
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
      <dl aria-label={t('figures.label')} className="grid grid-cols-3 gap-2 sm:grid-cols-5">
        {figureKeys.map(([key, label]) => (
          <div key={key} className="rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-700">
            <dt className="text-xs text-slate-600 dark:text-slate-300">{t(label)}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{figures[key]}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
