import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { gatewayReadiness, serveSubgraph } from "../../src/http/serve.js";
import type { HttpServer } from "../../src/http/server.js";
import { createSubgraphApp, openAuth, prepareDatabase, type SubgraphApp } from "../../src/root.js";
import { testHttpSettings } from "../support/app.js";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy.js";
import { freshDatabase } from "../support/database.js";

/**
 * The database goes down under a running subgraph, for real: the subgraph's connections run through
 * a TCP proxy this test controls, on a database of its own (a fresh PGlite, or a fresh database on
 * the server, seeded here). Requests must end with
 * SERVICE_UNAVAILABLE (not hang, not INTERNAL_SERVER_ERROR), the process must keep serving, and
 * queries must succeed again once the database is reachable, with no restart.
 */
const silent = pino({ level: "silent" });
const DEADLINE = 60_000;
const TREATY = "ir-ru-comprehensive-strategic-partnership-2025";

let db: { url: string; drop(): Promise<void> };
let proxy: TcpProxy;
let app: SubgraphApp;
let closeAuth: () => Promise<void>;
let url: string;
let http: HttpServer;

beforeAll(async () => {
  db = await freshDatabase();
  await prepareDatabase("relations", db.url, { seed: true });
  const target = new URL(db.url);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const through = proxy.urlFor(db.url);
  const opened = await openAuth(through, 1, silent, { connectMs: 1000, statementMs: 3000 });
  closeAuth = opened.stop;
  app = await createSubgraphApp("relations", {
    url: through,
    poolMax: inject("embedded") ? 1 : 4,
    log: silent,
    exposeInternals: false,
    auth: opened.auth,
    // Short, so the black-holed case ends quickly; the assertions themselves wait generously.
    timeouts: { connectMs: 1000, statementMs: 3000 },
  });
  // The same HTTP layer as `npm start`, in production mode (no internals in errors).
  http = await serveSubgraph(app, 0, testHttpSettings({ production: true }), silent);
  url = `${http.url}graphql`;
}, 180_000);

afterAll(async () => {
  proxy?.restore();
  await http?.stop().catch(() => {});
  await app?.stop().catch(() => {});
  await closeAuth?.().catch(() => {});
  await proxy?.close();
  await db?.drop();
});

interface Outcome {
  /** HTTP status, or 0 when the request itself failed (connection refused, aborted). */
  status: number;
  ok: boolean;
  codes: string[];
  failure?: string;
  at: number;
}

/** A query that always reaches the database: the random search text defeats any response cache. */
async function ask(): Promise<Outcome> {
  const query = `query($s: String!, $id: ID!) { people(search: $s, first: 3) { totalCount } agreement(id: $id) { id title parties { country { code } } } }`;
  const variables = { s: `nobody-${Math.random().toString(36).slice(2)}`, id: TREATY };
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
      // A hang shows up as this abort; it is far beyond every configured timeout.
      signal: AbortSignal.timeout(DEADLINE),
    });
    const body = (await res.json()) as { data?: any; errors?: any[] };
    const codes = (body.errors ?? []).map((e) => String(e.extensions?.code));
    const ok = res.status === 200 && !body.errors && body.data?.agreement?.id === TREATY;
    return { status: res.status, ok, codes, at: Date.now() };
  } catch (err) {
    return { status: 0, ok: false, codes: [], failure: (err as Error).name + ": " + (err as Error).message, at: Date.now() };
  }
}

/** Concurrent clients sending queries back to back until stopped. */
function traffic(workers = 6) {
  const outcomes: Outcome[] = [];
  let running = true;
  const done = Promise.all(
    Array.from({ length: workers }, async () => {
      while (running) outcomes.push(await ask());
    }),
  );
  return {
    outcomes,
    async stop() {
      running = false;
      await done;
    },
  };
}

async function until(what: string, check: () => boolean | Promise<boolean>, deadline = DEADLINE) {
  const end = Date.now() + deadline;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function ready(): Promise<number> {
  const res = await fetch(new URL("/readyz", url), { signal: AbortSignal.timeout(DEADLINE) });
  // Only ready or not: never what failed (the database's address) in the answer.
  expect(await res.json()).toEqual({ status: res.status === 200 ? "ready" : "not ready" });
  return res.status;
}

/** What the gateway's /readyz answers for this subgraph: through its /readyz, and in-process (`npm start`) through its DataSource. */
async function gatewaySees(): Promise<{ remote: boolean; inProcess: boolean }> {
  const ok = (p: Promise<void>) => p.then(() => true, () => false);
  return { remote: await ok(gatewayReadiness({ relations: url })), inProcess: await ok(gatewayReadiness({ relations: url }, { relations: app })) };
}

async function recovers() {
  await until("a query succeeds again after the database returned", async () => (await ask()).ok);
  for (let i = 0; i < 5; i++) expect(await ask()).toMatchObject({ ok: true, status: 200 });
}

describe("the database goes down mid-traffic", () => {
  it("answers SERVICE_UNAVAILABLE while the connection is cut, keeps serving, and recovers without a restart", async () => {
    expect((await ask()).ok).toBe(true);
    const load = traffic();
    try {
      await until("requests succeed under load", () => load.outcomes.filter((o) => o.ok).length >= 10);
      const cutAt = Date.now();
      const acceptedBefore = proxy.accepted;
      proxy.cut();
      await until("requests fail with SERVICE_UNAVAILABLE", () => load.outcomes.filter((o) => o.at > cutAt && o.codes.includes("SERVICE_UNAVAILABLE")).length >= 10);
      // Not ready while the database is unreachable; alive all the same.
      expect(await ready()).toBe(503);
      // A gateway in front is not ready either, so its load balancer takes it out too.
      expect(await gatewaySees()).toEqual({ remote: false, inProcess: false });
      expect((await fetch(new URL("/healthz", url))).status).toBe(200);
      const okBefore = load.outcomes.length;
      proxy.restore();
      await until("requests succeed again under load", () => load.outcomes.slice(okBefore).filter((o) => o.ok).length >= 10);
      // The cut dropped every pooled connection; recovery went through new ones.
      expect(proxy.accepted).toBeGreaterThan(acceptedBefore);
    } finally {
      await load.stop();
    }
    // Every request got an answer: none hung, none failed at the HTTP level, none was a 5xx.
    expect(load.outcomes.filter((o) => o.status === 0)).toEqual([]);
    expect(load.outcomes.filter((o) => o.status >= 500)).toEqual([]);
    // The only error the outage produced is the contract's SERVICE_UNAVAILABLE.
    const codes = new Set(load.outcomes.flatMap((o) => o.codes));
    expect([...codes]).toEqual(["SERVICE_UNAVAILABLE"]);
    await recovers();
    expect(await ready()).toBe(200);
    expect(await gatewaySees()).toEqual({ remote: true, inProcess: true });
  });

  it("answers SERVICE_UNAVAILABLE within the configured timeouts when the database stops answering (a network partition), and recovers", async () => {
    expect((await ask()).ok).toBe(true);
    proxy.blackhole();
    const during = await Promise.all(Array.from({ length: 4 }, () => ask()));
    for (const o of during) {
      expect(o.status).toBe(200);
      expect(o.ok).toBe(false);
      expect(o.codes.length).toBeGreaterThan(0);
      expect(new Set(o.codes)).toEqual(new Set(["SERVICE_UNAVAILABLE"]));
    }
    proxy.restore();
    await recovers();
  });
});
