import { randomUUID } from "node:crypto";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import type { ApolloServer, BaseContext } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import cors from "cors";
import express, { type Express } from "express";
import { pinoHttp } from "pino-http";
import { sendError } from "./error-body.js";
import { graphqlRoute, isGraphQLPath, type GraphQLRouteOptions } from "./graphql-route.js";
import { JsonTooDeep } from "./guards.js";
import { runHandlers, type Handler, type HttpRequest, type HttpResponse } from "./pipeline.js";
import type { Logger } from "pino";

/**
 * The HTTP layer every part shares (gateway and subgraphs): request ids, JSON access logs, CORS
 * allow-list, body limit, /healthz and /readyz, GraphQL at /graphql (graphql-route.ts, on Node's
 * own request and response), the other routes on express, JSON errors with a code for what never
 * reaches GraphQL, and a graceful stop.
 */

export interface HttpOptions<C extends BaseContext> {
  /** "gateway" or the subgraph's name: in logs and health answers. */
  name: string;
  server: ApolloServer<C>;
  /** The GraphQL context of one request. */
  context(req: HttpRequest, requestId: string): Promise<C>;
  /** Readiness: resolves when ready, or throws with what failed in its message (logged, never sent). */
  ready(): Promise<void>;
  port: number;
  host: string;
  log: Logger;
  corsOrigins: string[];
  bodyLimit: string;
  trustProxy: string;
  shutdownGraceMs: number;
  /** Middleware that runs before the body is read (secret check, rate limits), after ids, logs and CORS. */
  guards?: Handler[];
  /** How deep request JSON may nest (body and GET's variables); refused before it is parsed (guards.ts). */
  maxJsonDepth: number;
  /** Middleware that needs the parsed body (batch size). */
  bodyGuards?: Handler[];
  /** Routes on express beside the GraphQL route (the explorer page). */
  routes?: express.Router;
  /** Answers an operation without Apollo Server where it can (graphql-route.ts; the gateway's: src/gateway/shortcut.ts). */
  shortcut?: GraphQLRouteOptions<C>["shortcut"];
}

export interface HttpServer {
  url: string;
  httpServer: http.Server;
  /** Refuses new requests, lets in-flight ones finish (up to the grace period), then stops Apollo. */
  stop(): Promise<void>;
}

/** At most this long (and a quarter of the grace period) open connections linger after a stop begins. */
const LINGER_MS = 1000;

const REQUEST_ID = /^[\w.:-]{1,200}$/;

function trustProxySetting(v: string): boolean | number | string {
  if (v === "true") return true;
  if (v === "false") return false;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

export async function startHttp<C extends BaseContext>(o: HttpOptions<C>): Promise<HttpServer> {
  const app: Express = express();
  let draining = false;
  // Responses not yet sent: on stop, each is told to close its connection (below).
  const pending = new Set<HttpResponse>();
  const accessLog = o.log.child({ part: o.name });
  const log: Handler = accessLog.isLevelEnabled("info")
    ? (pinoHttp({
        logger: accessLog,
        genReqId: (_req, res) => (res as HttpResponse).locals.requestId,
        autoLogging: { ignore: (req) => req.url === "/healthz" || req.url === "/readyz" },
        customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info"),
        // Never log keys or secrets.
        redact: ["req.headers.authorization", 'req.headers["router-authorization"]', "req.headers.cookie"],
      }) as Handler)
    : failedRequestsLog(accessLog);
  // Every request, on either route: tracked until sent, an id, the access log, and 503 while stopping.
  const common: Handler[] = [
    (_req, res, next) => {
      if (draining) res.setHeader("connection", "close");
      else {
        pending.add(res);
        res.once("close", () => pending.delete(res));
      }
      next();
    },
    // Request id: the caller's (or the gateway's) when well-formed, else a new one; always echoed.
    (req, res, next) => {
      const given = req.headers["x-request-id"];
      const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
      res.locals = { requestId: id };
      res.setHeader("x-request-id", id);
      next();
    },
    log,
    // While stopping: new requests are refused (and told to go elsewhere), in-flight ones finish.
    (_req, res, next) => {
      if (!draining) return next();
      res.setHeader("connection", "close");
      sendError(res, 503, "The server is shutting down; retry on another instance.", "SERVICE_UNAVAILABLE");
    },
  ];
  // Errors before GraphQL: bodies that are too large or not JSON, and anything a guard throws.
  const answerError = (e: unknown, req: HttpRequest, res: HttpResponse) => {
    const err = (e ?? {}) as { status?: number; type?: string; message?: string };
    if (err.type === "entity.too.large") return sendError(res, 413, `The request body is larger than the limit of ${o.bodyLimit}.`, "QUERY_TOO_COMPLEX", { limit: o.bodyLimit });
    if (err instanceof JsonTooDeep) return sendError(res, 400, err.message, "QUERY_TOO_COMPLEX", { limit: err.limit });
    if (err.type === "entity.parse.failed") return sendError(res, 400, "The request body is not valid JSON.", "BAD_USER_INPUT");
    if (err.type === "charset.unsupported" || err.type === "encoding.unsupported") return sendError(res, 415, err.message ?? "Unsupported encoding.", "BAD_USER_INPUT");
    if (err.status && err.status >= 400 && err.status < 500) return sendError(res, err.status, err.message ?? "Bad request.", "BAD_USER_INPUT");
    req.log?.error({ err }, "unhandled HTTP error");
    sendError(res, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
  };

  const httpServer = http.createServer((req, res) => {
    const r = req as HttpRequest;
    const s = res as HttpResponse;
    runHandlers(common, r, s, (err) => {
      if (err !== undefined) answerError(err, r, s);
      else if (isGraphQLPath(req.url)) graphql(r, s);
      else app(req, res);
    });
  });
  // Keep-alive longer than common proxies' idle timeouts, so a proxy never reuses a socket we closed.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  httpServer.requestTimeout = 60_000;

  /** After SIGTERM, how long open connections are kept so that requests racing the signal get their 503. */
  const lingerMs = Math.min(LINGER_MS, Math.floor(o.shutdownGraceMs / 4));
  o.server.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: o.shutdownGraceMs }));
  await o.server.start();

  app.disable("x-powered-by");
  app.set("trust proxy", trustProxySetting(o.trustProxy));
  app.set("etag", false);

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", part: o.name });
  });
  // Readiness says only ready or not: what failed (a database address, a subgraph's URL) goes to the log.
  app.get("/readyz", async (_req, res) => {
    res.setHeader("cache-control", "no-store");
    if (draining) return res.status(503).json({ status: "not ready" });
    try {
      await o.ready();
      res.json({ status: "ready" });
    } catch (err) {
      o.log.warn({ part: o.name, err: (err as Error).message }, "not ready");
      res.status(503).json({ status: "not ready" });
    }
  });

  const allowed = new Set(o.corsOrigins);
  const corsHandler = cors({
    origin: (origin, cb) => cb(null, !origin || allowed.has(origin) ? origin ?? false : false),
    credentials: false,
    maxAge: 600,
    exposedHeaders: ["x-request-id", "retry-after"],
  }) as Handler;
  app.use(corsHandler);
  if (o.routes) app.use(o.routes);
  app.use((_req, res) => sendError(res, 404, "Not found. The GraphQL endpoint is /graphql.", "NOT_FOUND"));
  app.use((err: unknown, req: express.Request, res: express.Response, _next: express.NextFunction) => answerError(err, req, res));

  const graphql = graphqlRoute({
    server: o.server,
    context: o.context,
    cors: corsHandler,
    guards: o.guards ?? [],
    bodyGuards: o.bodyGuards ?? [],
    bodyLimit: o.bodyLimit,
    maxJsonDepth: o.maxJsonDepth,
    trustProxy: app.get("trust proxy fn") as (addr: string, i: number) => boolean,
    onError: answerError,
    shortcut: o.shortcut,
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(o.port, o.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = o.host === "0.0.0.0" || o.host === "::" ? "localhost" : o.host;

  return {
    url: `http://${host}:${port}/`,
    httpServer,
    async stop() {
      draining = true;
      // In-flight answers end their connections, so no client sends another request over them.
      for (const res of pending) if (!res.headersSent) res.setHeader("connection", "close");
      // Stop accepting connections, but keep the open ones for a moment (net.Server's close: http's
      // own would end idle keep-alive sockets at once). A request already on its way over one then
      // gets a complete 503 with `Connection: close` (the draining middleware above), not a socket
      // closed under it.
      net.Server.prototype.close.call(httpServer);
      await new Promise((r) => setTimeout(r, lingerMs));
      // Apollo's drain plugin ends idle sockets, waits for in-flight requests up to the grace period, then stops.
      await o.server.stop();
    },
  };
}

/**
 * The access log when `info` is off (LOG_LEVEL warn or error): only the requests that failed, at
 * warn (4xx) or error (5xx), with what pino-http logs of them. pino-http builds a child logger per
 * request and serializes the request's headers into it even when nothing is logged: 7% of a simple
 * lookup's CPU in a profile.
 */
function failedRequestsLog(log: Logger): Handler {
  return (req, res, next) => {
    const started = Date.now();
    req.log = log;
    res.once("finish", () => {
      if (res.statusCode < 400) return;
      const level = res.statusCode >= 500 ? "error" : "warn";
      if (!log.isLevelEnabled(level)) return;
      log[level](
        { req: { id: res.locals.requestId, method: req.method, url: req.url, remoteAddress: req.socket.remoteAddress }, res: { statusCode: res.statusCode }, responseTime: Date.now() - started },
        `request ${res.statusCode >= 500 ? "errored" : "completed"}`,
      );
    });
    next();
  };
}

export function parseOrigins(list: string, development: boolean): string[] {
  const origins = list
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (development) origins.push("https://studio.apollographql.com");
  return origins;
}
