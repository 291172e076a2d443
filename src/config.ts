import { z } from "zod";
import type { Subgraph } from "./subgraphs/define.js";
import { bySubgraph, SUBGRAPH_MODULES, type SubgraphName } from "./subgraphs/registry.js";

/**
 * Environment, parsed once. A wrong value stops start-up with a message that names every
 * offending variable, instead of failing later somewhere deep.
 */
const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL").optional())
  .optional();

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** The gateway: the public endpoint. */
  PORT: port(4000),
  /** Address the gateway listens on, and each part run alone (a subgraph by its name, `gateway`). */
  HOST: z.string().default("0.0.0.0"),
  /**
   * Address the subgraphs' own ports listen on when `all` runs them in one process with the gateway
   * (`npm start`): loopback unless set, since the gateway calls them in-process and nothing else needs them.
   */
  SUBGRAPH_HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: optionalUrl,
  /** API keys (schema "auth"); falls back to DATABASE_URL. */
  AUTH_DATABASE_URL: optionalUrl,
  /** Folder for the embedded PGlite data; relative paths are resolved from the working directory. */
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  /** Port of the embedded PostgreSQL socket; 0 picks a free port. 5432 is refused. */
  PGLITE_PORT: port(0).refine((p) => p !== 5432, "5432 is reserved for a real PostgreSQL server"),
  /** shared_buffers of the embedded PGlite (PostgreSQL's own default, 128MB, costs ~100 MB more RSS). */
  PGLITE_SHARED_BUFFERS: z.string().regex(/^\d+(kB|MB|GB)$/, 'a size such as "16MB"').default("16MB"),
  /** Pool size per subgraph against a real PostgreSQL server (embedded mode always uses 1). */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Browser origins allowed to call the API cross-origin (comma-separated). Development also allows Apollo Sandbox. */
  CORS_ORIGINS: z.string().default(""),
  /** Largest request body accepted (bytes, or "100kb", "1mb"). Larger bodies get 413. */
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)?$/i, 'a size such as 102400, "100kb" or "1mb"').default("100kb"),
  /** Shared secret the gateway sends to subgraphs (header router-authorization); when set, subgraphs refuse requests without it. */
  ROUTER_SECRET: z.string().min(16, "use at least 16 characters").optional(),
  /** Express "trust proxy": which hops' X-Forwarded-For to believe (e.g. "loopback", "10.0.0.0/8", a hop count). */
  TRUST_PROXY: z.string().default("loopback"),
  /** Redis, shared by every instance: the response-cache generation and the rate limits. Unset: in memory, per process. */
  REDIS_URL: z.string().trim().regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL").optional(),
  /** Gateway query limits (GraphQL Armor). Over a limit the answer is QUERY_TOO_COMPLEX. */
  LIMIT_MAX_DEPTH: z.coerce.number().int().min(1).default(12),
  /**
   * List-aware cost of one operation at the gateway: every field costs 1, a page of `first` items
   * costs `first` times an item, plain lists count their `first` or 5. An answer weighs about 14 bytes
   * of JSON per unit, so 50,000 bounds one answer near 700 KB (docs/api.md, "Limits and admission").
   */
  LIMIT_MAX_COST: z.coerce.number().int().min(1).default(50_000),
  /** The same cost limit in each subgraph, where `_entities` counts its representations: the gateway's calls are larger than its estimate. */
  LIMIT_SUBGRAPH_MAX_COST: z.coerce.number().int().min(1).default(100_000),
  /**
   * Admission (src/graphql/admission.ts), per process: cost of heavy operations in flight at once.
   * Measured at 0.4 to 1.8 KB of heap per unit while an answer is built, so 80,000 holds at most
   * ~150 MB, within the 256 MB heap `npm start` gives the process.
   */
  ADMISSION_MAX_COST_IN_FLIGHT: z.coerce.number().int().min(1).default(80_000),
  /** Cost in flight per client IP; over it: 429 RATE_LIMITED with Retry-After. */
  ADMISSION_MAX_COST_PER_CLIENT: z.coerce.number().int().min(1).default(50_000),
  /** Heavy operations waiting for room; over it: a fast 503 SERVICE_UNAVAILABLE with Retry-After. */
  ADMISSION_MAX_QUEUED: z.coerce.number().int().min(0).default(64),
  /** Longest a heavy operation waits for room before a 503. */
  ADMISSION_QUEUE_TIMEOUT_MS: z.coerce.number().int().min(1).default(5000),
  /** Operations costing at most this are light: they never wait behind heavy ones. */
  ADMISSION_LIGHT_COST: z.coerce.number().int().min(0).default(200),
  /** Light operations in flight per process; over it: 503. */
  ADMISSION_MAX_LIGHT_IN_FLIGHT: z.coerce.number().int().min(1).default(256),
  /** Heavy operations are shed (503) while the V8 heap is over this fraction of its limit. */
  ADMISSION_HEAP_FRACTION: z.coerce.number().min(0.1).max(1).default(0.8),
  LIMIT_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  LIMIT_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
  LIMIT_MAX_TOKENS: z.coerce.number().int().min(1).default(2000),
  /** How deep a request's JSON may nest (body, or GET's variables): checked before anything walks it. Subgraphs allow 8 more, for the gateway's envelope. */
  LIMIT_MAX_JSON_DEPTH: z.coerce.number().int().min(4).max(1000).default(64),
  /**
   * Size in MiB (counted as Apollo counts it, the JSON of what is kept) of each Apollo Server's parsed-document cache
   * (the gateway's and each subgraph's) and of the gateway's query-plan cache. Apollo's default is 30 each; clients that
   * send a new document every time filled them, ~100 MB of heap in `npm start`'s one process (src/graphql/query-caches.ts).
   */
  QUERY_CACHE_MIB: z.coerce.number().min(0.01).max(1024).default(4),
  /** Operations per batched HTTP request (a JSON array body). */
  LIMIT_MAX_BATCH: z.coerce.number().int().min(1).default(5),
  /** Introspection: on by default in development and test, off in production unless set. */
  INTROSPECTION: z.enum(["true", "false", "1", "0"]).optional(),
  /**
   * Requests per window per client IP and per API key at the gateway; 0 turns the limit off. Over it: 429 RATE_LIMITED.
   * Per IP it is off by default: it counts every request, so behind a NAT or a proxy one attacker would lock out every
   * client sharing the address. What bounds an address by default is admission, by cost (RATE_LIMIT_COST_PER_IP and
   * ADMISSION_MAX_COST_PER_CLIENT), under which light queries are never refused for an attacker's sake.
   */
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(0).default(0),
  RATE_LIMIT_PER_KEY: z.coerce.number().int().min(0).default(3000),
  RATE_LIMIT_WINDOW_S: z.coerce.number().int().min(1).default(60),
  /**
   * Cost units of heavy operations per window per client IP, in each tier (gateway, each subgraph; light ones do not
   * count); 0 turns it off. Over it: 429 RATE_LIMITED. 1,000,000 a minute is about 14 MB of answers a minute.
   */
  RATE_LIMIT_COST_PER_IP: z.coerce.number().int().min(0).default(1_000_000),
  /** With the gateway and subgraphs in one process (`all`), call the subgraphs in-process instead of over loopback HTTP. */
  GATEWAY_IN_PROCESS: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  /** How long a stopping server lets in-flight requests finish (SIGTERM). */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(10_000),
  /** Opening a database connection, or waiting for a free one, fails after this long (SERVICE_UNAVAILABLE). */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** The server cancels a statement running longer than this; 0 = no limit. Servers only, not tools. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15000),
  DB_PREPARED_STATEMENTS: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  /** Seed an empty database on start. */
  SEED_ON_START: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
  /** Response caching in the subgraphs (src/cache/, docs/api.md "Response caching"). */
  RESPONSE_CACHE: z.enum(["on", "off"]).default("on"),
  /** Bound of each subgraph's in-memory response store, in MiB. */
  RESPONSE_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4096).default(32),
  /** Longest a cached response is kept, in seconds. */
  RESPONSE_CACHE_TTL_S: z.coerce.number().int().min(1).max(86_400).default(300),
  /** Prefix of our keys in Redis (REDIS_URL), so several deployments or test runs can share one Redis. */
  REDIS_KEY_PREFIX: z.string().max(100).default("rg:"),
});

/**
 * Each subgraph's variables, named after it (src/subgraphs/define.ts): <NAME>_PORT (default: its
 * module's port), <NAME>_URL (where the gateway finds it; default http://127.0.0.1:<port>/graphql)
 * and <NAME>_DATABASE_URL (falls back to DATABASE_URL).
 */
const subgraphVariables = Object.fromEntries(
  SUBGRAPH_MODULES.flatMap((m) => [
    [m.env.port, port(m.port)],
    [m.env.url, z.url().default(`http://127.0.0.1:${m.port}/graphql`)],
    [m.env.databaseUrl, optionalUrl],
  ]),
);

/** One subgraph's settings, from its variables. */
export interface SubgraphConfig {
  /** Its own server's port. */
  port: number;
  /** Where the gateway finds it. */
  url: string;
  /** Its database, or undefined for the embedded database. */
  databaseUrl: string | undefined;
}

export type Config = z.infer<typeof schema> & {
  /** Each subgraph's settings (its variables are also kept under their own names). */
  subgraphs: Record<SubgraphName, SubgraphConfig>;
  /** Each subgraph's and the API keys' database URL, or undefined for the embedded database. */
  databaseUrls: Record<SubgraphName | "auth", string | undefined>;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  const perSubgraph = z.object(subgraphVariables).safeParse(env);
  const issues = [...(parsed.error?.issues ?? []), ...(perSubgraph.error?.issues ?? [])];
  if (!parsed.success || !perSubgraph.success) {
    const lines = issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const v = perSubgraph.data;
  const databaseUrl = (m: Subgraph) => optionalString(v[m.env.databaseUrl]) ?? c.DATABASE_URL;
  const subgraphs = bySubgraph((m) => ({ port: Number(v[m.env.port]), url: String(v[m.env.url]), databaseUrl: databaseUrl(m) }));
  const databaseUrls = { ...bySubgraph(databaseUrl), auth: c.AUTH_DATABASE_URL ?? c.DATABASE_URL };
  return { ...c, ...v, subgraphs, databaseUrls };
}

const optionalString = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** The servers' database timeouts (createSubgraphApp, openAuth). */
export function dbTimeouts(c: Pick<Config, "DB_CONNECT_TIMEOUT_MS" | "DB_STATEMENT_TIMEOUT_MS">): { connectMs: number; statementMs: number } {
  return { connectMs: c.DB_CONNECT_TIMEOUT_MS, statementMs: c.DB_STATEMENT_TIMEOUT_MS };
}
