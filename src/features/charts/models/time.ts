/**
 * The visits over time: how many in each day, week or month (chosen by the span of the dates in view), stacked
 * by district. Visits whose text gives no date are counted apart and said, never put in a period. Counts on the
 * index's columns (each row's time and district), like the other charts. Pure.
 */
import { formatDate } from '../../../lib/format';
import { listFirst } from '../../../lib/format';
import { memoOn } from '../../../lib/memo-on';
import {
  columnsOf,
  dateOfKey,
  oneValue,
  runsOf,
  type DatasetIndex,
  type DateRange,
  type VisitRow,
} from '../../../data/select';
import type { Lang, T } from '../../../i18n/i18n';
import { districtSeries, type ModelInput } from './models';
import { makeRow, type ChartModel } from './rows';

export type Grain = 'day' | 'week' | 'month' | 'year';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date `YYYY-MM-DD`. */
export const dayNumber = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** The calendar date of a day number. */
export const isoOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The grain for a span of dates (last day less first): by day up to six weeks, by week up to half a year, by month
 * up to ten years, else by year. A year of bulletins is twelve months; a fortnight is fourteen days.
 */
export function grainFor(spanDays: number): Grain {
  if (spanDays <= 42) return 'day';
  if (spanDays <= 183) return 'week';
  if (spanDays <= 3653) return 'month';
  return 'year';
}

/** The period (a day number) a day falls in, as the number of its first day; weeks start on Monday. */
export function periodStart(day: number, grain: Grain): number {
  if (grain === 'day') return day;
  // 1970-01-01 was a Thursday: Monday is three days before.
  if (grain === 'week') return day - ((day + 3) % 7);
  const date = new Date(day * DAY_MS);
  const month = grain === 'month' ? date.getUTCMonth() : 0;
  return Date.UTC(date.getUTCFullYear(), month, 1) / DAY_MS;
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(start: number, grain: Grain): number {
  if (grain === 'day') return start + 1;
  if (grain === 'week') return start + 7;
  const date = new Date(start * DAY_MS);
  return grain === 'month'
    ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS
    : Date.UTC(date.getUTCFullYear() + 1, 0, 1) / DAY_MS;
}

/** For each time of the index (its numbered sort keys): the day number of its date, or -1 where it has none. */
function daysOfTimes(index: DatasetIndex): Int32Array {
  return memoOn([index], 'time:days', () => {
    const ids = columnsOf(index).times.ids;
    const days = new Int32Array(ids.length);
    for (let t = 0; t < ids.length; t += 1) {
      const date = dateOfKey(ids[t] as string);
      days[t] = date === null ? -1 : dayNumber(date);
    }
    return days;
  });
}

const monthsEn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A period's names: `label` for the axis (short: 2月7日, 3月, 2020年), `name` for a sentence and the table
 * (2020年2月3日起的一周, 2020年3月). The year is left out of short labels where every period is in one year.
 */
export function periodNames(
  start: number,
  end: number,
  grain: Grain,
  oneYear: boolean,
  lang: Lang,
  t: T,
): { label: string; name: string } {
  const iso = isoOfDay(start);
  const [y, m, d] = [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const zh = lang === 'zh';
  const dayShort = zh ? `${m}月${d}日` : `${d} ${monthsEn[m - 1]}`;
  const monthShort = zh ? `${m}月` : (monthsEn[m - 1] as string);
  const monthLong = zh ? `${y}年${m}月` : `${monthsEn[m - 1]} ${y}`;
  switch (grain) {
    case 'day':
      return { label: oneYear ? dayShort : formatDate(iso, lang), name: formatDate(iso, lang) };
    case 'week':
      return {
        label: oneYear ? dayShort : formatDate(iso, lang),
        name: t('charts.time.week', {
          start: formatDate(iso, lang),
          end: formatDate(isoOfDay(end - 1), lang),
        }),
      };
    case 'month':
      return { label: oneYear ? monthShort : monthLong, name: monthLong };
    case 'year':
      return { label: zh ? `${y}年` : String(y), name: zh ? `${y}年` : String(y) };
  }
}

/**
 * `range`: the date range in view, whose ends (where set) bound the periods drawn, so that a month chosen shows
 * every day of it, the empty ones too.
 */
export function timeModel(
  { index, rows, lang, t }: ModelInput,
  range: DateRange = { from: null, to: null },
): ChartModel {
  const { time, facets } = columnsOf(index);
  const district = facets.district.runs;
  const districtIds = facets.district.numbering.ids;
  const days = daysOfTimes(index);
  const runs = runsOf(index, rows);
  const n = runs.length;
  // First pass: the span of the dates in view, and the visits with none.
  let first = Infinity;
  let last = -Infinity;
  let undated = 0;
  const dayOf = new Int32Array(n);
  for (let k = 0; k < n; k += 1) {
    const day = days[oneValue(time, runs[k] as number)] as number;
    dayOf[k] = day;
    if (day < 0) undated += 1;
    else {
      if (day < first) first = day;
      if (day > last) last = day;
    }
  }
  const dated = n - undated;
  // Every dated visit on one day: a sentence (and its one row), whatever the range around it.
  const oneDay = dated > 0 && first === last;
  const firstDated = first;
  if (dated > 0 && !oneDay) {
    if (range.from !== null) first = Math.min(first, dayNumber(range.from));
    if (range.to !== null) last = Math.max(last, dayNumber(range.to));
  }
  const grain = grainFor(dated > 0 ? last - first : 0);
  const title = t('charts.time', { grain: t(`charts.time.by.${grain}`) });
  const undatedPhrase = undated > 0 ? t('charts.finding.undated', { count: undated }) : '';
  const base = {
    id: 'time' as const,
    title,
    unit: t('charts.unit'),
    colorBy: 'series' as const,
    tree: false,
    drawing: 'columns' as const,
  };
  if (dated === 0) {
    const finding = n === 0 ? t('charts.empty') : t('charts.uniform.noDates', { count: n });
    return {
      ...base,
      finding,
      uniform: null,
      rows: [],
      chartRows: [],
      totalRows: 0,
      series: [],
      legend: [],
    };
  }

  // Periods from the first to the last, every one (an empty period is a gap worth seeing).
  const starts: number[] = [];
  for (let s = periodStart(first, grain); s <= last; s = nextPeriod(s, grain)) starts.push(s);
  // Each day of the span, its period (one pass over the days, not a date per visit: at 100,000 visits the time
  // figure took 18 ms with a Date per visit).
  const periodOfDay = new Int32Array(last - first + 1);
  for (let p = 0; p < starts.length; p += 1) {
    const from = Math.max(first, starts[p] as number);
    const to = Math.min(last + 1, nextPeriod(starts[p] as number, grain));
    periodOfDay.fill(p, from - first, to - first);
  }
  // counts[period * slots + district]; the last slot for a visit with no district.
  const slots = districtIds.length + 1;
  const counts = new Int32Array(starts.length * slots);
  const totals = new Int32Array(starts.length);
  const firstRow = new Int32Array(starts.length).fill(-1);
  const seenSlot = new Uint8Array(slots);
  const seen: (string | null)[] = [];
  for (let k = 0; k < n; k += 1) {
    const day = dayOf[k] as number;
    if (day < 0) continue;
    const p = periodOfDay[day - first] as number;
    const found = oneValue(district, runs[k] as number);
    const d = found < 0 ? slots - 1 : found;
    if (seenSlot[d] === 0) {
      seenSlot[d] = 1;
      seen.push(found < 0 ? null : (districtIds[d] as string));
    }
    counts[p * slots + d] = (counts[p * slots + d] as number) + 1;
    totals[p] = (totals[p] as number) + 1;
    if (firstRow[p] === -1) firstRow[p] = k;
  }
  const { series, districts, legend } = districtSeries({ index, rows, lang, t }, seen);
  const slotOf = (id: string | null) => (id === null ? slots - 1 : facets.district.numbering.number.get(id)!);
  const oneYear = isoOfDay(first).slice(0, 4) === isoOfDay(last).slice(0, 4);
  const chartRows = starts.map((start, p) => {
    const end = nextPeriod(start, grain);
    const { label, name } = periodNames(start, end, grain, oneYear, lang, t);
    const k = firstRow[p] as number;
    return makeRow({
      id: isoOfDay(start),
      label,
      fullLabel: name,
      period: { from: isoOfDay(start), to: isoOfDay(end - 1) },
      // The first visit of the period: its sentence (read only when the table shows it).
      evidence:
        k < 0
          ? null
          : () => {
              const row = rows[k] as VisitRow;
              return { bulletinId: row.bulletin.id, ...pick(row.visit.evidence) };
            },
      visits: totals[p] as number,
      values: districts.map((id) => counts[p * slots + slotOf(id)] as number),
    });
  });
  // The active title: the busiest period(s), and the visits with no date.
  let most = 0;
  for (const total of totals) if (total > most) most = total;
  const peaks = chartRows
    .filter((r) => r.visits === most)
    .map((r) => (grain === 'month' && oneYear ? r.label : r.fullLabel));
  const peakText = listFirst(peaks, lang, 3, (count) => t('charts.finding.more', { count }));
  const uniform = oneDay
    ? t('charts.uniform.time', { count: dated, date: formatDate(isoOfDay(firstDated), lang) })
    : null;
  const finding =
    (uniform ??
      (peaks.length > 1
        ? t('charts.finding.peakEach', { period: peakText, count: most })
        : t('charts.finding.peak', { period: peakText, count: most }))) + undatedPhrase;
  return {
    ...base,
    finding,
    uniform: uniform === null ? null : finding,
    rows: chartRows,
    chartRows,
    totalRows: chartRows.length,
    series,
    legend,
  };
}

const pick = ({ paragraph, quote }: { paragraph: number; quote: string }) => ({ paragraph, quote });
