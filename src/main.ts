import "reflect-metadata";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { ConfigError, dbTimeouts, loadConfig, type Config } from "./config.js";
import { acceptedHints, committedSubgraphs, composeSupergraph } from "./gateway/compose.js";
import { createGatewayServer } from "./gateway/gateway.js";
import { admissionFor, httpSettings, openRedis, serveGateway, serveSubgraph, type HttpSettings } from "./http/serve.js";
import { webRouter } from "./web/web.js";
import type { Admission } from "./graphql/admission.js";
import { analyze, type DbTimeouts } from "./db/data-source.js";
import { bumpGenerations } from "./cache/index.js";
import { printSdl } from "./graphql/build-subgraph-schema.js";
import { createLogger, type Logger } from "./lib/logger.js";
import { buildSubgraphSchemaOf, createSubgraphApp, datasetSources, openAuth, openDatabase, openSubgraphDataSource, openSubgraphDataSources, prepareDatabase, type Database, type SubgraphApp, type SubgraphName } from "./root.js";
import { bySubgraph, SUBGRAPH_NAMES } from "./subgraphs/registry.js";
import { exportDataset, importDataset, InvalidDatasetError } from "./seed/transfer.js";
import { datasetJsonSchema } from "./seed/dataset.schema.js";
import { importManyTreaties, summarize } from "./seed/manytreaties/import.js";
import { parseArgs } from "node:util";
import { describeSynthetic, removeSynthetic, syntheticDataset } from "./seed/synthetic.js";
import { Role } from "./auth/api-key.entity.js";
import type { AuthService } from "./auth/auth.service.js";

/**
 * CLI entry. `node dist/src/main.js [command]`:
 *   all (default)      embedded or configured database, both subgraphs and the gateway
 *   relations | corridors | gateway   one part alone, as production runs it
 *   migrate | seed     run migrations (and load the dataset, idempotently) for both subgraphs
 *   keys create --role editor|admin --name "…" | keys list | keys revoke <id or prefix>
 *   import:manytreaties [--agreements FILE] [--parties FILE] [--prune] [--report FILE]
 *                      import the manytreaties GGO export (default: the vendored files in data/manytreaties)
 *   import <file.json>  validate a dataset file whole, then write each subgraph's part in one transaction
 *   export [file.json]  write the whole dataset in the same format (stdout without a file)
 *   seed:synthetic --scale N [--seed S] | --remove   add (or remove) deterministic benchmark data
 *   schema:print       write schema/relations.graphql and schema/corridors.graphql from the code
 *   schema:compose     compose the committed subgraph SDLs into schema/supergraph.graphql
 *   schema:dataset     write schema/dataset.schema.json, the JSON Schema of import and export files
 */
/** Every command (the list above), for the message that refuses an unknown one. */
export const COMMANDS = ["all", ...SUBGRAPH_NAMES, "gateway", "migrate", "seed", "keys", "import:manytreaties", "import", "export", "seed:synthetic", "schema:print", "schema:compose", "schema:dataset"];

type Stoppable = () => Promise<void>;

type DbName = SubgraphName | "auth";

/**
 * One embedded database for every part that has no URL, so `npm start` needs no server. A server
 * announces it, so command-line tools can reach it while it runs.
 */
async function databases(config: Config, log: Logger, names: DbName[], announce: boolean): Promise<{ urls: Record<string, Database>; stop: Stoppable }> {
  const needEmbedded = names.filter((n) => !config.databaseUrls[n]);
  const embedded = needEmbedded.length ? await openDatabase(undefined, config, log, needEmbedded.length, announce) : null;
  const urls: Record<string, Database> = {};
  for (const n of names) urls[n] = config.databaseUrls[n] ? await openDatabase(config.databaseUrls[n], config, log) : embedded!;
  return { urls, stop: async () => embedded?.embedded?.stop() };
}

/**
 * On the embedded database every DataSource of the process shares its one session, so waiting for
 * the connection is queueing behind other requests, not a sign of an outage (there is no network to
 * cut): under load it may take longer than DB_CONNECT_TIMEOUT_MS, and failing then would turn a
 * slow answer into SERVICE_UNAVAILABLE. There the wait is at least EMBEDDED_CONNECT_WAIT_MS.
 */
const EMBEDDED_CONNECT_WAIT_MS = 30_000;
function timeoutsFor(db: Database, config: Config): DbTimeouts {
  const t = dbTimeouts(config);
  return db.embedded ? { ...t, connectMs: Math.max(t.connectMs, EMBEDDED_CONNECT_WAIT_MS) } : t;
}

async function startSubgraph(name: SubgraphName, db: Database, auth: AuthService, config: Config, log: Logger, http: HttpSettings, withGateway: boolean, admission: Admission | undefined): Promise<{ app: SubgraphApp; stop: Stoppable }> {
  const app = await createSubgraphApp(name, {
    url: db.url,
    poolMax: db.poolMax,
    log,
    auth,
    exposeInternals: config.NODE_ENV === "development",
    prepare: { migrate: true, seedIfEmpty: config.SEED_ON_START },
    timeouts: timeoutsFor(db, config),
    cache: config,
    maxCost: http.subgraphMaxCost,
    admission,
  });
  const port = config.subgraphs[name].port;
  // Beside the gateway in one process (`all`), a subgraph's port is for tools and local debugging only: loopback unless SUBGRAPH_HOST says otherwise.
  const server = await serveSubgraph(app, port, withGateway ? { ...http, host: http.subgraphHost } : http, log);
  log.info(`${name} subgraph ready at ${server.url}graphql`);
  return {
    app,
    stop: async () => {
      await server.stop();
      await app.stop();
    },
  };
}

async function startGateway(config: Config, log: Logger, http: HttpSettings, local: Partial<Record<SubgraphName, SubgraphApp>>, admission: Admission | undefined): Promise<Stoppable> {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, config.subgraphs[n].url]));
  const server = createGatewayServer({
    supergraphSdl: readFileSync("schema/supergraph.graphql", "utf8"),
    urls,
    log,
    exposeInternals: config.NODE_ENV === "development",
    limits: http.limits,
    introspection: http.introspection,
    production: http.production,
    routerSecret: http.routerSecret,
    maxBatch: http.maxBatch,
    admission,
    local,
  });
  const served = await serveGateway(server, urls, config.PORT, http, log, webRouter(), local);
  const where = (n: SubgraphName) => (local[n] ? "in-process" : urls[n]);
  log.info(`gateway ready at ${served.url}graphql (${SUBGRAPH_NAMES.map((n) => `${n}: ${where(n)}`).join(", ")})`);
  return () => served.stop();
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
  if (command === "schema:dataset") {
    writeFileSync("schema/dataset.schema.json", datasetJsonSchema());
    console.log("wrote schema/dataset.schema.json");
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
    const { urls, stop } = await databases(config, log, [...SUBGRAPH_NAMES, "auth"], false);
    try {
      for (const name of SUBGRAPH_NAMES) await prepareDatabase(name, urls[name].url, { seed: command === "seed" });
      await (await openAuth(urls.auth.url, 1, log)).stop();
      log.info(`${command}: done`);
    } finally {
      await stop();
    }
    return;
  }

  if (command === "import" || command === "export" || command === "seed:synthetic") {
    const { urls, stop } = await databases(config, log, SUBGRAPH_NAMES, false);
    const dataSources = await openSubgraphDataSources(bySubgraph((_, n) => urls[n].url));
    const opened = Object.values(dataSources);
    const sources = datasetSources(dataSources);
    try {
      if (command === "seed:synthetic") {
        const args = process.argv.slice(3);
        const flag = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
        if (args.includes("--remove")) {
          await removeSynthetic(dataSources);
          console.log("Removed the synthetic data.");
        } else {
          const scale = Number(flag("scale") ?? "1");
          const seed = Number(flag("seed") ?? "1");
          if (!(scale > 0 && scale <= 100) || !Number.isInteger(seed)) throw new ConfigError("Usage: seed:synthetic --scale N (0 < N <= 100) [--seed S] | --remove");
          const started = Date.now();
          const data = syntheticDataset(scale, seed);
          await importDataset(sources, { format: "relations-graph/dataset@1", ...data });
          console.log(`Added synthetic data at scale ${scale} (seed ${seed}): ${describeSynthetic(data)}, in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        }
      } else if (command === "export") {
        const json = `${JSON.stringify(await exportDataset(sources), null, 2)}\n`;
        if (process.argv[3]) writeFileSync(process.argv[3], json);
        else process.stdout.write(json);
      } else {
        const file = process.argv[3];
        if (!file) throw new ConfigError("Usage: import <file.json>");
        const dataset = await importDataset(sources, JSON.parse(readFileSync(file, "utf8")));
        console.log(`Imported ${file}: ${sources.map((s) => s.part.summary(s.part.of(dataset))).join(", ")}.`);
      }
      if (command !== "export") await Promise.all(opened.map((ds) => analyze(ds)));
      // Servers cache responses: with Redis, tell every instance the data changed. (In memory, a
      // running server's cache holds the old answers for at most RESPONSE_CACHE_TTL_S seconds.)
      if (command !== "export" && (await bumpGenerations(SUBGRAPH_NAMES, config, log))) console.log("Bumped the response-cache generation in Redis.");
    } catch (err) {
      if (err instanceof InvalidDatasetError) throw new ConfigError(err.message);
      throw err;
    } finally {
      await Promise.all(opened.map((ds) => ds.destroy()));
      await stop();
    }
    return;
  }

  if (command === "import:manytreaties") {
    const { values } = parseArgs({
      args: process.argv.slice(3),
      options: { agreements: { type: "string" }, parties: { type: "string" }, prune: { type: "boolean", default: false }, report: { type: "string", default: "manytreaties-report.json" } },
      strict: true,
    });
    const { urls, stop } = await databases(config, log, ["relations"], false);
    const relations = await openSubgraphDataSource("relations", urls.relations.url);
    try {
      const { report } = await importManyTreaties(relations, { agreementsFile: values.agreements, partiesFile: values.parties, prune: values.prune, reportFile: values.report });
      await analyze(relations);
      console.log(summarize(report));
      console.log(`Report: ${values.report}`);
      if (await bumpGenerations(["relations"], config, log)) console.log("Bumped the response-cache generation in Redis.");
    } finally {
      await relations.destroy();
      await stop();
    }
    return;
  }

  if (command === "keys") {
    const { urls, stop } = await databases(config, log, ["auth"], false);
    const { auth, stop: closeAuth } = await openAuth(urls.auth.url, 1, log);
    try {
      await keys(auth, process.argv.slice(3));
    } finally {
      await closeAuth();
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
  if (!plan) throw new ConfigError(`Unknown command "${command}". Use one of: ${COMMANDS.join(", ")}.`);

  // Stopped in reverse order: gateway, subgraphs, then the embedded database and Redis.
  const stops: Stoppable[] = [];
  const redis = openRedis(config.REDIS_URL, log);
  if (redis) stops.push(async () => void redis.disconnect());
  const http = httpSettings(config, redis);
  // One admission per process: the parts it runs share one heap (src/graphql/admission.ts). With
  // GATEWAY_IN_PROCESS=false the gateway's calls reach the subgraphs over HTTP and would be admitted
  // twice against one budget, so there the subgraphs get a budget of their own.
  const admission = admissionFor(http, command);
  const subgraphAdmission = plan.gateway && !config.GATEWAY_IN_PROCESS ? admissionFor(http, "subgraphs") : admission;
  const local: Partial<Record<SubgraphName, SubgraphApp>> = {};
  const db = plan.subgraphs.length ? await databases(config, log, [...plan.subgraphs, "auth"], true) : null;
  if (db) {
    stops.push(db.stop);
    const { auth, stop } = await openAuth(db.urls.auth.url, db.urls.auth.poolMax, log, timeoutsFor(db.urls.auth, config));
    stops.push(stop);
    for (const name of plan.subgraphs) {
      const started = await startSubgraph(name, db.urls[name], auth, config, log, http, plan.gateway, subgraphAdmission);
      stops.push(started.stop);
      if (config.GATEWAY_IN_PROCESS) local[name] = started.app;
    }
  }
  if (plan.gateway) stops.push(await startGateway(config, log, http, local, admission));

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

/** `keys create --role editor --name "…"`, `keys list`, `keys revoke <id or prefix>`. */
async function keys(auth: AuthService, args: string[]): Promise<void> {
  const [action, ...rest] = args;
  const flag = (name: string) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (action === "create") {
    const role = flag("role") as Role | undefined;
    const name = flag("name");
    if (!role || !name) throw new ConfigError(`Usage: keys create --role ${Object.values(Role).join("|")} --name "who or what uses it"`);
    const { id, key } = await auth.create(name, role);
    console.log(`Created ${role} key "${name}" (id ${id}). It is shown only this once:\n${key}`);
  } else if (action === "list") {
    for (const k of await auth.list()) {
      console.log(`${k.id}  ${k.prefix}  ${k.role.padEnd(6)}  ${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : "active"}  ${k.name}`);
    }
  } else if (action === "revoke" && rest[0]) {
    console.log((await auth.revoke(rest[0])) ? `Revoked ${rest[0]}.` : `No active key ${rest[0]}.`);
  } else {
    throw new ConfigError('Usage: keys create --role editor|admin --name "…" | keys list | keys revoke <id or prefix>');
  }
}

main(process.argv[2] ?? "all").catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
