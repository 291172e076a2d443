import type { ApolloServer } from "@apollo/server";
import type { Router } from "express";
import { GraphQLError } from "graphql";
import { Redis } from "ioredis";
import { isDatabaseOutage } from "../db/outage.js";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import type { GatewayContext } from "../gateway/gateway.js";
import { gatewayContext } from "../gateway/gateway.js";
import type { QueryLimits } from "../graphql/limits.js";
import type { SubgraphApp } from "../root.js";
import { limitBatch, rateLimit, requireRouterSecret, ROUTER_SECRET_HEADER, type RateLimitOptions } from "./guards.js";
import { parseOrigins, startHttp, type HttpServer } from "./server.js";

/** Everything the HTTP layer takes from config, in one value (tests build their own). */
export interface HttpSettings {
  host: string;
  corsOrigins: string[];
  bodyLimit: string;
  trustProxy: string;
  shutdownGraceMs: number;
  routerSecret?: string;
  /** Gateway only. */
  limits?: QueryLimits;
  maxBatch: number;
  introspection: boolean;
  production: boolean;
  rateLimit?: RateLimitOptions;
}

export function httpSettings(config: Config, redis?: Redis): HttpSettings {
  const production = config.NODE_ENV === "production";
  return {
    host: config.HOST,
    corsOrigins: parseOrigins(config.CORS_ORIGINS, config.NODE_ENV === "development"),
    bodyLimit: config.BODY_LIMIT,
    trustProxy: config.TRUST_PROXY,
    shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
    routerSecret: config.ROUTER_SECRET,
    limits: {
      maxDepth: config.LIMIT_MAX_DEPTH,
      maxCost: config.LIMIT_MAX_COST,
      maxAliases: config.LIMIT_MAX_ALIASES,
      maxDirectives: config.LIMIT_MAX_DIRECTIVES,
      maxTokens: config.LIMIT_MAX_TOKENS,
    },
    maxBatch: config.LIMIT_MAX_BATCH,
    introspection: config.INTROSPECTION ? config.INTROSPECTION === "true" || config.INTROSPECTION === "1" : !production,
    production,
    rateLimit: { perIp: config.RATE_LIMIT_PER_IP, perKey: config.RATE_LIMIT_PER_KEY, windowSeconds: config.RATE_LIMIT_WINDOW_S, redis, prefix: config.REDIS_KEY_PREFIX.replace(/:$/, "") },
  };
}

/** A Redis client for shared state (rate limits), or none. Commands fail fast while it is down. */
export function openRedis(url: string | undefined, log: Logger): Redis | undefined {
  if (!url) return undefined;
  const redis = new Redis(url, { lazyConnect: false, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  redis.on("error", (err) => log.warn({ err: err.message }, "redis unavailable"));
  return redis;
}

/** A subgraph over HTTP: secret check when configured, ready when its database answers. */
export function serveSubgraph(app: SubgraphApp, port: number, s: HttpSettings, log: Logger): Promise<HttpServer> {
  return startHttp({
    name: app.name,
    server: app.server,
    port,
    host: s.host,
    log,
    corsOrigins: [], // only the gateway is called from browsers
    bodyLimit: "5mb", // _entities batches from the gateway are large by nature
    trustProxy: s.trustProxy,
    shutdownGraceMs: s.shutdownGraceMs,
    guards: s.routerSecret ? [requireRouterSecret(s.routerSecret)] : [],
    context: async (req, requestId) => {
      const authorization = req.headers.authorization;
      try {
        return await app.context({ requestId, authorization: typeof authorization === "string" ? authorization : undefined });
      } catch (err) {
        // The key lookup needs the database: while it is down, say so (503), not "context creation failed".
        if (!isDatabaseOutage(err)) throw err;
        log.error({ err, requestId }, "database unavailable");
        throw new GraphQLError("The database is unavailable; try again shortly.", { extensions: { code: "SERVICE_UNAVAILABLE", requestId, http: { status: 503 } } });
      }
    },
    ready: async () => {
      await app.dataSource.query("SELECT 1");
      return { database: "ok" };
    },
  });
}

/** The gateway over HTTP: rate limits and batch limits, the explorer routes, ready when every subgraph answers. */
export function serveGateway(server: ApolloServer<GatewayContext>, subgraphUrls: Record<string, string>, port: number, s: HttpSettings, log: Logger, routes?: Router): Promise<HttpServer> {
  return startHttp({
    name: "gateway",
    server,
    port,
    host: s.host,
    log,
    corsOrigins: s.corsOrigins,
    bodyLimit: s.bodyLimit,
    trustProxy: s.trustProxy,
    shutdownGraceMs: s.shutdownGraceMs,
    routes,
    guards: s.rateLimit ? [rateLimit(s.rateLimit)] : [],
    bodyGuards: [limitBatch(s.maxBatch)],
    context: async (req, requestId) => gatewayContext(req.headers, requestId, req.ip),
    ready: async () => {
      const checks: Record<string, string> = {};
      await Promise.all(
        Object.entries(subgraphUrls).map(async ([name, url]) => {
          const res = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", ...(s.routerSecret ? { [ROUTER_SECRET_HEADER]: s.routerSecret } : {}) },
            body: JSON.stringify({ query: "{ __typename }" }),
            signal: AbortSignal.timeout(2000),
          }).catch((err: Error) => {
            throw new Error(`subgraph ${name} unreachable: ${err.message}`);
          });
          if (!res.ok) throw new Error(`subgraph ${name} answered ${res.status}`);
          checks[name] = "ok";
        }),
      );
      return checks;
    },
  });
}
