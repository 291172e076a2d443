import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { sendError } from "./server.js";

/** The header the gateway (or Apollo Router) sends to subgraphs, as in Apollo's subgraph template. */
export const ROUTER_SECRET_HEADER = "router-authorization";

/** Subgraphs: when a secret is configured, only callers that send it (the gateway) get in. */
export function requireRouterSecret(secret: string): RequestHandler {
  const expected = createHash("sha256").update(secret).digest();
  return (req, res, next) => {
    const given = req.headers[ROUTER_SECRET_HEADER];
    const digest = createHash("sha256").update(typeof given === "string" ? given : "").digest();
    if (typeof given === "string" && timingSafeEqual(digest, expected)) return next();
    sendError(res, 403, "This subgraph answers only its gateway or router.", "FORBIDDEN");
  };
}

/** A JSON array body is a batch: at most `max` operations in one request. */
export function limitBatch(max: number): RequestHandler {
  return (req, res, next) => {
    if (Array.isArray(req.body) && req.body.length > max) {
      return sendError(res, 400, `A batch may hold at most ${max} operations; this one holds ${req.body.length}.`, "QUERY_TOO_COMPLEX", { limit: max, measured: req.body.length });
    }
    next();
  };
}

export interface RateLimitOptions {
  perIp: number;
  perKey: number;
  windowSeconds: number;
  /** Shared counters across instances; without it, each process counts alone. */
  redis?: Redis;
  /** Keeps counters of different deployments (or test runs) apart in one Redis. */
  prefix?: string;
}

/**
 * Requests per window per client IP and per API key (the key's hash, never the key). Over either
 * limit: 429 RATE_LIMITED with Retry-After. If Redis fails, an in-memory limiter takes over.
 */
export function rateLimit(o: RateLimitOptions): RequestHandler {
  const make = (points: number, name: string): RateLimiterAbstract | null => {
    if (points <= 0) return null;
    const keyPrefix = `${o.prefix ?? "rg"}:rl:${name}`;
    const memory = new RateLimiterMemory({ points, duration: o.windowSeconds, keyPrefix });
    if (!o.redis) return memory;
    return new RateLimiterRedis({ storeClient: o.redis, points, duration: o.windowSeconds, keyPrefix, insuranceLimiter: memory });
  };
  const byIp = make(o.perIp, "ip");
  const byKey = make(o.perKey, "key");
  return async (req, res, next) => {
    const auth = req.headers.authorization;
    const checks: Array<[RateLimiterAbstract, string, string, number]> = [];
    if (byIp) checks.push([byIp, req.ip ?? "unknown", "client IP", o.perIp]);
    if (byKey && typeof auth === "string" && auth) checks.push([byKey, createHash("sha256").update(auth).digest("base64url").slice(0, 22), "API key", o.perKey]);
    for (const [limiter, key, what, limit] of checks) {
      try {
        await limiter.consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) return next(rejection);
        const retry = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        res.setHeader("retry-after", String(retry));
        return sendError(res, 429, `Too many requests: the limit is ${limit} per ${o.windowSeconds} s per ${what}; this is request ${rejection.consumedPoints}. Retry after ${retry} s.`, "RATE_LIMITED", {
          limit,
          measured: rejection.consumedPoints,
          retryAfterSeconds: retry,
        });
      }
    }
    next();
  };
}
