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
}

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
    extra: { max: o.poolMax },
  });
}

/** Creates the subgraph's PostgreSQL schema (migrations need it to exist) and runs pending migrations. */
export async function migrate(ds: DataSource, schema: string): Promise<void> {
  await ds.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await ds.runMigrations({ transaction: "all" });
}
