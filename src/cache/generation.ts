import { Redis } from "ioredis";
import type { Logger } from "../lib/logger.js";

/**
 * A subgraph's data generation: a number every committed write bumps. Cached responses are keyed by
 * it, so a bump makes every older entry unreachable at once, on every instance that reads the same
 * generation.
 */
export interface Generation {
  /** The current generation, or null when it cannot be known (Redis down): then the cache is skipped. */
  current(): Promise<string | null>;
  /** After a committed write. Never throws: a failure is logged and retried. */
  bump(): Promise<void>;
  close(): Promise<void>;
}

/** One process: a counter. Right for a single instance; other processes never see its bumps. */
export class MemoryGeneration implements Generation {
  private n = 0;
  async current() {
    return String(this.n);
  }
  async bump() {
    this.n++;
  }
  async close() {}
}

/** Logs a repeated warning at most once per interval, so a Redis outage does not flood the log. */
function throttled(log: Logger, everyMs = 30_000) {
  let last = 0;
  return (err: unknown, msg: string) => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    log.warn({ err: err instanceof Error ? err.message : String(err) }, msg);
  };
}

/**
 * Shared by every instance through Redis: GET before a read, INCR after a write. The key starts at
 * the current time in milliseconds (SET NX), not at 0, so that if Redis loses the key (a restart
 * without persistence) the new generations do not repeat old ones that instances still hold entries for.
 *
 * A failed bump leaves this instance "pending": it skips the cache and retries the INCR every second
 * until it succeeds. Other instances cannot know about the failed bump; their stale entries last at
 * most until the retry succeeds or the entry's TTL ends.
 */
export class RedisGeneration implements Generation {
  private pending = false;
  private retry: NodeJS.Timeout | null = null;
  private readonly warn: ReturnType<typeof throttled>;

  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly log: Logger,
    private readonly ownsConnection = true,
  ) {
    this.warn = throttled(log);
  }

  async current(): Promise<string | null> {
    if (this.pending && !(await this.flush())) return null;
    try {
      const value = await this.redis.get(this.key);
      if (value !== null) return value;
      await this.redis.set(this.key, String(Date.now()), "NX");
      return await this.redis.get(this.key);
    } catch (err) {
      this.warn(err, "response cache skipped: cannot read the data generation from Redis");
      return null;
    }
  }

  async bump(): Promise<void> {
    this.pending = true;
    await this.flush();
  }

  private async flush(): Promise<boolean> {
    try {
      await incrGeneration(this.redis, this.key);
      this.pending = false;
      if (this.retry) clearInterval(this.retry);
      this.retry = null;
      return true;
    } catch (err) {
      this.log.error({ err: err instanceof Error ? err.message : String(err), key: this.key }, "could not bump the data generation in Redis; retrying");
      if (!this.retry) {
        this.retry = setInterval(() => void (this.pending ? this.flush() : undefined), 1000);
        this.retry.unref();
      }
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.pending) await this.flush();
    if (this.retry) clearInterval(this.retry);
    this.retry = null;
    if (this.ownsConnection) this.redis.disconnect();
  }
}

/**
 * A Redis connection that fails fast instead of queueing commands while Redis is unreachable, and
 * reconnects in the background. Waits briefly for the first connection; when Redis is down at start
 * it warns and carries on (reads skip the cache until it is back).
 */
export async function connectRedis(url: string, log: Logger, waitMs = 2000): Promise<Redis> {
  const warn = throttled(log);
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 1000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  redis.on("error", (err) => warn(err, "Redis unreachable; the response cache is skipped until it is back"));
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      warn(new Error(`no connection within ${waitMs} ms`), "Redis unreachable at start; the response cache is skipped until it is back");
      resolve();
    }, waitMs);
    redis.once("ready", () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return redis;
}

/** INCR, starting from the current time in milliseconds when the key is missing (see RedisGeneration). */
export async function incrGeneration(redis: Redis, key: string): Promise<void> {
  const results = await redis.multi().set(key, String(Date.now()), "NX").incr(key).exec();
  const failed = results?.find(([e]) => e)?.[0];
  if (!results || failed) throw failed ?? new Error("transaction aborted");
}

/** The Redis key of a subgraph's generation. */
export const generationKey = (prefix: string, subgraph: string) => `${prefix}generation:${subgraph}`;
