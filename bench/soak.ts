import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { createDatabase } from "../src/db/databases.js";
import { QUERIES } from "./queries.js";
import { SERVER_FLAGS } from "./server-flags.js";
import { localStackEnv, rssMb } from "./stack-env.js";

/**
 * npm run soak [-- --duration 60] [-- --connections 50] [-- --warmup 10] [-- --embedded]
 *
 * Starts the whole stack as a user would (node dist/src/main.js: gateway and both subgraphs) on a
 * database of its own (a fresh database on DATABASE_URL's server, else an embedded PGlite in a
 * temporary folder), creates an editor key with the keys command, then sends mixed reads and
 * authenticated writes (createTopic, createSource with unique ids) through the gateway for
 * --duration seconds at --connections connections. Afterwards it checks and prints:
 *   - zero 5xx responses;
 *   - every acknowledged write is present, read back through the gateway, and none is duplicated
 *     (the list holds it once, the audit log has exactly one CREATE for it);
 *   - RSS growth of the server between the first and the last 10 s is under 10% (after --warmup
 *     seconds of the same load, which are not measured but whose writes are checked too).
 * Exits 1 if a check fails. Removes the database (or folder) it made.
 */
const run = promisify(execFile);
const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const duration = Number(flag("duration") ?? "60");
const connections = Number(flag("connections") ?? "50");
/** Load before the measured period: start-up allocation (JIT, pools, caches) is not a leak. */
const warmup = Number(flag("warmup") ?? "10");
const embedded = args.includes("--embedded") || !process.env.DATABASE_URL;
if (!(duration >= 20) || !(connections >= 1) || !(warmup >= 0)) {
  console.error("Usage: npm run soak -- [--duration seconds (>= 20, default 60)] [--connections n (default 50)] [--warmup seconds (default 10)] [--embedded]");
  process.exit(2);
}
// Below Linux's ephemeral ports (32768–60999): a connection attempt to a port nobody listens on yet can be given that
// same port as its source, connect to itself, and leave the port in TIME_WAIT, so the server then fails with EADDRINUSE.
const base = 21000 + Math.floor(Math.random() * 1000) * 10;
const ports = { gateway: base, relations: base + 1, corridors: base + 2 };
const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
const runId = Date.now().toString(36);


async function gql(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<any> {
  const r = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  const j = (await r.json()) as { data?: any; errors?: unknown };
  if (j.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(j.errors).slice(0, 300)}`);
  return j.data;
}

async function waitUp() {
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      if ((await gql("{ __typename }")).__typename === "Query") return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error("the stack did not come up within 180 s");
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function main(): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), "rg-soak-"));
  const db = embedded ? null : await createDatabase(process.env.DATABASE_URL!, { name: `rg_soak_${runId}` });
  const dbUrl = db?.url;
  const dropDb = db ? () => db.drop() : null;
  const env = localStackEnv(ports.gateway, join(work, "pglite"), {
    ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
    LOG_LEVEL: "error",
    NODE_ENV: "production",
    // One client from one address is the whole load here: per-IP and per-key limits off.
    RATE_LIMIT_PER_IP: "0",
    RATE_LIMIT_PER_KEY: "0",
    // One load generator is one client: the per-IP cost budget is a rate limit too (admission bounds stay on).
    RATE_LIMIT_COST_PER_IP: "0",
  });

  let server: ChildProcess | null = null;
  try {
    console.error(`soak: starting the stack (${embedded ? "embedded PGlite" : `PostgreSQL database ${new URL(dbUrl!).pathname.slice(1)}`})…`);
    server = spawn("node", [...SERVER_FLAGS, "dist/src/main.js"], { env, stdio: ["ignore", "ignore", "inherit"] });
    const exited = new Promise<number | null>((r) => server!.once("exit", (code) => r(code)));
    await waitUp();
    const created = await run("node", ["dist/src/main.js", "keys", "create", "--role", "editor", "--name", `soak ${runId}`], { env });
    const key = created.stdout.trim().split("\n").pop()!;
    const authorization = `Bearer ${key}`;

    // The load: reads of every kind, and writes with ids unique to this run.
    let seq = 0;
    const statuses = new Map<number, number>();
    const errorCodes = new Map<string, number>();
    /** The first message seen for each error code, printed with the counts. */
    const firstMessage = new Map<string, string>();
    const acknowledged = { topics: new Set<string>(), sources: new Set<string>() };
    const attempted = { topics: new Set<string>(), sources: new Set<string>() };
    const count = (status: number, body: string) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 200 && status < 300 && !body.includes('"errors"')) return null;
      try {
        const j = JSON.parse(body) as { errors?: { message?: string; extensions?: { code?: string } }[] };
        for (const e of j.errors ?? []) {
          const code = String(e.extensions?.code);
          errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
          if (!firstMessage.has(code)) firstMessage.set(code, String(e.message).slice(0, 200));
        }
        return j;
      } catch {
        errorCodes.set(`(status ${status}, not JSON)`, (errorCodes.get(`(status ${status}, not JSON)`) ?? 0) + 1);
        return null;
      }
    };
    const read = (query: string) => ({
      method: "POST" as const,
      body: JSON.stringify({ query }),
      onResponse: (status: number, body: string) => void count(status, body),
    });
    const write = (kind: "topics" | "sources") => ({
      method: "POST" as const,
      headers: { "content-type": "application/json", authorization },
      setupRequest: (req: any, context: any) => {
        const id = `soak-${runId}-${kind === "topics" ? "t" : "s"}${++seq}`;
        context.id = id;
        attempted[kind].add(id);
        const body =
          kind === "topics"
            ? { query: `mutation($code: ID!) { createTopic(input: { code: $code, name: "Soak topic" }) { code version } }`, variables: { code: id } }
            : {
                query: `mutation($id: ID!) { createSource(input: { id: $id, title: "Soak source", publisher: "soak", url: "https://example.org/soak", language: "en" }) { id version } }`,
                variables: { id },
              };
        return { ...req, body: JSON.stringify(body) };
      },
      onResponse: (status: number, body: string, context: any) => {
        count(status, body);
        if (status !== 200) return;
        try {
          const d = (JSON.parse(body) as { data?: any }).data;
          const got = kind === "topics" ? d?.createTopic?.code : d?.createSource?.id;
          if (got === context.id) acknowledged[kind].add(context.id);
        } catch {
          /* not acknowledged */
        }
      },
    });
    const requests = [read(QUERIES.Q1), read(QUERIES.Q2), write("topics"), read(QUERIES.Q3), read(QUERIES.Q4), write("sources"), read(QUERIES.Q5)];

    // One run: the warm-up, then the measured period; t counts from the start of the measured period.
    const samples: { t: number; mb: number }[] = [];
    const started = Date.now() + warmup * 1000;
    const sampler = setInterval(() => samples.push({ t: (Date.now() - started) / 1000, mb: rssMb(server!.pid!) }), 500);
    console.error(`soak: ${warmup} s warm-up, then ${duration} s measured, at ${connections} connections, 5 kinds of read and 2 of write…`);
    const result = await autocannon({ url: gatewayUrl, connections, duration: warmup + duration, headers: { "content-type": "application/json" }, requests });
    clearInterval(sampler);

    // Read every write back through the gateway.
    const topics: string[] = (await gql(`{ topics { code } }`)).topics.map((t: { code: string }) => t.code);
    const sources: string[] = [];
    for (let after: string | null = null; ; ) {
      const page: any = (await gql(`query($after: String) { sources(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`, { after })).sources;
      sources.push(...page.nodes.map((n: { id: string }) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const missing = [...[...acknowledged.topics].filter((c) => !topics.includes(c)), ...[...acknowledged.sources].filter((s) => !sources.includes(s))];
    const duplicatedInList = [...topics, ...sources].filter((id, i, all) => id.startsWith(`soak-${runId}-`) && all.indexOf(id) !== i);
    // And the audit log, which records each write once, in the write's transaction.
    const dbFor = dbUrl ?? (JSON.parse(readFileSync(`${join(work, "pglite")}.server.json`, "utf8")) as { url: string }).url;
    const c = new pg.Client({ connectionString: dbFor });
    await c.connect();
    const audit = (
      await c.query(`SELECT record_id, count(*)::int AS n FROM relations.audit_entry WHERE operation = 'CREATE' AND record_id LIKE $1 GROUP BY record_id`, [`soak-${runId}-%`])
    ).rows as { record_id: string; n: number }[];
    await c.end();
    const auditTwice = audit.filter((r) => r.n !== 1).map((r) => r.record_id);
    const acked = acknowledged.topics.size + acknowledged.sources.size;
    const presentUnacked = [...attempted.topics, ...attempted.sources].filter((id) => !acknowledged.topics.has(id) && !acknowledged.sources.has(id) && (topics.includes(id) || sources.includes(id))).length;

    // RSS: the first and the last 10 s of the run.
    const first = samples.filter((s) => s.t >= 0 && s.t <= 10);
    const last = samples.filter((s) => s.t >= duration - 10);
    const avg = (xs: { mb: number }[]) => xs.reduce((a, s) => a + s.mb, 0) / Math.max(1, xs.length);
    const rssFirst = avg(first);
    const rssLast = avg(last);
    const growth = (rssLast - rssFirst) / rssFirst;
    const peak = Math.max(...samples.map((s) => s.mb));
    const series = samples.filter((s) => s.t >= 0 && Math.round(s.t * 2) % 20 === 0).map((s) => `${Math.round(s.t)}s ${Math.round(s.mb)}`).join(", ");

    const fivexx = [...statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
    const checks = [
      { name: "zero 5xx responses", ok: fivexx === 0 && result["5xx"] === 0, detail: `${fivexx} 5xx` },
      { name: "no failed or timed-out requests", ok: result.errors === 0 && result.timeouts === 0, detail: `${result.errors} errors, ${result.timeouts} timeouts` },
      { name: "every acknowledged write is present", ok: missing.length === 0 && acked > 0, detail: `${acked} acknowledged, ${missing.length} missing${missing.length ? ` (${missing.slice(0, 5).join(", ")})` : ""}` },
      { name: "no write duplicated", ok: duplicatedInList.length === 0 && auditTwice.length === 0, detail: `${duplicatedInList.length} repeated in lists, ${auditTwice.length} with other than one CREATE audit entry` },
      { name: "RSS growth first 10 s → last 10 s under 10%", ok: growth < 0.1, detail: `${rssFirst.toFixed(1)} MB → ${rssLast.toFixed(1)} MB (${(growth * 100).toFixed(1)}%), peak ${peak.toFixed(1)} MB` },
    ];

    const f = (x: number, d = 1) => x.toFixed(d);
    console.log(`\nrelations-graph soak, ${new Date().toISOString()}, ${embedded ? "embedded PGlite" : "PostgreSQL server"}, ${warmup} s warm-up + ${duration} s, ${connections} connections`);
    console.log(`requests: ${result.requests.total} (${f(result.requests.average)}/s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
    console.log(`status codes: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(", ")}`);
    console.log(`GraphQL error codes: ${errorCodes.size ? [...errorCodes].map(([c, n]) => `${c}: ${n}`).join(", ") : "none"}`);
    for (const [c, m] of firstMessage) console.log(`  first ${c}: ${m}`);
    console.log(
      `writes: ${attempted.topics.size + attempted.sources.size} sent, ${acked} acknowledged (${acknowledged.topics.size} topics, ${acknowledged.sources.size} sources), ${presentUnacked} unacknowledged but present`,
    );
    console.log(`RSS of the server process (MB) every 10 s: ${series}`);
    for (const ch of checks) console.log(`${ch.ok ? "PASS" : "FAIL"}  ${ch.name}: ${ch.detail}`);

    server.kill("SIGTERM");
    const code = await Promise.race([exited, new Promise<string>((r) => setTimeout(() => r("timeout"), 30_000))]);
    console.log(`server stopped on SIGTERM: ${code === "timeout" ? "did not exit within 30 s" : `exit code ${code}`}`);
    server = null;
    return checks.every((c) => c.ok);
  } finally {
    if (server && server.exitCode === null) {
      const gone = new Promise((r) => server!.once("exit", r));
      server.kill("SIGKILL");
      await gone;
    }
    await dropDb?.();
    rmSync(work, { recursive: true, force: true });
    console.error(`soak: removed ${embedded ? `the temporary folder ${work}` : "the soak database"}`);
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
