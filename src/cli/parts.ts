import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dbTimeouts, type Config } from "../config.js";
import { createGateway } from "../gateway/gateway.js";
import { admissionFor, httpSettings, openRedis, serveGateway, serveSubgraph, type HttpSettings } from "../http/serve.js";
import { webRouter } from "../web/web.js";
import type { Admission } from "../graphql/admission.js";
import { gatewayQueryCaches } from "../graphql/query-caches.js";
import type { DbTimeouts } from "../db/data-source.js";
import type { Logger } from "../lib/logger.js";
import { createSubgraphApp, openAuth, openDatabase, type Database, type SubgraphApp, type SubgraphName } from "../root.js";
import { SUBGRAPH_NAMES } from "../subgraphs/registry.js";
import type { AuthService } from "../auth/auth.service.js";

/** The servers: the subgraphs and the gateway, all in one process or each alone, as the command says. */

export type Stoppable = () => Promise<void>;

type DbName = SubgraphName | "auth";

/**
 * One embedded database for every part that has no URL, so `npm start` needs no server. A server
 * announces it, so command-line tools can reach it while it runs.
 */
export async function databases(config: Config, log: Logger, names: DbName[], announce: boolean): Promise<{ urls: Record<string, Database>; stop: Stoppable }> {
  const needEmbedded = names.filter((n) => !config.databaseUrls[n]);
  if (needEmbedded.length && announce && config.SEED_ON_START && isNewFolder(config.PGLITE_DATA_DIR)) await seedInChildProcess(log);
  const embedded = needEmbedded.length ? await openDatabase(undefined, config, log, needEmbedded.length, announce) : null;
  const urls: Record<string, Database> = {};
  for (const n of names) urls[n] = config.databaseUrls[n] ? await openDatabase(config.databaseUrls[n], config, log) : embedded!;
  return { urls, stop: async () => embedded?.embedded?.stop() };
}

/** No embedded database has been created in `dir` yet (it is absent or empty). */
function isNewFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/**
 * A server's first start on the embedded database seeds it in a child process (`seed --if-empty`),
 * then opens it. PGlite's WebAssembly memory only grows: seeding in the server's own process (bulk
 * loads, GIN index builds, VACUUM) peaked at ~810 MB and left it at ~560 MB RSS for good, where a
 * start on the seeded folder holds ~260 MB. Reopening the database in-process still left ~400 MB
 * (freed pages the allocator keeps); a child's memory goes back to the system when it exits.
 */
async function seedInChildProcess(log: Logger): Promise<void> {
  log.info("new embedded database: seeding it in a child process");
  const main = fileURLToPath(new URL("../main.js", import.meta.url));
  const child = spawn(process.execPath, [...process.execArgv, main, "seed", "--if-empty"], { stdio: "inherit", env: process.env });
  const code = await new Promise<number | null>((resolve, reject) => child.on("error", reject).on("exit", resolve));
  if (code !== 0) throw new Error(`seeding the new embedded database failed (exit code ${code}); see the output above`);
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
    preparedStatements: !!db.server && config.DB_PREPARED_STATEMENTS,
    cache: config,
    maxCost: http.subgraphMaxCost,
    admission,
    queryCacheMiB: http.queryCacheMiB,
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

/** The gateway over the committed supergraph, served on config.PORT; `local` subgraphs are called in-process. The bench's ceiling serves it too. */
export async function startGateway(config: Config, log: Logger, http: HttpSettings, local: Partial<Record<SubgraphName, SubgraphApp>>, admission: Admission | undefined): Promise<Stoppable> {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, config.subgraphs[n].url]));
  const { server, shortcut } = createGateway({
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
    caches: gatewayQueryCaches(http.queryCacheMiB),
  });
  const served = await serveGateway(server, urls, config.PORT, http, log, webRouter(), local, shortcut);
  const where = (n: SubgraphName) => (local[n] ? "in-process" : urls[n]);
  log.info(`gateway ready at ${served.url}graphql (${SUBGRAPH_NAMES.map((n) => `${n}: ${where(n)}`).join(", ")})`);
  return () => served.stop();
}

/**
 * Runs `command`'s parts (`all`: every subgraph and the gateway; a subgraph's name: it alone;
 * `gateway`) until SIGINT or SIGTERM, then stops them in reverse order.
 */
export async function runParts(command: string, plan: { subgraphs: SubgraphName[]; gateway: boolean }, config: Config, log: Logger): Promise<void> {
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
