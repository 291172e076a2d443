import { DatePrecision } from "../graphql/enums.js";

export interface PartialDateValue {
  date: string;
  precision: DatePrecision;
}


/** The range of a valid date: PostgreSQL has no year 0, and four digits end at 9999. */
export const MIN_DATE = "0001-01-01";
export const MAX_DATE = "9999-12-31";

/**
 * The one definition of a valid date, for the Date scalar, cursors, the dataset schema and the
 * import checks alike: YYYY-MM-DD, a real calendar day (no 2025-02-30), years 0001 to 9999.
 * (The GGO importer refuses years before 1000 itself, before it asks this.)
 */
export function isFullDate(value: unknown): value is string {
  // Read digit by digit, with no RegExp match or Date made: every Date a response carries passes
  // here (the scalar's serialize), hundreds per nested page (#14).
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const y = digits(value, 0, 4);
  const mo = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  // The proleptic Gregorian calendar, as JavaScript's Date and PostgreSQL count it.
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (mo === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[mo - 1]);
}

const DASH = 45;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the ASCII digits of `s` from `start` to `end`, or -1 if any is not one. */
function digits(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** What isFullDate accepts, in words, for the messages that refuse a date. */
export const FULL_DATE_RULE = `a real calendar day in YYYY-MM-DD form, from ${MIN_DATE} to ${MAX_DATE}`;

/** True for "2025-04-21", "2025-04" or "2025" whose first day is a valid date (isFullDate). */
export function isPartialDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  if (/^\d{4}$/.test(value)) return isFullDate(`${value}-01-01`);
  if (/^\d{4}-\d{2}$/.test(value)) return isFullDate(`${value}-01`);
  return isFullDate(value);
}

/** "2025-04-21" | "2025-04" | "2025" -> first day of the period and its precision. */
export function parsePartialDate(value: string): PartialDateValue {
  if (/^\d{4}$/.test(value) && isFullDate(`${value}-01-01`)) return { date: `${value}-01-01`, precision: DatePrecision.YEAR };
  if (/^\d{4}-\d{2}$/.test(value) && isFullDate(`${value}-01`)) return { date: `${value}-01`, precision: DatePrecision.MONTH };
  if (isFullDate(value)) return { date: value, precision: DatePrecision.DAY };
  throw new Error(`Not a date: "${value}" (expected YYYY, YYYY-MM or YYYY-MM-DD, a real day, years 0001 to 9999)`);
}

/** The last day of the period a partial date stands for. */
export function periodEnd(date: string, precision: DatePrecision | null | undefined): string {
  const [y, m] = date.split("-").map(Number);
  if (precision === DatePrecision.YEAR) return `${date.slice(0, 4)}-12-31`;
  if (precision === DatePrecision.MONTH) return lastDayOfMonth(y, m);
  return date;
}

/** Today as a full date in UTC: the default of every `asOf`. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Adds whole years to a full date (29 Feb falls back to 28 Feb). setUTCFullYear: Date.UTC reads years 0–99 as 1900–1999. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const target = new Date(0);
  target.setUTCFullYear(y + years, m - 1, d);
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** The last day of a month (1-12), as a full date. setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999. */
function lastDayOfMonth(year: number, month: number): string {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0); // day 0 of the next month
  return date.toISOString().slice(0, 10);
}
