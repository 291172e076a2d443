import { priced, type Admission } from "../graphql/admission.js";
import type { QueryLimits } from "../graphql/limits.js";
import { LIST_SIZES } from "../subgraphs/registry.js";
import type { GatewayContext } from "./context.js";
import type { DirectRoutes } from "./in-process.js";

/**
 * The gateway's HTTP shortcut (`npm start`: the gateway and its subgraphs in one process).
 *
 * An operation the gateway answers directly (DirectRoutes: one fetch from one subgraph of this
 * process, such as `country(code:)`) still went through the gateway's Apollo pipeline on every
 * request: the sha256 of its text, the document store, a Negotiator, the request context, the
 * plugins' hooks and the response's formatting. On Q1 that was the largest share of the CPU the
 * gateway spent besides the subgraph's own work (docs/decisions.md).
 *
 * Here a POST of such an operation is answered without it, by the same steps:
 * - its text must be one the pipeline already parsed, validated and priced, and whose query plan
 *   taught DirectRoutes its route (DirectRoutes.known); nothing else is looked up;
 * - its cost is priced as the gateway's cost plugin prices it (`priced`, with the same list sizes)
 *   and must be within the gateway's limit;
 * - it must be light for admission, so it is admitted or refused at once, never queued, and it
 *   holds its admission while it runs, as the plugin's does;
 * - the subgraph runs it after its own checks (DirectRoutes.answer, SubgraphApp.run).
 *
 * Anything else gives the request to the pipeline, unchanged: a body with other members
 * (extensions), a text not learned yet, a cost over the limit, a heavy operation, a refusal of
 * admission, a subgraph's check that refuses, a run with errors, an exception. Errors are therefore
 * always formatted, coded and logged by the pipeline; a query has no effects, so running one again
 * there changes nothing but its cost. The answer's media type is the HTTP route's concern
 * (src/http/graphql-route.ts).
 */
export type GatewayShortcut = (body: unknown, context: () => Promise<GatewayContext>) => Promise<string | null>;

export interface GatewayShortcutOptions {
  /** Its routes: the same object the gateway's server answers with (GatewayOptions.direct). */
  direct: DirectRoutes;
  /** The gateway's limits; none: no cost limit and no admission, as its server has neither. */
  limits?: Pick<QueryLimits, "maxCost">;
  /** The gateway's admission (with limits); none: only the cost limit. */
  admission?: Admission;
}

export function gatewayShortcut(o: GatewayShortcutOptions): GatewayShortcut {
  return async (body, context) => {
    const request = plainOperation(body);
    if (!request) return null;
    const op = o.direct.known(request.query, request.operationName);
    if (!op) return null;
    // As the gateway's server: without limits it has no cost plugin, so no admission either.
    let admitting: { admission: Admission; cost: number } | undefined;
    if (o.limits) {
      const price = priced(op.schema, o.limits.maxCost, op.document, request.variables, request.operationName, LIST_SIZES);
      if (!price || price.over) return null;
      if (o.admission && !o.admission.isLight(price.cost)) return null;
      if (o.admission) admitting = { admission: o.admission, cost: price.cost };
    }
    let release: (() => void) | undefined;
    try {
      const client = await context();
      if (admitting) release = await admitting.admission.admit(admitting.cost, client.clientIp ?? "unknown");
      const result = await o.direct.answer(op, request.operationName, request.variables, client);
      return result ? JSON.stringify(result) + "\n" : null;
    } catch {
      // Refused admission, the database down, anything: the pipeline answers it with its own error.
      return null;
    } finally {
      release?.();
    }
  };
}

/** A POST body holding one operation and nothing else: its text, name and variables; else null. */
function plainOperation(body: unknown): { query: string; operationName?: string; variables?: Record<string, unknown> } | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
  for (const key in body) if (key !== "query" && key !== "operationName" && key !== "variables") return null;
  const { query, operationName, variables } = body as Record<string, unknown>;
  if (typeof query !== "string") return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== "string") return null;
  if (variables !== undefined && variables !== null && (typeof variables !== "object" || Array.isArray(variables))) return null;
  return { query, operationName: operationName ?? undefined, variables: (variables as Record<string, unknown> | null) ?? undefined };
}
