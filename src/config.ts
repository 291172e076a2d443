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
  /** Public endpoint. Until the gateway exists, the relations subgraph serves here. */
  PORT: port(4000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: optionalUrl,
  RELATIONS_DATABASE_URL: optionalUrl,
  /** Folder for the embedded PGlite data; relative paths are resolved from the working directory. */
  PGLITE_DATA_DIR: z.string().default(".data/pglite"),
  /** Port of the embedded PostgreSQL socket; 0 picks a free port. 5432 is refused. */
  PGLITE_PORT: port(0).refine((p) => p !== 5432, "5432 is reserved for a real PostgreSQL server"),
  /** Pool size per subgraph against a real PostgreSQL server (embedded mode always uses 1). */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Seed an empty database on start. */
  SEED_ON_START: z
    .enum(["true", "false", "1", "0"])
    .default("true")
    .transform((v) => v === "true" || v === "1"),
});

export type Config = z.infer<typeof schema> & {
  /** The database URL of the relations subgraph, or undefined for the embedded database. */
  relationsDatabaseUrl: string | undefined;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  return { ...c, relationsDatabaseUrl: c.RELATIONS_DATABASE_URL ?? c.DATABASE_URL };
}
