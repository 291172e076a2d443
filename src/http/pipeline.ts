import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The request and response of the HTTP layer as Node gives them, with what the layer adds: the
 * client's address (`ip`, behind the trusted proxies), the parsed body, and the request id. Express's
 * Request and Response fit these types, so the same guards and error answers serve both the GraphQL
 * route (graphql-route.ts, plain `node:http`) and the express app of the other routes.
 */
export interface HttpRequest extends IncomingMessage {
  ip?: string;
  body?: unknown;
}

declare global {
  namespace Express {
    /** What the HTTP layer keeps on every response (express's `res.locals`). */
    interface Locals {
      requestId: string;
    }
  }
}

export interface HttpResponse extends ServerResponse {
  locals: { requestId: string };
}

/** A request URL's path and its search (`?` and what follows, or ""), as Apollo Server takes it. */
export function splitUrl(url: string | undefined): { path: string; search: string } {
  const u = url ?? "";
  const q = u.indexOf("?");
  return q < 0 ? { path: u, search: "" } : { path: u.slice(0, q), search: u.slice(q) };
}

/** A connect-style step: calls `next()` to go on, `next(err)` to answer with an error, or answers itself. */
export type Handler = (req: HttpRequest, res: HttpResponse, next: (err?: unknown) => void) => unknown;

/**
 * Runs `handlers` in order, as express's router runs middleware: each calls `next` to go on; a
 * throw, a rejected promise or `next(err)` stops the run and calls `done(err)`; `done()` follows the
 * last step. No path matching and no per-request wrapping of `req` and `res`, which is what express
 * costs on every request (docs/decisions.md).
 */
export function runHandlers(handlers: readonly Handler[], req: HttpRequest, res: HttpResponse, done: (err?: unknown) => void): void {
  let i = 0;
  let finished = false;
  const finish = (err?: unknown) => {
    if (finished) return;
    finished = true;
    done(err);
  };
  const next = (err?: unknown): void => {
    if (finished) return;
    if (err !== undefined && err !== null) return finish(err);
    const handler = handlers[i++];
    if (!handler) return finish();
    try {
      const result = handler(req, res, next);
      if (result instanceof Promise) result.catch(finish);
    } catch (thrown) {
      finish(thrown);
    }
  };
  next();
}
