import "reflect-metadata";
import { writeFileSync, mkdirSync } from "node:fs";
import { startStandaloneServer } from "@apollo/server/standalone";
import { ConfigError, loadConfig } from "./config.js";
import { createDataSource, migrate } from "./db/data-source.js";
import { printSdl } from "./graphql/build-subgraph-schema.js";
import { createLogger } from "./lib/logger.js";
import { buildRelationsSchema, createRelationsApp, openDatabase } from "./root.js";
import { seedRelations } from "./seed/seed.js";
import { relationsSubgraph } from "./subgraphs/relations/index.js";

/**
 * CLI entry. `node dist/src/main.js [command]`:
 *   start (default)  migrate, seed an empty database, serve GraphQL on PORT (default 4000)
 *   migrate          run pending migrations
 *   seed             run migrations, then load the dataset (idempotent)
 *   schema:print     write schema/relations.graphql from the code
 */
async function main(command: string): Promise<void> {
  if (command === "schema:print") {
    mkdirSync("schema", { recursive: true });
    writeFileSync("schema/relations.graphql", printSdl(await buildRelationsSchema()));
    console.log("wrote schema/relations.graphql");
    return;
  }

  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, log);
  const stopDb = async () => db.embedded?.stop();

  if (command === "migrate" || command === "seed") {
    const ds = createDataSource({ url: db.url, schema: relationsSubgraph.schema, entities: relationsSubgraph.entities, migrations: relationsSubgraph.migrations, poolMax: 1 });
    try {
      await ds.initialize();
      await migrate(ds, relationsSubgraph.schema);
      if (command === "seed") await seedRelations(ds);
      log.info(`${command}: done`);
    } finally {
      await ds.destroy().catch(() => undefined);
      await stopDb();
    }
    return;
  }

  if (command !== "start") throw new ConfigError(`Unknown command "${command}". Use start, migrate, seed or schema:print.`);

  const app = await createRelationsApp({
    url: db.url,
    poolMax: db.poolMax,
    log,
    exposeInternals: config.NODE_ENV === "development",
    prepare: { migrate: true, seedIfEmpty: config.SEED_ON_START },
  });
  const { url } = await startStandaloneServer(app.server, {
    listen: { port: config.PORT, host: config.HOST },
    context: async ({ req }) => {
      const id = req.headers["x-request-id"];
      return app.context(typeof id === "string" && id.length <= 200 ? id : undefined);
    },
  });
  log.info(`relations subgraph ready at ${url}graphql`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    await app.stop();
    await stopDb();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main(process.argv[2] ?? "start").catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
