import type { Response } from "express";

/** A GraphQL-shaped error body for answers given outside Apollo (limits, bad JSON, refusals). */
export function errorBody(requestId: string, message: string, code: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, requestId, ...extra } }] };
}

/** Sends an error body with `status`, unless the response has started already. */
export function sendError(res: Response, status: number, message: string, code: string, extra: Record<string, unknown> = {}) {
  if (res.headersSent) return;
  res.status(status).type("application/json").send(JSON.stringify(errorBody(res.locals.requestId, message, code, extra)));
}
