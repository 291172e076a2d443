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

/** How sure the source is of a date: the `?` and `~` marks of the data's extended ISO 8601. Shared by both subgraphs. */
export enum DateCertainty {
  EXACT = "EXACT",
  UNCERTAIN = "UNCERTAIN",
  APPROXIMATE = "APPROXIMATE",
}

registerEnumType(DateCertainty, {
  name: "DateCertainty",
  description: "How sure the source is of a date, beside its precision (docs/api.md, \"Dates in imported data\").",
  valuesConfig: {
    EXACT: { description: "Given as a plain date." },
    UNCERTAIN: { description: "Marked uncertain by the source (\"1897-05-15?\")." },
    APPROXIMATE: { description: "Marked approximate by the source (\"1961-01-26~\")." },
  },
});
