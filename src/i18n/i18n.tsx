import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type Lang = 'zh' | 'en';
export const langs: readonly Lang[] = ['zh', 'en'];
const catalogues = { zh, en } as const;

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
  return (key, params) => format(messages[key], params);
}

/** Picks the page language's side of a bilingual data text. */
export function pick(text: { zh: string; en: string }, lang: Lang): string {
  return text[lang];
}

type I18n = { lang: Lang; t: T; pick: (text: { zh: string; en: string }) => string };
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(() => ({ lang, t: translator(lang), pick: (text) => text[lang] }), [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}
