/** Composes the features into the page: the only module that knows them all. */
import {
  lazy,
  memo,
  Suspense,
  type ComponentType,
  type ReactNode,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
} from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { useCombinedDataset } from '../data/use-combined-dataset';
import { AddBulletinButton } from '../features/add/add-button';
import type { Dataset } from '../data/schema';
import { indexOf } from '../data/index-of';
import {
  bulletinIdsInView,
  selectViewRemembered,
  type DatasetIndex,
  type DateRange,
  type FacetKey,
  type Filters,
  type View,
} from '../data/select';
import { ActiveFilters } from '../features/filters/active-filters';
import { FilterBar } from '../features/filters/filter-bar';
import { addValue, toggleValue, withDates } from '../features/filters/url-state';
import { currentLink } from '../features/filters/current-link';
import { useQueryParams } from '../features/filters/url-store';
import { useUrlEvidence, useUrlFilters, useUrlLang } from '../features/filters/use-url-state';
import { Timeline } from '../features/timeline/timeline';
import {
  I18nProvider,
  loadCatalogue,
  preloadCatalogues,
  useI18n,
  useLaterMessages,
  type Lang,
} from '../i18n/i18n';
import type { RenderChartActions } from '../lib/chart-handle';
import { PageActionsProvider, type PageActions } from '../lib/page-actions';
import { Header, Toolbar } from './header';

// Below the first screen, loaded right after the first paint.
// memo: they get deferred props, and must not re-render in the urgent pass that shows a filter change.
const SourceView = memo(lazy(() => import('../features/source/source-view')));
const VisitsTable = memo(lazy(() => import('../features/table/visits-table')));
const ChartsSection = memo(lazy(() => import('../features/charts/charts-section')));
// The visits over time lead the page beside the map; their code loads with the charts'.
const TimeFigure = memo(lazy(() => import('../features/charts/time-figure')));
const DataExport = memo(lazy(() => import('../features/export/data-export')));
const AboutData = memo(lazy(() => import('../features/about/about-data')));
// Only a page whose data failed needs the words for it.
const LoadError = lazy(() => import('./load-error-alert').then((m) => ({ default: m.LoadError })));
const PrintHeader = memo(lazy(() => import('../features/about/print-header')));
// Only a link with values the page cannot read, or with bulletins this browser lacks, needs these and their words.
const LinkNotes = lazy(() => import('./link-notes').then((m) => ({ default: m.LinkNotes })));
// The map leads the page, but its code and geometry are not part of the first paint.
const MapFigure = memo(lazy(() => import('../features/map/map-figure')));
const ChartExport = lazy(() => import('../features/export/chart-export'));
const AddBulletinView = lazy(() => import('../features/add/add-view'));
const MyBulletins = lazy(() => import('../features/library/my-bulletins'));

/** The export buttons of a chart; their code loads with the charts, after the first paint. */
const renderChartActions: RenderChartActions = (chart) => (
  <Part>
    <ChartExport chart={chart} />
  </Part>
);

/**
 * A part of the page loaded after the first paint: while it loads, `loading` shows; if its code cannot be
 * loaded or it fails, an alert says so in its place, with a reload, and the rest of the page keeps working.
 */
function Part({ children, loading = null }: { children: ReactNode; loading?: ReactNode }) {
  const { t } = useI18n();
  return (
    <ErrorBoundary
      fallback={(error) => (
        <div role="alert" className="rounded border border-red-300 p-3 text-sm dark:border-red-700">
          {t('app.partFailed', { reason: error.message })}{' '}
          <button type="button" className="underline" onClick={() => location.reload()}>
            {t('app.reload')}
          </button>
        </div>
      )}
    >
      <Suspense fallback={loading}>
        <WithLaterMessages>{children}</WithLaterMessages>
      </Suspense>
    </ErrorBoundary>
  );
}

/** The add view's parameter: `?add=new`, or the id of a bulletin of the library being edited. */
const addKeys = ['add'] as const;

/** The messages of the parts after the first paint load with them (src/i18n/zh-later.ts). */
function WithLaterMessages({ children }: { children: ReactNode }) {
  useLaterMessages();
  return children;
}

export function App() {
  const [lang, setUrlLang] = useUrlLang();
  // Switch once the other language's messages are here, so the page never blanks while they load.
  const setLang = useCallback(
    (next: Lang) => void loadCatalogue(next).then(() => setUrlLang(next)),
    [setUrlLang],
  );
  useEffect(() => {
    const id = setTimeout(preloadCatalogues, 1500);
    return () => clearTimeout(id);
  }, []);
  return (
    <I18nProvider lang={lang}>
      <Shell setLang={setLang} />
    </I18nProvider>
  );
}

function Shell({ setLang }: { setLang: (lang: Lang) => void }) {
  const [{ add }, setAddParam] = useQueryParams(addKeys);
  const setAdd = (value: string | null) => setAddParam({ add: value });
  return (
    <>
      <DocumentMeta />
      <div className="mx-auto max-w-screen-2xl space-y-6 px-3 py-4 sm:px-6">
        <SkipLinks />
        <div className="no-print flex flex-wrap items-center justify-end gap-2">
          <AddBulletinButton open={add !== null} onOpen={() => setAdd('new')} />
          <Toolbar onLang={setLang} />
        </div>
        {add !== null && (
          <Part>
            <AddBulletinView key={add} target={add} onClose={() => setAdd(null)} />
          </Part>
        )}
        <Page onEdit={(id) => setAdd(id)} />
      </div>
    </>
  );
}

/** Targets of the skip links: each a heading or region that takes focus. */
const skipTargets = [
  ['filters', 'app.skipFilters'],
  ['timeline-title', 'app.skipTimeline'],
  ['charts-title', 'app.skipCharts'],
] as const;

/**
 * The first Tab stops: to the filters, the timeline and the charts. They focus their target without writing a
 * #hash into the link, which holds the view.
 */
function SkipLinks() {
  const { t } = useI18n();
  return (
    <nav aria-label={t('app.skipLinks')} className="no-print absolute">
      <ul>
        {skipTargets.map(([id, label]) => (
          <li key={id}>
            <a
              href={`#${id}`}
              onClick={(event) => {
                const target = document.getElementById(id);
                if (!target) return;
                event.preventDefault();
                target.focus();
                target.scrollIntoView({ block: 'start' });
              }}
              className="sr-only rounded bg-white px-3 py-2 text-slate-900 shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
            >
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** `<html lang>` and the document title follow the page language. */
function DocumentMeta() {
  const { lang, t, pick } = useI18n();
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const { data } = useCombinedDataset();
  const first = data?.bulletins.length === 1 ? data.bulletins[0] : undefined;
  const title = first ? pick(first.title) : undefined;
  useEffect(() => {
    document.title = `${title ?? t('app.name')} · ${t('app.suffix')}`;
  }, [title, t]);
  return null;
}

function Page({ onEdit }: { onEdit: (id: string) => void }) {
  const { t } = useI18n();
  const query = useCombinedDataset();
  // Until the bulletin is here, the page's one h1 names the dashboard.
  const heading = <h1 className="text-2xl font-bold">{t('app.name')}</h1>;
  if (query.isPending) {
    return (
      <>
        {heading}
        <p role="status" className="py-10 text-center text-slate-600 dark:text-slate-300">
          {t('app.loading')}
        </p>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {heading}
        <ErrorBoundary
          fallback={() => (
            // The words for the error could not load either (the connection is gone): the bare error, and a retry.
            <div role="alert" className="rounded border border-red-300 p-3 text-sm dark:border-red-700">
              <p>{query.error.message}</p>
              <button type="button" className="mt-2 underline" onClick={() => void query.refetch()}>
                {t('app.retry')}
              </button>
            </div>
          )}
        >
          <Suspense fallback={<p className="py-10 text-center">{t('app.loading')}</p>}>
            <WithLaterMessages>
              <LoadError
                error={query.error}
                onRetry={() => void query.refetch()}
                retrying={query.isFetching}
              />
            </WithLaterMessages>
          </Suspense>
        </ErrorBoundary>
      </>
    );
  }
  return (
    <>
      <Dashboard dataset={query.data} missing={query.missingBulletins} />
      <Part>
        <MyBulletins onEdit={onEdit} refused={query.library.refused} />
      </Part>
    </>
  );
}

/** The deferred view and the index it was selected from (see Dashboard). */
type Later = { index: DatasetIndex; view: View; filters: Filters };

/**
 * A part that draws figures of the deferred view (the map, the visits over time, the charts), each exporting
 * through the same menu; `loading` stands in its place until the view and the part's code are there.
 */
function Figures({
  later,
  Figure,
  loading,
}: {
  later: Later | null;
  Figure: ComponentType<Later & { renderActions: RenderChartActions }>;
  loading: ReactNode;
}) {
  if (!later) return loading;
  return (
    <Part loading={loading}>
      <Figure
        index={later.index}
        view={later.view}
        filters={later.filters}
        renderActions={renderChartActions}
      />
    </Part>
  );
}

function Dashboard({
  dataset,
  missing,
}: {
  dataset: Dataset;
  missing: (ids: readonly string[]) => string[];
}) {
  const { t } = useI18n();
  const index = useMemo(() => indexOf(dataset), [dataset]);
  const { filters, notices, setFilters, updateFilters } = useUrlFilters(index);
  const view = useMemo(() => selectViewRemembered(index, filters), [index, filters]);
  // Status, filters and timeline show a change at once; charts, map, source and table follow in a deferred,
  // interruptible render, so that they never hold up the first response to a click. On the first render too:
  // until the deferred pass has run (null), those parts show where they will be, and the first view is not
  // held up by them (at 100,000 visits they take over a second to draw).
  // The index travels with its view: when the dataset changes (a bulletin of the library added), the deferred
  // parts keep the old view for a render, and must read it with the old index (counts read rows by position).
  const current = useMemo(() => ({ index, view, filters }), [index, view, filters]);
  const later = useDeferredValue<typeof current | null>(current, null);
  const { focused, showEvidence, backFromEvidence, search } = useUrlEvidence(index);
  // Stable actions (a functional update of the link), so that neither a filter change nor a ¶ click re-renders
  // every chart and card that can filter; the evidence in focus travels apart, to the parts that show it.
  const filterBy = useCallback(
    (key: FacetKey, id: string, how: 'add' | 'toggle' = 'add') =>
      updateFilters((current) => (how === 'toggle' ? toggleValue : addValue)(current, key, id)),
    [updateFilters],
  );
  const filterDates = useCallback(
    (range: DateRange) => updateFilters((current) => withDates(current, range)),
    [updateFilters],
  );
  const actions = useMemo<PageActions>(
    () => ({ filterBy, filterDates, showEvidence, backFromEvidence }),
    [filterBy, filterDates, showEvidence, backFromEvidence],
  );
  const missingIds = missing(
    notices.flatMap((n) => (n.kind === 'unknown' && n.param === 'bulletin' ? n.values : [])),
  );
  const bulletinIds = useMemo(() => (later ? bulletinIdsInView(later.index, later.view.rows) : []), [later]);
  // While a part loads, its words stand in a box about as tall as the part, so that what follows (on a phone, the
  // cards) does not jump when it comes.
  const waiting = (text: string, height: string) => (
    <p className={`${height} text-slate-600 dark:text-slate-300`}>{text}</p>
  );
  const mapLoading = waiting(t('map.loading'), 'min-h-[28rem] xl:min-h-[38rem]');
  const timeLoading = waiting(t('charts.loading'), 'min-h-[22rem] xl:min-h-[38rem]');
  const chartsLoading = waiting(t('charts.loading'), 'min-h-[40rem]');

  return (
    <PageActionsProvider value={actions} focused={focused}>
      <Header index={index} figures={view.figures} />
      {(notices.length > 0 || missingIds.length > 0) && (
        <Part>
          <LinkNotes notices={notices} missing={missingIds} />
        </Part>
      )}
      {later && (
        <Part>
          <PrintHeader
            index={later.index}
            rows={later.view.rows}
            filters={later.filters}
            link={currentLink()}
          />
        </Part>
      )}
      <div className="grid gap-6 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <aside
          id="filters"
          tabIndex={-1}
          aria-label={t('filters.title')}
          className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
        >
          <FilterBar index={index} view={view} filters={filters} onChange={setFilters} />
        </aside>
        <main className="min-w-0 space-y-6">
          <div className="space-y-2">
            <p role="status" className="text-lg font-medium">
              {t('status.showing', { shown: view.rows.length, total: view.total })}
            </p>
            {/* Visits with no date are counted apart: a date range leaves them out, and says how many. */}
            {view.undated.leftOut > 0 && (
              <p className="text-sm text-slate-700 dark:text-slate-200">
                {t('status.undatedLeftOut', { count: view.undated.leftOut })}
              </p>
            )}
            <ActiveFilters index={index} filters={filters} onChange={setFilters} />
          </div>
          {/*
            The pictures first: the map and the visits over time, side by side on a wide screen. Then the charts,
            with the cards beside them (after them on a narrower screen); each slot keeps its place while its
            part loads.
          */}
          <div className="grid items-start gap-6 xl:grid-cols-2">
            <div className="min-w-0">
              <Figures later={later} Figure={MapFigure} loading={mapLoading} />
            </div>
            <div className="min-w-0">
              <Figures later={later} Figure={TimeFigure} loading={timeLoading} />
            </div>
          </div>
          <div className="grid items-start gap-6 xl:grid-cols-2">
            <div className="min-w-0">
              <Figures later={later} Figure={ChartsSection} loading={chartsLoading} />
            </div>
            <div className="min-w-0">
              <Timeline index={index} rows={view.rows} />
            </div>
          </div>
          {later && (
            <>
              {/* The source and the table each get the whole width: a table beside the text was squeezed. */}
              <Part>
                <SourceView
                  index={later.index}
                  bulletinIds={bulletinIds.length > 0 ? bulletinIds : later.index.facetValues.bulletin}
                  search={search}
                />
              </Part>
              <Part>
                <VisitsTable index={later.index} rows={later.view.rows} />
              </Part>
              <Part>
                <DataExport index={later.index} view={later.view} filters={later.filters} />
              </Part>
              <Part>
                <AboutData
                  index={later.index}
                  link={currentLink()}
                  bulletinIds={bulletinIds.length > 0 ? bulletinIds : later.index.facetValues.bulletin}
                />
              </Part>
            </>
          )}
        </main>
      </div>
    </PageActionsProvider>
  );
}
