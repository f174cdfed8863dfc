/** One render helper for component tests: a fresh QueryClient without retries, URL state in memory. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderOptions } from '@testing-library/react';
import { NuqsTestingAdapter, type OnUrlUpdateFunction } from 'nuqs/adapters/testing';
import type { ReactElement, ReactNode } from 'react';
import { I18nProvider, type Lang } from '../i18n/i18n';

export function testQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
}

export function renderWithProviders(
  ui: ReactElement,
  {
    searchParams = '',
    lang,
    onUrlUpdate,
    client = testQueryClient(),
    ...options
  }: RenderOptions & {
    searchParams?: string;
    lang?: Lang;
    onUrlUpdate?: OnUrlUpdateFunction;
    client?: QueryClient;
  } = {},
) {
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <NuqsTestingAdapter searchParams={searchParams} onUrlUpdate={onUrlUpdate} hasMemory>
        {lang ? <I18nProvider lang={lang}>{children}</I18nProvider> : children}
      </NuqsTestingAdapter>
    </QueryClientProvider>
  );
  return { client, ...render(ui, { wrapper: Wrapper, ...options }) };
}
