import { z } from "zod";

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
  RELATIONS_PORT: port(4001),
  CORRIDORS_PORT: port(4002),
  /** Where the gateway finds each subgraph. */
  RELATIONS_URL: z.url().default("http://127.0.0.1:4001/graphql"),
  CORRIDORS_URL: z.url().default("http://127.0.0.1:4002/graphql"),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: optionalUrl,
  RELATIONS_DATABASE_URL: optionalUrl,
  CORRIDORS_DATABASE_URL: optionalUrl,
  /** API keys (schema "auth"); falls back to DATABASE_URL. */
  AUTH_DATABASE_URL: optionalUrl,
  /** Folder for the embedded PGlite data; relative paths are resolved from the working directory. */
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  /** Port of the embedded PostgreSQL socket; 0 picks a free port. 5432 is refused. */
  PGLITE_PORT: port(0).refine((p) => p !== 5432, "5432 is reserved for a real PostgreSQL server"),
  /** Pool size per subgraph against a real PostgreSQL server (embedded mode always uses 1). */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Opening a database connection, or waiting for a free one, fails after this long (SERVICE_UNAVAILABLE). */
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** The server cancels a statement running longer than this; 0 = no limit. Servers only, not tools. */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15000),
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

export type Config = z.infer<typeof schema> & {
  /** Each subgraph's database URL, or undefined for the embedded database. */
  databaseUrls: { relations: string | undefined; corridors: string | undefined; auth: string | undefined };
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  return { ...c, databaseUrls: { relations: c.RELATIONS_DATABASE_URL ?? c.DATABASE_URL, corridors: c.CORRIDORS_DATABASE_URL ?? c.DATABASE_URL, auth: c.AUTH_DATABASE_URL ?? c.DATABASE_URL } };
}

/** The servers' database timeouts (createSubgraphApp, openAuth). */
export function dbTimeouts(c: Pick<Config, "DB_CONNECT_TIMEOUT_MS" | "DB_STATEMENT_TIMEOUT_MS">): { connectMs: number; statementMs: number } {
  return { connectMs: c.DB_CONNECT_TIMEOUT_MS, statementMs: c.DB_STATEMENT_TIMEOUT_MS };
}
