/**
 * Pure: the visits in view turned into what each chart draws, with a finding that says what it shows. Messages
 * come in as `t` (no global registry is read), labels in the page language; counts are kept in Maps, so an id such
 * as "constructor" or "__proto__" counts like any other. Every value is a number of visits unless the chart says
 * otherwise (the quantities chart, drawn only where the text states amounts, one unit at a time).
 */
import { facetLabel, placeName } from '../../../data/labels';
import type { Evidence, Supply } from '../../../data/schema';
import {
  columnsOf,
  GOER_ACCOMPANYING,
  GOER_LEAD,
  GOER_UNIT,
  oneValue,
  runsOf,
  tally,
  type DatasetIndex,
  type VisitRow,
} from '../../../data/select';
import type { Lang, T } from '../../../i18n/i18n';
import { textIn } from '../../../i18n/text';
import { isolate } from '../../../lib/bidi';
import { colorFor, noDistrictColor } from '../../../lib/colors';
import { listAnd, listFirst, listJoin } from '../../../lib/format';
import type { EvidenceRef } from '../../../lib/page-actions';
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

const bump = <K>(map: Map<K, number>, key: K, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

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

function finish(
  base: Omit<ChartModel, 'chartRows' | 'rows' | 'totalRows' | 'uniform'> & { uniform?: string | null },
  rows: ChartRow[],
  rank?: (a: ChartRow, b: ChartRow) => number,
): ChartModel {
  const chartRows = keepTop(rows, chartLimit, rank);
  return {
    ...base,
    uniform: base.uniform ?? null,
    rows: rows.slice(0, tableLimit),
    chartRows,
    totalRows: rows.length,
  };
}

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

function placeTree(index: DatasetIndex, rows: readonly VisitRow[]): PlaceCount[] {
  // On the index's columns: at 300,000 visits, reading each visit's path from its object took 200 ms.
  const { places, path } = columnsOf(index);
  const placeIds = places.numbering.ids;
  const runs = runsOf(index, rows);
  const { counts: visits, first, met } = tally(path, runs, placeIds.length);
  const counts = new Map<string, PlaceCount>();
  for (const v of met) {
    const row = rows[first[v] as number] as VisitRow;
    const id = placeIds[v] as string;
    const depth = row.placePath.indexOf(id);
    counts.set(id, {
      id,
      path: row.placePath.slice(0, depth + 1),
      districtId: row.districtId,
      visits: visits[v] as number,
      depth,
      first: first[v] as number,
    });
  }
  const districtOrder = new Map(index.facetValues.district.map((id, i) => [id, i]));
  const rank = (id: string | null) => (id === null ? Infinity : (districtOrder.get(id) ?? Infinity));
  return [...counts.values()].sort((a, b) => {
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
}

export function placeModel({ index, rows, lang, t }: ModelInput): ChartModel {
  const tree = placeTree(index, rows);
  // Each place's ¶: the first visit in view that went there (read when the table shows it).
  const evidenceOf = (p: PlaceCount) => {
    const row = rows[p.first] as VisitRow;
    return ref(row, row.visit.evidence);
  };
  const chartRows = tree.map((p) => {
    const name = placeName(index, p.id, lang);
    const isDistrict = p.districtId === p.id;
    return makeRow({
      id: p.id,
      label: name,
      // Each name isolated: one name's direction never turns the rest of the path round.
      fullLabel: p.path.map((id) => isolate(placeName(index, id, lang))).join(' › '),
      depth: p.depth,
      rowColor: districtColor(index, p.districtId),
      facet: { key: isDistrict ? 'district' : 'place', id: p.id, name },
      evidence: () => evidenceOf(p),
      visits: p.visits,
      values: [p.visits],
    });
  });
  const districts = tree.filter((p) => p.depth === 0);
  const legend = districts.map((p): LegendEntry => {
    const label = placeName(index, p.id, lang);
    const key = index.places.get(p.id)?.kind === 'district' || index.places.get(p.id)?.kind === 'county';
    return {
      id: p.id,
      label,
      color: districtColor(index, p.districtId),
      facet: { key: key ? 'district' : 'place', id: p.id, name: label },
    };
  });
  const series: ChartSeries[] = [
    { key: 'v0', id: 'visits', label: t('charts.unit'), color: legend[0]?.color ?? '' },
  ];
  const { path } = columnsOf(index);
  const runs = runsOf(index, rows);
  let undated = 0;
  for (let k = 0; k < runs.length; k += 1) {
    const r = runs[k] as number;
    if (path.start[r] === path.start[r + 1]) undated += 1;
  }
  const found = countsPhrase(
    districts.map((p) => ({ name: placeName(index, p.id, lang), count: p.visits })),
    lang,
    t,
  );
  const finding = undated > 0 ? `${found}${t('charts.finding.placeUnknown', { count: undated })}` : found;
  const drawn = chartRows.filter((r) => r.depth === 0);
  return finish(
    {
      id: 'places',
      title: t('charts.places'),
      finding: finding || t('charts.empty'),
      unit: t('charts.unit'),
      // One district and one path with the same count all the way down: a sentence says it better.
      uniform:
        drawn.length <= 1 && allEqual(chartRows, series)
          ? t('charts.uniform.places', { count: rows.length, path: chartRows.at(-1)?.fullLabel ?? '' })
          : null,
      series,
      legend,
      colorBy: 'row',
      tree: true,
    },
    chartRows,
    treeRank,
  );
}

/**
 * One series per district (in the dataset's order; a visit with no district last, as 区县不明), each in its
 * district's colour: the bars of the grouped supply and amount charts.
 */
export function districtSeries(
  { index, lang, t }: ModelInput,
  seen: readonly (string | null)[],
): { series: ChartSeries[]; districts: (string | null)[] } {
  const order = new Map(index.facetValues.district.map((id, i) => [id, i]));
  const rank = (id: string | null) => (id === null ? Infinity : (order.get(id) ?? Infinity));
  const districts = [...seen].sort((a, b) => rank(a) - rank(b));
  const series = districts.map((id, i) => ({
    key: valueKey(i),
    id: id ?? 'unknown',
    label: id === null ? t('charts.noDistrict') : facetLabel(index, 'district', id, lang),
    color: districtColor(index, id),
  }));
  return { series, districts };
}

/* ---------- 2. Supplies: how many visits handed over each supply type, by district ---------- */

export function supplyModel({ index, rows, lang, t }: ModelInput): ChartModel {
  const { facets } = columnsOf(index);
  const district = facets.district.runs;
  const supply = facets.supply.runs;
  const districtIds = facets.district.numbering.ids;
  const supplyIds = facets.supply.numbering.ids;
  const runs = runsOf(index, rows);
  // Districts by number, the last slot for a visit with none; counts[type * slots + district].
  const slots = districtIds.length + 1;
  const counts = new Int32Array(supplyIds.length * slots);
  const visitsOf = new Int32Array(supplyIds.length);
  const districtSeen = new Uint8Array(slots);
  const districtSlots: number[] = [];
  const typesSeen: number[] = [];
  const evidence = new Map<string, EvidenceRef>();
  for (let k = 0; k < runs.length; k += 1) {
    const r = runs[k] as number;
    const found = oneValue(district, r);
    const d = found < 0 ? slots - 1 : found;
    if (districtSeen[d] === 0) {
      districtSeen[d] = 1;
      districtSlots.push(d);
    }
    for (let j = supply.start[r] as number, end = supply.start[r + 1] as number; j < end; j += 1) {
      const v = supply.values[j] as number;
      if (visitsOf[v] === 0) {
        typesSeen.push(v);
        // The first visit in view that handed it over: its sentence.
        const row = rows[k] as VisitRow;
        const id = supplyIds[v] as string;
        const s = row.visit.supplies.find((x) => x.supplyTypeId === id);
        if (s) evidence.set(id, ref(row, s.evidence));
      }
      visitsOf[v] = (visitsOf[v] as number) + 1;
      counts[v * slots + d] = (counts[v * slots + d] as number) + 1;
    }
  }
  const districts = districtSlots.map((d) => (d === slots - 1 ? null : (districtIds[d] as string)));
  const byType = new Map<string, Map<string | null, number>>();
  const visitsByType = new Map<string, number>();
  for (const v of typesSeen) {
    const perDistrict = new Map<string | null, number>();
    districtSlots.forEach((d, i) => {
      const count = counts[v * slots + d] as number;
      if (count > 0) perDistrict.set(districts[i] as string | null, count);
    });
    byType.set(supplyIds[v] as string, perDistrict);
    visitsByType.set(supplyIds[v] as string, visitsOf[v] as number);
  }
  const { series, districts: sorted } = districtSeries({ index, rows, lang, t }, districts);
  const typeIds = [
    ...index.facetValues.supply.filter((id) => byType.has(id)),
    ...[...byType.keys()].filter((id) => !index.facetValues.supply.includes(id)),
  ];
  const chartRows = typeIds.map((id) => {
    const name = facetLabel(index, 'supply', id, lang);
    const perDistrict = byType.get(id) ?? new Map<string | null, number>();
    return makeRow({
      id,
      label: name,
      facet: { key: 'supply', id, name },
      evidence: evidence.get(id) ?? null,
      visits: visitsByType.get(id) ?? 0,
      values: sorted.map((d) => perDistrict.get(d) ?? 0),
    });
  });
  const legend = series.map((s): LegendEntry => ({
    id: s.id,
    label: s.label,
    color: s.color,
    facet: s.id === 'unknown' ? null : { key: 'district', id: s.id, name: s.label },
  }));
  const names = typeIds.map((id) => facetLabel(index, 'supply', id, lang));
  // Every visit handed over every supply type in view: bars would all be one height.
  const every = typeIds.length > 0 && typeIds.every((id) => visitsByType.get(id) === rows.length);
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
  );
}

/* ---------- 3. Supplies as written: 口罩 vs 医用口罩, 消毒液 vs 84消毒液 ---------- */

export function variantModel({ index, rows, lang, t }: ModelInput): ChartModel {
  type Variant = { text: string; supplyTypeId: string; visits: number; evidence: EvidenceRef };
  // A visit counts once for each way it writes a supply (the index's variants: type and text, once per visit).
  const { variants, variantType, variantText } = columnsOf(index);
  const { counts: visits, first, met } = tally(variants, runsOf(index, rows), variantType.length);
  const byType = new Map<string, Map<string, Variant>>();
  for (const v of met) {
    const supplyTypeId = variantType[v] as string;
    const text = variantText[v] as string;
    const row = rows[first[v] as number] as VisitRow;
    const s = row.visit.supplies.find((x) => x.supplyTypeId === supplyTypeId && x.text === text);
    let texts = byType.get(supplyTypeId);
    if (!texts) byType.set(supplyTypeId, (texts = new Map()));
    if (s)
      texts.set(text, { text, supplyTypeId, visits: visits[v] as number, evidence: ref(row, s.evidence) });
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
  );
}

/* ---------- 4. Who went where, with whom: people and delegations per place ---------- */

const peopleSeries = ['lead', 'accompanying', 'delegation'] as const;

/** Names of the people who went to a place that its label gives before "and N more". */
export const namesInLabel = 6;
/** Names its table cell gives before "N more" (a button that shows them all). */
export const namesInCell = 8;

/** The most bytes "who went where" spends on a table of places by people (else it uses a Map). */
export const PAIR_BYTES = 16 * 2 ** 20;
const SEEN = 4;

/** `pairBytes`: PAIR_BYTES, or less to try the Map (tests). */
export function peoplePlacesModel({ index, rows, lang, t }: ModelInput, pairBytes = PAIR_BYTES): ChartModel {
  type Entry = {
    key: string;
    placeId: string | null;
    visits: number;
    /** People who went as lead, as accompanying (or in a delegation), and units that went: each counted once. */
    lead: number;
    accompanying: number;
    units: number;
    names: string[];
    /** The first visit there, whose sentence is the row's evidence (read only when shown). */
    first: VisitRow;
  };
  // On the index's columns, with no Map or Set per place: at 300,000 visits there are 900,000 participants to
  // count, and 450,000 names to give (each person's and unit's looked up once). Which (place, person or unit)
  // pairs were met, and in which roles, is a byte per pair where that takes at most PAIR_BYTES (1,446 places by
  // 406 people and units at 300,000 visits), else one Map; the rows are read in time order (grouping them by place
  // first made each row's participants a cache miss: 150 ms instead of 50).
  const { visited, goers, places, facets, units } = columnsOf(index);
  const placeIds = places.numbering.ids;
  const personIds = facets.person.numbering.ids;
  const unitIds = units.ids;
  const runs = runsOf(index, rows);
  const n = runs.length;
  // Each row's place entry, entries numbered as first met (a visit with no place is an entry of its own).
  const entryOfPlace = new Int32Array(placeIds.length).fill(-1);
  const entryOf = new Int32Array(n);
  const entries: Entry[] = [];
  for (let k = 0; k < n; k += 1) {
    const p = oneValue(visited, runs[k] as number);
    let e = p >= 0 ? (entryOfPlace[p] as number) : -1;
    if (e < 0) {
      e = entries.length;
      const first = rows[k] as VisitRow;
      const placeId = p >= 0 ? (placeIds[p] as string) : null;
      entries.push({
        key: placeId ?? `visit:${first.visit.id}`,
        placeId,
        visits: 0,
        lead: 0,
        accompanying: 0,
        units: 0,
        names: [],
        first,
      });
      if (p >= 0) entryOfPlace[p] = e;
    }
    entryOf[k] = e;
  }
  // Pair (entry e, goer w) is slot e * width + w: people first, then units (numbered apart: a person and a unit
  // may share an id). Its byte: SEEN, and the GOER_LEAD and GOER_ACCOMPANYING bits it was met with.
  const width = personIds.length + unitIds.length;
  const bytes = entries.length * width <= pairBytes ? new Uint8Array(entries.length * width) : null;
  const map = bytes ? null : new Map<number, number>();
  const personName: (string | undefined)[] = new Array<string | undefined>(personIds.length);
  const unitName: (string | undefined)[] = new Array<string | undefined>(unitIds.length);
  for (let k = 0; k < n; k += 1) {
    const r = runs[k] as number;
    const e = entryOf[k] as number;
    const entry = entries[e] as Entry;
    entry.visits += 1;
    // Organisations that went count as delegations; people as lead or accompanying (a person in a delegation
    // counts with the accompanying). Each is named once, though one may have led one visit there and
    // accompanied another.
    for (let j = goers.start[r] as number, end = goers.start[r + 1] as number; j < end; j += 1) {
      const g = goers.values[j] as number;
      const kind = g & 3;
      const who = g >> 2;
      const unit = kind === GOER_UNIT;
      const slot = e * width + (unit ? personIds.length + who : who);
      const had = bytes ? (bytes[slot] as number) : (map!.get(slot) ?? 0);
      if (had === 0) {
        let name: string | undefined;
        if (unit) {
          name = unitName[who];
          if (name === undefined) {
            const id = unitIds[who] as string;
            unitName[who] = name = textIn(index.organizations.get(id)?.name ?? { zh: id }, lang);
          }
          entry.units += 1;
        } else {
          name = personName[who];
          if (name === undefined)
            personName[who] = name = facetLabel(index, 'person', personIds[who] as string, lang);
        }
        entry.names.push(name);
      }
      const now = unit ? SEEN : had | SEEN | kind;
      if (now === had) continue;
      if (bytes) bytes[slot] = now;
      else map!.set(slot, now);
      if (unit) continue;
      if (kind & ~had & GOER_LEAD) entry.lead += 1;
      if (kind & ~had & GOER_ACCOMPANYING) entry.accompanying += 1;
    }
  }
  const series: ChartSeries[] = peopleSeries.map((role, i) => ({
    key: valueKey(i),
    id: role,
    label: t(`charts.peopleRole.${role}`),
    color: role === 'lead' ? '#1d4ed8' : role === 'accompanying' ? '#60a5fa' : '#94a3b8',
  }));
  const chartRows = entries.map((e) => {
    const name = e.placeId === null ? t('charts.noPlace') : placeName(index, e.placeId, lang);
    const counts = [e.lead, e.accompanying, e.units];
    return makeRow({
      id: e.key,
      label: name,
      // The label reads in a tooltip, the chart's description and a button's name: the first names, and a count.
      fullLabel: `${name}: ${listFirst(e.names, lang, namesInLabel, (count) => t('charts.finding.more', { count }))}`,
      detail: listFirst(e.names, lang, namesInCell, (count) => t('charts.finding.more', { count })),
      detailItems: e.names,
      facet: e.placeId === null ? null : { key: 'place', id: e.placeId, name },
      evidence: () => ref(e.first, e.first.visit.evidence),
      visits: e.visits,
      values: counts,
    });
  });
  const total = (r: ChartRow) => (r.v0 ?? 0) + (r.v1 ?? 0) + (r.v2 ?? 0);
  chartRows.sort((a, b) => total(b) - total(a));
  const legend = series.map((s): LegendEntry => ({ id: s.id, label: s.label, color: s.color, facet: null }));
  const top = chartRows[0];
  const uniform =
    chartRows.length > 1 && chartRows.every((r) => total(r) === (top ? total(top) : 0))
      ? t('charts.uniform.people', { count: top ? total(top) : 0 })
      : null;
  const finding =
    uniform ??
    (top
      ? t('charts.finding.people', {
          place: top.label,
          people: (top.v0 ?? 0) + (top.v1 ?? 0),
          orgs: top.v2 ?? 0,
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
    chartRows,
    (a, b) => total(b) - total(a),
  );
}

/* ---------- 5. Amounts, where the text states them: by supply and unit, never summed across units ---------- */

export function quantityModel({ index, rows, lang, t }: ModelInput): ChartModel | null {
  type Entry = {
    supplyTypeId: string;
    unit: string;
    total: number;
    /** The visits that state it (their runs). */
    visits: Set<number>;
    evidence: EvidenceRef;
    byDistrict: Map<string | null, number>;
  };
  const entries = new Map<string, Entry>();
  const districts: (string | null)[] = [];
  // Only the visits whose supplies state an amount are read, from the index's columns; a visit itself only for
  // the evidence of each amount's first mention.
  const { quantified, amounts, amountKinds } = columnsOf(index);
  const byKind: (Entry | undefined)[] = new Array<Entry | undefined>(amountKinds.ids.length);
  const runs = runsOf(index, rows);
  for (let k = 0; k < runs.length; k += 1) {
    const r = runs[k] as number;
    const from = quantified.start[r] as number;
    const end = quantified.start[r + 1] as number;
    if (from === end) continue;
    const row = rows[k] as VisitRow;
    if (!districts.includes(row.districtId)) districts.push(row.districtId);
    for (let j = from; j < end; j += 1) {
      const kind = amounts.kind[j] as number;
      let entry = byKind[kind];
      if (!entry) {
        const s = row.visit.supplies[quantified.values[j] as number] as Supply;
        const key = amountKinds.ids[kind] as string;
        entry = {
          supplyTypeId: s.supplyTypeId,
          unit: s.quantity!.unit,
          total: 0,
          visits: new Set<number>(),
          evidence: ref(row, s.evidence),
          byDistrict: new Map(),
        };
        byKind[kind] = entry;
        entries.set(key, entry);
      }
      const value = amounts.value[j] as number;
      entry.total += value;
      entry.visits.add(r);
      bump(entry.byDistrict, row.districtId, value);
    }
  }
  if (entries.size === 0) return null;
  const { series, districts: sorted } = districtSeries({ index, rows, lang, t }, districts);
  const chartRows = [...entries.entries()].map(([key, e]) => {
    const name = facetLabel(index, 'supply', e.supplyTypeId, lang);
    const label = t('charts.quantityLabel', { name, unit: e.unit });
    return makeRow({
      id: key,
      label,
      detail: e.unit,
      facet: { key: 'supply', id: e.supplyTypeId, name },
      evidence: e.evidence,
      visits: e.visits.size,
      values: sorted.map((d) => e.byDistrict.get(d) ?? 0),
    });
  });
  const legend = series.map((s): LegendEntry => ({
    id: s.id,
    label: s.label,
    color: s.color,
    facet: s.id === 'unknown' ? null : { key: 'district', id: s.id, name: s.label },
  }));
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
