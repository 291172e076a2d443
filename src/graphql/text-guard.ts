import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, Kind, visit, type DocumentNode } from "graphql";

/**
 * PostgreSQL text cannot hold the NUL character (U+0000): a string carrying one fails deep in the
 * database ("invalid byte sequence", 22021) and would surface as INTERNAL_SERVER_ERROR. No argument
 * of this API has a use for it, so a request carrying one in a variable or in a string literal is
 * refused up front: 400 BAD_USER_INPUT naming where it was.
 */
export function rejectNulCharacters<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const where = nulInVariables(request.variables ?? {}) ?? nulInLiterals(document);
          if (where) {
            throw new GraphQLError(`Invalid argument "${where}": text must not contain the NUL character (U+0000).`, {
              extensions: { code: "BAD_USER_INPUT", argument: where, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** The path of the first string holding U+0000 in the variables ("$input.name"), or null. */
export function nulInVariables(value: unknown, path = "$"): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = nulInVariables(v, `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes("\u0000")) return `${path}.${k}`;
      const found = nulInVariables(v, path === "$" ? `$${k}` : `${path}.${k}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * The argument whose string literal holds U+0000, or null. Kept per parsed document (Apollo Server
 * hands the same DocumentNode for the same query text from its document store): walking it on every
 * request was 1.8% of a busy gateway's CPU in Q4, where each request runs three pipelines.
 */
const literalsChecked = new WeakMap<DocumentNode, string | null>();
export function nulInLiterals(document: DocumentNode): string | null {
  let found = literalsChecked.get(document);
  if (found === undefined) literalsChecked.set(document, (found = findNulInLiterals(document)));
  return found;
}

function findNulInLiterals(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      if (found) return false;
      visit(node.value, {
        [Kind.STRING](s) {
          if (!found && s.value.includes("\u0000")) found = node.name.value;
        },
      });
      return undefined;
    },
  });
  return found;
}
