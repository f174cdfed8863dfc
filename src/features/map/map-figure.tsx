/**
 * Where the visits went: the prefecture's county-level districts outlined and named, shaded by the visits in view
 * (a sequential scale with its legend; none is neutral). A click on a district, or Enter/Space on it, filters by
 * it; a second click (or key) on a district filtered by clears it, as its checkbox in the filter bar would. The title states the finding ("赫山区4次、资阳区2次"); a visually hidden list says every count; visits whose
 * county is not known are counted in words under the map. Streets and communities are not marked: the data has
 * no positions for them, and none is invented.
 *
 * Loaded lazily by the app; its geometry is fetched when drawn (see geo-query.ts).
 */
import { useQueries, useQuery } from '@tanstack/react-query';
import { useId, useMemo, type KeyboardEvent } from 'react';
import type { DatasetIndex, Filters, View } from '../../data/select';
import { useI18n, type T } from '../../i18n/i18n';
import { useViewCaption } from '../../data/view-words';
import type { ChartHandle, RenderChartActions } from '../../lib/chart-handle';
import { usePageActions } from '../../lib/page-actions';
import { geoFileQuery, geoIndexQuery, type CountyTopology } from './geo-query';
import { countiesOf, labelMap, PANEL_TITLE, projectMap } from './map-layout';
import {
  colorBins,
  colorOf,
  countVisits,
  countyName,
  districtPlaces,
  finding,
  findingTitle,
  neutral,
  planMap,
  type Bin,
} from './map-model';
import { isolate, isolating } from '../../lib/bidi';
import { useElementWidth } from '../../lib/use-element-width';
import { memoOn } from '../../lib/memo-on';

type Props = {
  index: DatasetIndex;
  /** The (deferred) view: the map shades the visits in it. */
  view: View;
  /** The words around every figure of this view (filters, source), for the export. */

  /** The active filters: the districts filtered by are outlined. */
  filters: Filters;
  renderActions?: RenderChartActions;
};

/** Width the map takes where layout gives none (jsdom). */
const fallbackWidth = 640;

const combineFiles = (results: { data?: CountyTopology; isPending: boolean; error: Error | null }[]) => ({
  data: results.flatMap((r) => (r.data ? [r.data] : [])),
  pending: results.some((r) => r.isPending),
  error: results.find((r) => r.error)?.error ?? null,
});

export default function MapFigure({ index, view, filters, renderActions }: Props) {
  const caption = useViewCaption(index, view.rows, filters);
  const { t: pageT, lang } = useI18n();
  // Names put into the titles, the labels' counts and the export are isolated (bidi).
  const t = isolating(pageT);
  const { filterBy } = usePageActions();
  const titleId = useId();
  const svgId = useId();
  const [measureRef, measured] = useElementWidth<HTMLDivElement>(fallbackWidth);
  const width = measured ?? fallbackWidth;

  const geo = useQuery(geoIndexQuery);
  const counts = useMemo(
    () => memoOn([index, view.rows], 'map:counts', () => countVisits(index, view.rows)),
    [index, view.rows],
  );
  const districts = useMemo(() => districtPlaces(index), [index]);
  const plan = useMemo(() => (geo.data ? planMap(geo.data, index, counts) : null), [geo.data, index, counts]);
  const files = useQueries({
    queries: (plan?.files ?? []).map((key) => geoFileQuery(key)),
    combine: combineFiles,
  });

  const panels = useMemo(
    () =>
      files.data.map((topology) => ({
        key: topology.key,
        // The geometry file names its prefecture in Chinese; the index also has it in English.
        name: (lang === 'en' ? geo.data?.files[topology.key]?.en : undefined) ?? topology.name,
        counties: countiesOf(topology),
      })),
    [files.data, geo.data, lang],
  );
  const outlines = useMemo(
    () => new Map(panels.flatMap((p) => p.counties.map((c) => [c.id, c.properties] as const))),
    [panels],
  );
  const nameOf = (code: string) => countyName(code, lang, districts, outlines.get(code));
  const items = finding(counts, nameOf);
  const max = Math.max(0, ...counts.byCounty.values());
  const bins = colorBins(max);
  const selected = new Set(
    (filters?.district ?? []).flatMap((id) => {
      const code = index.places.get(id)?.divisionCode?.slice(0, 6);
      return code ? [code] : [];
    }),
  );

  const name = t('map.name');
  const findingText =
    view.rows.length === 0
      ? t('map.titleNone')
      : items.length === 0
        ? t('map.titleUnknown', { count: counts.unknown })
        : findingTitle(items, {
            item: (county, count) => t('map.item', { name: county, count }),
            sep: t('map.sep'),
            more: (count) => t('map.more', { count }),
          });
  const legend = useMemo(() => legendItems(bins, t), [bins, t]);

  const fontSize = width < 480 ? 11 : 12;
  // The outlines projected at this width: the same for every view, so a filter change redoes only the labels.
  const geometry = useMemo(() => projectMap(panels, width), [panels, width]);
  const layout = useMemo(
    () =>
      labelMap(geometry, {
        fontSize,
        labelLines: (county) => {
          const name = countyName(county.id, lang, districts, county.properties);
          const n = counts.byCounty.get(county.id) ?? 0;
          return n > 0 ? [name, t('map.count', { count: n })] : [name];
        },
        priority: (code) => counts.byCounty.get(code) ?? 0,
      }),
    [geometry, fontSize, lang, counts, districts, t],
  );

  const handle = useMemo<ChartHandle>(
    () => ({
      id: 'map',
      title: name,
      finding: findingText,
      unit: t('export.unit', { unit: t('map.unit') }),
      legend,
      caption,
      // Looked up when asked: the <svg> is redrawn as the view changes. No drawAt: the map scales cleanly.
      getSvg: () => document.getElementById(svgId) as SVGSVGElement | null,
      texts: layout.panels.flatMap((p) => [p.name, ...p.labels.flatMap((l) => l.lines)]),
    }),
    [name, findingText, t, legend, caption, svgId, layout],
  );

  const shownCodes = new Set(panels.flatMap((p) => p.counties.map((c) => c.id)));
  const zeroNames = panels.flatMap((p) =>
    p.counties.filter((c) => !counts.byCounty.get(c.id) && !c.properties.historic).map((c) => nameOf(c.id)),
  );
  const unmapped = (plan?.unmapped ?? []).filter((code) => !shownCodes.has(code));
  const unmappedCount = unmapped.reduce((n, code) => n + (counts.byCounty.get(code) ?? 0), 0);

  const onKey = (event: KeyboardEvent, id: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      filterBy('district', id, 'toggle');
    }
  };

  const loading = geo.isPending || files.pending;
  const error = geo.error ?? files.error;

  return (
    <figure
      aria-label={`${name}${lang === 'zh' ? '：' : ': '}${findingText}`}
      data-chart="map"
      className="print-full flex min-w-0 flex-wrap items-start gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-card text-slate-700 shadow-sm dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
    >
      <figcaption className="min-w-[12rem] flex-1">
        <span className="block text-sm font-medium text-slate-600 dark:text-slate-300">{name}</span>
        <span
          id={titleId}
          className="block text-lg font-semibold leading-snug text-slate-900 dark:text-slate-50"
        >
          {findingText}
        </span>
        <span className="block text-sm">{t('map.subtitle')}</span>
      </figcaption>
      <div data-export-ignore className="no-print flex min-w-0 max-w-full flex-wrap gap-2">
        {layout.panels.length > 0 && renderActions?.(handle)}
      </div>

      <div ref={measureRef} className="w-full min-w-0">
        {bins.length > 0 && (
          <ul
            aria-label={t('map.legend')}
            className="mb-2 flex flex-wrap gap-x-3 gap-y-1 text-sm [print-color-adjust:exact]"
          >
            {legend.map((entry) => (
              <li key={entry.label} className="inline-flex items-center gap-1.5">
                <span
                  aria-hidden="true"
                  className={`inline-block h-3 w-3 rounded-sm border border-slate-300 dark:border-slate-600 ${entry.color === neutral ? 'bg-slate-200 dark:bg-slate-700' : ''}`}
                  style={entry.color === neutral ? undefined : { background: entry.color }}
                />
                {entry.label}
              </li>
            ))}
          </ul>
        )}

        {error ? (
          <p role="alert" className="py-6 text-center text-sm">
            {t('map.failed', { reason: error.message })}
          </p>
        ) : loading ? (
          <p className="flex h-72 items-center justify-center text-sm">{t('map.loading')}</p>
        ) : layout.panels.length > 0 ? (
          <svg
            id={svgId}
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            className="block max-w-full [print-color-adjust:exact]"
            aria-labelledby={titleId}
            role="group"
            fontSize={fontSize}
          >
            {layout.panels.map((panel) => (
              <g key={panel.key} transform={`translate(${panel.x},${panel.y})`}>
                <text
                  aria-hidden="true"
                  x={2}
                  y={PANEL_TITLE - 8}
                  className="fill-slate-700 font-semibold dark:fill-slate-200"
                >
                  {isolate(panel.name)}
                </text>
                {[...panel.paths]
                  // The districts filtered by are drawn last, so that their outline is whole.
                  .sort((a, b) => Number(selected.has(a.code)) - Number(selected.has(b.code)))
                  .map(({ code, d }) => {
                    const n = counts.byCounty.get(code) ?? 0;
                    const place = districts.get(code);
                    const fill = colorOf(bins, n);
                    const isSelected = selected.has(code);
                    const base = `${fill === neutral ? 'fill-slate-200 dark:fill-slate-700' : ''} ${isSelected ? 'stroke-slate-900 dark:stroke-white' : 'stroke-white dark:stroke-slate-900'}`;
                    if (!place)
                      return (
                        <path
                          key={code}
                          d={d}
                          aria-hidden="true"
                          className={base}
                          style={fill === neutral ? undefined : { fill }}
                          strokeWidth={1}
                        />
                      );
                    const label = nameOf(code);
                    return (
                      <path
                        key={code}
                        d={d}
                        role="button"
                        tabIndex={0}
                        aria-label={t('map.district', { name: label, count: n })}
                        aria-pressed={isSelected}
                        className={`${base} cursor-pointer outline-none hover:opacity-85 focus-visible:stroke-amber-500 focus-visible:[stroke-width:3]`}
                        style={fill === neutral ? undefined : { fill }}
                        strokeWidth={isSelected ? 2.5 : 1}
                        onClick={() => filterBy('district', place.id, 'toggle')}
                        onKeyDown={(event) => onKey(event, place.id)}
                      >
                        <title>{t(isSelected ? 'map.unfilter' : 'map.filterBy', { name: label })}</title>
                      </path>
                    );
                  })}
                {panel.labels.map((label) => {
                  const n = counts.byCounty.get(label.code) ?? 0;
                  return (
                    <text
                      key={label.code}
                      aria-hidden="true"
                      x={label.x}
                      y={label.y}
                      textAnchor="middle"
                      dominantBaseline="central"
                      // A halo in the page's colour keeps a name legible on any fill, and where it spills over
                      // a neighbour.
                      className="pointer-events-none fill-slate-900 stroke-white [paint-order:stroke] [stroke-linejoin:round] dark:fill-slate-50 dark:stroke-slate-900"
                      strokeWidth={3}
                      fontWeight={n > 0 ? 600 : 400}
                    >
                      {label.lines.map((line, i) => (
                        <tspan key={i} x={label.x} dy={i === 0 ? 0 : fontSize * 1.2}>
                          {/* SVG text has no <bdi>: a name is isolated in the string (also in the export). */}
                          {isolate(line)}
                        </tspan>
                      ))}
                    </text>
                  );
                })}
              </g>
            ))}
          </svg>
        ) : (
          <p className="py-6 text-center text-sm">{t('map.noGeometry')}</p>
        )}

        <ul className="sr-only" aria-label={t('map.summary')}>
          {items
            .filter((i) => shownCodes.has(i.code))
            .map((i) => (
              <li key={i.code}>{t('map.district', { name: i.name, count: i.count })}</li>
            ))}
          {zeroNames.length > 0 && (
            <li>{t('map.others', { count: zeroNames.length, names: zeroNames.join(t('map.sep')) })}</li>
          )}
        </ul>
        <div className="mt-2 space-y-1 text-sm">
          {counts.unknown > 0 && <p>{t('map.unknown', { count: counts.unknown })}</p>}
          {unmappedCount > 0 && (
            <p>
              {t('map.unmapped', {
                names: unmapped.map((code) => nameOf(code)).join(t('map.sep')),
                count: unmappedCount,
              })}
            </p>
          )}
          <p className="text-xs">
            {t('map.noMarks')}{' '}
            {geo.data &&
              t('map.attribution', {
                source: `${geo.data.source.package} ${geo.data.source.version}`,
                divisions: geo.data.source.divisions,
              })}
          </p>
        </div>
      </div>
    </figure>
  );
}

function legendItems(bins: readonly Bin[], t: T) {
  return [
    { label: t('map.count', { count: 0 }), color: neutral },
    ...bins.map((b) => ({
      label: b.from === b.to ? t('map.count', { count: b.from }) : t('map.range', { from: b.from, to: b.to }),
      color: b.color,
    })),
  ];
}
