import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { ApolloServer } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import type { Config } from "./config.js";
import { createDataSource, migrate } from "./db/data-source.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded.js";
import { CountingLogger } from "./db/query-counter.js";
import { buildFederatedSchema } from "./graphql/build-subgraph-schema.js";
import { createFormatError } from "./graphql/format-error.js";
import type { Logger } from "./lib/logger.js";
import { seedRelations, isRelationsEmpty } from "./seed/seed.js";
import { relationsSubgraph } from "./subgraphs/relations/index.js";
import type { RelationsContext, RelationsServices } from "./subgraphs/relations/relations.services.js";

/**
 * The composition root: the one place that assembles the database, entities, services,
 * loaders, schema and server. Everything else receives what it needs from here.
 */

/** The relations subgraph's schema. Needs no database, so `schema:print` can run anywhere. */
export function buildRelationsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    relationsSubgraph.resolvers,
    relationsSubgraph.references,
    "Queries of the relations subgraph: countries, agreements, ratifications, clauses, topics, people, statements, sources and search.",
  );
}

export interface Database {
  url: string;
  embedded: EmbeddedPostgres | null;
  /** Pool size each DataSource may use: 1 against the embedded server. */
  poolMax: number;
}

/** The configured PostgreSQL server, or an embedded PGlite when no URL is set. */
export async function openDatabase(config: Config, log: Logger, pools = 1): Promise<Database> {
  if (config.relationsDatabaseUrl) return { url: config.relationsDatabaseUrl, embedded: null, poolMax: config.DB_POOL_MAX };
  const embedded = await startEmbeddedPostgres({ dataDir: config.PGLITE_DATA_DIR, port: config.PGLITE_PORT, maxConnections: pools });
  log.info({ url: embedded.url, dataDir: config.PGLITE_DATA_DIR }, "embedded PostgreSQL (PGlite) started; all database work is serialized");
  return { url: embedded.url, embedded, poolMax: 1 };
}

export interface RelationsApp {
  dataSource: DataSource;
  schema: GraphQLSchema;
  /** Not started: the HTTP integration (or a test) starts it. */
  server: ApolloServer<RelationsContext>;
  services: RelationsServices;
  /** Counts every SQL statement the subgraph sends; tests and the benchmark read it. */
  sql: CountingLogger;
  context(requestId?: string): RelationsContext;
  stop(): Promise<void>;
}

export interface RelationsAppOptions {
  url: string;
  poolMax: number;
  log: Logger;
  exposeInternals: boolean;
  /** Run pending migrations, then seed an empty database. */
  prepare?: { migrate: boolean; seedIfEmpty: boolean };
}

export async function createRelationsApp(o: RelationsAppOptions): Promise<RelationsApp> {
  // 1. Database connection for this subgraph's schema.
  const sql = new CountingLogger(o.log);
  const dataSource = createDataSource({
    url: o.url,
    schema: relationsSubgraph.schema,
    entities: relationsSubgraph.entities,
    migrations: relationsSubgraph.migrations,
    poolMax: o.poolMax,
    logger: sql,
  });
  await dataSource.initialize();

  // 2. Schema migrations and first data.
  if (o.prepare?.migrate) await migrate(dataSource, relationsSubgraph.schema);
  if (o.prepare?.seedIfEmpty && (await isRelationsEmpty(dataSource))) {
    o.log.info("empty database: seeding the relations dataset");
    await seedRelations(dataSource);
  }

  // 3. Services (one per process) and loaders (one set per request).
  const services = relationsSubgraph.createServices(dataSource);
  const context = (requestId: string = randomUUID()): RelationsContext => ({
    requestId,
    services,
    loaders: relationsSubgraph.createLoaders(dataSource, services),
  });

  // 4. The federated schema and its server.
  const schema = await buildRelationsSchema();
  const server = new ApolloServer<RelationsContext>({
    schema,
    formatError: createFormatError(o.log, o.exposeInternals),
    includeStacktraceInErrorResponses: o.exposeInternals,
    // main.ts owns shutdown (HTTP, DataSource, embedded database, in that order).
    stopOnTerminationSignals: false,
  });

  return {
    dataSource,
    schema,
    server,
    services,
    sql,
    context,
    async stop() {
      await server.stop();
      await dataSource.destroy();
    },
  };
}
