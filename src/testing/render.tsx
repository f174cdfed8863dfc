/** One render helper for component tests: a fresh QueryClient without retries, the link set as asked. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import {
  onUrlUpdate as followUrl,
  syncFromLocation,
  type UrlUpdateEvent,
} from '../features/filters/url-store';
import { I18nProvider, type Lang } from '../i18n/i18n';

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

let unfollow: (() => void) | null = null;

export function renderWithProviders(
  ui: ReactElement,
  {
    searchParams = '',
    lang,
    onUrlUpdate,
    client = testQueryClient(),
    ...options
  }: RenderOptions & {
    /** The page's link when the test starts (`?district=east`). */
    searchParams?: string;
    lang?: Lang;
    /** Called on every write to the link. */
    onUrlUpdate?: (event: UrlUpdateEvent) => void;
    client?: QueryClient;
  } = {},
) {
  // Each test starts from its own link, whatever the test before left in jsdom's location.
  const query = searchParams.replace(/^\?/, '');
  history.replaceState(null, '', `/${query ? `?${query}` : ''}`);
  syncFromLocation();
  unfollow?.();
  unfollow = onUrlUpdate ? followUrl(onUrlUpdate) : null;
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      {lang ? <I18nProvider lang={lang}>{children}</I18nProvider> : children}
    </QueryClientProvider>
  );
  return { client, ...render(ui, { wrapper: Wrapper, ...options }) };
}
