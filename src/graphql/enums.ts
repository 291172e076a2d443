import { registerEnumType } from "type-graphql";

/** Shared by both subgraphs; enum definitions must match to compose. */
export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  YEAR = "YEAR",
}

registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How precise a date is. A MONTH or YEAR date holds the first day of that period.",
  valuesConfig: {
    DAY: { description: "The exact day is known." },
    MONTH: { description: "Only the month is known; the date is the first of that month." },
    YEAR: { description: "Only the year is known; the date is 1 January of that year." },
  },
});
