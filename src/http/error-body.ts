import type { HttpResponse } from "./pipeline.js";

/** A GraphQL-shaped error body for answers given outside Apollo (limits, bad JSON, refusals). */
export function errorBody(requestId: string, message: string, code: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, requestId, ...extra } }] };
}

/** Sends an error body with `status`, unless the response has started already. */
export function sendError(res: HttpResponse, status: number, message: string, code: string, extra: Record<string, unknown> = {}) {
  if (res.headersSent) return;
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(errorBody(res.locals.requestId, message, code, extra)));
}

/**
 * The body of an answer Apollo Server gives with a 4xx or 5xx status, its errors given the request's
 * id where they have none. Those are the errors of requests that never ran an operation (a body
 * without a query, variables that are not an object, an Accept it cannot serve, a context that
 * failed), which no plugin sees (an operation's errors get the id from `requestIdOnErrors`,
 * limits.ts). The GraphQL route (graphql-route.ts) calls it on such answers only: answers of 2xx
 * status, the hot path, pass through untouched.
 *
 * It replaced an AsyncLocalStorage around the request that the error formatter read: on Node 20 an
 * AsyncLocalStorage in use runs async hooks on every promise of the process (3–4% of busy CPU in a
 * profile of Q4 through the gateway; A/B, Q4 173 / 138 / 172 → 207 / 161 / 215 req/s).
 */
export function withRequestId(body: string, requestId: string): string {
  let parsed: { errors?: unknown };
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (!parsed || !Array.isArray(parsed.errors)) return body;
  let changed = false;
  const errors = parsed.errors.map((e: { extensions?: Record<string, unknown> } | null) => {
    if (!e || typeof e !== "object" || e.extensions?.requestId !== undefined) return e;
    changed = true;
    return { ...e, extensions: { ...e.extensions, requestId } };
  });
  return changed ? JSON.stringify({ ...parsed, errors }) + (body.endsWith("\n") ? "\n" : "") : body;
}
