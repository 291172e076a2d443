import type { ApolloServer } from "@apollo/server";
import type { Router } from "express";
import { GraphQLError } from "graphql";
import { Redis } from "ioredis";
import { isDatabaseOutage } from "../db/outage.js";
import type { Logger } from "pino";
import type { Config } from "../config.js";
import { gatewayContext, type GatewayContext } from "../gateway/context.js";
import type { GatewayShortcut } from "../gateway/shortcut.js";
import type { QueryLimits } from "../graphql/limits.js";
import { Admission, type AdmissionSettings } from "../graphql/admission.js";
import type { SubgraphApp } from "../root.js";
import { limitBatch, rateLimit, requireRouterSecret, ROUTER_SECRET_HEADER, type RateLimitOptions } from "./guards.js";
import { parseOrigins, startHttp, type HttpServer } from "./server.js";

/** A subgraph's body wraps the caller's variables in the gateway's request (representations, one level or two): room for that. */
export const SUBGRAPH_JSON_DEPTH_MARGIN = 8;

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
  /** Where the subgraphs listen when they run in one process with the gateway. */
  subgraphHost: string;
  /** The subgraphs' own cost limit, counting `_entities` representations. */
  subgraphMaxCost: number;
  /** Admission per process (each process builds its own Admission from these; see admissionFor). */
  admission?: AdmissionSettings;
  maxBatch: number;
  /** Each parsed-document cache and the gateway's query-plan cache, MiB (config QUERY_CACHE_MIB). */
  queryCacheMiB: number;
  /** How deep request JSON may nest at the gateway; subgraphs allow SUBGRAPH_JSON_DEPTH_MARGIN more. */
  maxJsonDepth: number;
  introspection: boolean;
  production: boolean;
  rateLimit?: RateLimitOptions;
}

export function httpSettings(config: Config, redis?: Redis): HttpSettings {
  const production = config.NODE_ENV === "production";
  return {
    host: config.HOST,
    subgraphHost: config.SUBGRAPH_HOST,
    subgraphMaxCost: config.LIMIT_SUBGRAPH_MAX_COST,
    admission: {
      maxCostInFlight: config.ADMISSION_MAX_COST_IN_FLIGHT,
      maxCostPerClient: config.ADMISSION_MAX_COST_PER_CLIENT,
      maxQueued: config.ADMISSION_MAX_QUEUED,
      queueTimeoutMs: config.ADMISSION_QUEUE_TIMEOUT_MS,
      lightCost: config.ADMISSION_LIGHT_COST,
      maxLightInFlight: config.ADMISSION_MAX_LIGHT_IN_FLIGHT,
      heapFraction: config.ADMISSION_HEAP_FRACTION,
      costPerWindow: config.RATE_LIMIT_COST_PER_IP,
      windowSeconds: config.RATE_LIMIT_WINDOW_S,
      redis,
      prefix: config.REDIS_KEY_PREFIX.replace(/:$/, ""),
    },
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
    queryCacheMiB: config.QUERY_CACHE_MIB,
    maxJsonDepth: config.LIMIT_MAX_JSON_DEPTH,
    introspection: config.INTROSPECTION ? config.INTROSPECTION === "true" || config.INTROSPECTION === "1" : !production,
    production,
    rateLimit: { perIp: config.RATE_LIMIT_PER_IP, perKey: config.RATE_LIMIT_PER_KEY, windowSeconds: config.RATE_LIMIT_WINDOW_S, redis, prefix: config.REDIS_KEY_PREFIX.replace(/:$/, "") },
  };
}

/**
 * The Admission of one tier of a process (one per process, shared by the parts it runs), or none
 * when admission is off. `tier` keeps the per-window cost budgets of the gateway and of each
 * subgraph apart in Redis: copies of one tier share theirs, and an operation the gateway admitted
 * is not charged twice against one budget when its subgraph calls are priced again.
 */
export function admissionFor(s: Pick<HttpSettings, "admission">, tier: string): Admission | undefined {
  return s.admission ? new Admission({ ...s.admission, prefix: `${s.admission.prefix ?? "rg"}:${tier}` }) : undefined;
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
    maxJsonDepth: s.maxJsonDepth + SUBGRAPH_JSON_DEPTH_MARGIN,
    context: async (req, requestId) => {
      const authorization = req.headers.authorization;
      try {
        return await app.context({ requestId, authorization: typeof authorization === "string" ? authorization : undefined, clientIp: req.ip });
      } catch (err) {
        // The key lookup needs the database: while it is down, say so (503), not "context creation failed".
        if (!isDatabaseOutage(err)) throw err;
        log.error({ err, requestId }, "database unavailable");
        throw new GraphQLError("The database is unavailable; try again shortly.", { extensions: { code: "SERVICE_UNAVAILABLE", requestId, http: { status: 503 } } });
      }
    },
    ready: async () => {
      await app.dataSource.query("SELECT 1");
    },
  });
}

/** The gateway over HTTP: rate limits and batch limits, the explorer routes, ready when every subgraph answers. */
export function serveGateway(
  server: ApolloServer<GatewayContext>,
  subgraphUrls: Record<string, string>,
  port: number,
  s: HttpSettings,
  log: Logger,
  routes?: Router,
  local?: Partial<Record<string, Pick<SubgraphApp, "dataSource">>>,
  shortcut?: GatewayShortcut,
): Promise<HttpServer> {
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
    maxJsonDepth: s.maxJsonDepth,
    bodyGuards: [limitBatch(s.maxBatch)],
    context: async (req, requestId) => gatewayContext(req.headers, requestId, req.ip),
    shortcut,
    // Ready when every subgraph is: a local one when its database answers, a remote one when its own /readyz says so.
    ready: async () => {
      await gatewayReadiness(subgraphUrls, local, s.routerSecret);
    },
  });
}

/** The gateway's readiness: every subgraph's (subgraphReady). Throws with the first that failed. */
export async function gatewayReadiness(subgraphUrls: Record<string, string>, local?: Partial<Record<string, Pick<SubgraphApp, "dataSource">>>, secret?: string): Promise<void> {
  await Promise.all(Object.entries(subgraphUrls).map(([name, url]) => subgraphReady(name, url, local?.[name], secret)));
}

/** One subgraph's readiness, as the gateway sees it: throws with what failed. */
async function subgraphReady(name: string, url: string, local: Pick<SubgraphApp, "dataSource"> | undefined, secret: string | undefined): Promise<void> {
  if (local) {
    await local.dataSource.query("SELECT 1").catch((err: Error) => {
      throw new Error(`subgraph ${name} (in-process): database unavailable: ${err.message}`);
    });
    return;
  }
  const readyz = new URL("/readyz", url);
  const res = await fetch(readyz, { headers: secret ? { [ROUTER_SECRET_HEADER]: secret } : {}, signal: AbortSignal.timeout(2000) }).catch((err: Error) => {
    throw new Error(`subgraph ${name} unreachable at ${readyz.href}: ${err.message}`);
  });
  await res.body?.cancel();
  if (!res.ok) throw new Error(`subgraph ${name} not ready (${readyz.href} answered ${res.status})`);
}
