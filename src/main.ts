import "reflect-metadata";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { ApolloServer, BaseContext } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { acceptedHints, committedSubgraphs, composeSupergraph } from "./gateway/compose.js";
import { createGatewayServer, gatewayContext } from "./gateway/gateway.js";
import { printSdl } from "./graphql/build-subgraph-schema.js";
import { createLogger, type Logger } from "./lib/logger.js";
import { buildSubgraphSchemaOf, createSubgraphApp, openDatabase, prepareDatabase, type Database, type SubgraphName } from "./root.js";

/**
 * CLI entry. `node dist/src/main.js [command]`:
 *   all (default)      embedded or configured database, both subgraphs and the gateway
 *   relations | corridors | gateway   one part alone, as production runs it
 *   migrate | seed     run migrations (and load the dataset, idempotently) for both subgraphs
 *   schema:print       write schema/relations.graphql and schema/corridors.graphql from the code
 *   schema:compose     compose the committed subgraph SDLs into schema/supergraph.graphql
 */
const SUBGRAPH_NAMES: SubgraphName[] = ["relations", "corridors"];

type Stoppable = () => Promise<void>;

async function serve(server: ApolloServer<any>, port: number, host: string, context: (headers: Record<string, string | string[] | undefined>) => Promise<BaseContext>) {
  const { url } = await startStandaloneServer(server, { listen: { port, host }, context: async ({ req }) => context(req.headers) });
  return url;
}

/** One embedded database for every subgraph that has no URL, so `npm start` needs no server. */
async function databases(config: Config, log: Logger, names: SubgraphName[]): Promise<{ urls: Record<string, Database>; stop: Stoppable }> {
  const needEmbedded = names.filter((n) => !config.databaseUrls[n]);
  const embedded = needEmbedded.length ? await openDatabase(undefined, config, log, needEmbedded.length) : null;
  const urls: Record<string, Database> = {};
  for (const n of names) urls[n] = config.databaseUrls[n] ? await openDatabase(config.databaseUrls[n], config, log) : embedded!;
  return { urls, stop: async () => embedded?.embedded?.stop() };
}

async function startSubgraph(name: SubgraphName, db: Database, config: Config, log: Logger): Promise<Stoppable> {
  const app = await createSubgraphApp(name, {
    url: db.url,
    poolMax: db.poolMax,
    log,
    exposeInternals: config.NODE_ENV === "development",
    prepare: { migrate: true, seedIfEmpty: config.SEED_ON_START },
  });
  const port = name === "relations" ? config.RELATIONS_PORT : config.CORRIDORS_PORT;
  const url = await serve(app.server, port, config.HOST, async (h) => {
    const id = h["x-request-id"];
    return app.context(typeof id === "string" && id.length <= 200 ? id : undefined);
  });
  log.info(`${name} subgraph ready at ${url}graphql`);
  return () => app.stop();
}

async function startGateway(config: Config, log: Logger): Promise<Stoppable> {
  const server = createGatewayServer({
    supergraphSdl: readFileSync("schema/supergraph.graphql", "utf8"),
    urls: { relations: config.RELATIONS_URL, corridors: config.CORRIDORS_URL },
    log,
    exposeInternals: config.NODE_ENV === "development",
  });
  const url = await serve(server, config.PORT, config.HOST, async (h) => gatewayContext(h));
  log.info(`gateway ready at ${url}graphql (relations: ${config.RELATIONS_URL}, corridors: ${config.CORRIDORS_URL})`);
  return () => server.stop();
}

async function main(command: string): Promise<void> {
  if (command === "schema:print") {
    mkdirSync("schema", { recursive: true });
    for (const name of SUBGRAPH_NAMES) {
      writeFileSync(`schema/${name}.graphql`, printSdl(await buildSubgraphSchemaOf(name)));
      console.log(`wrote schema/${name}.graphql`);
    }
    return;
  }
  if (command === "schema:compose") {
    const { supergraphSdl, unacceptedHints } = composeSupergraph(committedSubgraphs(), acceptedHints());
    if (unacceptedHints.length) throw new ConfigError(`Composition hints not accepted in docs/decisions.md:\n  ${unacceptedHints.join("\n  ")}`);
    writeFileSync("schema/supergraph.graphql", supergraphSdl);
    console.log("wrote schema/supergraph.graphql");
    return;
  }

  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);

  if (command === "migrate" || command === "seed") {
    const { urls, stop } = await databases(config, log, SUBGRAPH_NAMES);
    try {
      for (const name of SUBGRAPH_NAMES) await prepareDatabase(name, urls[name].url, { seed: command === "seed" });
      log.info(`${command}: done`);
    } finally {
      await stop();
    }
    return;
  }

  const parts: Record<string, { subgraphs: SubgraphName[]; gateway: boolean }> = {
    all: { subgraphs: SUBGRAPH_NAMES, gateway: true },
    relations: { subgraphs: ["relations"], gateway: false },
    corridors: { subgraphs: ["corridors"], gateway: false },
    gateway: { subgraphs: [], gateway: true },
  };
  const plan = parts[command];
  if (!plan) throw new ConfigError(`Unknown command "${command}". Use all, relations, corridors, gateway, migrate, seed, schema:print or schema:compose.`);

  // Stopped in reverse order: gateway, subgraphs, then the embedded database.
  const stops: Stoppable[] = [];
  const db = plan.subgraphs.length ? await databases(config, log, plan.subgraphs) : null;
  if (db) stops.push(db.stop);
  for (const name of plan.subgraphs) stops.push(await startSubgraph(name, db!.urls[name], config, log));
  if (plan.gateway) stops.push(await startGateway(config, log));

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    for (const stop of stops.reverse()) await stop().catch((err) => log.error({ err }, "error while stopping"));
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main(process.argv[2] ?? "all").catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
