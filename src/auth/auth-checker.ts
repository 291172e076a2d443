import { GraphQLError } from "graphql";
import type { AuthChecker } from "type-graphql";
import { Role } from "./api-key.entity.js";
import type { Authentication } from "./auth.service.js";

export interface AuthContext {
  auth: Authentication;
}

/**
 * type-graphql runs this before it validates any argument, so an unauthenticated caller learns
 * nothing about the input. Admin may do everything an editor may.
 */
export const authChecker: AuthChecker<AuthContext> = ({ context }, roles) => requireRole(context.auth, roles);

/** True when `auth` has one of `roles` (any role when none is named; admin always); else UNAUTHENTICATED or FORBIDDEN. */
export function requireRole(auth: Authentication, roles: readonly string[]): true {
  if (auth.kind === "anonymous") {
    throw new GraphQLError("This operation needs an API key: send `Authorization: Bearer <key>`.", { extensions: { code: "UNAUTHENTICATED" } });
  }
  if (auth.kind === "invalid") throw new GraphQLError(`Not authenticated: ${auth.reason}.`, { extensions: { code: "UNAUTHENTICATED" } });
  const role = auth.principal.role;
  if (role === Role.ADMIN || roles.length === 0 || roles.includes(role)) return true;
  throw new GraphQLError(`Forbidden: this operation needs the role ${roles.join(" or ")}; the key "${auth.principal.name}" has the role ${role}.`, {
    extensions: { code: "FORBIDDEN" },
  });
}
