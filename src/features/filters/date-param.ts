/**
 * A date as a link may write it, read leniently: `2020-02-07`, `2020-2-7`, `2020/2/7`, `2020.2.7`, `20200207`,
 * `2020年2月7日`, full-width digits; a month (`2020-02`, `2020年2月`) or a year (`2020`) stands for its first day
 * at the start of a range and its last day at the end. Written canonically as `YYYY-MM-DD`. Pure.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days in a month of a year (month 1 to 12). */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const FULL = /^(\d{4})(?:[-/.年]\s*(\d{1,2})(?:[-/.月]\s*(\d{1,2})日?|月)?)?年?$/u;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/** The date `value` names, as `YYYY-MM-DD`; a month or year at `side` of a range; null where it names none. */
export function readDate(value: string, side: 'start' | 'end'): string | null {
  const text = value.normalize('NFKC').trim();
  const m = COMPACT.exec(text) ?? FULL.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000) return null;
  const month = m[2] === undefined ? (side === 'start' ? 1 : 12) : Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysIn(year, month);
  const day = m[3] === undefined ? (side === 'start' ? 1 : last) : Number(m[3]);
  if (day < 1 || day > last) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
