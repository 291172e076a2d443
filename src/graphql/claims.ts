import type { GraphQLObjectType } from "graphql";
import { userInputError } from "./errors.js";

/**
 * `claims(field:)` takes the name of one of the parent type's GraphQL fields; anything else is a
 * BAD_USER_INPUT that lists the valid names, so a typo is never a silent empty list.
 */
export function assertClaimField(parentType: GraphQLObjectType, field: string | null | undefined): void {
  if (field === undefined || field === null) return;
  const fields = Object.keys(parentType.getFields()).filter((f) => f !== "claims" && !f.startsWith("_"));
  if (!fields.includes(field)) {
    throw userInputError("field", `must name a field of ${parentType.name}: one of ${fields.join(", ")}; got ${JSON.stringify(field)}`);
  }
}

/** Keeps the claims about `field`, or all of them when it is omitted. */
export function claimsAbout<T extends { field: string }>(claims: T[], field: string | null | undefined): T[] {
  return field ? claims.filter((c) => c.field === field) : claims;
}
