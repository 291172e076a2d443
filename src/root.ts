import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { DocumentNode, GraphQLSchema } from "graphql";
import type { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { DataSource } from "typeorm";
import type { Config } from "./config.js";
import { authModule } from "./auth/index.js";
import { AuthService } from "./auth/auth.service.js";
import { createResponseCache, type ResponseCache, type ResponseCacheSettings } from "./cache/index.js";
import { analyze, createDataSource, DEFAULT_DB_TIMEOUTS, migrate, shareOneConnection, type DbTimeouts } from "./db/data-source.js";
import { announceEmbedded, runningEmbedded, startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded.js";
import { CountingLogger } from "./db/query-counter.js";
import { buildFederatedSchema } from "./graphql/build-subgraph-schema.js";
import { compiledExecution, type PlannedExecution } from "./graphql/compiled-execution.js";
import { inProcessRunner, type InProcessRun } from "./graphql/in-process-execution.js";
import { createPlanner } from "./graphql/planned-execution.js";
import { createFormatError } from "./graphql/format-error.js";
import { rejectNulCharacters } from "./graphql/text-guard.js";
import { statusPerMediaType } from "./graphql/http-status.js";
import { armor, parseOptions, requestIdOnErrors, SUBGRAPH_BACKSTOP } from "./graphql/limits.js";
import { costAndAdmission, type Admission } from "./graphql/admission.js";
import { boundedCache, DEFAULT_QUERY_CACHE_MIB } from "./graphql/query-caches.js";
import type { Logger } from "./lib/logger.js";
import { bySubgraph, LIST_SIZES, SUBGRAPH_MODULES, SUBGRAPH_NAMES, subgraphModule, type SubgraphName } from "./subgraphs/registry.js";
import type { DatasetSource } from "./seed/transfer.js";
import type { RequestContext } from "./subgraphs/define.js";

/**
 * The composition root: the one place that assembles databases, entities, services, per-request
 * loaders, schemas and servers. Everything else receives what it needs from here. What it assembles
 * is listed in src/subgraphs/registry.ts; each subgraph declares itself with defineSubgraph
 * (src/subgraphs/define.ts).
 */

export type { SubgraphName } from "./subgraphs/registry.js";

/** A subgraph's schema. Needs no database, so `schema:print` can run anywhere. */
export function buildSubgraphSchemaOf(name: SubgraphName): Promise<GraphQLSchema> {
  const m = subgraphModule(name);
  return buildFederatedSchema(m.resolvers, m.references, m.queryDescription, m.orphanedTypes);
}

export interface Database {
  url: string;
  embedded: EmbeddedPostgres | null;
  /** Pool size each DataSource may use: 1 against the embedded server. */
  poolMax: number;
  /** A PostgreSQL server (a configured URL), not the embedded PGlite: named prepared statements are safe. */
  server?: boolean;
}

/** config's default of LIMIT_SUBGRAPH_MAX_COST, for apps built without config (tests, tools). */
const DEFAULT_SUBGRAPH_MAX_COST = 100_000;

/** Connections kept free on the embedded server for command-line tools while it runs (keys, seed). */
const TOOL_CONNECTIONS = 2;

/**
 * The configured PostgreSQL server, or the embedded PGlite when no URL is set: the one a running
 * server already holds (tools connect through its socket), else a new one. `pools` is how many
 * DataSources of this process will share it; a server (`announce`) tells tools where it listens.
 */
export async function openDatabase(url: string | undefined, config: Config, log: Logger, pools = 1, announce = false): Promise<Database> {
  if (url) return { url, embedded: null, poolMax: config.DB_POOL_MAX, server: true };
  const running = runningEmbedded(config.PGLITE_DATA_DIR);
  if (running) {
    log.info({ url: running }, "using the embedded database of the running server");
    shareOneConnection(running);
    return { url: running, embedded: null, poolMax: 1 };
  }
  const embedded = await startEmbeddedPostgres({ dataDir: config.PGLITE_DATA_DIR, port: config.PGLITE_PORT, maxConnections: pools + TOOL_CONNECTIONS, sharedBuffers: config.PGLITE_SHARED_BUFFERS });
  log.info({ url: embedded.url, dataDir: config.PGLITE_DATA_DIR }, "embedded PostgreSQL (PGlite) started; all database work is serialized");
  // Every DataSource of this process shares one connection to it (see shareOneConnection).
  const unshare = shareOneConnection(embedded.url);
  const forget = announce ? announceEmbedded(config.PGLITE_DATA_DIR, embedded.url) : () => {};
  return {
    url: embedded.url,
    poolMax: 1,
    embedded: {
      ...embedded,
      async stop() {
        forget();
        unshare();
        await embedded.stop();
      },
    },
  };
}

/** What a request brings to its context. */
export interface ContextRequest {
  requestId?: string;
  authorization?: string;
  clientIp?: string;
  admitted?: boolean;
}

/**
 * A subgraph assembled. Its context is the subgraph's own (RelationsContext...), built by its
 * module's createContext and checked there; here only what every context holds is known.
 */
export interface SubgraphApp {
  name: SubgraphName;
  dataSource: DataSource;
  schema: GraphQLSchema;
  /** Not started: the HTTP integration (or a test) starts it. */
  server: ApolloServer<RequestContext>;
  /** The server's parsed documents, bounded (config QUERY_CACHE_MIB); tests read it. */
  documents: InMemoryLRUCache<DocumentNode>;
  /** Counts every SQL statement the subgraph sends; tests and the benchmark read it. */
  sql: CountingLogger;
  /** The response cache (src/cache/): `bump()` after writing to the database outside the mutations. */
  cache: ResponseCache;
  /**
   * Runs an operation of this process's gateway without the server's pipeline, after the
   * subgraph's own checks (src/graphql/in-process-execution.ts); absent while the response cache is on.
   */
  run?: InProcessRun;
  /** A request's context: its id, who is calling (from the Authorization header), fresh loaders. */
  context(request?: ContextRequest): Promise<RequestContext>;
  stop(): Promise<void>;
}

export interface SubgraphAppOptions {
  url: string;
  poolMax: number;
  log: Logger;
  exposeInternals: boolean;
  /** API keys; shared by the subgraphs of one process. */
  auth: AuthService;
  /** Run pending migrations, then seed an empty database. */
  prepare?: { migrate: boolean; seedIfEmpty: boolean };
  /** Response caching (pass the Config); omitted: on, with the generation in memory. */
  cache?: ResponseCacheSettings;
  /** This subgraph's cost limit (config LIMIT_SUBGRAPH_MAX_COST); `_entities` counts its representations. */
  maxCost?: number;
  /** Admission for operations that reach this subgraph over HTTP; none: only the cost limit. */
  admission?: Admission;
  /** Database connection and statement timeouts (config: `dbTimeouts(config)`); defaults to config's defaults. */
  timeouts?: DbTimeouts;
  /** Named prepared statements for the loaders (only on a PostgreSQL server; config DB_PREPARED_STATEMENTS). */
  preparedStatements?: boolean;
  /** The server's parsed-document cache, MiB (config QUERY_CACHE_MIB; src/graphql/query-caches.ts). */
  queryCacheMiB?: number;
}

/**
 * A subgraph's Apollo Server over `schema`, not started: its backstop limits, cost and admission,
 * error handling and plugins; and the same execution without the server's pipeline, for the gateway
 * of this process (`run`, none while the response cache is on). createSubgraphApp uses it; so does
 * the bench's ceiling (bench/ceiling.ts), which serves a schema answering from constants through the same server.
 */
export function createSubgraphServer(
  schema: GraphQLSchema,
  o: Pick<SubgraphAppOptions, "log" | "exposeInternals" | "maxCost" | "admission"> & { cache: Pick<ResponseCache, "plugins" | "enabled">; documents: InMemoryLRUCache<DocumentNode>; planned?: PlannedExecution },
): { server: ApolloServer<RequestContext>; run?: InProcessRun } {
  const backstop = armor(SUBGRAPH_BACKSTOP);
  // The subgraph's own schema, its operations planned into one statement where the features
  // declare how (src/graphql/planned-execution.ts), else compiled by graphql-jit (src/graphql/compiled-execution.ts).
  const execution = compiledExecution(schema, o.planned);
  const maxCost = o.maxCost ?? DEFAULT_SUBGRAPH_MAX_COST;
  const run = o.cache.enabled
    ? undefined
    : inProcessRunner({ schema, executor: execution.executor, validationRules: backstop.validationRules, maxTokens: SUBGRAPH_BACKSTOP.maxTokens, maxCost, listSizes: LIST_SIZES });
  const server = new ApolloServer<RequestContext>({
    documentStore: o.documents,
    gateway: execution,
    formatError: createFormatError(o.log, o.exposeInternals),
    includeStacktraceInErrorResponses: o.exposeInternals,
    hideSchemaDetailsFromClientErrors: !o.exposeInternals,
    // Generous backstops only: the gateway enforces the client limits (src/graphql/limits.ts).
    validationRules: backstop.validationRules,
    parseOptions: parseOptions(SUBGRAPH_BACKSTOP),
    // No usage reporting here, so no traces for the gateway to ask for.
    plugins: [...backstop.plugins, costAndAdmission<RequestContext>(maxCost, o.admission, LIST_SIZES), rejectNulCharacters<RequestContext>(), requestIdOnErrors<RequestContext>(), statusPerMediaType<RequestContext>(), ...o.cache.plugins, ApolloServerPluginInlineTraceDisabled()],
    // main.ts owns shutdown (HTTP, DataSource, embedded database, in that order).
    stopOnTerminationSignals: false,
  });
  return { server, run };
}

export async function createSubgraphApp(name: SubgraphName, o: SubgraphAppOptions): Promise<SubgraphApp> {
  const m = subgraphModule(name);
  const log = o.log.child({ subgraph: name });

  // 1. Database connection for this subgraph's schema.
  const sql = new CountingLogger(log);
  const dataSource = createDataSource({ url: o.url, schema: m.databaseSchema, entities: m.entities, migrations: m.migrations, poolMax: o.poolMax, logger: sql, timeouts: o.timeouts ?? DEFAULT_DB_TIMEOUTS, preparedStatements: o.preparedStatements });
  await dataSource.initialize();

  // 2. Schema migrations and first data.
  if (o.prepare?.migrate) await migrate(dataSource, m.databaseSchema);
  const data = m.dataset;
  const seeding = !!o.prepare?.seedIfEmpty && !!data && (await data.isEmpty(dataSource));
  if (seeding && data) {
    log.info("empty database: seeding");
    await data.seed(dataSource);
    await analyze(dataSource);
  }

  // 3. The response cache, services (one per process; every committed write bumps the cache's
  //    generation before it returns) and loaders (one set per request).
  const cache = await createResponseCache(name, o.cache ?? {}, log);
  // Instances already running may have cached the empty database.
  if (seeding) await cache.bump();
  const services = m.createServices(dataSource, { afterCommit: cache.bump });
  const context = async (request: ContextRequest = {}) =>
    m.createContext(
      { requestId: request.requestId ?? randomUUID(), clientIp: request.clientIp, admitted: request.admitted, auth: await o.auth.authenticate(request.authorization) },
      services,
      m.createLoaders(dataSource, services),
    );

  // 4. The federated schema and its server.
  const schema = await buildSubgraphSchemaOf(name);
  const documents = boundedCache<DocumentNode>(o.queryCacheMiB ?? DEFAULT_QUERY_CACHE_MIB);
  const planned = m.plans ? { planner: createPlanner(schema, dataSource, m.plans), maxAge: cache.fieldMaxAge } : undefined;
  const { server, run } = createSubgraphServer(schema, { log, exposeInternals: o.exposeInternals, maxCost: o.maxCost, admission: o.admission, cache, documents, planned });

  return {
    name,
    dataSource,
    schema,
    server,
    documents,
    sql,
    cache,
    run,
    context,
    async stop() {
      await server.stop();
      await cache.stop();
      await dataSource.destroy();
    },
  };
}

/** A migrated DataSource on a subgraph's schema, for tools (import, export). */
export async function openSubgraphDataSource(name: SubgraphName, url: string): Promise<DataSource> {
  const m = subgraphModule(name);
  const ds = createDataSource({ url, schema: m.databaseSchema, entities: m.entities, migrations: m.migrations, poolMax: 1 });
  await ds.initialize();
  await migrate(ds, m.databaseSchema);
  return ds;
}

/** Every subgraph's DataSource (openSubgraphDataSource), given each one's database URL. */
export async function openSubgraphDataSources(urls: Record<SubgraphName, string>): Promise<Record<SubgraphName, DataSource>> {
  const opened = await Promise.all(SUBGRAPH_NAMES.map((n) => openSubgraphDataSource(n, urls[n])));
  return bySubgraph((_, n) => opened[SUBGRAPH_NAMES.indexOf(n)]);
}

/**
 * The subgraphs that hold a part of the dataset file, in the registry's order, each with its
 * DataSource (from openSubgraphDataSource), for src/seed/transfer.ts.
 */
export function datasetSources(dataSources: Record<SubgraphName, DataSource>): DatasetSource[] {
  return SUBGRAPH_MODULES.flatMap((m) => (m.dataset ? [{ name: m.name, part: m.dataset, ds: dataSources[m.name] }] : []));
}

/**
 * Migrates and seeds a subgraph's schema, then closes the connection (`npm run seed`, tests, and a
 * server's first start on the embedded database). `seed: "if-empty"` seeds only an empty schema.
 * Says whether it seeded.
 */
export async function prepareDatabase(name: SubgraphName, url: string, opts: { seed: boolean | "if-empty" }): Promise<boolean> {
  const m = subgraphModule(name);
  const ds = createDataSource({ url, schema: m.databaseSchema, entities: m.entities, migrations: m.migrations, poolMax: 1 });
  await ds.initialize();
  try {
    await migrate(ds, m.databaseSchema);
    const seed = opts.seed === "if-empty" ? !!m.dataset && (await m.dataset.isEmpty(ds)) : opts.seed;
    if (seed && m.dataset) {
      await m.dataset.seed(ds);
      await analyze(ds);
    }
    return seed;
  } finally {
    await ds.destroy();
  }
}

/** The API-key store (schema `auth`), migrated, with its own DataSource. */
export async function openAuth(url: string, poolMax: number, log: Logger, timeouts: DbTimeouts = DEFAULT_DB_TIMEOUTS): Promise<{ auth: AuthService; stop: () => Promise<void> }> {
  const ds = createDataSource({ url, schema: authModule.schema, entities: authModule.entities, migrations: authModule.migrations, poolMax, logger: new CountingLogger(log), timeouts });
  await ds.initialize();
  await migrate(ds, authModule.schema);
  return { auth: new AuthService(ds), stop: () => ds.destroy() };
}
