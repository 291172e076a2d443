import { GraphQLError } from "graphql";
import { toAlpha2 } from "../lib/countries.js";

/** Error codes of the public contract (docs/api.md, "Errors"; schema/contract.graphql). */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "CONFLICT"
  | "QUERY_TOO_COMPLEX"
  | "RATE_LIMITED"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL_SERVER_ERROR";

export function userInputError(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: { code: "BAD_USER_INPUT" satisfies ErrorCode, argument },
  });
}

/** An ISO alpha-2 or alpha-3 code given in `input.<field>` of a mutation, as alpha-2; a code of no country is the caller's error. */
export function countryInput(field: string, value: unknown): string {
  const code = toAlpha2(String(value));
  if (!code) throw userInputError(`input.${field}`, `no country with code "${String(value)}"`);
  return code;
}
