import "reflect-metadata";
import { spawn, execFile, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import pino from "pino";
import { committedSubgraphs, composeSupergraph } from "../src/gateway/compose.js";
import { createGatewayServer } from "../src/gateway/gateway.js";
import { encodeCursor } from "../src/graphql/pagination.js";
import { createSubgraphApp, openAuth, type SubgraphApp } from "../src/root.js";
import { startEmbeddedPostgres } from "../src/db/embedded.js";
import { createDatabase, databaseName } from "../src/db/databases.js";
import { loadConfig } from "../src/config.js";
import { httpSettings, serveGateway, serveSubgraph } from "../src/http/serve.js";
import type { HttpServer } from "../src/http/server.js";
import { QUERIES, type QueryName } from "./queries.js";
import { SERVER_FLAGS } from "./server-flags.js";
import { localStackEnv, rssMb } from "./stack-env.js";
import { SUBGRAPH_NAMES } from "../src/subgraphs/registry.js";

/**
 * npm run bench [-- --embedded] [-- --quick]
 * Starts the whole stack as a user would (node dist/src/main.js), fills it with the real dataset and
 * synthetic data at each scale, and measures the canonical queries through the gateway with
 * autocannon; Q1/Q2 also directly on the relations subgraph, Q2/Q4 also against a bare node:http
 * server with one hand-written SQL statement. Prints a table and writes bench/results/<time>.json.
 */
const run = promisify(execFile);
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const embedded = args.includes("--embedded") || !process.env.DATABASE_URL;
const scales = quick ? [0.05, 0.5] : [1, 10];
const duration = quick ? 2 : 10;
const connections = quick ? 4 : 10;
const base = 43000 + Math.floor(Math.random() * 1000) * 10;
const ports = { gateway: base, relations: base + 1, corridors: base + 2, baseline: base + 3, stats: base + 4 };
const silent = pino({ level: "silent" });

interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}


async function waitFor(url: string, body: string) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body });
      if (r.status < 500) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function load(url: string, body: string | null, method: "POST" | "GET", seconds: number): Promise<Measure> {
  const result = await autocannon({
    url,
    method,
    connections,
    duration: seconds,
    headers: { "content-type": "application/json" },
    ...(body ? { body } : {}),
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

async function stopChild(ch: ChildProcess) {
  if (ch.exitCode !== null || ch.signalCode !== null) return;
  const exited = new Promise((r) => ch.once("exit", r));
  ch.kill("SIGINT");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

async function gql(url: string, query: string) {
  const r = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  const j = (await r.json()) as { errors?: unknown };
  if (j.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(j.errors).slice(0, 300)}`);
}

/** SQL statements per request for each query, through an in-process gateway over both subgraphs. */
async function statementsPerRequest(url: string, queries: Record<QueryName, string>): Promise<Record<QueryName, number>> {
  const { auth, stop } = await openAuth(url, 1, silent);
  const apps: SubgraphApp[] = [];
  const servers: HttpServer[] = [];
  const urls: Record<string, string> = {};
  const http = { ...httpSettings(loadConfig({ HOST: "127.0.0.1", NODE_ENV: "production" })), rateLimit: undefined };
  for (const name of SUBGRAPH_NAMES) {
    const app = await createSubgraphApp(name, { url, poolMax: 1, log: silent, exposeInternals: false, auth, cache: { RESPONSE_CACHE: "off" } });
    const served = await serveSubgraph(app, 0, http, silent);
    servers.push(served);
    apps.push(app);
    urls[name] = `${served.url}graphql`;
  }
  const gateway = createGatewayServer({ supergraphSdl: composeSupergraph(committedSubgraphs()).supergraphSdl, urls, log: silent, exposeInternals: false, limits: http.limits });
  const servedGateway = await serveGateway(gateway, urls, 0, http, silent);
  const g = servedGateway.url;
  const out = {} as Record<QueryName, number>;
  try {
    for (const [q, text] of Object.entries(queries) as [QueryName, string][]) {
      await gql(`${g}graphql`, text);
      const before = apps.reduce((n, a) => n + a.sql.statements, 0);
      await gql(`${g}graphql`, text);
      out[q] = apps.reduce((n, a) => n + a.sql.statements, 0) - before;
    }
  } finally {
    await servedGateway.stop();
    for (const s of servers) await s.stop();
    for (const a of apps) await a.stop();
    await stop();
  }
  return out;
}

async function benchScale(scale: number) {
  const work = mkdtempSync(join(tmpdir(), "rg-bench-"));
  const db = embedded ? null : await createDatabase(process.env.DATABASE_URL!, { name: databaseName("rg_bench") });
  const dbUrl = db?.url;
  const dropDb = db ? () => db.drop() : null;
  const env = localStackEnv(ports.gateway, join(work, "pglite"), {
    ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
    LOG_LEVEL: "error",
    NODE_ENV: "production",
    // The load comes from one address; rate limiting is measured apart (it would cap every figure).
    RATE_LIMIT_PER_IP: "0",
    RATE_LIMIT_PER_KEY: "0",
    // One load generator is one client: the per-IP cost budget is a rate limit too (admission bounds stay on).
    RATE_LIMIT_COST_PER_IP: "0",
  });
  const started = Date.now();
  await run("node", ["dist/src/main.js", "seed"], { env, maxBuffer: 1 << 26 });
  await run("node", ["dist/src/main.js", "seed:synthetic", "--scale", String(scale)], { env, maxBuffer: 1 << 26 });
  const seedSeconds = (Date.now() - started) / 1000;

  const children: ChildProcess[] = [];
  try {
    // Before the server starts, so the embedded database's folder is free for this process.
    const own = embedded ? await startEmbeddedPostgres({ dataDir: join(work, "pglite"), port: 0, maxConnections: 5 }) : null;
    let queries: Record<QueryName, string>;
    let statements: Record<QueryName, number>;
    let n: number;
    try {
      const url = own?.url ?? dbUrl!;
      // Q6: a page 1,000 pages deep (or as deep as the data goes), by cursor.
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      [{ n }] = (await c.query(`SELECT count(*)::int AS n FROM relations.agreement`)).rows;
      const offset = Math.max(0, Math.min(1000 * 20, n - 21));
      const [row] = (await c.query(`SELECT coalesce(signed_on, DATE '0001-01-01')::text AS k, id FROM relations.agreement ORDER BY coalesce(signed_on, DATE '0001-01-01') DESC, id DESC OFFSET $1 LIMIT 1`, [offset])).rows;
      await c.end();
      queries = { ...QUERIES, Q6: QUERIES.Q6(encodeCursor("agreements:SIGNED_ON_DESC", [row.k, row.id])) } as Record<QueryName, string>;
      statements = await statementsPerRequest(url, queries);
    } finally {
      await own?.stop();
    }

    // Headline figures with response caching off; the cached figures come after, from a second start.
    let server = spawn("node", [...SERVER_FLAGS, "dist/src/main.js"], { env: { ...env, RESPONSE_CACHE: "off" }, stdio: "ignore" });
    children.push(server);
    const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
    const relationsUrl = `http://127.0.0.1:${ports.relations}/graphql`;
    await waitFor(gatewayUrl, JSON.stringify({ query: "{ __typename }" }));
    const url = dbUrl ?? (JSON.parse(readFileSync(`${join(work, "pglite")}.server.json`, "utf8")) as { url: string }).url;

    const baseline = spawn("node", ["dist/bench/baseline.js"], { env: { ...env, DATABASE_URL: url, BASELINE_PORT: String(ports.baseline), BASELINE_POOL: embedded ? "1" : "10" }, stdio: "ignore" });
    children.push(baseline);
    await new Promise((r) => setTimeout(r, 1000));

    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(server.pid!))), 200);
    const results: Record<string, Measure & { statements?: number }> = {};
    const measure = async (label: string, target: string, body: string | null, method: "POST" | "GET" = "POST") => {
      await load(target, body, method, 1); // warm up
      results[label] = await load(target, body, method, duration);
    };
    for (const q of Object.keys(queries) as QueryName[]) {
      await gql(gatewayUrl, queries[q]);
      await measure(q, gatewayUrl, JSON.stringify({ query: queries[q] }));
      results[q].statements = statements[q];
    }
    for (const q of ["Q1", "Q2"] as const) await measure(`${q} direct`, relationsUrl, JSON.stringify({ query: queries[q] }));
    for (const q of ["Q2", "Q4"] as const) await measure(`${q} baseline`, `http://127.0.0.1:${ports.baseline}/${q.toLowerCase()}`, null, "GET");
    clearInterval(sampler);
    await stopChild(server);
    server = spawn("node", [...SERVER_FLAGS, "dist/src/main.js"], { env: { ...env, RESPONSE_CACHE: "on" }, stdio: "ignore" });
    children.push(server);
    await waitFor(gatewayUrl, JSON.stringify({ query: "{ __typename }" }));
    for (const q of Object.keys(queries) as QueryName[]) await measure(`${q} cached`, gatewayUrl, JSON.stringify({ query: queries[q] }));
    return { scale, agreements: n, seedSeconds, peakRssMb: Math.round(peak), results };
  } finally {
    for (const ch of children.reverse()) await stopChild(ch);
    await dropDb?.();
    rmSync(work, { recursive: true, force: true });
  }
}

const runs = [];
for (const scale of scales) {
  console.error(`scale ${scale}: seeding and measuring (${duration} s a query, ${connections} connections)…`);
  runs.push(await benchScale(scale));
}

const f = (x: number, d = 1) => x.toFixed(d);
console.log(`\nrelations-graph bench, ${new Date().toISOString()}, ${embedded ? "embedded PGlite" : "PostgreSQL server"}, ${duration} s per query, ${connections} connections`);
for (const r of runs) {
  console.log(`\nscale ${r.scale}: ${r.agreements} agreements, seeded in ${f(r.seedSeconds)} s, peak RSS of our process ${r.peakRssMb} MB`);
  console.log("query        req/s     p50 ms   p99 ms   errors   SQL/request");
  for (const [label, m] of Object.entries(r.results)) {
    console.log(`${label.padEnd(12)} ${f(m.rps).padStart(8)} ${f(m.p50).padStart(9)} ${f(m.p99).padStart(8)} ${String(m.errors).padStart(8)}   ${m.statements ?? ""}`);
  }
  const x = r.results;
  const cached = Object.keys(x).filter((k) => k.endsWith(" cached")).map((k) => `${k.slice(0, 2)} ${f(x[k].rps / x[k.slice(0, 2)].rps, 1)}×`);
  if (cached.length) console.log(`cached/uncached (req/s, through the gateway): ${cached.join(", ")}`);
  console.log(`gateway/direct (latency p50): Q1 ${f(x.Q1.p50 / x["Q1 direct"].p50, 2)}, Q2 ${f(x.Q2.p50 / x["Q2 direct"].p50, 2)}`);
  console.log(`direct/baseline (req/s): Q2 ${f(x["Q2 direct"].rps / x["Q2 baseline"].rps, 2)}; gateway/baseline (req/s): Q2 ${f(x.Q2.rps / x["Q2 baseline"].rps, 2)}, Q4 ${f(x.Q4.rps / x["Q4 baseline"].rps, 2)}`);
}
if (runs.length === 2) {
  const [a, b] = runs;
  console.log(`\ngrowth scale ${b.scale} / scale ${a.scale} (p50 latency): ${(Object.keys(a.results) as string[]).filter((q) => !q.endsWith(" cached")).map((q) => `${q} ${f(b.results[q].p50 / Math.max(a.results[q].p50, 0.01), 2)}`).join(", ")}`);
}
mkdirSync("bench/results", { recursive: true });
const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), embedded, quick, duration, connections, runs }, null, 2));
console.log(`\nwrote ${file}`);
process.exit(0);
