import { createHash, timingSafeEqual } from "node:crypto";
import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { readBearer } from "../auth/api-key.js";
import { sendError } from "./error-body.js";
import { splitUrl, type Handler } from "./pipeline.js";

/** The header the gateway (or Apollo Router) sends to subgraphs, as in Apollo's subgraph template. */
export const ROUTER_SECRET_HEADER = "router-authorization";

/** Subgraphs: when a secret is configured, only callers that send it (the gateway) get in. */
export function requireRouterSecret(secret: string): Handler {
  const expected = createHash("sha256").update(secret).digest();
  return (req, res, next) => {
    const given = req.headers[ROUTER_SECRET_HEADER];
    const digest = createHash("sha256").update(typeof given === "string" ? given : "").digest();
    if (typeof given === "string" && timingSafeEqual(digest, expected)) return next();
    sendError(res, 403, "This subgraph answers only its gateway or router.", "FORBIDDEN");
  };
}

/** A JSON array body is a batch: at most `max` operations in one request. */
export function limitBatch(max: number): Handler {
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
 * The key the per-key limit counts: the key's id (its public prefix), read as the key check reads
 * the header (readBearer), so no spelling of the same key gets a budget of its own. The prefix is
 * not verified here (that needs the database): a made-up key is refused by the subgraphs anyway,
 * and still counts against its client IP. A malformed header counts in one shared bucket.
 */
export function rateLimitKeyOf(header: string | undefined): string | null {
  const bearer = readBearer(header);
  if (bearer.kind === "none") return null;
  return bearer.kind === "key" ? `id:${bearer.prefix}` : "malformed";
}

/**
 * Requests per window per client IP and per API key (the key's id, never the key). Over either
 * limit: 429 RATE_LIMITED with Retry-After. If Redis fails, an in-memory limiter takes over.
 */
export function rateLimit(o: RateLimitOptions): Handler {
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
    const keyId = byKey ? rateLimitKeyOf(typeof auth === "string" ? auth : undefined) : null;
    const checks: Array<[RateLimiterAbstract, string, string, number]> = [];
    if (byIp) checks.push([byIp, req.ip ?? "unknown", "client IP", o.perIp]);
    if (byKey && keyId) checks.push([byKey, keyId, "API key", o.perKey]);
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

/**
 * True when JSON text nests arrays and objects deeper than `max`, found by counting brackets outside
 * strings, before anything parses it: for a request body before JSON.parse (which itself takes ~16
 * ms on 80 KB of `[[[[…]]]]`), and for GET's `variables` and `extensions`. Works on the UTF-8 bytes
 * as well as on text: every byte of a multi-byte character is 0x80 or above, so none is mistaken
 * for a quote, a backslash or a bracket.
 */
export function textDeeperThan(text: string | Uint8Array, max: number): boolean {
  return typeof text === "string" ? bytesDeeperThan(Buffer.from(text, "utf8"), max) : bytesDeeperThan(text, max);
}

function bytesDeeperThan(b: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0, n = b.length; i < n; i++) {
    const c = b[i];
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** What a too-deep body throws from express.json's `verify` hook, for the error handler to answer (startHttp). */
export class JsonTooDeep extends Error {
  readonly status = 400;
  readonly type = "json.too.deep";
  constructor(readonly limit: number) {
    super(`The request's JSON is nested more than ${limit} levels deep.`);
  }
}

/**
 * Refuses JSON nested deeper than `max` before anything parses or walks it: JSON.parse is slow on
 * it, and the NUL check, Apollo's variable coercion and the gateway's JSON.stringify of subgraph
 * requests would each overflow the stack on 80 KB of `[[[[…]]]]`. For a body this is express.json's
 * `verify` hook (jsonDepthVerifier); this middleware covers GET's `variables` and `extensions`.
 * The body counts from its top: `{"variables": {"x": …}}` is depth 2 at `x`.
 */
export function jsonDepthVerifier(max: number): (req: unknown, res: unknown, body: Buffer) => void {
  return (_req, _res, body) => {
    if (textDeeperThan(body, max)) throw new JsonTooDeep(max);
  };
}

export function limitQueryJsonDepth(max: number): Handler {
  return (req, res, next) => {
    const { search } = splitUrl(req.url);
    // Every value of each name, as sent: Apollo reads the first, and none may be deeper.
    const params = search ? new URLSearchParams(search) : null;
    for (const name of ["variables", "extensions"]) {
      if (params?.getAll(name).some((v) => textDeeperThan(v, max - 1))) {
        return sendError(res, 400, `The request's JSON is nested more than ${max} levels deep.`, "QUERY_TOO_COMPLEX", { limit: max });
      }
    }
    next();
  };
}
