
import pino from "pino";
import { expect, inject } from "vitest";
import { committedSubgraphs, composeSupergraph } from "../../src/gateway/compose.js";
import { loadConfig } from "../../src/config.js";
import { createGatewayServer } from "../../src/gateway/gateway.js";
import { gatewayQueryCaches, type GatewayQueryCaches } from "../../src/graphql/query-caches.js";
import { admissionFor, httpSettings, serveGateway, serveSubgraph, type HttpSettings } from "../../src/http/serve.js";
import type { HttpServer } from "../../src/http/server.js";
import { createSubgraphApp, openAuth, type SubgraphApp, type SubgraphName } from "../../src/root.js";
import type { AuthService } from "../../src/auth/auth.service.js";
import type { ResponseCacheSettings } from "../../src/cache/index.js";
import { SUBGRAPH_NAMES } from "../../src/subgraphs/registry.js";
import { testDbUrl } from "./database.js";

const silent = pino({ level: "silent" });

export interface TestApp {
  app: SubgraphApp;
  auth: AuthService;
  /** Runs an operation through the real server pipeline; returns data and errors. */
  run<T = any>(query: string, variables?: Record<string, unknown>, authorization?: string): Promise<{ data?: T; errors?: any[] }>;
  /** Runs an operation that must succeed (no errors, the query named if there are) and returns its data. */
  data<T = any>(query: string, variables?: Record<string, unknown>, authorization?: string): Promise<T>;
  /** Runs an operation and returns how many SQL statements it sent. */
  countStatements(query: string, variables?: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

/**
 * A subgraph as the composition root builds it, on the test file's own database. Statement-counting
 * tests use one connection: with several, independent branches of a query finish in varying order
 * and a loader shared by two branches may batch once or twice, which is noise, not N+1.
 */
export async function startTestApp(name: SubgraphName, opts: { poolMax?: number; cache?: ResponseCacheSettings } = {}): Promise<TestApp> {
  const poolMax = opts.poolMax ?? (inject("embedded") ? 1 : 4);
  const url = await testDbUrl();
  const { auth, stop: closeAuth } = await openAuth(url, 1, silent);
  const app = await createSubgraphApp(name, { url, poolMax, log: silent, exposeInternals: true, auth, cache: opts.cache });
  await app.server.start();
  const run = async (query: string, variables?: Record<string, unknown>, authorization?: string) => {
    const res = await app.server.executeOperation({ query, variables }, { contextValue: await app.context({ authorization }) });
    if (res.body.kind !== "single") throw new Error("unexpected incremental response");
    return res.body.singleResult as { data?: any; errors?: any[] };
  };
  return {
    app,
    auth,
    run,
    async data(query, variables, authorization) {
      const res = await run(query, variables, authorization);
      expect(res.errors, query).toBeUndefined();
      return res.data!;
    },
    async countStatements(query, variables) {
      const before = app.sql.statements;
      const res = await run(query, variables);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return app.sql.statements - before;
    },
    async close() {
      await app.stop();
      await closeAuth();
    },
  };
}

export interface TestStack {
  /** POSTs an operation to the gateway over HTTP. */
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  urls: { gateway: string } & Record<SubgraphName, string>;
  apps: Record<SubgraphName, SubgraphApp>;
  /** The API-key store the subgraphs check keys against. */
  auth: AuthService;
  /** The gateway's parsed-document and query-plan caches. */
  gatewayCaches: GatewayQueryCaches;
  close(): Promise<void>;
}

/** The HTTP settings of a test stack: the production defaults of config, on loopback. */
export function testHttpSettings(overrides: Partial<HttpSettings> = {}): HttpSettings {
  return { ...httpSettings(loadConfig({ NODE_ENV: "test", HOST: "127.0.0.1" })), shutdownGraceMs: 2000, ...overrides };
}

/**
 * Both subgraphs and the gateway over real HTTP on free ports, through the same HTTP layer as
 * `npm start` (limits, guards, health), the gateway serving the committed supergraph.
 */
export async function startTestStack(supergraphSdl = composeSupergraph(committedSubgraphs()).supergraphSdl, opts: { http?: Partial<HttpSettings>; cache?: ResponseCacheSettings; poolMax?: number } = {}): Promise<TestStack> {
  const http = testHttpSettings(opts.http);
  const apps = {} as Record<SubgraphName, SubgraphApp>;
  const urls = {} as Record<SubgraphName, string>;
  const servers: HttpServer[] = [];
  const dbUrl = await testDbUrl();
  const { auth, stop: closeAuth } = await openAuth(dbUrl, 1, silent);
  for (const name of SUBGRAPH_NAMES) {
    const app = await createSubgraphApp(name, {
      url: dbUrl,
      poolMax: opts.poolMax ?? (inject("embedded") ? 1 : 4),
      log: silent,
      exposeInternals: !http.production,
      auth,
      cache: opts.cache,
      queryCacheMiB: http.queryCacheMiB,
      maxCost: http.subgraphMaxCost,
      // Each part admits on its own budget, as when each runs in a process of its own.
      admission: admissionFor(http, name),
    });
    const served = await serveSubgraph(app, 0, http, silent);
    servers.push(served);
    apps[name] = app;
    urls[name] = `${served.url}graphql`;
  }
  const gatewayCaches = gatewayQueryCaches(http.queryCacheMiB);
  const gateway = createGatewayServer({
    supergraphSdl,
    urls,
    log: silent,
    exposeInternals: !http.production,
    limits: http.limits,
    introspection: http.introspection,
    production: http.production,
    routerSecret: http.routerSecret,
    maxBatch: http.maxBatch,
    admission: admissionFor(http, "gateway"),
    caches: gatewayCaches,
  });
  const served = await serveGateway(gateway, urls, 0, http, silent);
  const url = served.url;
  const gatewayUrl = `${url}graphql`;
  return {
    urls: { gateway: gatewayUrl, ...urls },
    apps,
    auth,
    gatewayCaches,
    async post(query, variables, headers = {}) {
      const res = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
      return { status: res.status, body: await res.json() };
    },
    async close() {
      await served.stop();
      for (const s of servers) await s.stop();
      for (const app of Object.values(apps)) await app.stop();
      await closeAuth();
    },
  };
}


