import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse, type DocumentNode } from "graphql";
import type { DataSource } from "typeorm";
import { createResponseCache } from "../src/cache/index.js";
import { loadConfig } from "../src/config.js";
import { CountingLogger } from "../src/db/query-counter.js";
import { startGateway } from "../src/cli/parts.js";
import { boundedCache } from "../src/graphql/query-caches.js";
import { admissionFor, httpSettings, openRedis, serveSubgraph } from "../src/http/serve.js";
import type { HttpServer } from "../src/http/server.js";
import { createLogger } from "../src/lib/logger.js";
import { createSubgraphServer, type SubgraphApp } from "../src/root.js";
import { SUBGRAPH_NAMES, type SubgraphName } from "../src/subgraphs/registry.js";

/**
 * The stack's own ceiling (bench only): the project's HTTP layer, gateway and subgraph servers,
 * started as `npm start` starts them (src/cli/parts.ts: runParts, startSubgraph, startGateway), but
 * with subgraph schemas that answer from constants, with no SQL and no type-graphql.
 *
 * - Each subgraph's schema is `buildSubgraphSchema` over its committed SDL (schema/<name>.graphql);
 *   the gateway serves the committed supergraph (schema/supergraph.graphql), as the real one does.
 * - relations' `Query.country` and `Query.agreements` return the answers the real gateway gave for
 *   Q1 and Q2 (the JSON file CEILING_ANSWERS: `{ "Q1": data, "Q2": data }`, written by the bench);
 *   every field below them is graphql-js's default resolver. corridors answers nothing (Q1 and Q2
 *   never reach it); it is there because the supergraph has it.
 * - Each subgraph's Apollo Server is src/root.ts createSubgraphServer (the real one's limits, cost
 *   and admission, NUL guard, request ids on errors, status per media type, response-cache plugins
 *   from config, inline traces off, formatError), served by serveSubgraph; the gateway is
 *   src/cli/parts.ts startGateway itself, calling the subgraphs in process when GATEWAY_IN_PROCESS
 *   is on (the default), over HTTP otherwise.
 * - A request's context is what every subgraph context holds (id, caller, admission) and nothing
 *   else: no loaders, no services, no API-key look-up (the bench sends no key, and the real
 *   server needs no database for an anonymous caller either).
 *
 * Configured from the environment like the server (PORT, <SUBGRAPH>_PORT, LOG_LEVEL, limits...).
 */
const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
const answers = JSON.parse(readFileSync(process.env.CEILING_ANSWERS ?? "", "utf8")) as { Q1?: { country: unknown }; Q2?: { agreements: unknown } };

const RESOLVERS: Record<SubgraphName, { Query?: Record<string, () => unknown> }> = {
  relations: {
    Query: {
      country: () => answers.Q1?.country ?? null,
      agreements: () => {
        if (!answers.Q2) throw new Error("the ceiling has no answer for agreements (Q2 was not captured)");
        return answers.Q2.agreements;
      },
    },
  },
  corridors: {},
};

/** No database: readiness (serveSubgraph, the gateway's) asks it for `SELECT 1` and gets a row. */
const noDatabase = { query: async () => [{ "?column?": 1 }] } as unknown as DataSource;

const redis = openRedis(config.REDIS_URL, log);
const http = httpSettings(config, redis);
// As runParts: one admission for the process, the subgraphs' own when the gateway calls them over HTTP.
const admission = admissionFor(http, "all");
const subgraphAdmission = !config.GATEWAY_IN_PROCESS ? admissionFor(http, "subgraphs") : admission;
const exposeInternals = config.NODE_ENV === "development";

const stops: (() => Promise<void>)[] = [];
const local: Partial<Record<SubgraphName, SubgraphApp>> = {};
for (const name of SUBGRAPH_NAMES) {
  const sublog = log.child({ subgraph: name });
  const schema = buildSubgraphSchema({ typeDefs: parse(readFileSync(`schema/${name}.graphql`, "utf8")), resolvers: RESOLVERS[name] });
  const cache = await createResponseCache(name, config, sublog);
  const documents = boundedCache<DocumentNode>(http.queryCacheMiB);
  const { server, run } = createSubgraphServer(schema, { log: sublog, exposeInternals, maxCost: http.subgraphMaxCost, admission: subgraphAdmission, cache, documents });
  const app: SubgraphApp = {
    name,
    dataSource: noDatabase,
    schema,
    server,
    documents,
    sql: new CountingLogger(),
    cache,
    run,
    context: async (request = {}) => ({ requestId: request.requestId ?? randomUUID(), clientIp: request.clientIp, admitted: request.admitted, auth: { kind: "anonymous" } }),
    async stop() {
      await server.stop();
      await cache.stop();
    },
  };
  const served: HttpServer = await serveSubgraph(app, config.subgraphs[name].port, { ...http, host: http.subgraphHost }, log);
  stops.push(async () => {
    await served.stop();
    await app.stop();
  });
  if (config.GATEWAY_IN_PROCESS) local[name] = app;
}

// The gateway exactly as `npm start` builds and serves it (src/cli/parts.ts).
stops.push(await startGateway(config, log, http, local, admission));
console.log(`ceiling ready at http://${config.HOST}:${config.PORT}/graphql`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  for (const stop of stops.reverse()) await stop().catch((err) => log.error({ err }, "error while stopping"));
  redis?.disconnect();
  process.exit(0);
};
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
