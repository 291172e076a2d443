import { DatePrecision } from "../graphql/enums.js";

export interface PartialDateValue {
  date: string;
  precision: DatePrecision;
}

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date in YYYY-MM-DD form (no 2025-02-30). */
export function isFullDate(value: string): boolean {
  const m = FULL.exec(value);
  if (!m) return false;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** "2025-04-21" | "2025-04" | "2025" -> first day of the period and its precision. */
export function parsePartialDate(value: string): PartialDateValue {
  if (/^\d{4}$/.test(value)) return { date: `${value}-01-01`, precision: DatePrecision.YEAR };
  if (/^\d{4}-\d{2}$/.test(value) && isFullDate(`${value}-01`)) return { date: `${value}-01`, precision: DatePrecision.MONTH };
  if (isFullDate(value)) return { date: value, precision: DatePrecision.DAY };
  throw new Error(`Not a date: "${value}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
}

/** The last day of the period a partial date stands for. */
export function periodEnd(date: string, precision: DatePrecision | null | undefined): string {
  const [y, m] = date.split("-").map(Number);
  if (precision === DatePrecision.YEAR) return `${y}-12-31`;
  if (precision === DatePrecision.MONTH) return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return date;
}

/** Today as a full date in UTC: the default of every `asOf`. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Adds whole years to a full date (29 Feb falls back to 28 Feb). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
