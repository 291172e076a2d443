import { describe, expect, it } from "vitest";
import { DatePrecision } from "../../src/graphql/enums.js";
import { addYears, isFullDate, isPartialDate, parsePartialDate, periodEnd } from "../../src/lib/dates.js";

describe("isFullDate: the one definition of a valid date", () => {
  it.each(["2025-04-21", "2024-02-29", "0001-01-01", "9999-12-31"])("accepts %s", (v) => {
    expect(isFullDate(v)).toBe(true);
  });

  it.each(["2025-02-30", "2023-02-29", "0000-01-01", "2025-13-01", "2025-00-10", "2025-1-01", "2025-04-21T00:00:00Z", " 2025-04-21", "10000-01-01", ""])("refuses %j", (v) => {
    expect(isFullDate(v)).toBe(false);
  });

  it("refuses what is not a string, and reads years below 100 as themselves", () => {
    expect(isFullDate(20250421)).toBe(false);
    expect(isFullDate(null)).toBe(false);
    expect(isFullDate(new Date("2025-04-21"))).toBe(false);
    // Date.UTC would read year 0099 as 1999; 1999 is not a leap year, 0096 is.
    expect(isFullDate("0096-02-29")).toBe(true);
  });

  it("agrees with the calendar of JavaScript's Date on every day-like string of leap and common years", () => {
    // The rule as it was written with a Date: the day must survive a round trip.
    const byDate = (v: string) => {
      const [y, m, d] = v.split("-").map(Number);
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    };
    let accepted = 0;
    for (const year of ["0001", "0004", "0100", "0400", "1900", "2000", "2023", "2024", "9999"]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const v = `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(isFullDate(v), v).toBe(byDate(v) && m >= 1 && m <= 12 && d >= 1);
          if (isFullDate(v)) accepted++;
        }
      }
    }
    // 9 years of 365 days, and 0004, 0400, 2000 and 2024 are leap years (0100 and 1900 are not).
    expect(accepted).toBe(9 * 365 + 4);
    for (const v of ["2025-0a-01", "2025-04-2x", "2025/04/21", "２０２５-04-21", "2025-04-21\n"]) expect(isFullDate(v), v).toBe(false);
  });
});

describe("partial dates", () => {
  it.each([
    ["2025", { date: "2025-01-01", precision: DatePrecision.YEAR }],
    ["2025-04", { date: "2025-04-01", precision: DatePrecision.MONTH }],
    ["2025-04-21", { date: "2025-04-21", precision: DatePrecision.DAY }],
  ])("parses %s", (v, expected) => {
    expect(isPartialDate(v)).toBe(true);
    expect(parsePartialDate(v)).toEqual(expected);
  });

  it.each(["0000", "2025-13", "2025-04-31", "25", "2025-4", "April 2025"])("refuses %j", (v) => {
    expect(isPartialDate(v)).toBe(false);
    expect(() => parsePartialDate(v)).toThrow(/Not a date/);
  });
});

describe("periodEnd", () => {
  it("is the last day of the year or month a coarse date stands for", () => {
    expect(periodEnd("2025-01-01", DatePrecision.YEAR)).toBe("2025-12-31");
    expect(periodEnd("2024-02-01", DatePrecision.MONTH)).toBe("2024-02-29");
    expect(periodEnd("2023-02-01", DatePrecision.MONTH)).toBe("2023-02-28");
    expect(periodEnd("2025-12-01", DatePrecision.MONTH)).toBe("2025-12-31");
  });

  it("keeps four-digit years below 1000 and below 100 (the Date scalar allows 0001 to 9999)", () => {
    expect(periodEnd("0999-01-01", DatePrecision.YEAR)).toBe("0999-12-31");
    expect(periodEnd("0050-02-01", DatePrecision.MONTH)).toBe("0050-02-28");
    expect(periodEnd("0096-02-01", DatePrecision.MONTH)).toBe("0096-02-29");
  });

  it("is the date itself for a day, or when the precision is unknown", () => {
    expect(periodEnd("2025-04-21", DatePrecision.DAY)).toBe("2025-04-21");
    expect(periodEnd("2025-04-21", null)).toBe("2025-04-21");
    expect(periodEnd("2025-04-21", undefined)).toBe("2025-04-21");
  });
});

describe("addYears", () => {
  it("adds whole years, 29 February falling back to 28 February", () => {
    expect(addYears("2020-06-15", 5)).toBe("2025-06-15");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2024-12-31", 0)).toBe("2024-12-31");
  });

  it("stays in the right century for years below 100", () => {
    expect(addYears("0050-06-01", 1)).toBe("0051-06-01");
    expect(addYears("0096-02-29", 1)).toBe("0097-02-28");
    expect(addYears("0001-01-01", 998)).toBe("0999-01-01");
  });
});
