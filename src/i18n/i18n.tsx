import { createContext, use, useContext, useMemo, type ReactNode } from 'react';
import { zh, type MessageKey, type Messages } from './zh';

export type Lang = 'zh' | 'en';
export const langs: readonly Lang[] = ['zh', 'en'];

/**
 * The Chinese catalogue is part of the first paint (the page's default language); the English one loads when
 * first needed, or soon after the first paint (`preloadCatalogues`), so a switch is instant.
 */
const catalogues: Partial<Record<Lang, Messages>> = { zh };
const loading = new Map<Lang, Promise<void>>();

export function registerCatalogue(lang: Lang, messages: Messages): void {
  catalogues[lang] = messages;
}

export function loadCatalogue(lang: Lang): Promise<void> {
  let promise = loading.get(lang);
  if (!promise) {
    promise = catalogues[lang]
      ? Promise.resolve()
      : import('./en').then((module) => registerCatalogue('en', module.en));
    loading.set(lang, promise);
  }
  return promise;
}

export function preloadCatalogues(): void {
  for (const lang of langs) void loadCatalogue(lang);
}

export type Params = Record<string, string | number>;
export type T = (key: MessageKey, params?: Params) => string;

/** Fills `{name}` placeholders; a missing parameter is left visible rather than silently dropped. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translator(lang: Lang): T {
  const messages = catalogues[lang];
  if (!messages) throw new Error(`the ${lang} messages are not loaded yet (loadCatalogue first)`);
  return (key, params) => format(messages[key], params);
}

type I18n = { lang: Lang; t: T; pick: (text: { zh: string; en: string }) => string };
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  // Suspends until the language's catalogue is here (only English, and only the first time).
  if (!catalogues[lang]) use(loadCatalogue(lang));
  const value = useMemo<I18n>(() => ({ lang, t: translator(lang), pick: (text) => text[lang] }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}
