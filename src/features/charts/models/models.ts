/**
 * Pure: the visits in view turned into what each chart draws, with a finding that says what it shows. Messages
 * come in as `t` (no global registry is read), labels in the page language; counts are kept in Maps, so an id such
 * as "constructor" or "__proto__" counts like any other. Every value is a number of visits unless the chart says
 * otherwise (the quantities chart, drawn only where the text states amounts, one unit at a time).
 */
import { facetLabel, placeName } from '../../../data/labels';
import type { Evidence, Supply } from '../../../data/schema';
import { memoOn } from '../../../lib/memo-on';
import { columnsOf, runsOf, type Column, type DatasetIndex, type VisitRow } from '../../../data/select';
import type { Lang, T } from '../../../i18n/i18n';
import { textIn } from '../../../i18n/text';
import { isolate } from '../../../lib/bidi';
import { colorFor, noDistrictColor } from '../../../lib/colors';
import { listAnd, listFirst, listJoin } from '../../../lib/format';
import type { EvidenceRef } from '../../../lib/page-actions';
import {
  groupBy,
  reduce,
  reduceBy,
  reduceCount,
  reduceDistinct,
  reduceDistinctValues,
  reduceRows,
  reduceSum,
} from './reduce';
import {
  allEqual,
  chartLimit,
  keepTop,
  makeRow,
  tableLimit,
  treeRank,
  valueKey,
  type ChartId,
  type ChartModel,
  type ChartRow,
  type ChartSeries,
  type LegendEntry,
} from './rows';

export type ModelInput = { index: DatasetIndex; rows: readonly VisitRow[]; lang: Lang; t: T };

const ref = (row: VisitRow, evidence: Evidence): EvidenceRef => ({
  bulletinId: row.bulletin.id,
  paragraph: evidence.paragraph,
  quote: evidence.quote,
});

/** A district's colour among the dataset's districts; grey where the text gives none. */
export const districtColor = (index: DatasetIndex, id: string | null) =>
  id === null ? noDistrictColor : colorFor('district', id, index.facetValues.district);

/** "赫山区4次、资阳区2次": the first few items with their counts, and how many more. */
export function countsPhrase(
  items: readonly { name: string; count: number }[],
  lang: Lang,
  t: T,
  max = 3,
): string {
  return listFirst(
    items.map((item) => t('charts.finding.item', { name: item.name, count: item.count })),
    lang,
    max,
    (count) => t('charts.finding.more', { count }),
  );
}

/**
 * The model of a chart whose rows are made by `build` from `items` (one per row, in table order), of which only
 * those shown are made, each once: the table's first `tableLimit` and the `chartLimit` the chart draws (`rank`
 * picks them, the most visits first by default). At 10,000 visits a view goes to 1,500 places: making a row for
 * every one took most of the time of the two charts of places.
 */
function finish<T extends { visits: number }>(
  base: Omit<ChartModel, 'chartRows' | 'rows' | 'totalRows' | 'uniform'> & { uniform?: string | null },
  items: readonly T[],
  build: (item: T) => ChartRow,
  rank?: (a: T, b: T) => number,
): ChartModel {
  const made = new Map<T, ChartRow>();
  const row = (item: T) => {
    let r = made.get(item);
    if (!r) made.set(item, (r = build(item)));
    return r;
  };
  const rows = items.slice(0, tableLimit).map(row);
  return {
    ...base,
    uniform: base.uniform ?? null,
    rows,
    chartRows: keepTop(items, chartLimit, rank).map(row),
    totalRows: items.length,
  };
}

/** Rows made before `finish` (a chart of a few rows): each is its own item. */
const itself = (row: ChartRow) => row;

/* ---------- 1. Where the visits went: district › street › community ---------- */

type PlaceCount = {
  id: string;
  path: string[];
  districtId: string | null;
  visits: number;
  depth: number;
  /** The first row in view that went there (its place in `rows`). */
  first: number;
};

/**
 * Each place on the paths of the visits in view (district › street › community) with the visits that went there,
 * depth-first; and how many visits have no place at all.
 */
function placeTree(index: DatasetIndex, rows: readonly VisitRow[]): { tree: PlaceCount[]; noPlace: number } {
  const { places, path } = columnsOf(index);
  const placeIds = places.numbering.ids;
  // Grouped by each place on a visit's path; measured: the visits.
  const groups = groupBy(runsOf(index, rows), path, placeIds.length);
  const counts = new Map<string, PlaceCount>();
  for (const { key, first, visits } of reduce(groups, { visits: reduceCount })) {
    const row = rows[first] as VisitRow;
    const id = placeIds[key] as string;
    const depth = row.placePath.indexOf(id);
    counts.set(id, {
      id,
      path: row.placePath.slice(0, depth + 1),
      districtId: row.districtId,
      visits,
      depth,
      first,
    });
  }
  const districtOrder = new Map(index.facetValues.district.map((id, i) => [id, i]));
  const rank = (id: string | null) => (id === null ? Infinity : (districtOrder.get(id) ?? Infinity));
  const tree = [...counts.values()].sort((a, b) => {
    const da = rank(a.districtId);
    const db = rank(b.districtId);
    if (da !== db) return da - db;
    // Depth-first: compare paths element by element, a parent before its children, larger branches first.
    for (let i = 0; i < Math.min(a.path.length, b.path.length); i += 1) {
      const pa = a.path[i] ?? '';
      const pb = b.path[i] ?? '';
      if (pa !== pb)
        return (counts.get(pb)?.visits ?? 0) - (counts.get(pa)?.visits ?? 0) || pa.localeCompare(pb);
    }
    return a.path.length - b.path.length;
  });
  return { tree, noPlace: groups.missing };
}

/**
 * A place's name in the page language, and the same isolated for a path (one name's direction never turns the
 * rest of the path round): the same for every view, so made once per index and language.
 */
function placeNames(index: DatasetIndex, lang: Lang) {
  const names = memoOn([index], `chart:place-names:${lang}`, () => new Map<string, [string, string]>());
  return (id: string): [name: string, isolated: string] => {
    let known = names.get(id);
    if (!known) {
      const name = placeName(index, id, lang);
      names.set(id, (known = [name, isolate(name)]));
    }
    return known;
  };
}

export function placeModel({ index, rows, lang, t }: ModelInput): ChartModel {
  const { tree, noPlace } = placeTree(index, rows);
  const names = placeNames(index, lang);
  // Each place's ¶: the first visit in view that went there (read when the table shows it).
  const evidenceOf = (p: PlaceCount) => {
    const row = rows[p.first] as VisitRow;
    return ref(row, row.visit.evidence);
  };
  const colors = new Map<string | null, string>();
  const colorOf = (id: string | null) => {
    let color = colors.get(id);
    if (color === undefined) colors.set(id, (color = districtColor(index, id)));
    return color;
  };
  const fullLabel = (p: PlaceCount) => p.path.map((id) => names(id)[1]).join(' › ');
  const build = (p: PlaceCount) => {
    const [name] = names(p.id);
    const isDistrict = p.districtId === p.id;
    return makeRow({
      id: p.id,
      label: name,
      fullLabel: fullLabel(p),
      depth: p.depth,
      rowColor: colorOf(p.districtId),
      facet: { key: isDistrict ? 'district' : 'place', id: p.id, name },
      evidence: () => evidenceOf(p),
      visits: p.visits,
      values: [p.visits],
    });
  };
  const districts = tree.filter((p) => p.depth === 0);
  const legend = districts.map((p): LegendEntry => {
    const [label] = names(p.id);
    const key = index.places.get(p.id)?.kind === 'district' || index.places.get(p.id)?.kind === 'county';
    return {
      id: p.id,
      label,
      color: colorOf(p.districtId),
      facet: { key: key ? 'district' : 'place', id: p.id, name: label },
    };
  });
  const series: ChartSeries[] = [
    { key: 'v0', id: 'visits', label: t('charts.unit'), color: legend[0]?.color ?? '' },
  ];
  const found = countsPhrase(
    districts.map((p) => ({ name: names(p.id)[0], count: p.visits })),
    lang,
    t,
  );
  const finding = noPlace > 0 ? `${found}${t('charts.finding.placeUnknown', { count: noPlace })}` : found;
  // One district and one path with the same count all the way down: a sentence says it better.
  const last = tree.at(-1);
  const uniform =
    districts.length <= 1 && last && tree.length >= 2 && tree.every((p) => p.visits === last.visits)
      ? t('charts.uniform.places', { count: rows.length, path: fullLabel(last) })
      : null;
  // Each model declares its chart by name (id, title, finding, unit, series, colours): alike in shape, not a copy.
  return finish(
    {
      id: 'places',
      title: t('charts.places'),
      finding: finding || t('charts.empty'),
      unit: t('charts.unit'),
      uniform,
      series,
      legend,
      colorBy: 'row',
      tree: true,
    },
    tree,
    build,
    treeRank,
  );
}

/**
 * One series per district (in the dataset's order; a visit with no district last, as 区县不明), each in its
 * district's colour: the bars of the grouped supply and amount charts and the time figure's stacks; and their
 * legend, each district's entry filtering by it.
 */
export function districtSeries(
  { index, lang, t }: ModelInput,
  seen: readonly (string | null)[],
): { series: ChartSeries[]; districts: (string | null)[]; legend: LegendEntry[] } {
  const order = new Map(index.facetValues.district.map((id, i) => [id, i]));
  const rank = (id: string | null) => (id === null ? Infinity : (order.get(id) ?? Infinity));
  const districts = [...seen].sort((a, b) => rank(a) - rank(b));
  const series = districts.map((id, i) => ({
    key: valueKey(i),
    id: id ?? 'unknown',
    label: id === null ? t('charts.noDistrict') : facetLabel(index, 'district', id, lang),
    color: districtColor(index, id),
  }));
  const legend = series.map((s): LegendEntry => ({
    id: s.id,
    label: s.label,
    color: s.color,
    facet: s.id === 'unknown' ? null : { key: 'district', id: s.id, name: s.label },
  }));
  return { series, districts, legend };
}

/**
 * The districts of the rows (`where`: only those with a value in that column), as groupBy meets them: null for
 * the visits with none; and each district's slot in a `reduceBy` of the district column.
 */
function districtsOf(index: DatasetIndex, runs: Int32Array, where?: Column) {
  const { numbering, runs: district } = columnsOf(index).facets.district;
  const size = numbering.ids.length;
  const seen = [...groupBy(runs, district, size, { missing: 'together', where }).keys].map((d) =>
    d < 0 ? null : (numbering.ids[d] as string),
  );
  const slotOf = (id: string | null) => (id === null ? size : (numbering.number.get(id) as number));
  return { district, size, seen, slotOf };
}

/* ---------- 2. Supplies: how many visits handed over each supply type, by district ---------- */

export function supplyModel({ index, rows, lang, t }: ModelInput): ChartModel {
  const supply = columnsOf(index).facets.supply;
  const supplyIds = supply.numbering.ids;
  const runs = runsOf(index, rows);
  const { district, size, seen, slotOf } = districtsOf(index, runs);
  // Grouped by supply type (a visit names each once); measured: the visits, in all and per district.
  const byType = new Map(
    reduce(groupBy(runs, supply.runs, supplyIds.length), {
      visits: reduceCount,
      perDistrict: reduceBy(district, size),
    }).map((m) => [supplyIds[m.key] as string, m]),
  );
  // The first visit in view that handed it over: its sentence.
  const evidenceOf = (id: string, first: number) => {
    const row = rows[first] as VisitRow;
    const s = row.visit.supplies.find((x) => x.supplyTypeId === id);
    return s ? ref(row, s.evidence) : null;
  };
  const { series, districts: sorted, legend } = districtSeries({ index, rows, lang, t }, seen);
  const typeIds = [
    ...index.facetValues.supply.filter((id) => byType.has(id)),
    ...[...byType.keys()].filter((id) => !index.facetValues.supply.includes(id)),
  ];
  const chartRows = typeIds.map((id) => {
    const name = facetLabel(index, 'supply', id, lang);
    const m = byType.get(id)!;
    return makeRow({
      id,
      label: name,
      facet: { key: 'supply', id, name },
      evidence: evidenceOf(id, m.first),
      visits: m.visits,
      values: sorted.map((d) => m.perDistrict[slotOf(d)] as number),
    });
  });
  const names = typeIds.map((id) => facetLabel(index, 'supply', id, lang));
  // Every visit handed over every supply type in view: bars would all be one height.
  const every = typeIds.length > 0 && typeIds.every((id) => byType.get(id)?.visits === rows.length);
  const uniform = every
    ? t('charts.uniform.supplies', { count: rows.length, supplies: listAnd(names, lang) })
    : null;
  const finding =
    uniform ??
    countsPhrase(
      [...chartRows].sort((a, b) => b.visits - a.visits).map((r) => ({ name: r.label, count: r.visits })),
      lang,
      t,
    );
  // The chart declared by name, as every model does: alike in shape to the others, not a copy.
  return finish(
    {
      id: 'supplies',
      title: t('charts.supplies'),
      finding: finding || t('charts.noSupplies'),
      unit: t('charts.unit'),
      uniform,
      series,
      legend,
      colorBy: 'series',
      tree: false,
    },
    chartRows,
    itself,
  );
}

/* ---------- 3. Supplies as written: 口罩 vs 医用口罩, 消毒液 vs 84消毒液 ---------- */

export function variantModel({ index, rows, lang, t }: ModelInput): ChartModel {
  type Variant = { text: string; supplyTypeId: string; visits: number; evidence: EvidenceRef };
  // Grouped by the ways the visits write a supply (type and text: a visit counts once for each way it writes
  // one); measured: the visits.
  const { variants, variantType, variantText } = columnsOf(index);
  const byType = new Map<string, Map<string, Variant>>();
  for (const { key, first, visits } of reduce(groupBy(runsOf(index, rows), variants, variantType.length), {
    visits: reduceCount,
  })) {
    const supplyTypeId = variantType[key] as string;
    const text = variantText[key] as string;
    const row = rows[first] as VisitRow;
    const s = row.visit.supplies.find((x) => x.supplyTypeId === supplyTypeId && x.text === text);
    let texts = byType.get(supplyTypeId);
    if (!texts) byType.set(supplyTypeId, (texts = new Map()));
    if (s) texts.set(text, { text, supplyTypeId, visits, evidence: ref(row, s.evidence) });
  }
  const typeOrder = new Map(index.facetValues.supply.map((id, i) => [id, i]));
  const sorted = [...byType.values()]
    .flatMap((texts) => [...texts.values()])
    .sort(
      (a, b) =>
        (typeOrder.get(a.supplyTypeId) ?? Infinity) - (typeOrder.get(b.supplyTypeId) ?? Infinity) ||
        a.supplyTypeId.localeCompare(b.supplyTypeId) ||
        b.visits - a.visits ||
        a.text.localeCompare(b.text, 'zh'),
    );
  const chartRows = sorted.map((v) => {
    const typeName = facetLabel(index, 'supply', v.supplyTypeId, lang);
    const label = lang === 'zh' ? v.text : t('charts.variantLabel', { text: v.text, type: typeName });
    return makeRow({
      id: `${v.supplyTypeId}\u0000${v.text}`,
      label,
      verbatim: v.text,
      detail: typeName,
      rowColor: colorFor('supply', v.supplyTypeId, index.facetValues.supply),
      facet: { key: 'supply', id: v.supplyTypeId, name: typeName },
      evidence: v.evidence,
      visits: v.visits,
      values: [v.visits],
    });
  });
  const typeIds = [...new Set(sorted.map((v) => v.supplyTypeId))];
  const legend = typeIds.map((id): LegendEntry => {
    const label = facetLabel(index, 'supply', id, lang);
    return {
      id,
      label,
      color: colorFor('supply', id, index.facetValues.supply),
      facet: { key: 'supply', id, name: label },
    };
  });
  const series: ChartSeries[] = [
    { key: 'v0', id: 'visits', label: t('charts.unit'), color: legend[0]?.color ?? '' },
  ];
  // The finding: which supply types were written in more than one way.
  const forms = typeIds
    .map((id) => ({ id, forms: sorted.filter((v) => v.supplyTypeId === id) }))
    .filter((x) => x.forms.length > 1);
  const finding =
    forms.length === 0
      ? t('charts.finding.oneFormEach')
      : listJoin(
          forms.slice(0, 3).map((x) =>
            t('charts.finding.forms', {
              type: facetLabel(index, 'supply', x.id, lang),
              forms: listJoin(
                x.forms.map((v) =>
                  t('charts.finding.item', { name: t('charts.quoted', { text: v.text }), count: v.visits }),
                ),
                lang,
              ),
            }),
          ),
          lang,
        );
  return finish(
    {
      id: 'supply-variants',
      title: t('charts.variants'),
      finding,
      unit: t('charts.unit'),
      uniform:
        chartRows.length > 1 && allEqual(chartRows, series)
          ? t('charts.uniform.variants', { count: chartRows[0]?.visits ?? 0 })
          : null,
      series,
      legend,
      colorBy: 'row',
      tree: false,
    },
    chartRows,
    itself,
  );
}

/* ---------- 4. Who went where, with whom: people and delegations per place ---------- */

const peopleSeries = ['lead', 'accompanying', 'delegation'] as const;

/** Names of the people who went to a place that its label gives before "and N more". */
export const namesInLabel = 6;
/** Names its table cell gives before "N more" (a button that shows them all). */
export const namesInCell = 8;

export function peoplePlacesModel({ index, rows, lang, t }: ModelInput): ChartModel {
  const { visited, goers, goerList, leads, along, unitsWent, places, facets } = columnsOf(index);
  const placeIds = places.numbering.ids;
  const people = facets.person.numbering.ids.length;
  // Grouped by the place visited (a visit with no place is a group of its own); measured: the visits, the
  // people who led and who went along (each counted once, though one may have led one visit there and
  // accompanied another: then in both), the units that went, and everyone who went, in the order first named.
  const byPlace = reduce(groupBy(runsOf(index, rows), visited, placeIds.length, { missing: 'each' }), {
    visits: reduceCount,
    lead: reduceDistinct(leads, people),
    accompanying: reduceDistinct(along, people),
    units: reduceDistinct(unitsWent, goerList.length),
    goers: reduceDistinctValues(goers, goerList.length),
  });
  // Each one's name looked up once (at 300,000 visits, 450,000 names to give).
  const goerNames: (string | undefined)[] = new Array<string | undefined>(goerList.length);
  const nameOf = (g: number) => {
    let name = goerNames[g];
    if (name === undefined) {
      const { kind, id } = goerList[g]!;
      name =
        kind === 'person'
          ? facetLabel(index, 'person', id, lang)
          : textIn(index.organizations.get(id)?.name ?? { zh: id }, lang);
      goerNames[g] = name;
    }
    return name;
  };
  const series: ChartSeries[] = peopleSeries.map((role, i) => ({
    key: valueKey(i),
    id: role,
    label: t(`charts.peopleRole.${role}`),
    color: role === 'lead' ? '#1d4ed8' : role === 'accompanying' ? '#60a5fa' : '#94a3b8',
  }));
  // Places by the people and units that went there, the most first.
  const total = (m: (typeof byPlace)[number]) => m.lead + m.accompanying + m.units;
  const ranked = [...byPlace].sort((a, b) => total(b) - total(a));
  const nameOfPlace = (m: (typeof byPlace)[number]) =>
    m.key < 0 ? t('charts.noPlace') : placeName(index, placeIds[m.key] as string, lang);
  const build = (m: (typeof byPlace)[number]) => {
    const firstRow = rows[m.first] as VisitRow;
    const placeId = m.key < 0 ? null : (placeIds[m.key] as string);
    const name = nameOfPlace(m);
    const names = m.goers.map(nameOf);
    return makeRow({
      id: placeId ?? `visit:${firstRow.visit.id}`,
      label: name,
      // The label reads in a tooltip, the chart's description and a button's name: the first names, and a count.
      fullLabel: `${name}: ${listFirst(names, lang, namesInLabel, (count) => t('charts.finding.more', { count }))}`,
      detail: listFirst(names, lang, namesInCell, (count) => t('charts.finding.more', { count })),
      detailItems: names,
      facet: placeId === null ? null : { key: 'place', id: placeId, name },
      // The first visit there: its sentence (read only when shown).
      evidence: () => ref(firstRow, firstRow.visit.evidence),
      visits: m.visits,
      values: [m.lead, m.accompanying, m.units],
    });
  };
  const legend = series.map((s): LegendEntry => ({ id: s.id, label: s.label, color: s.color, facet: null }));
  const top = ranked[0];
  const uniform =
    ranked.length > 1 && ranked.every((m) => total(m) === (top ? total(top) : 0))
      ? t('charts.uniform.people', { count: top ? total(top) : 0 })
      : null;
  const finding =
    uniform ??
    (top
      ? t('charts.finding.people', {
          place: nameOfPlace(top),
          people: top.lead + top.accompanying,
          orgs: top.units,
        })
      : t('charts.empty'));
  return finish(
    {
      id: 'people-places',
      title: t('charts.people'),
      finding,
      unit: t('charts.peopleUnit'),
      uniform,
      series,
      legend,
      colorBy: 'series',
      tree: false,
    },
    ranked,
    build,
    (a, b) => total(b) - total(a),
  );
}

/* ---------- 5. Amounts, where the text states them: by supply and unit, never summed across units ---------- */

export function quantityModel({ index, rows, lang, t }: ModelInput): ChartModel | null {
  const { quantified, amounts, amountKinds } = columnsOf(index);
  // Each amount's kind (its supply type and unit) stands beside the `quantified` column's values: a column too.
  const kinds: Column = { start: quantified.start, values: amounts.kind, rows: quantified.rows };
  const runs = runsOf(index, rows);
  // Only the visits that state an amount make series.
  const { district, size, seen, slotOf } = districtsOf(index, runs, quantified);
  // Grouped by kind; measured: the amounts summed, in all and per district, and the visits that state one.
  const byKind = reduce(groupBy(runs, kinds, amountKinds.ids.length), {
    total: reduceSum(amounts.value),
    perDistrict: reduceBy(district, size, amounts.value),
    visits: reduceRows,
    firstEntry: ({ entries }) => entries[0] as number,
  });
  const entries = new Map(
    byKind.map((m) => {
      // The first mention: its supply, whose sentence is the evidence.
      const row = rows[m.first] as VisitRow;
      const s = row.visit.supplies[quantified.values[m.firstEntry] as number] as Supply;
      const entry = {
        supplyTypeId: s.supplyTypeId,
        unit: s.quantity!.unit,
        total: m.total,
        visits: m.visits,
        evidence: ref(row, s.evidence),
        perDistrict: m.perDistrict,
      };
      return [amountKinds.ids[m.key] as string, entry];
    }),
  );
  if (entries.size === 0) return null;
  const { series, districts: sorted, legend } = districtSeries({ index, rows, lang, t }, seen);
  const chartRows = [...entries.entries()].map(([key, e]) => {
    const name = facetLabel(index, 'supply', e.supplyTypeId, lang);
    const label = t('charts.quantityLabel', { name, unit: e.unit });
    return makeRow({
      id: key,
      label,
      detail: e.unit,
      facet: { key: 'supply', id: e.supplyTypeId, name },
      evidence: e.evidence,
      visits: e.visits,
      values: sorted.map((d) => e.perDistrict[slotOf(d)] as number),
    });
  });
  const finding = listJoin(
    [...entries.values()].slice(0, 3).map((e) =>
      t('charts.finding.amount', {
        name: facetLabel(index, 'supply', e.supplyTypeId, lang),
        value: e.total.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en'),
        unit: e.unit,
      }),
    ),
    lang,
  );
  return finish(
    {
      id: 'quantities',
      title: t('charts.quantities'),
      finding,
      unit: t('charts.quantityUnit'),
      series,
      legend,
      colorBy: 'series',
      tree: false,
    },
    chartRows,
    itself,
  );
}

export type ModelBuilder = (input: ModelInput) => ChartModel | null;

/** The charts, in page order. */
export const chartModels: readonly { id: ChartId; build: ModelBuilder }[] = [
  { id: 'places', build: placeModel },
  { id: 'people-places', build: peoplePlacesModel },
  { id: 'supplies', build: supplyModel },
  { id: 'supply-variants', build: variantModel },
  { id: 'quantities', build: quantityModel },
];
