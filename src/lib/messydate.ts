import { DatePrecision } from "../graphql/enums.js";
import { isFullDate } from "./dates.js";

/** How sure a source is of a date: the `?` and `~` marks of extended ISO 8601 (messydates). */
export type DateCertainty = "EXACT" | "UNCERTAIN" | "APPROXIMATE";

/** A date read from extended notation: the start of the period it names, and what is known of it. */
export interface MessyDate {
  kind: "date";
  /** First day of the period (or of the range's start). */
  date: string;
  precision: DatePrecision;
  certainty: DateCertainty;
  /** For a range (`1981-09..1981-10`): the last day of the range's end; null otherwise. */
  until: string | null;
  /** The notation as the data had it. */
  raw: string;
  /** True when the value is more than a plain YYYY, YYYY-MM or YYYY-MM-DD (a claim keeps the raw form). */
  notable: boolean;
}

export type ReadDate =
  | MessyDate
  /** `9999-…`: the coders' "no date" (no end, for instance). */
  | { kind: "none"; raw: string }
  /** Malformed or impossible: reported and left out, never guessed. */
  | { kind: "invalid"; raw: string; reason: string };

/**
 * The earliest year read as a date. The data's oldest agreement is from 1351; its few earlier
 * values (0001-01-01 in eight party rows) are placeholders, not dates, and are refused as such.
 */
const MIN_YEAR = 1000;

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** One side of a date (no range): YYYY, YYYY-MM or YYYY-MM-DD, with X for unknown digits. */
function readPoint(text: string): { date: string; precision: DatePrecision; end: string } | { reason: string } {
  const m = /^(\d{4})(?:-([0-9X]{2})(?:-([0-9X]{2}))?)?$/.exec(text);
  if (!m) return { reason: "not YYYY, YYYY-MM or YYYY-MM-DD" };
  const [, ys, ms, ds] = m;
  const y = Number(ys);
  if (y < MIN_YEAR) return { reason: `year ${ys} is before ${MIN_YEAR}: a placeholder, not the date of an agreement` };
  // Unknown digits: a known day in an unknown month tells nothing usable, so the precision falls
  // back to what is known from the left (1964-XX-16 is the year 1964).
  const monthKnown = ms !== undefined && !ms.includes("X");
  const dayKnown = monthKnown && ds !== undefined && !ds.includes("X");
  if (ms !== undefined && !ms.includes("X") && (Number(ms) < 1 || Number(ms) > 12)) return { reason: `month ${ms} does not exist` };
  if (ms !== undefined && ms.includes("X") && ms !== "XX") return { reason: `partly unknown month ${ms}` };
  if (ds !== undefined && ds.includes("X") && ds !== "XX") return { reason: `partly unknown day ${ds}` };
  if (dayKnown) {
    const full = `${ys}-${ms}-${ds}`;
    if (!isFullDate(full)) return { reason: `${full} is not a calendar date` };
    return { date: full, precision: DatePrecision.DAY, end: full };
  }
  if (ds !== undefined && !ds.includes("X") && ms !== undefined && !monthKnown) {
    // A day with an unknown month must still be a possible day of some month.
    if (Number(ds) < 1 || Number(ds) > 31) return { reason: `day ${ds} does not exist` };
  }
  if (monthKnown) {
    const mm = Number(ms);
    return { date: `${ys}-${ms}-01`, precision: DatePrecision.MONTH, end: `${ys}-${ms}-${String(lastDay(y, mm)).padStart(2, "0")}` };
  }
  return { date: `${ys}-01-01`, precision: DatePrecision.YEAR, end: `${ys}-12-31` };
}

/**
 * Reads one value in the messydates notation the manytreaties data uses (docs/api.md, "Dates in
 * imported data"): `1993`, `1964-06`, `1897-05-15?` (uncertain), `1961-01-26~` (approximate),
 * `1981-09..1981-10` (a range: its start, with `until` the end), `1964-XX-16` (unknown digits).
 * `9999-…` is the coders' "no date". Anything else, or an impossible day (`1976-06-31`), is invalid.
 * An empty value is null.
 */
export function readMessyDate(input: string | null | undefined): ReadDate | null {
  const raw = (input ?? "").trim();
  if (!raw) return null;
  if (/^9999(\b|-|$)/.test(raw)) return { kind: "none", raw };
  let body = raw;
  let certainty: DateCertainty = "EXACT";
  const mark = /[?~%]$/.exec(body);
  if (mark) {
    certainty = mark[0] === "~" ? "APPROXIMATE" : "UNCERTAIN"; // % is both; uncertain is the weaker claim
    body = body.slice(0, -1);
  }
  // A trailing hyphen after unknown digits ("2010-XX-XX-") is a slip of the coder: the known part stands.
  if (/^\d{4}-XX-XX-$/.test(body)) body = body.slice(0, -1);
  const parts = body.split("..");
  if (parts.length > 2) return { kind: "invalid", raw, reason: "more than one range" };
  const start = readPoint(parts[0]);
  if ("reason" in start) return { kind: "invalid", raw, reason: start.reason };
  let until: string | null = null;
  if (parts.length === 2) {
    const end = /^9999/.test(parts[1]) ? null : readPoint(parts[1]);
    if (end && "reason" in end) return { kind: "invalid", raw, reason: `range end: ${end.reason}` };
    if (end) {
      if (end.end < start.date) return { kind: "invalid", raw, reason: "range ends before it starts" };
      until = end.end;
    }
  }
  const plain = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(raw);
  return { kind: "date", date: start.date, precision: start.precision, certainty, until, raw, notable: !plain };
}
