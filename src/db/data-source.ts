import { createHash } from "node:crypto";
import pg from "pg";
import { DataSource, type MixedList, type EntitySchema } from "typeorm";
import { SnakeNamingStrategy } from "./naming.js";
import { CountingLogger } from "./query-counter.js";

// PostgreSQL `date` values stay strings: a JS Date would shift them by the process's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v: string) => v);

export interface DataSourceOptions {
  url: string;
  /** PostgreSQL schema that holds this subgraph's tables. */
  schema: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** Pool size; 1 against the embedded server. */
  poolMax: number;
  logger?: CountingLogger;
  applicationName?: string;
  /** Connection and statement timeouts; servers pass them from config (see `dbTimeouts`). */
  timeouts?: DbTimeouts;
  /** Send the loaders' fixed statements as named prepared statements (a PostgreSQL server only; see NamingClient). */
  preparedStatements?: boolean;
}

/**
 * URLs of embedded databases this process serves (see embedded.ts). Every DataSource of the
 * process on such a URL shares ONE connection: pglite-socket mixes up the answers of concurrent
 * connections while one of them is inside a transaction (measured: two readers beside a writing
 * transaction got each other's rows 1,000 times in 3,500 statements), so the process must not
 * open two. One connection also serializes the work, as PGlite's single session does anyway.
 */
const sharedUrls = new Set<string>();
export function shareOneConnection(url: string): () => void {
  sharedUrls.add(url);
  return () => sharedUrls.delete(url);
}

/** A `pg` module whose Pool is one shared pool of one connection per URL, ended when its last user ends it. */
const sharedPools = new Map<string, { pool: pg.Pool; users: number }>();
const sharedPg = {
  ...pg,
  Pool: function SharedPool(options: pg.PoolConfig & { connectionString: string }) {
    const key = options.connectionString;
    let entry = sharedPools.get(key);
    if (!entry) {
      entry = { pool: new pg.Pool({ ...options, max: 1 }), users: 0 };
      sharedPools.set(key, entry);
    }
    entry.users++;
    const { pool } = entry;
    const current = entry;
    let ended = false;
    // TypeORM ends its pool on destroy(): only the last user really ends the shared one.
    return new Proxy(pool, {
      get(target, prop, receiver) {
        if (prop === "end") {
          // TypeORM calls end(callback); others await it.
          return (callback?: (err?: Error) => void) => {
            const done = (async () => {
              if (ended) return;
              ended = true;
              if (--current.users === 0) {
                sharedPools.delete(key);
                await target.end();
              }
            })();
            if (callback) done.then(() => callback(), callback);
            return done;
          };
        }
        const v = Reflect.get(target, prop, receiver);
        return typeof v === "function" ? v.bind(target) : v;
      },
    });
  } as unknown as typeof pg.Pool,
};

/**
 * How long a request may wait on the database before it fails (as SERVICE_UNAVAILABLE, see
 * outage.ts) instead of hanging on a dead or unreachable server.
 */
export interface DbTimeouts {
  /** Opening a connection, and waiting for a free one in the pool (pg-pool uses the same limit). */
  connectMs: number;
  /** Server-side `statement_timeout`; 0 = none (tools: migrations, imports). */
  statementMs: number;
}

/** Servers' defaults, equal to config's (DB_CONNECT_TIMEOUT_MS, DB_STATEMENT_TIMEOUT_MS). */
export const DEFAULT_DB_TIMEOUTS: DbTimeouts = { connectMs: 5000, statementMs: 15000 };
/** Command-line tools: a bounded connect, no statement limit (a large import may run long). */
export const TOOL_DB_TIMEOUTS: DbTimeouts = { connectMs: 10000, statementMs: 0 };

/**
 * pg options for the timeouts. `statement_timeout` makes the server cancel a slow statement
 * (57014). `query_timeout` is the client's own limit for when the server cannot even answer (a
 * cut or black-holed connection): a little longer, so the server's cancel normally comes first.
 * TCP keep-alive finds a dead peer on an idle pooled connection.
 */
export function poolTimeoutOptions(t: DbTimeouts): Record<string, unknown> {
  return {
    Client: DroppingClient,
    connectionTimeoutMillis: t.connectMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
    ...(t.statementMs > 0 ? { statement_timeout: t.statementMs, query_timeout: t.statementMs + Math.max(2000, t.connectMs) } : {}),
  };
}

/**
 * Statements sent as named prepared statements: PostgreSQL parses and plans each once per
 * connection, then only binds and executes it. Only fixed texts are registered (the loaders'
 * statements, built once per DataSource), so a connection holds a bounded set of them; a text
 * built per request (filters, search) is never registered.
 */
const preparedNames = new Map<string, string>();
export function prepared(sql: string): string {
  if (!preparedNames.has(sql)) preparedNames.set(sql, `rg_${createHash("sha1").update(sql).digest("hex").slice(0, 20)}`);
  return sql;
}

/**
 * A planned execution's statement (src/graphql/planned-execution.ts) sent as a named prepared
 * statement too, while fewer than PLAN_STATEMENTS_MAX are: its text is made once per client
 * document, so clients choose how many there are, and past the bound they go unnamed, as before.
 */
const PLAN_STATEMENTS_MAX = 200;
let planStatements = 0;
export function preparedPlan(sql: string): string {
  if (preparedNames.has(sql) || planStatements >= PLAN_STATEMENTS_MAX) return sql;
  planStatements++;
  return prepared(sql);
}

/**
 * A pg client that closes its connection when the client-side query timeout fires. pg itself
 * leaves the unanswered query on the connection, so the pool would hand out a connection that
 * every later query waits behind; closed, it is discarded and the pool opens a fresh one.
 */
class DroppingClient extends pg.Client {}
const clientQuery = pg.Client.prototype.query;
(DroppingClient.prototype as unknown as { query: (...args: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const name = this instanceof NamingClient && typeof args[0] === "string" ? preparedNames.get(args[0]) : undefined;
  if (name) args = [{ name, text: args[0], values: args[1] }, ...args.slice(2)];
  const result = (clientQuery as (...a: unknown[]) => unknown).apply(this, args);
  if (result && typeof (result as Promise<unknown>).catch === "function") {
    (result as Promise<unknown>).catch((err: Error) => {
      if (err?.message === "Query read timeout") (this as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    });
  }
  return result;
};

/**
 * A DroppingClient that sends the registered statements (`prepared`) as named prepared statements.
 * Only for a PostgreSQL server: a server's session ends with its connection, as pg's record of what
 * it prepared does. The embedded PGlite has one session for every connection, so a reconnected
 * client (the pool drops idle ones) or a second process would prepare a name the session already
 * holds, and fail.
 */
class NamingClient extends DroppingClient {}

/** One DataSource per subgraph; only the composition root calls this. */
export function createDataSource(o: DataSourceOptions): DataSource {
  return new DataSource({
    type: "postgres",
    url: o.url,
    schema: o.schema,
    entities: o.entities,
    migrations: o.migrations,
    migrationsTableName: `${o.schema}_migrations`,
    metadataTableName: `${o.schema}_typeorm_metadata`,
    migrationsTransactionMode: "all",
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: o.logger ?? new CountingLogger(),
    applicationName: o.applicationName ?? `relations-graph:${o.schema}`,
    extra: { max: o.poolMax, ...poolTimeoutOptions(o.timeouts ?? TOOL_DB_TIMEOUTS), ...(o.preparedStatements ? { Client: NamingClient } : {}) },
    ...(sharedUrls.has(o.url) ? { driver: sharedPg } : {}),
  });
}

/** Creates the subgraph's PostgreSQL schema (migrations need it to exist) and runs pending migrations. */
export async function migrate(ds: DataSource, schema: string): Promise<void> {
  await ds.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await ds.runMigrations({ transaction: "all" });
}

/**
 * Vacuums and refreshes the planner's statistics for every table of a DataSource's entities' schemas (with
 * the tables no entity maps, such as relations.search_posting, which triggers fill). Run after bulk
 * writes (seed, import, synthetic data): without statistics the planner takes a fresh table for
 * empty and scans it instead of using its indexes. PGlite runs no autovacuum at all, and on a
 * server autoanalyze lags behind a bulk load. Measured on the embedded database at scale 1:
 * 20 agreements by id went from a sequential scan at 21 ms to an index scan at 8.6 ms.
 */
export async function analyze(ds: DataSource): Promise<void> {
  const schemas = [...new Set(ds.entityMetadatas.map((m) => m.schema ?? "public"))];
  const rows: { t: string }[] = await ds.query(`SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables WHERE schemaname = ANY($1::text[]) ORDER BY 1`, [schemas]);
  const tables = rows.map((r) => r.t);
  // VACUUM too: it merges the rows a bulk load left in the GIN indexes' pending lists (full-text
  // search) and sets the visibility map. Measured at scale 10 on PostgreSQL, right after seeding:
  // search("energy") through the gateway at 10 connections went from p50 751 ms to 330 ms.
  for (const t of tables) await ds.query(`VACUUM (ANALYZE) ${t}`);
}
