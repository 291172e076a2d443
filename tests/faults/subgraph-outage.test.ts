import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { committedSubgraphs, composeSupergraph } from "../../src/gateway/compose.js";
import { createGatewayServer } from "../../src/gateway/gateway.js";
import { serveGateway, serveSubgraph as serve } from "../../src/http/serve.js";
import type { HttpServer } from "../../src/http/server.js";
import { testHttpSettings } from "../support/app.js";
import { createSubgraphApp, openAuth, type SubgraphApp, type SubgraphName } from "../../src/root.js";
import type { AuthService } from "../../src/auth/auth.service.js";
import { testDbUrl } from "../support/database.js";

/**
 * A subgraph goes down for real: its HTTP server stops (the port refuses connections), then a new
 * copy starts on the same port. Through the gateway, the relations subgraph's data keeps coming
 * back, the corridors fields are null with errors on exactly those paths (never a 500), and full
 * answers return by themselves once the subgraph is back.
 */
const silent = pino({ level: "silent" });
const DEADLINE = 60_000;

let auth: AuthService;
let closeAuth: () => Promise<void>;
const http = testHttpSettings({ production: true, routerSecret: "subgraph-outage-test-secret" });
let relations: { app: SubgraphApp; url: string; http: HttpServer };
let corridors: { app: SubgraphApp; url: string; http: HttpServer } | null = null;
let corridorsPort = 0;
let gatewayUrl: string;
let readyUrl: string;
let stopGateway: () => Promise<void>;

async function serveSubgraph(name: SubgraphName, port: number) {
  const app = await createSubgraphApp(name, { url: await testDbUrl(), poolMax: inject("embedded") ? 1 : 2, log: silent, exposeInternals: false, auth });
  const served = await serve(app, port, http, silent);
  return { app, url: `${served.url}graphql`, http: served };
}

beforeAll(async () => {
  ({ auth, stop: closeAuth } = await openAuth(await testDbUrl(), 1, silent));
  relations = await serveSubgraph("relations", 0);
  corridors = await serveSubgraph("corridors", 0);
  corridorsPort = Number(new URL(corridors.url).port);
  const urls = { relations: relations.url, corridors: corridors.url };
  const gateway = createGatewayServer({
    supergraphSdl: composeSupergraph(committedSubgraphs()).supergraphSdl,
    urls,
    log: silent,
    exposeInternals: false,
    limits: http.limits,
    introspection: http.introspection,
    production: http.production,
    routerSecret: http.routerSecret,
    maxBatch: http.maxBatch,
  });
  const served = await serveGateway(gateway, urls, 0, http, silent);
  gatewayUrl = `${served.url}graphql`;
  readyUrl = new URL("/readyz", served.url).toString();
  stopGateway = () => served.stop();
});

afterAll(async () => {
  await stopGateway?.();
  for (const s of [corridors, relations]) {
    await s?.http.stop();
    await s?.app.stop();
  }
  await closeAuth?.();
});

const QUERY = `{
  country(code: "IR") { name capital corridors { id acronym } }
  agreement(id: "ir-ru-comprehensive-strategic-partnership-2025") { id title corridors { id } }
  corridor(id: "instc") { id name }
}`;

async function ask(): Promise<{ status: number; body: any }> {
  const res = await fetch(gatewayUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: QUERY }),
    signal: AbortSignal.timeout(DEADLINE),
  });
  return { status: res.status, body: await res.json() };
}

async function until<T>(what: string, attempt: () => Promise<T>, ok: (t: T) => boolean): Promise<T> {
  const end = Date.now() + DEADLINE;
  for (;;) {
    const t = await attempt();
    if (ok(t)) return t;
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}; last: ${JSON.stringify(t).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const complete = (r: { status: number; body: any }) => r.status === 200 && !r.body.errors && r.body.data?.corridor?.id === "instc";

describe("a subgraph goes down", () => {
  it("answers fully while both subgraphs are up", async () => {
    const r = await ask();
    expect(complete(r)).toBe(true);
    expect(r.body.data.country.corridors.map((c: any) => c.id)).toContain("instc");
  });

  it("keeps answering the other subgraph's fields, with errors on the missing ones, not a 500", async () => {
    await corridors!.http.stop(); // closes its HTTP server: connections to its port are refused
    await corridors!.app.stop();
    corridors = null;
    const r = await ask();
    expect(r.status).toBe(200);
    // Everything the relations subgraph owns is there.
    expect(r.body.data.country).toMatchObject({ name: "Iran", capital: "Tehran", corridors: null });
    expect(r.body.data.agreement).toMatchObject({ id: "ir-ru-comprehensive-strategic-partnership-2025", corridors: null });
    expect(r.body.data.agreement.title).toMatch(/Comprehensive Strategic Partnership/);
    // The corridors subgraph's own root field and the fields it contributes are null, with errors.
    expect(r.body.data.corridor).toBeNull();
    expect(r.body.errors.length).toBeGreaterThan(0);
    for (const e of r.body.errors) expect(e.extensions?.code).toBe("SERVICE_UNAVAILABLE");
    // Each error is on a field it nulled, and names the subgraph that is down (message and serviceName),
    // so a client can tell which fields are missing: one per field, none without a path.
    expect(r.body.errors.map((e: any) => e.path).sort()).toEqual([["agreement", "corridors"], ["corridor"], ["country", "corridors"]].sort());
    for (const e of r.body.errors) {
      expect(e.extensions.serviceName).toBe("corridors");
      expect(e.message).toContain("corridors subgraph");
      expect(e.extensions.requestId).toBeTruthy();
    }
    // No internals leak: no stack, no subgraph address.
    const text = JSON.stringify(r.body.errors);
    expect(text).not.toMatch(/stacktrace|at .*\.js:\d+/);
    expect(text).not.toContain(`:${corridorsPort}`);
    // In a list, each item's field has its own error, by index.
    const list = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ countries(first: 3) { nodes { code routes: corridors { id } } } }' }),
      signal: AbortSignal.timeout(DEADLINE),
    }).then((res) => res.json() as Promise<any>);
    expect(list.data.countries.nodes.map((n: any) => n.routes)).toEqual([null, null, null]);
    expect(list.errors.map((e: any) => e.path)).toEqual([0, 1, 2].map((i) => ["countries", "nodes", i, "routes"]));
    expect(new Set(list.errors.map((e: any) => e.extensions.serviceName))).toEqual(new Set(["corridors"]));
    // The gateway is alive, and says it is not ready while a subgraph is unreachable.
    expect((await fetch(readyUrl)).status).toBe(503);
  });

  it("answers fully again, by itself, once the subgraph is back", async () => {
    corridors = await serveSubgraph("corridors", corridorsPort);
    const r = await until("full answers again", ask, complete);
    expect(r.body.data.country.corridors.map((c: any) => c.id)).toContain("instc");
    expect(r.body.data.agreement.corridors).toEqual([]); // not null: the field resolved again
    expect((await fetch(readyUrl)).status).toBe(200);
  });
});
