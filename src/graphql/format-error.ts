import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";
import { isDatabaseOutage } from "../db/outage.js";
import { limitError } from "./limits.js";

/** Apollo's own codes for requests that never ran, all the caller's doing: in the contract, BAD_USER_INPUT. */
const REQUEST_ERRORS = new Set(["INVALID_GRAPHQL", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST", "OPERATION_RESOLUTION_FAILURE", "PERSISTED_QUERY_NOT_SUPPORTED"]);

/**
 * PERSISTED_QUERY_NOT_FOUND stays as it is: it is the APQ protocol's signal that the client should
 * send the full query, and Apollo Client, urql and Relay look for exactly that code.
 */
const PROTOCOL_CODES = new Set(["PERSISTED_QUERY_NOT_FOUND"]);

/**
 * Apollo Server's APQ errors that carry no code ("Unsupported persisted query version",
 * "provided sha does not match query"): the caller's request, so BAD_USER_INPUT.
 */
const UNCODED_REQUEST_ERRORS = /^(Unsupported persisted query version|provided sha does not match query)/;

/**
 * Every error leaves with an `extensions.code` from the contract. Database outages become
 * SERVICE_UNAVAILABLE; anything unexpected becomes INTERNAL_SERVER_ERROR, and outside development
 * its message (which may hold SQL) is replaced and logged instead.
 */
export function createFormatError(log: Logger, exposeInternals: boolean, unavailable = "The database") {
  const format = formatWith(log, exposeInternals, unavailable);
  // The formatter must never throw: Apollo would answer with its own uncoded error and the cause
  // would go unlogged. Whatever goes wrong here is logged and answered as a coded INTERNAL error.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let out: GraphQLFormattedError;
    try {
      out = format(formatted, error);
    } catch (formatFailure) {
      log.error({ err: formatFailure, original: unwrapResolverError(error) }, "the error formatter failed");
      out = { message: "Internal server error", path: formatted?.path, locations: formatted?.locations, extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
    return out;
  };
}

function formatWith(log: Logger, exposeInternals: boolean, unavailable: string) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { code?: string; message?: string } | undefined;
    const code = formatted.extensions?.code;
    if (code === "SERVICE_UNAVAILABLE") return formatted;
    if (isDatabaseOutage(error)) {
      log.error({ err: original }, `${unavailable} is unavailable`);
      return { ...formatted, message: `${unavailable} is unavailable; try again shortly.`, extensions: { code: "SERVICE_UNAVAILABLE" } };
    }
    if (typeof code === "string" && PROTOCOL_CODES.has(code)) return formatted;
    if ((!code || code === "INTERNAL_SERVER_ERROR") && UNCODED_REQUEST_ERRORS.test(formatted.message)) {
      return { message: formatted.message, extensions: { code: "BAD_USER_INPUT", reason: "PERSISTED_QUERY_INVALID" } };
    }
    if (typeof code === "string" && REQUEST_ERRORS.has(code)) {
      return limitError(formatted) ?? { ...formatted, extensions: { ...formatted.extensions, code: "BAD_USER_INPUT", reason: code } };
    }
    // PostgreSQL refuses some text outright (a NUL character, U+0000): the caller's input, not our fault.
    if (original && (original.code === "22021" || original.code === "22P05" || (original as { driverError?: { code?: string } }).driverError?.code === "22021")) {
      return { message: "An argument contains a character that cannot be stored or searched (U+0000).", path: formatted.path, locations: formatted.locations, extensions: { code: "BAD_USER_INPUT" } };
    }
    const validation = formatted.extensions?.validationErrors ?? null;
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

/**
 * class-validator errors as "input.url: url must be a URL address" lines, nested paths included.
 * type-graphql hands over an array, or a single error when one argument failed as a whole (an
 * input object written as a literal `{}`), so both are read, and anything else is described.
 */
function flatten(errors: unknown, path = "", depth = 0): string[] {
  const list: unknown[] = Array.isArray(errors) ? errors : errors && typeof errors === "object" ? [errors] : [];
  if (depth > 16) return [`${path || "input"}: is invalid`];
  return list.flatMap((item) => {
    const e = (item ?? {}) as Partial<ValidationErrorLike>;
    const property = typeof e.property === "string" && e.property ? e.property : "";
    const here = path && property ? `${path}.${property}` : path || property || "input";
    const own = Object.values(e.constraints ?? {}).map((c) => `${here}: ${String(c)}`);
    const nested = flatten(e.children ?? [], here, depth + 1);
    return own.length || nested.length ? [...own, ...nested] : [`${here}: is invalid`];
  });
}
