import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { isDatabaseOutage } from "../db/outage.js";
import { limitError } from "./limits.js";

/** Apollo's own codes for requests that never ran, all the caller's doing: in the contract, BAD_USER_INPUT. */
const REQUEST_ERRORS = new Set(["INVALID_GRAPHQL", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED"]);

/**
 * Every error leaves with an `extensions.code` from the contract. Database outages become
 * SERVICE_UNAVAILABLE; anything unexpected becomes INTERNAL_SERVER_ERROR, and outside development
 * its message (which may hold SQL) is replaced and logged instead.
 */
export function createFormatError(log: Logger, exposeInternals: boolean, unavailable = "The database") {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { code?: string; message?: string } | undefined;
    const code = formatted.extensions?.code;
    if (code === "SERVICE_UNAVAILABLE") return formatted;
    if (isDatabaseOutage(error)) {
      log.error({ err: original }, `${unavailable} is unavailable`);
      return { ...formatted, message: `${unavailable} is unavailable; try again shortly.`, extensions: { code: "SERVICE_UNAVAILABLE" } };
    }
    if (typeof code === "string" && REQUEST_ERRORS.has(code)) {
      return limitError(formatted) ?? { ...formatted, extensions: { ...formatted.extensions, code: "BAD_USER_INPUT", reason: code } };
    }
    // PostgreSQL refuses some text outright (a NUL character, U+0000): the caller's input, not our fault.
    if (original && (original.code === "22021" || original.code === "22P05" || (original as { driverError?: { code?: string } }).driverError?.code === "22021")) {
      return { message: "An argument contains a character that cannot be stored or searched (U+0000).", path: formatted.path, locations: formatted.locations, extensions: { code: "BAD_USER_INPUT" } };
    }
    const validation = (formatted.extensions?.validationErrors ?? null) as ValidationErrorLike[] | null;
    if (validation) {
      const problems = flatten(validation);
      return { ...formatted, message: `Invalid input: ${problems.join("; ")}`, extensions: { code: "BAD_USER_INPUT", problems } };
    }
    if (!code || code === "INTERNAL_SERVER_ERROR") {
      log.error({ err: original, path: formatted.path }, "internal error");
      if (!exposeInternals) {
        return { message: "Internal server error", path: formatted.path, locations: formatted.locations, extensions: { code: "INTERNAL_SERVER_ERROR" } };
      }
      return { ...formatted, extensions: { ...formatted.extensions, code: "INTERNAL_SERVER_ERROR" } };
    }
    return formatted;
  };
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** class-validator errors as "input.url: url must be a URL address" lines, nested paths included. */
function flatten(errors: ValidationErrorLike[], path = ""): string[] {
  return errors.flatMap((e) => {
    const here = path ? `${path}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((c) => `${here}: ${c}`);
    return [...own, ...flatten(e.children ?? [], here)];
  });
}
