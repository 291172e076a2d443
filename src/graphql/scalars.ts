import { GraphQLScalarType } from "graphql";
import { LocalDateResolver } from "graphql-scalars";

/**
 * `Date`: an RFC 3339 full-date ("2025-04-21"), kept as a string end to end so that no time zone
 * can shift it. graphql-scalars' LocalDate does the validation; we only give it the contract's name.
 * Both subgraphs use this one definition, so the description composes identically.
 */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: "Date",
  description:
    "A calendar date as an RFC 3339 full-date, e.g. 2025-04-21. Not a date-time. Where a source gives only a month or a year, the record's matching ...Precision field says so and the date is the first day of that period.",
});
