/**
 * A text of the data in the page language. English is optional in the data (a drafted bulletin has Chinese only
 * until a person translates it): where it is missing the Chinese is shown, and `untranslated` says so, so that the
 * page can mark it (lang="zh-CN" and a note) rather than pass Chinese off as English.
 */
import type { Lang } from './lang';

export type DataText = { zh: string; en?: string | undefined };

export function textIn(text: DataText, lang: Lang): string {
  return lang === 'en' ? (text.en ?? text.zh) : text.zh;
}

/** True where the page is in English and the data has no English for this text. */
export function untranslated(text: DataText, lang: Lang): boolean {
  return lang === 'en' && text.en === undefined;
}
