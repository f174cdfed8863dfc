/** The bundled dataset: fetch, parse (zod, loaded on demand), queryOptions and the hook, in one file. */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { DatasetLoadError } from './load-error';
import type { ParseReply } from './parse-worker';
import type { Dataset } from './schema';

export const DATASET_URL = 'data/dataset.json';

export async function fetchDataset(url: string = DATASET_URL, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError({
      kind: 'network',
      url,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  if (!response.ok) {
    throw new DatasetLoadError({
      kind: 'http',
      url,
      status: response.status,
      statusText: response.statusText,
    });
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('text/html')) throw new DatasetLoadError({ kind: 'html', url });
  return parseBody(await response.arrayBuffer(), url);
}

/**
 * Parses in a worker where there is one (the page stays responsive); else here. The body goes to the worker as bytes, transferred, not copied: the main thread never holds the file as a string.
 */
async function parseBody(body: ArrayBuffer, url: string): Promise<Dataset> {
  const onMainThread = async () =>
    (await import('./parse-dataset')).parseDatasetText(new TextDecoder().decode(body), url);
  if (typeof Worker === 'undefined') return onMainThread();
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onMainThread(); // e.g. a policy that forbids workers: the body is still ours
  }
  const reply = await new Promise<ParseReply>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`the dataset could not be parsed: ${event.message || 'the parsing worker failed'}`));
    };
    worker.postMessage({ body, url }, [body]);
  });
  if (!reply.ok) throw new DatasetLoadError(reply.problem);
  return reply.dataset;
}

export const datasetQueryOptions = (url: string = DATASET_URL) =>
  queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // The dataset is bundled with the build: it never goes stale.
    staleTime: Infinity,
    gcTime: Infinity,
    // A broken file stays broken: retry only when the user asks.
    retry: (count, error) => !(error instanceof DatasetLoadError) && count < 2,
  });

export function useDataset(url?: string) {
  return useQuery(datasetQueryOptions(url));
}
