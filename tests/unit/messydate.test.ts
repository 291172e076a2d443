import { describe, expect, it } from "vitest";
import { isFullDate } from "../../src/lib/dates.js";
import { readMessyDate } from "../../src/lib/messydate.js";

describe("readMessyDate: the messydates notation of the GGO data", () => {
  it.each([
    ["1993", { date: "1993-01-01", precision: "YEAR", certainty: "EXACT", until: null, notable: false }],
    ["1964-06", { date: "1964-06-01", precision: "MONTH", certainty: "EXACT", until: null, notable: false }],
    ["2025-04-21", { date: "2025-04-21", precision: "DAY", certainty: "EXACT", until: null, notable: false }],
    ["1897-05-15?", { date: "1897-05-15", precision: "DAY", certainty: "UNCERTAIN", notable: true }],
    ["1961-01-26~", { date: "1961-01-26", precision: "DAY", certainty: "APPROXIMATE", notable: true }],
    ["1981-09..1981-10", { date: "1981-09-01", precision: "MONTH", until: "1981-10-31", notable: true }],
    ["1964-XX-16", { date: "1964-01-01", precision: "YEAR", notable: true }],
    ["2010-XX-XX-", { date: "2010-01-01", precision: "YEAR", notable: true }],
    ["1990-02-XX", { date: "1990-02-01", precision: "MONTH", notable: true }],
  ])("reads %s", (raw, expected) => {
    expect(readMessyDate(raw)).toMatchObject({ kind: "date", raw, ...expected });
  });

  it.each(["9999-12-31", "9999-12-01", "9999"])("reads the sentinel %s as no date", (raw) => {
    expect(readMessyDate(raw)).toEqual({ kind: "none", raw });
  });

  it.each([
    ["1976-06-31", /not a calendar date/],
    ["0014-022005", /not YYYY/],
    ["0000-01-01", /before 1000/],
    ["0001-01-01", /placeholder/],
    ["1990-13", /month 13/],
    ["1990-1X", /partly unknown month/],
    ["1981-10..1981-09", /ends before it starts/],
    ["yesterday", /not YYYY/],
  ])("refuses %s, never guessing", (raw, reason) => {
    const d = readMessyDate(raw);
    expect(d?.kind).toBe("invalid");
    expect(d && "reason" in d ? d.reason : "").toMatch(reason);
  });

  it("reads an empty value as null", () => {
    expect(readMessyDate("")).toBeNull();
    expect(readMessyDate("  ")).toBeNull();
  });
});

describe("isFullDate", () => {
  it("checks real calendar dates, years 1 to 99 included", () => {
    expect(isFullDate("2024-02-29")).toBe(true);
    expect(isFullDate("2025-02-29")).toBe(false);
    expect(isFullDate("0001-01-01")).toBe(true);
    expect(isFullDate("0014-02-30")).toBe(false);
    expect(isFullDate("2025-2-01")).toBe(false);
  });
});
