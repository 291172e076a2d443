import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "pino";

const CONNECTION_ERRORS = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P03", "08000", "08003", "08006"]);

/**
 * Every error leaves with an `extensions.code` from the contract. Database outages become
 * SERVICE_UNAVAILABLE; anything unexpected becomes INTERNAL_SERVER_ERROR, and outside development
 * its message (which may hold SQL) is replaced and logged instead.
 */
export function createFormatError(log: Logger, exposeInternals: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { code?: string; message?: string } | undefined;
    const code = formatted.extensions?.code;
    if (original && typeof original.code === "string" && CONNECTION_ERRORS.has(original.code)) {
      log.error({ err: original }, "database unavailable");
      return { ...formatted, message: "The database is unavailable; try again shortly.", extensions: { code: "SERVICE_UNAVAILABLE" } };
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
