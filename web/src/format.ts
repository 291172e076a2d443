import type { DatePrecision } from "./operations.js";

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an RFC 3339 full-date, in UTC (never the browser's time zone). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split("-").map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A date as precise as its source: "2025-05", "2025" or the full date. */
export function showDate(date: string | null, precision?: DatePrecision | null): string {
  if (!date) return "undated";
  if (precision === "YEAR") return date.slice(0, 4);
  if (precision === "MONTH") return date.slice(0, 7);
  return date;
}

export function km(value: number): string {
  return `${value.toLocaleString("en-US", { maximumFractionDigits: 1 })} km`;
}

export function words(enumValue: string): string {
  return enumValue.replaceAll("_", " ").toLowerCase();
}
