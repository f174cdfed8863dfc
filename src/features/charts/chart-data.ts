/**
 * Pure: the chart series of src/data/select.ts reshaped into what the charts draw. Rows for Recharts (one per
 * category, values under `v0`, `v1`, …, one key per series), legends, labels in the page language, the evidence
 * of each row and the layout numbers that depend on the data (height, label width). No React, no DOM.
 *
 * Every value is a number of visits: the bulletin states no quantities.
 */
import { facetLabel, placeName } from '../../data/labels';
import type { Evidence } from '../../data/schema';
import {
  placeTree,
  suppliesByDistrict,
  suppliesByPerson,
  supplyVariants,
  type CountSeries,
  type DatasetIndex,
  type FacetKey,
  type VisitRow,
} from '../../data/select';
import { translator, type Lang } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/zh';
import type { LegendItem } from '../../lib/chart-handle';
import { listJoin } from '../../lib/format';
import type { EvidenceRef } from '../../lib/page-actions';
import { districtColor, supplyColor } from './chart-theme';

export type ChartId = 'supplies-by-district' | 'supply-variants' | 'people-supplies' | 'places';

export type ValueKey = `v${number}`;

/** A set of bars: one per supply type in the grouped charts, a single one in the others. */
export type ChartSeries = { key: ValueKey; id: string; label: string; color: string };

/** What clicking a row's bar or label filters by. */
export type RowFilter = { key: FacetKey; id: string; name: string };

export type ChartRow = {
  // Field names steer clear of SVG attribute names (filter, color…): Recharts passes a row's fields to its bars.
  /** Unique within the chart: the category of the axis. */
  id: string;
  /** The name on the axis, before it is fitted to the space. */
  label: string;
  /** The full text, for the tooltip and the table (a place's whole path, a person's roles). */
  fullLabel: string;
  /** Verbatim Chinese text the row stands for (supplies as written), or null. */
  verbatim: string | null;
  /** A second column of the table: the role, the supply type; '' when the chart has none. */
  detail: string;
  /** Indentation level: 0 for a district, 1 for a street, 2 for a community (the place chart); else 0. */
  depth: number;
  /** The colour of the row's bar when the chart colours by row (variants, places); null otherwise. */
  rowColor: string | null;
  facet: RowFilter;
  /** The sentence the row comes from (its first supply or participant evidence). */
  evidence: EvidenceRef | null;
  /** Visits in view this row stands for. */
  visits: number;
} & { [key: ValueKey]: number };

export type LegendEntry = LegendItem & { id: string; facet: RowFilter };

export type ChartModel = {
  id: ChartId;
  /** Every row, for the data table (at most `tableLimit`). */
  rows: ChartRow[];
  /** The rows the chart draws (at most the chart's limit), in display order. */
  chartRows: ChartRow[];
  /** How many rows there are in all, before any limit. */
  totalRows: number;
  series: ChartSeries[];
  legend: LegendEntry[];
  /** Grouped charts colour by series (supply type); the others by row. */
  colorBy: 'series' | 'row';
};

/** Beyond these, a chart shows its largest rows and says so; the table shows up to `tableLimit` rows. */
export const chartLimits: Record<ChartId, number> = {
  'supplies-by-district': 20,
  'supply-variants': 20,
  'people-supplies': 20,
  places: 30,
};
export const tableLimit = 200;

const valueKey = (i: number): ValueKey => `v${i}`;

function evidenceRef(row: VisitRow, evidence: Evidence): EvidenceRef {
  return { bulletinId: row.bulletin.id, paragraph: evidence.paragraph, quote: evidence.quote };
}

/** What the charts need beyond the counts of select.ts: visits per district and person, and first evidence. */
export type RowFacts = {
  districtVisits: Map<string, number>;
  personVisits: Map<string, number>;
  /** First supply sentence of a district's visits (else the first visit's own sentence). */
  districtEvidence: Map<string, EvidenceRef>;
  /** First sentence of each written supply, by supply type and text. */
  variantEvidence: Map<string, Map<string, EvidenceRef>>;
  personEvidence: Map<string, EvidenceRef>;
  placeEvidence: Map<string, EvidenceRef>;
};

/** One pass over the visits in view, for all four charts. */
export function collectFacts(rows: readonly VisitRow[]): RowFacts {
  const facts: RowFacts = {
    districtVisits: new Map(),
    personVisits: new Map(),
    districtEvidence: new Map(),
    variantEvidence: new Map(),
    personEvidence: new Map(),
    placeEvidence: new Map(),
  };
  const districtFallback = new Map<string, EvidenceRef>();
  for (const row of rows) {
    const { visit, districtId } = row;
    facts.districtVisits.set(districtId, (facts.districtVisits.get(districtId) ?? 0) + 1);
    for (const id of row.personIds) facts.personVisits.set(id, (facts.personVisits.get(id) ?? 0) + 1);
    const firstSupply = visit.supplies[0];
    if (firstSupply && !facts.districtEvidence.has(districtId)) {
      facts.districtEvidence.set(districtId, evidenceRef(row, firstSupply.evidence));
    }
    if (!districtFallback.has(districtId)) districtFallback.set(districtId, evidenceRef(row, visit.evidence));
    for (const s of visit.supplies) {
      let byText = facts.variantEvidence.get(s.supplyTypeId);
      if (!byText) facts.variantEvidence.set(s.supplyTypeId, (byText = new Map()));
      if (!byText.has(s.text)) byText.set(s.text, evidenceRef(row, s.evidence));
    }
    for (const p of visit.participants) {
      if (p.personId && !facts.personEvidence.has(p.personId))
        facts.personEvidence.set(p.personId, evidenceRef(row, p.evidence));
    }
    for (const id of row.placePath) {
      if (!facts.placeEvidence.has(id)) facts.placeEvidence.set(id, evidenceRef(row, visit.evidence));
    }
  }
  for (const [id, ref] of districtFallback)
    if (!facts.districtEvidence.has(id)) facts.districtEvidence.set(id, ref);
  return facts;
}

/** The supply types that reached any row, in the dataset's order, as series. */
function supplySeries(index: DatasetIndex, series: CountSeries, lang: Lang): ChartSeries[] {
  const present = new Set(series.flatMap((s) => Object.keys(s.counts).filter((k) => (s.counts[k] ?? 0) > 0)));
  const ordered = [
    ...index.facetValues.supply.filter((id) => present.has(id)),
    ...[...present].filter((id) => !index.facetValues.supply.includes(id)),
  ];
  return ordered.map((id, i) => ({
    key: valueKey(i),
    id,
    label: facetLabel(index, 'supply', id, lang),
    color: supplyColor(id),
  }));
}

function supplyLegend(series: readonly ChartSeries[]): LegendEntry[] {
  return series.map((s) => ({
    id: s.id,
    label: s.label,
    color: s.color,
    facet: { key: 'supply', id: s.id, name: s.label },
  }));
}

/** The rows with the most visits, in their original order; ties keep the earlier row. */
export function keepLargest<T extends { visits: number }>(rows: readonly T[], limit: number): T[] {
  if (rows.length <= limit) return [...rows];
  const keep = new Set(
    rows
      .map((row, i) => ({ row, i }))
      .sort((a, b) => b.row.visits - a.row.visits || a.i - b.i)
      .slice(0, limit)
      .map((x) => x.i),
  );
  return rows.filter((_, i) => keep.has(i));
}

function finish(
  id: ChartId,
  rows: ChartRow[],
  series: ChartSeries[],
  legend: LegendEntry[],
  colorBy: ChartModel['colorBy'],
  pickChartRows: (rows: ChartRow[], limit: number) => ChartRow[] = keepLargest,
): ChartModel {
  return {
    id,
    rows: rows.slice(0, tableLimit),
    chartRows: pickChartRows(rows, chartLimits[id]),
    totalRows: rows.length,
    series,
    legend,
    colorBy,
  };
}

function countsToValues(
  counts: Record<string, number>,
  series: readonly ChartSeries[],
): { [key: ValueKey]: number } {
  const values: { [key: ValueKey]: number } = {};
  for (const s of series) values[s.key] = counts[s.id] ?? 0;
  return values;
}

/** 1. For each district in view: visits that delivered each supply type. */
export function districtSupplyModel(
  index: DatasetIndex,
  rows: readonly VisitRow[],
  lang: Lang,
  facts: RowFacts = collectFacts(rows),
): ChartModel {
  const counts = suppliesByDistrict(index, rows);
  const series = supplySeries(index, counts, lang);
  const chartRows = counts.map((c): ChartRow => {
    const name = facetLabel(index, 'district', c.id, lang);
    return {
      id: c.id,
      label: name,
      fullLabel: name,
      verbatim: null,
      detail: '',
      depth: 0,
      rowColor: null,
      facet: { key: 'district', id: c.id, name },
      evidence: facts.districtEvidence.get(c.id) ?? null,
      visits: facts.districtVisits.get(c.id) ?? 0,
      ...countsToValues(c.counts, series),
    };
  });
  return finish('supplies-by-district', chartRows, series, supplyLegend(series), 'series');
}

/** 2. Supplies as written (口罩 vs 医用口罩 …): visits that mention each written form, coloured by supply type. */
export function variantModel(
  index: DatasetIndex,
  rows: readonly VisitRow[],
  lang: Lang,
  facts: RowFacts = collectFacts(rows),
): ChartModel {
  const t = translator(lang);
  const variants = supplyVariants(index, rows);
  const chartRows = variants.map((v): ChartRow => {
    const id = `${v.supplyTypeId}\u0000${v.text}`;
    const typeName = facetLabel(index, 'supply', v.supplyTypeId, lang);
    const label = lang === 'zh' ? v.text : t('charts.variantLabel', { text: v.text, type: typeName });
    return {
      id,
      label,
      fullLabel: label,
      verbatim: v.text,
      detail: typeName,
      depth: 0,
      rowColor: supplyColor(v.supplyTypeId),
      facet: { key: 'supply', id: v.supplyTypeId, name: typeName },
      evidence: facts.variantEvidence.get(v.supplyTypeId)?.get(v.text) ?? null,
      visits: v.visits,
      v0: v.visits,
    };
  });
  const typeIds = [...new Set(variants.map((v) => v.supplyTypeId))];
  const legend = typeIds.map((id): LegendEntry => {
    const label = facetLabel(index, 'supply', id, lang);
    return { id, label, color: supplyColor(id), facet: { key: 'supply', id, name: label } };
  });
  const series: ChartSeries[] = [
    { key: 'v0', id: 'visits', label: t('charts.unit'), color: legend[0]?.color ?? '' },
  ];
  return finish('supply-variants', chartRows, series, legend, 'row');
}

/** The label of a person: name and, in brackets, the roles the person has in the data. */
export function personLabel(
  index: DatasetIndex,
  personId: string,
  lang: Lang,
): { name: string; roles: string } {
  const t = translator(lang);
  const name = facetLabel(index, 'person', personId, lang);
  const roles = listJoin(
    (index.personRoles.get(personId) ?? []).map((r) => t(`role.${r}` as MessageKey)),
    lang,
  );
  return { name, roles };
}

/** 3. For each person in view (name and role): visits per supply type. */
export function peopleSupplyModel(
  index: DatasetIndex,
  rows: readonly VisitRow[],
  lang: Lang,
  facts: RowFacts = collectFacts(rows),
): ChartModel {
  const t = translator(lang);
  const counts = suppliesByPerson(index, rows);
  const series = supplySeries(index, counts, lang);
  const chartRows = counts.map((c): ChartRow => {
    const { name, roles } = personLabel(index, c.id, lang);
    const label = roles ? t('charts.personLabel', { name, roles }) : name;
    return {
      id: c.id,
      label,
      fullLabel: label,
      verbatim: null,
      detail: roles,
      depth: 0,
      rowColor: null,
      facet: { key: 'person', id: c.id, name },
      evidence: facts.personEvidence.get(c.id) ?? null,
      visits: facts.personVisits.get(c.id) ?? 0,
      ...countsToValues(c.counts, series),
    };
  });
  return finish('people-supplies', chartRows, series, supplyLegend(series), 'series');
}

/**
 * Rows of a tree to draw when there are too many: the upper levels first, each level by visits, and always in
 * tree order, so a community is never drawn without its street and district.
 */
export function keepTreeTop(rows: readonly ChartRow[], limit: number): ChartRow[] {
  if (rows.length <= limit) return [...rows];
  const keep = new Set(
    rows
      .map((row, i) => ({ row, i }))
      .sort((a, b) => a.row.depth - b.row.depth || b.row.visits - a.row.visits || a.i - b.i)
      .slice(0, limit)
      .map((x) => x.i),
  );
  return rows.filter((_, i) => keep.has(i));
}

/** 4. Where the visits went: district › street › community, coloured by district. */
export function placeModel(
  index: DatasetIndex,
  rows: readonly VisitRow[],
  lang: Lang,
  facts: RowFacts = collectFacts(rows),
): ChartModel {
  const tree = placeTree(index, rows);
  const chartRows = tree.map((p): ChartRow => {
    const name = placeName(index, p.id, lang);
    const districtName = facetLabel(index, 'district', p.districtId, lang);
    return {
      id: p.id,
      label: name,
      fullLabel: p.path.map((id) => placeName(index, id, lang)).join(' › '),
      verbatim: null,
      detail: '',
      depth: p.depth,
      rowColor: districtColor(p.districtId),
      // A district filters by district; a street, community or village by that place.
      facet:
        p.depth === 0
          ? { key: 'district', id: p.districtId, name: districtName }
          : { key: 'place', id: p.id, name },
      evidence: facts.placeEvidence.get(p.id) ?? null,
      visits: p.visits,
      v0: p.visits,
    };
  });
  const districtIds = [...new Set(tree.map((p) => p.districtId))];
  const legend = districtIds.map((id): LegendEntry => {
    const label = facetLabel(index, 'district', id, lang);
    return { id, label, color: districtColor(id), facet: { key: 'district', id, name: label } };
  });
  const t = translator(lang);
  const series: ChartSeries[] = [
    { key: 'v0', id: 'visits', label: t('charts.unit'), color: legend[0]?.color ?? '' },
  ];
  return finish('places', chartRows, series, legend, 'row', keepTreeTop);
}

/** A chart has something to draw: rows, and at least one bar that is not zero. */
export function hasData(model: ChartModel): boolean {
  return model.chartRows.some((row) => model.series.some((s) => (row[s.key] ?? 0) > 0));
}

/* ---------- Layout that depends on the data: label widths and chart heights. ---------- */

/**
 * Rough width of a text in px: CJK, full-width forms and the ellipsis (full-width in CJK fonts) 1em, capitals and
 * digits 0.68em, others 0.56em. Generous on purpose: a label cut a little early is better than one that overlaps.
 */
export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80 || ch === '…') em += 1;
    else if (ch === ' ') em += 0.3;
    else if (/[A-Z0-9]/.test(ch)) em += 0.68;
    else em += 0.56;
  }
  return em * fontPx;
}

/** The text cut to fit `maxPx`, with an ellipsis; the full text stays in the tooltip and the table. */
export function fitLabel(text: string, maxPx: number, fontPx: number): string {
  if (textWidth(text, fontPx) <= maxPx) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(out + ch + '…', fontPx) > maxPx) break;
    out += ch;
  }
  return out.trimEnd() + '…';
}

/** Pieces a line may break between: a word with its following spaces, or a single CJK character. */
function breakUnits(text: string): string[] {
  return text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/gu) ?? [text];
}

/**
 * The text on at most `maxLines` lines of `maxPx`: broken between words (or between CJK characters), a word too
 * long for a line cut by characters, and the last line cut with an ellipsis if the text does not fit.
 */
export function wrapLabel(text: string, maxPx: number, fontPx: number, maxLines = 2): string[] {
  const width = (s: string) => textWidth(s, fontPx);
  if (maxLines <= 1 || width(text) <= maxPx) return [fitLabel(text, maxPx, fontPx)];
  const units: string[] = [];
  for (const unit of breakUnits(text)) {
    if (width(unit.trimEnd()) <= maxPx) {
      units.push(unit);
      continue;
    }
    let part = '';
    for (const ch of unit) {
      if (part !== '' && width(part + ch) > maxPx) {
        units.push(part);
        part = '';
      }
      part += ch;
    }
    if (part !== '') units.push(part);
  }
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i] ?? '';
    if (line === '' || width((line + unit).trimEnd()) <= maxPx) {
      line = (line + unit).trimStart();
      continue;
    }
    lines.push(line.trimEnd());
    if (lines.length === maxLines - 1) {
      lines.push(fitLabel(units.slice(i).join('').trim(), maxPx, fontPx));
      return lines;
    }
    line = unit.trimStart();
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Indentation of the place tree's labels, per level, in px. */
export const indentPx = 12;

/**
 * Width of the category axis: as wide as the longest label needs, but never more than about 40 % of the chart
 * (so the bars keep room on a phone) and never less than 64 px.
 */
export function categoryAxisWidth(model: ChartModel, chartWidth: number, fontPx: number): number {
  const widest = Math.max(0, ...model.chartRows.map((r) => textWidth(r.label, fontPx) + r.depth * indentPx));
  const cap = Math.max(64, Math.round(chartWidth * 0.4));
  return Math.ceil(Math.min(cap, Math.max(64, widest + 12)));
}

/** Room for the labels of the category axis: its width and the most lines a label takes. */
export function categoryAxis(
  model: ChartModel,
  chartWidth: number,
  fontPx: number,
): { width: number; lines: number } {
  const width = categoryAxisWidth(model, chartWidth, fontPx);
  const lines = Math.max(
    1,
    ...model.chartRows.map((r) => wrapLabel(r.label, labelRoom(width, r.depth), fontPx).length),
  );
  return { width, lines };
}

/** Width a row's label may take on an axis of `axisWidth`: less the indentation and a small gap. */
export function labelRoom(axisWidth: number, depth: number): number {
  return axisWidth - 10 - depth * indentPx;
}

/** Height of one category: room for one bar per series, and for the label's lines. */
export function rowHeight(model: ChartModel, labelLines = 1): number {
  const bars = model.colorBy === 'series' ? model.series.length : 1;
  return Math.max(labelLines > 1 ? 40 : 32, bars * 12 + 14);
}

/** Space for the value axis and its unit below the bars, and a little above. */
export const valueAxisHeight = 48;
export const chartMarginTop = 8;

export function chartHeight(model: ChartModel, labelLines = 1): number {
  return model.chartRows.length * rowHeight(model, labelLines) + valueAxisHeight + chartMarginTop;
}
