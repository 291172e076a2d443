import { GraphQLError } from "graphql";

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
