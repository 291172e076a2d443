import { GraphQLError, GraphQLScalarType, Kind, print, type ValueNode } from "graphql";
import { FULL_DATE_RULE, isFullDate } from "../lib/dates.js";

/** A Date value that is not a valid date: the caller's error, naming the value. */
function badDate(value: unknown, node?: ValueNode): GraphQLError {
  const shown = node && node.kind !== Kind.STRING ? print(node) : JSON.stringify(value) ?? String(value);
  return new GraphQLError(`Date must be ${FULL_DATE_RULE}; got ${shown}.`, { nodes: node, extensions: { code: "BAD_USER_INPUT" } });
}

function checked(value: unknown, node?: ValueNode): string {
  if (!isFullDate(value)) throw badDate(value, node);
  return value;
}

/**
 * `Date`: an RFC 3339 full-date ("2025-04-21"), kept as a string end to end so that no time zone
 * can shift it. A valid one is what isFullDate (src/lib/dates.ts) says, the same rule cursors,
 * the dataset schema and the import checks use: a real calendar day from 0001-01-01 to 9999-12-31,
 * so PostgreSQL never sees a date it would refuse (it has no year 0).
 * Both subgraphs use this one definition, so the description composes identically.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description:
    "A calendar date as an RFC 3339 full-date, e.g. 2025-04-21. Not a date-time. Where a source gives only a month or a year, the record's matching ...Precision field says so and the date is the first day of that period.",
  serialize: (value) => checked(value),
  parseValue: (value) => checked(value),
  parseLiteral(node) {
    if (node.kind !== Kind.STRING) throw badDate(undefined, node);
    return checked(node.value, node);
  },
  extensions: { codegenScalarType: "string", jsonSchema: { title: "Date", type: "string", format: "date" } },
});
