import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { Authentication } from "../auth/auth.service.js";
import { todayUtc } from "../lib/dates.js";
import type { Logger } from "../lib/logger.js";
import { connectRedis, generationKey, incrGeneration, MemoryGeneration, RedisGeneration, type Generation } from "./generation.js";

/**
 * What the response cache reads from the configuration (src/config.ts). Each field is optional, so
 * `{}` is the default: on, generation in memory.
 */
export interface ResponseCacheSettings {
  /** "off" stops serving and storing cached responses; writes still bump a Redis generation, for instances that cache. */
  RESPONSE_CACHE?: "on" | "off";
  /** Share the generation through Redis; unset: in memory, per process. */
  REDIS_URL?: string;
  /** Prefix of our Redis keys. */
  REDIS_KEY_PREFIX?: string;
  /** Bound of each subgraph's in-memory store of responses, in MiB. */
  RESPONSE_CACHE_MAX_MB?: number;
  /** How long a response is kept at most, in seconds (also bounds staleness if a generation bump is lost). */
  RESPONSE_CACHE_TTL_S?: number;
}

export const RESPONSE_CACHE_DEFAULTS = { RESPONSE_CACHE: "on", REDIS_KEY_PREFIX: "rg:", RESPONSE_CACHE_MAX_MB: 32, RESPONSE_CACHE_TTL_S: 300 } as const;

export interface ResponseCache {
  enabled: boolean;
  /** For the subgraph's ApolloServer. */
  plugins: ApolloServerPlugin<any>[];
  /**
   * The cache hint (seconds) the cache-control plugin gives every resolved field, or null when
   * caching is off: an answer that runs no resolver (planned execution) sets it itself, so it is
   * stored as the same answer from the resolvers would be.
   */
  fieldMaxAge: number | null;
  /** Call after a write commits, before its response is sent. Never throws. */
  bump(): Promise<void>;
  /** Queries answered from the cache, and queries looked up but not found (tests, benchmark). */
  stats: { hits: number; misses: number };
  /** How many responses the store holds now (tests). */
  size(): number;
  stop(): Promise<void>;
}

/** The part of the key that says who is asking: the role decides what a query may return. */
export function roleOf(auth: Authentication | undefined): string {
  if (!auth) return "anonymous";
  return auth.kind === "key" ? auth.principal.role : auth.kind;
}

/** The generation store for a subgraph: Redis when configured, else in memory. */
export async function openGeneration(subgraph: string, s: ResponseCacheSettings, log: Logger): Promise<Generation> {
  if (!s.REDIS_URL) return new MemoryGeneration();
  const redis = await connectRedis(s.REDIS_URL, log);
  return new RedisGeneration(redis, generationKey(s.REDIS_KEY_PREFIX ?? RESPONSE_CACHE_DEFAULTS.REDIS_KEY_PREFIX, subgraph), log);
}

/**
 * Whole-response caching for one subgraph, with Apollo's response-cache plugin. The key is the
 * plugin's (query text, operation name, variables) plus ours: the data generation read BEFORE the
 * operation runs, the caller's role, and today's UTC date (statuses default `asOf` to it). A response
 * is stored under the generation read before it ran, so a read that overlaps a write can only land
 * under the old generation, which the write's bump has retired. Mutations and responses with errors
 * are never stored (the plugin's rules); neither is anything when the generation is unknown.
 */
export async function createResponseCache(subgraph: string, settings: ResponseCacheSettings, log: Logger): Promise<ResponseCache> {
  const s = { ...RESPONSE_CACHE_DEFAULTS, ...settings };
  const enabled = s.RESPONSE_CACHE !== "off";
  // Off but with Redis: keep bumping it, so instances that do cache stay correct.
  const generation = enabled || s.REDIS_URL ? await openGeneration(subgraph, s, log) : null;
  const stats = { hits: 0, misses: 0 };
  const bump = async () => {
    try {
      await generation?.bump();
    } catch (err) {
      log.error({ err }, "could not bump the data generation");
    }
  };
  const stop = async () => generation?.close();
  // Off: no cache hints either. Apollo would otherwise add its cache-control plugin, which runs for every field.
  if (!enabled || !generation) return { enabled: false, plugins: [ApolloServerPluginCacheControlDisabled()], fieldMaxAge: null, bump, stats, stop, size: () => 0 };

  const store = new InMemoryLRUCache({ maxSize: s.RESPONSE_CACHE_MAX_MB * 2 ** 20, ttl: s.RESPONSE_CACHE_TTL_S * 1000 });
  /**
   * The newest generation this store has seen. Generations only grow (a counter, or Redis INCR on a
   * key that starts at the time), and every key holds one, so once a newer one is seen no read can
   * reach the entries stored under older ones: they are dropped at once instead of filling the store
   * up to its bound. Under a steady stream of writes that was the whole bound, 32 MiB per subgraph
   * of unreachable responses in the heap (the embedded soak's RSS grew with it).
   */
  let newest = -Infinity;
  const observe = (g: string | null) => {
    const n = g == null ? NaN : Number(g);
    if (!(n > newest)) return;
    if (newest !== -Infinity) store.clear();
    newest = n;
  };
  /** What this request's key was built from, so storing can check it still holds. */
  const keyed = new WeakMap<object, { generation: string | null; day: string }>();
  type Ctx = GraphQLRequestContext<{ auth?: Authentication }>;

  const plugins: ApolloServerPlugin<any>[] = [
    // Every field cacheable for the TTL; no Cache-Control header, so nothing outside us caches a response
    // that a write may outdate.
    ApolloServerPluginCacheControl({ defaultMaxAge: s.RESPONSE_CACHE_TTL_S, calculateHttpHeaders: false }),
    responseCachePlugin({
      cache: store,
      // Called for queries only, before execution.
      async extraCacheKeyData(rc: Ctx) {
        const k = { generation: await generation.current(), day: todayUtc() };
        observe(k.generation);
        keyed.set(rc.request, k);
        return { ...k, role: roleOf(rc.contextValue.auth) };
      },
      async shouldReadFromCache(rc: Ctx) {
        return keyed.get(rc.request)?.generation != null;
      },
      async shouldWriteToCache(rc: Ctx) {
        const k = keyed.get(rc.request);
        // A day that ended while the query ran may have mixed both dates' statuses: do not keep it.
        // Nor a response under a generation already retired while it ran: no read could reach it.
        return k?.generation != null && k.day === todayUtc() && Number(k.generation) === newest;
      },
    }),
    {
      async requestDidStart() {
        return {
          async willSendResponse(rc) {
            if (keyed.get(rc.request)?.generation == null) return;
            if (rc.metrics.responseCacheHit) stats.hits++;
            else stats.misses++;
          },
        };
      },
    },
  ];
  return { enabled, plugins, fieldMaxAge: s.RESPONSE_CACHE_TTL_S, bump, stats, stop, size: () => store.keys().length };
}

/**
 * For command-line tools that write to the database (import, seed:synthetic): bumps the generation of
 * the given subgraphs in Redis, so running servers stop serving what the tool changed. Without
 * REDIS_URL there is nothing shared to bump (returns false): servers' in-memory caches expire within
 * RESPONSE_CACHE_TTL_S. Throws when Redis is configured but the bump fails.
 */
export async function bumpGenerations(subgraphs: string[], settings: ResponseCacheSettings, log: Logger): Promise<boolean> {
  if (!settings.REDIS_URL) return false;
  const redis = await connectRedis(settings.REDIS_URL, log);
  try {
    for (const name of subgraphs) {
      await incrGeneration(redis, generationKey(settings.REDIS_KEY_PREFIX ?? RESPONSE_CACHE_DEFAULTS.REDIS_KEY_PREFIX, name));
    }
    return true;
  } catch (err) {
    throw new Error(`Could not bump the response-cache generation in Redis (${err instanceof Error ? err.message : String(err)}): running servers may answer from their cache for up to RESPONSE_CACHE_TTL_S seconds.`);
  } finally {
    redis.disconnect();
  }
}
