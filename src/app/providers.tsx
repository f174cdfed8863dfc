import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';

export function makeQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
}

export function Providers({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? makeQueryClient());
  return (
    <ErrorBoundary fallback={(error) => <PageCrash error={error} />}>
      <QueryClientProvider client={queryClient}>
        {/* The English catalogue loads on demand: a link with lang=en waits for it here. */}
        <Suspense fallback={null}>{children}</Suspense>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}

/** Last resort: a bug in the page says so (in both languages, since i18n may be what failed). */
function PageCrash({ error }: { error: Error }) {
  return (
    <div role="alert" className="m-6 rounded border border-red-400 p-4">
      <p className="font-semibold">页面出错了 · The page failed</p>
      <p className="mt-2 font-mono text-sm">{error.message}</p>
      <button type="button" className="mt-3 rounded border px-3 py-1" onClick={() => location.reload()}>
        重新加载 · Reload
      </button>
    </div>
  );
}
