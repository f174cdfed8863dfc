import { createContext, use, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { textIn, type DataText } from './text';
import { zh, type MessageKey, type Messages } from './zh';

import { langs, type Lang } from './lang';

export { langs, type Lang };

/**
 * The Chinese catalogue is part of the first paint (the page's default language); the English one loads when
 * first needed, or soon after the first paint (`preloadCatalogues`), so a switch is instant. If it cannot load
 * (a lost connection, a new build that removed the old chunk), the page stays in Chinese and says so (`fallback`).
 */
const catalogues: Partial<Record<Lang, Partial<Messages>>> = { zh: { ...zh } };

/**
 * The Chinese messages of the parts loaded after the first paint: fetched once, merged into the Chinese catalogue
 * (so every `t` made for Chinese sees them). A lazy part of the page waits for them (`useLaterMessages`).
 */
let later: Tracked | null = null;
export function loadLaterMessages(): Promise<CatalogueResult> {
  if (!later) {
    const promise: Tracked = import('./zh-later').then(
      (module): CatalogueResult => {
        Object.assign(catalogues.zh ?? {}, module.zhLater);
        return { ok: true };
      },
      (error: unknown): CatalogueResult => {
        later = null; // a later call tries again
        return { ok: false, reason: error instanceof Error ? error.message : String(error) };
      },
    );
    promise.status = 'pending';
    void promise.then((result) => Object.assign(promise, { status: 'fulfilled', value: result }));
    later = promise;
  }
  return later;
}

/** Suspends until the later messages are here; a part that cannot get them fails in its place. */
export function useLaterMessages(): void {
  const result = use(loadLaterMessages());
  if (!result.ok) throw new Error(result.reason);
}

export type CatalogueResult = { ok: true } | { ok: false; reason: string };
/** A promise that React's use() can read at once once it has settled (status and value as React sets them). */
type Tracked = Promise<CatalogueResult> & { status?: 'pending' | 'fulfilled'; value?: CatalogueResult };
/** `shown`: what the page uses now (the last settled load, or the first one while pending); `next`: a retry. */
type Entry = { shown: Tracked; next: Tracked | null };
const entries = new Map<Lang, Entry>();
const listeners = new Set<() => void>();
let version = 0;
const changed = () => {
  version += 1;
  for (const listener of listeners) listener();
};

function settled(result: CatalogueResult): Tracked {
  return Object.assign(Promise.resolve(result), { status: 'fulfilled' as const, value: result });
}

function startLoad(lang: Lang): Tracked {
  if (catalogues[lang]) return settled({ ok: true });
  const promise: Tracked = import('./en').then(
    (module): CatalogueResult => {
      registerCatalogue('en', module.en);
      return { ok: true };
    },
    (error: unknown): CatalogueResult => ({
      ok: false,
      reason: error instanceof Error ? error.message : String(error),
    }),
  );
  promise.status = 'pending';
  void promise.then((result) => Object.assign(promise, { status: 'fulfilled', value: result }));
  return promise;
}

function entryFor(lang: Lang): Entry {
  let entry = entries.get(lang);
  if (!entry) {
    entry = { shown: startLoad(lang), next: null };
    entries.set(lang, entry);
    void entry.shown.then(changed);
  }
  return entry;
}

export function registerCatalogue(lang: Lang, messages: Partial<Messages>): void {
  catalogues[lang] = messages;
}

/**
 * Loads a language's messages. Never rejects: it resolves to `{ ok: false, reason }` when they cannot be loaded
 * (the page then stays in Chinese with a notice), and a call after such a failure tries again.
 */
export function loadCatalogue(lang: Lang): Promise<CatalogueResult> {
  const entry = entryFor(lang);
  if (entry.next) return entry.next;
  if (entry.shown.status !== 'fulfilled' || entry.shown.value?.ok !== false) return entry.shown;
  // A retry: the page keeps what it shows (Chinese, and the notice) until the retry has settled.
  const next = startLoad(lang);
  entry.next = next;
  void next.then(() => {
    entry.shown = next;
    entry.next = null;
    changed();
  });
  return next;
}

export function preloadCatalogues(): void {
  void loadLaterMessages();
  for (const lang of langs) void loadCatalogue(lang);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const getVersion = () => version;

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
  // A key with no message (a later message asked for before it loaded) shows as itself, never as nothing.
  return (key, params) => format(messages[key] ?? key, params);
}

/** Set when the page wanted another language and could not load it, so shows Chinese instead. */
export type LangFallback = { wanted: Lang; reason: string };
type I18n = {
  lang: Lang;
  t: T;
  pick: (text: DataText) => string;
  fallback: LangFallback | null;
  /** Tries again to load the language the page wanted (after a fallback). */
  retryLang: () => void;
};
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  lang,
  children,
  notice = true,
}: {
  lang: Lang;
  children: ReactNode;
  /** Show the fallback notice above the page; false where the app places <LangFallbackNotice /> itself. */
  notice?: boolean;
}) {
  // Every hook, every render: the store says when a load settles; use() suspends only on a first, pending load
  // (English, the first time), and reads a settled one at once.
  useSyncExternalStore(subscribe, getVersion, getVersion);
  const result = use<CatalogueResult>(entryFor(lang).shown as Promise<CatalogueResult>);
  const shown: Lang = result.ok ? lang : 'zh';
  const reason = result.ok ? null : result.reason;
  const value = useMemo<I18n>(
    () => ({
      lang: shown,
      t: translator(shown),
      pick: (text) => textIn(text, shown),
      fallback: reason === null ? null : { wanted: lang, reason },
      retryLang: () => void loadCatalogue(lang),
    }),
    [shown, lang, reason],
  );
  return (
    <I18nContext.Provider value={value}>
      {notice && <LangFallbackNotice />}
      {children}
    </I18nContext.Provider>
  );
}

/** Says that the page stays in Chinese because the other language could not be loaded, with a retry. */
export function LangFallbackNotice() {
  const { fallback, t, retryLang } = useI18n();
  if (!fallback) return null;
  return (
    <div
      role="note"
      className="mx-auto my-2 max-w-screen-2xl rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
    >
      {t('loading.langFailed', { reason: fallback.reason })}{' '}
      <button type="button" className="underline" onClick={retryLang}>
        {t('loading.langRetry')}
      </button>
    </div>
  );
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it');
  return value;
}
