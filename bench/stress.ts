import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { Redis } from "ioredis";
import { createDatabase } from "../src/db/databases.js";
import { SERVER_FLAGS } from "./server-flags.js";
import { localStackEnv, rssMb } from "./stack-env.js";
import { SUBGRAPH_NAMES } from "../src/subgraphs/registry.js";

/**
 * npm run stress [-- --duration 60] [-- --clients 60] [-- --short] [-- --setup production|embedded|both] [-- --only abcde] [-- --env NAME=VALUE …]
 *
 * Hostile load against the server's default protections, in two setups (default both):
 *   production  three processes (`relations`, `corridors`, `gateway`, each `node --max-old-space-size=256
 *               dist/src/main.js <part>`) with NODE_ENV=production, a random ROUTER_SECRET, Redis
 *               (REDIS_URL, default redis://127.0.0.1:6379, under a prefix of this run's own) and a fresh
 *               database rg_stress_<runid> on DATABASE_URL's server, migrated and seeded first (skipped,
 *               with a message, when DATABASE_URL is unset);
 *   embedded    `node --max-old-space-size=256 dist/src/main.js` (all in one process, embedded PGlite in
 *               a temporary folder), as `npm start` runs it.
 * Rate limits, cost limits and admission keep their defaults: the point is that the defaults hold.
 * (Only LOG_LEVEL=error is set, so the servers do not spend the run writing access logs. `--env`
 * overrides a server variable and `--only` runs some attack kinds only (by letter, `--only ab`),
 * for experiments; a pass then says nothing about the defaults.)
 *
 * For --duration seconds (default 60; --short: 15 s and 50 clients) --clients hostile clients
 * (default 60), all from 127.0.0.1, each send back to back, in turn: 15 aliases of a 100-country
 * page with neighbours (alias names random, so no cache helps); batches of 5 of those; `_entities`
 * floods of 5,000 and 20,000 Country representations straight to the relations subgraph (without
 * and, in production, with the router secret); 40,000 levels of nested JSON (80 KB) to the gateway
 * and to the subgraph; a forged cursor, a year-0 date filter, an unknown persisted-query hash and
 * an `_entities` representation of an unknown type. One writer with an editor key (made with the
 * keys command) sends createTopic back to back and remembers every acknowledged id. Meanwhile one
 * light client, from the same address, asks `{ country(code: "IR") { name } }` back to back
 * through the gateway (in a worker thread of its own, so its latency is not this process's).
 * RSS of each server process is sampled every 500 ms.
 *
 * Prints, per setup: answers by HTTP status and error code, per attack kind; the light client's
 * count, share of 200 answers with data, p50 and p99 latency; peak RSS per process; whether every
 * process is alive with its pid of the start; writes acknowledged and missing when read back; and
 * a markdown table for the README.
 *
 * Passes (else exits 1, printing why) when, in every setup run: no server process died or was
 * restarted; at least 99% of the light client's queries were 200 with data; every acknowledged
 * write reads back; no answer was a 5xx other than 503, none carried INTERNAL_SERVER_ERROR, and no
 * request failed without an answer (a connection error or a 90 s timeout).
 * Removes what it made: processes (SIGTERM, SIGKILL after 10 s), database, folders, Redis keys.
 */

// ---------------------------------------------------------------------------------------------
// The light client: a worker thread of its own, so the attackers' work in the main event loop does not inflate its latency.

interface LightResult {
  count: number;
  ok: number;
  latencies: number[];
  tally: [string, number][];
  failures: [string, string][];
  examples: Examples;
}

/** Answers other than "200 ok": by status and code, then by message with its numbers blanked (which limit said no), the first such message, who got it and how often. */
type Examples = Map<string, Map<string, { message: string; who: string; n: number }>>;

function noteExample(examples: Examples, v: Verdict, who: string) {
  if (v.key === "200 ok") return;
  const byShape = examples.get(v.key) ?? new Map();
  examples.set(v.key, byShape);
  const shape = v.message.replace(/\d+/g, "#");
  const e = byShape.get(shape) ?? { message: v.message, who, n: 0 };
  byShape.set(shape, e);
  e.n++;
}

if (!isMainThread) {
  const { url } = workerData as { url: string };
  let stopped = false;
  parentPort!.on("message", (m) => {
    if (m === "stop") stopped = true;
  });
  const body = JSON.stringify({ query: `{ country(code: "IR") { name } }` });
  const result: LightResult = { count: 0, ok: 0, latencies: [], tally: [], failures: [], examples: new Map() };
  const tally = new Map<string, number>();
  const failures = new Map<string, string>();
  (async () => {
    while (!stopped) {
      const a = await send(url, body, {});
      result.count++;
      result.latencies.push(a.ms);
      const v = verdict(a);
      tally.set(v.key, (tally.get(v.key) ?? 0) + 1);
      if (v.failure && !failures.has(v.key)) failures.set(v.key, v.message);
      noteExample(result.examples, v, "light client");
      if (a.status === 200 && v.json?.data?.country?.name === "Iran") result.ok++;
    }
    result.tally = [...tally];
    result.failures = [...failures];
    parentPort!.postMessage(result);
  })();
}

// ---------------------------------------------------------------------------------------------
// Requests and what their answers say.

interface Answer {
  /** HTTP status; 0 when no answer came (connection error, timeout). */
  status: number;
  text: string;
  ms: number;
  error?: string;
}

async function send(url: string, body: string, headers: Record<string, string>): Promise<Answer> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body, signal: AbortSignal.timeout(90_000) });
    const text = await res.text();
    return { status: res.status, text, ms: performance.now() - t0 };
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    return { status: 0, text: "", ms: performance.now() - t0, error: e.cause?.code ?? e.name ?? "Error" };
  }
}

interface Verdict {
  /** "200 ok", "429 RATE_LIMITED", "200 QUERY_TOO_COMPLEX+BAD_USER_INPUT", "error ECONNRESET". */
  key: string;
  /** A 5xx other than 503, an INTERNAL_SERVER_ERROR, or no answer at all. */
  failure: boolean;
  message: string;
  json?: any;
}

function verdict(a: Answer): Verdict {
  if (a.status === 0) return { key: `error ${a.error}`, failure: true, message: a.error ?? "" };
  let json: any;
  try {
    json = JSON.parse(a.text);
  } catch {
    return { key: `${a.status} (not JSON)`, failure: a.status >= 500 && a.status !== 503, message: a.text.slice(0, 200) };
  }
  const results: any[] = Array.isArray(json) ? json : [json];
  const codes = new Set<string>();
  let message = "";
  for (const r of results) {
    for (const e of r?.errors ?? []) {
      codes.add(String(e?.extensions?.code ?? "no code"));
      if (!message) message = String(e?.message).slice(0, 200);
    }
  }
  const key = `${a.status} ${codes.size ? [...codes].sort().join("+") : "ok"}`;
  return { key, failure: (a.status >= 500 && a.status !== 503) || codes.has("INTERNAL_SERVER_ERROR"), message, json };
}

// ---------------------------------------------------------------------------------------------
// The main program.

if (isMainThread) {
  const run = promisify(execFile);
  const args = process.argv.slice(2);
  const flag = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
  const short = args.includes("--short");
  const duration = Number(flag("duration") ?? (short ? "15" : "60"));
  const clients = Number(flag("clients") ?? (short ? "50" : "60"));
  const setupArg = flag("setup") ?? "both";
  /** Attack kinds to run, by letter (a–e; default all): for finding which one hurts. */
  const only = flag("only") ?? "abcde";
  const overrides: Record<string, string> = {};
  args.forEach((a, i) => {
    if (a === "--env" && /^[A-Z_][A-Z0-9_]*=/.test(args[i + 1] ?? "")) {
      const [k, ...v] = args[i + 1].split("=");
      overrides[k] = v.join("=");
    }
  });
  if (!(duration >= 5) || !(clients >= 1) || !["production", "embedded", "both"].includes(setupArg) || args.some((a, i) => a === "--env" && !(args[i + 1] ?? "").includes("="))) {
    console.error("Usage: npm run stress -- [--duration seconds (>= 5, default 60)] [--clients n (default 60)] [--short] [--setup production|embedded|both] [--only abcde] [--env NAME=VALUE …]");
    process.exit(2);
  }
  const ADMIN_URL = process.env.DATABASE_URL;
  const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const log = (s: string) => console.error(`stress: ${s}`);
  /** What to undo if the run is interrupted (Ctrl-C). */
  const undo = new Set<() => Promise<void>>();
  process.once("SIGINT", () => {
    log("interrupted; cleaning up");
    void Promise.allSettled([...undo].map((f) => f())).then(() => process.exit(130));
  });

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


  function portFree(port: number): Promise<boolean> {
    return new Promise((resolve) => {
      const s = net.createServer();
      s.once("error", () => resolve(false));
      s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
    });
  }

  /** Four free ports in a row within 31000-31999: gateway, relations, corridors (localStackEnv's layout), and one spare. */
  async function portBase(): Promise<number> {
    for (let tries = 0; tries < 50; tries++) {
      const base = 31000 + Math.floor(Math.random() * 99) * 10;
      if ((await Promise.all([0, 1, 2, 3].map((i) => portFree(base + i)))).every(Boolean)) return base;
    }
    throw new Error("no four free ports in a row in 31000-31999");
  }

  async function waitReady(url: string, what: string, timeoutMs = 180_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const r = await fetch(url, { signal: AbortSignal.timeout(5000) });
        await r.body?.cancel();
        if (r.status === 200) return;
      } catch {
        /* not yet */
      }
      if (Date.now() > deadline) throw new Error(`${what} (${url}) was not ready within ${timeoutMs / 1000} s`);
      await sleep(300);
    }
  }

  /** The gateway answers GraphQL (its /readyz says the subgraphs are up, this says the schema is there). */
  async function waitUp(gateway: string) {
    const deadline = Date.now() + 180_000;
    for (;;) {
      const a = await send(gateway, JSON.stringify({ query: "{ __typename }" }), {});
      if (a.status === 200 && verdict(a).json?.data?.__typename === "Query") return;
      if (Date.now() > deadline) throw new Error(`the gateway did not answer within 180 s (last: ${a.status} ${a.text.slice(0, 200)})`);
      await sleep(300);
    }
  }

  interface Proc {
    name: string;
    proc: ChildProcess;
    pid: number;
    exit?: string;
    peakMb: number;
    /** Log lines by level and message (JSON lines), and anything else the process wrote to stderr. */
    logs: Map<string, number>;
    other: string[];
  }

  function start(name: string, argv: string[], env: NodeJS.ProcessEnv): Proc {
    const proc = spawn("node", argv, { env, stdio: ["ignore", "ignore", "pipe"] });
    const p: Proc = { name, proc, pid: proc.pid!, peakMb: 0, logs: new Map(), other: [] };
    let rest = "";
    proc.stderr!.on("data", (d: Buffer) => {
      const lines = (rest + d.toString()).split("\n");
      rest = lines.pop()!;
      for (const line of lines) {
        if (!line.trim()) continue;
        try {
          const j = JSON.parse(line) as { level?: number; msg?: string; res?: { statusCode?: number } };
          const k = `level ${j.level}${j.res?.statusCode ? ` ${j.res.statusCode}` : ""} "${String(j.msg).slice(0, 80)}"`;
          p.logs.set(k, (p.logs.get(k) ?? 0) + 1);
        } catch {
          if (p.other.length < 40) p.other.push(line.slice(0, 300));
        }
      }
    });
    proc.once("exit", (code, signal) => {
      p.exit = `exit code ${code}${signal ? `, signal ${signal}` : ""}`;
    });
    return p;
  }

  async function stop(p: Proc) {
    if (p.proc.exitCode !== null || p.proc.signalCode !== null) return;
    const gone = new Promise((r) => p.proc.once("exit", r));
    p.proc.kill("SIGTERM");
    await Promise.race([gone, sleep(10_000)]);
    if (p.proc.exitCode === null && p.proc.signalCode === null) {
      p.proc.kill("SIGKILL");
      await Promise.race([gone, sleep(5000)]);
    }
  }

  function alive(p: Proc): boolean {
    try {
      process.kill(p.pid, 0);
    } catch {
      return false;
    }
    return p.proc.exitCode === null && p.proc.signalCode === null && p.proc.pid === p.pid;
  }

  interface Stack {
    setup: "production" | "embedded";
    gateway: string;
    relations: string;
    secret?: string;
    key: string;
    procs: Proc[];
    describe: string;
  }

  // The attacks. Each kind is a function that sends one request and returns its answer.
  const COUNTRY_PAGE = "countries(first: 100) { nodes { code name officialName capital region neighbours { code name officialName capital } } }";
  const aliasQuery = () => {
    const r = randomBytes(4).toString("hex");
    return `query Heavy_${r} { ${Array.from({ length: 15 }, (_, i) => `c${r}_${i}: ${COUNTRY_PAGE}`).join(" ")} }`;
  };
  const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Country { neighbours { code } } } }`;
  const entitiesBody = (n: number) => JSON.stringify({ query: ENTITIES, variables: { representations: Array.from({ length: n }, () => ({ __typename: "Country", code: "IR" })) } });
  const ENTITIES_5K = entitiesBody(5000);
  const ENTITIES_20K = entitiesBody(20_000);
  const DEEP = `{"query":"{ __typename }","variables":{"v":${"[".repeat(40_000)}${"]".repeat(40_000)}}}`;
  const FORGED_CURSOR = Buffer.from(JSON.stringify(["agreements:SIGNED_ON_DESC", "2025-02-30", "x"])).toString("base64url");
  const CURSOR_BODY = JSON.stringify({ query: `query($c: String) { agreements(first: 5, after: $c, orderBy: SIGNED_ON_DESC) { nodes { id } } }`, variables: { c: FORGED_CURSOR } });
  const YEAR0_BODY = JSON.stringify({ query: `{ agreements(filter: { signedFrom: "0000-01-01" }) { nodes { id } } }` });
  const NOPE_BODY = JSON.stringify({ query: `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`, variables: { r: [{ __typename: "Nope", code: "IR" }] } });

  type Attack = { kind: string; weight: number; send: () => Promise<Answer> };

  function attacks(s: Stack): Attack[] {
    const g = (body: () => string) => () => send(s.gateway, body(), {});
    const sub = (body: string, withSecret: boolean) => () => send(s.relations, body, withSecret && s.secret ? { "router-authorization": s.secret } : {});
    const list: Attack[] = [
      { kind: "a 15 aliases × 100 countries", weight: 3, send: g(() => JSON.stringify({ query: aliasQuery() })) },
      { kind: "b batch of 5 × (a)", weight: 2, send: g(() => JSON.stringify(Array.from({ length: 5 }, () => ({ query: aliasQuery() })))) },
    ];
    const where = s.secret ? " → relations, no secret" : " → relations (no secret configured)";
    list.push({ kind: `c _entities × 5,000${where}`, weight: 1, send: sub(ENTITIES_5K, false) }, { kind: `c _entities × 20,000${where}`, weight: 1, send: sub(ENTITIES_20K, false) });
    if (s.secret) list.push({ kind: "c _entities × 5,000 → relations, with secret", weight: 1, send: sub(ENTITIES_5K, true) }, { kind: "c _entities × 20,000 → relations, with secret", weight: 1, send: sub(ENTITIES_20K, true) });
    list.push({ kind: "d deep JSON (40,000 levels) → gateway", weight: 1, send: g(() => DEEP) });
    if (s.secret) list.push({ kind: "d deep JSON → relations, no secret", weight: 1, send: sub(DEEP, false) }, { kind: "d deep JSON → relations, with secret", weight: 1, send: sub(DEEP, true) });
    else list.push({ kind: "d deep JSON → relations", weight: 1, send: sub(DEEP, false) });
    list.push(
      { kind: "e forged cursor (2025-02-30)", weight: 1, send: g(() => CURSOR_BODY) },
      { kind: "e signedFrom 0000-01-01", weight: 1, send: g(() => YEAR0_BODY) },
      { kind: "e unknown APQ hash", weight: 1, send: g(() => JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: randomBytes(32).toString("hex") } } })) },
      { kind: `e _entities __typename "Nope" → relations${s.secret ? ", with secret" : ""}`, weight: 1, send: sub(NOPE_BODY, true) },
    );
    return list;
  }

  async function createKey(env: NodeJS.ProcessEnv): Promise<string> {
    const created = await run("node", ["dist/src/main.js", "keys", "create", "--role", "editor", "--name", `stress ${runId}`], { env });
    return created.stdout.trim().split("\n").pop()!;
  }

  // ---------------------------------------------------------------------------------------------

  interface Outcome {
    setup: string;
    ok: boolean;
    reasons: string[];
    row: string;
  }

  async function runSetup(setup: "production" | "embedded"): Promise<Outcome> {
    const work = mkdtempSync(join(tmpdir(), `rg-stress-${setup}-`));
    const base = await portBase();
    const cleanups: (() => Promise<void>)[] = [];
    const cleanup = async () => {
      for (const f of cleanups.splice(0).reverse()) await f().catch((err) => log(`cleanup step failed: ${(err as Error).message}`));
    };
    undo.add(cleanup);
    cleanups.push(async () => rmSync(work, { recursive: true, force: true }));
    try {
      let stack: Stack;
      if (setup === "production") {
        const dbName = `rg_stress_${runId}`;
        const db = await createDatabase(ADMIN_URL!, { name: dbName });
        cleanups.push(db.drop);
        const prefix = `rg-stress-${runId}:`;
        const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 3000, lazyConnect: true });
        await redis.connect();
        await redis.ping();
        cleanups.push(async () => {
          const keys: string[] = [];
          for (let cursor = "0"; ; ) {
            const [next, batch] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
            keys.push(...batch);
            cursor = next;
            if (cursor === "0") break;
          }
          if (keys.length) await redis.del(...keys);
          redis.disconnect();
          log(`deleted ${keys.length} Redis keys ${prefix}*`);
        });
        const secret = randomBytes(24).toString("hex");
        const env = localStackEnv(base, join(work, "pglite"), {
          NODE_ENV: "production",
          LOG_LEVEL: "error",
          DATABASE_URL: db.url,
          REDIS_URL,
          REDIS_KEY_PREFIX: prefix,
          ROUTER_SECRET: secret,
          ...overrides,
        });
        log(`production: fresh database ${dbName}; migrate and seed`);
        await run("node", ["dist/src/main.js", "seed"], { env, maxBuffer: 1 << 26 });
        const key = await createKey(env);
        const procs: Proc[] = [];
        cleanups.push(async () => {
          for (const p of [...procs].reverse()) await stop(p);
        });
        // Each subgraph on the port after the gateway's, in the registry's order (localStackEnv).
        for (const part of SUBGRAPH_NAMES) procs.push(start(part, [...SERVER_FLAGS, "dist/src/main.js", part], env));
        for (const [i, part] of SUBGRAPH_NAMES.entries()) await waitReady(`http://127.0.0.1:${base + 1 + i}/readyz`, part);
        procs.push(start("gateway", [...SERVER_FLAGS, "dist/src/main.js", "gateway"], env));
        await waitReady(`http://127.0.0.1:${base}/readyz`, "gateway");
        stack = {
          setup,
          gateway: `http://127.0.0.1:${base}/graphql`,
          relations: `http://127.0.0.1:${base + 1}/graphql`,
          secret,
          key,
          procs,
          describe: `production: 3 processes (relations :${base + 1}, corridors :${base + 2}, gateway :${base}), PostgreSQL database ${dbName}, Redis prefix ${prefix}`,
        };
      } else {
        const env = localStackEnv(base, join(work, "pglite"), { LOG_LEVEL: "error", PGLITE_PORT: String(base + 3), ...overrides });
        log(`embedded: starting node ${SERVER_FLAGS.join(" ")} dist/src/main.js (PGlite in ${work}; the first start migrates and seeds)`);
        const procs = [start("all", [...SERVER_FLAGS, "dist/src/main.js"], env)];
        cleanups.push(async () => stop(procs[0]));
        await waitReady(`http://127.0.0.1:${base}/readyz`, "the stack");
        const key = await createKey(env);
        stack = {
          setup,
          gateway: `http://127.0.0.1:${base}/graphql`,
          relations: `http://127.0.0.1:${base + 1}/graphql`,
          key,
          procs,
          describe: `embedded: 1 process (gateway :${base}, relations :${base + 1}, corridors :${base + 2}), PGlite, NODE_ENV ${env.NODE_ENV ?? "unset"}`,
        };
      }
      await waitUp(stack.gateway);
      return await load(stack);
    } finally {
      await cleanup();
      undo.delete(cleanup);
    }
  }

  async function load(s: Stack): Promise<Outcome> {
    const pidsAtStart = s.procs.map((p) => p.pid);
    const kinds = attacks(s).filter((k) => only.includes(k.kind[0]));
    if (!kinds.length) throw new Error(`--only ${only}: no attack kind left (use letters a to e)`);
    const schedule = kinds.flatMap((k) => Array.from({ length: k.weight }, () => k));
    const tally = new Map<string, Map<string, number>>();
    const failures = new Map<string, string>();
    const examples: Examples = new Map();
    const record = (kind: string, a: Answer) => {
      const v = verdict(a);
      const t = tally.get(kind) ?? new Map<string, number>();
      tally.set(kind, t);
      t.set(v.key, (t.get(v.key) ?? 0) + 1);
      if (v.failure && !failures.has(`${kind}: ${v.key}`)) failures.set(`${kind}: ${v.key}`, v.message);
      noteExample(examples, v, kind);
      return v;
    };
    for (const k of kinds) tally.set(k.kind, new Map());

    const sampler = setInterval(() => {
      for (const p of s.procs) p.peakMb = Math.max(p.peakMb, rssMb(p.pid));
    }, 500);
    log(`${s.describe}`);
    log(`${duration} s: ${clients} hostile clients, 1 writer, 1 light client, all from 127.0.0.1`);

    let running = true;
    const light = new Worker(new URL(import.meta.url), { workerData: { url: s.gateway } });
    const lightDone = new Promise<LightResult>((resolve, reject) => {
      light.once("message", resolve);
      light.once("error", reject);
    });

    const attacker = async (i: number) => {
      for (let n = i; running; n++) {
        const k = schedule[n % schedule.length];
        record(k.kind, await k.send());
      }
    };
    const acknowledged: string[] = [];
    let writesSent = 0;
    const writer = async () => {
      const headers = { authorization: `Bearer ${s.key}` };
      while (running) {
        const code = `stress-${runId}-${++writesSent}`;
        const a = await send(s.gateway, JSON.stringify({ query: `mutation($code: ID!) { createTopic(input: { code: $code, name: "Stress topic" }) { code } }`, variables: { code } }), headers);
        const v = record("f createTopic (editor key)", a);
        if (a.status === 200 && !v.json?.errors && v.json?.data?.createTopic?.code === code) acknowledged.push(code);
      }
    };
    const started = Date.now();
    const all = [...Array.from({ length: clients }, (_, i) => attacker(i)), writer()];
    const progress = setInterval(() => {
      const sent = [...tally.values()].reduce((a, t) => a + [...t.values()].reduce((x, y) => x + y, 0), 0);
      log(`${Math.round((Date.now() - started) / 1000)} s: ${sent} attacker and writer answers, ${acknowledged.length} writes acknowledged, RSS ${s.procs.map((p) => `${p.name} ${rssMb(p.pid).toFixed(0)} MB`).join(", ")}`);
    }, 10_000);
    await sleep(duration * 1000);
    running = false;
    light.postMessage("stop");
    clearInterval(progress);
    log("load over; waiting for the requests in flight");
    await Promise.all(all);
    const lr = await lightDone;
    await light.terminate();
    const elapsed = (Date.now() - started) / 1000;

    // Read every acknowledged write back through the gateway: 15 aliases an operation, 5 operations a request; retried while rate-limited.
    log(`reading back ${acknowledged.length} acknowledged writes`);
    const found = new Set<string>();
    let readErrors = "";
    const chunks: string[][] = [];
    for (let i = 0; i < acknowledged.length; i += 75) chunks.push(acknowledged.slice(i, i + 75));
    for (const chunk of chunks) {
      const ops: string[][] = [];
      for (let i = 0; i < chunk.length; i += 15) ops.push(chunk.slice(i, i + 15));
      const body = JSON.stringify(ops.map((codes) => ({ query: `{ ${codes.map((c, i) => `t${i}: topic(code: ${JSON.stringify(c)}) { code }`).join(" ")} }` })));
      const deadline = Date.now() + 180_000;
      for (;;) {
        const a = await send(s.gateway, body, {});
        const v = verdict(a);
        if (a.status === 200 && Array.isArray(v.json) && v.json.every((r: any) => !r.errors)) {
          for (const r of v.json) for (const t of Object.values(r.data ?? {}) as ({ code: string } | null)[]) if (t?.code) found.add(t.code);
          break;
        }
        if (Date.now() > deadline) {
          readErrors = `read-back gave up after 180 s: ${v.key} ${v.message}`;
          break;
        }
        const retry = Number(/"retryAfterSeconds":(\d+)/.exec(a.text)?.[1] ?? "1");
        await sleep(Math.min(60, Math.max(1, retry)) * 1000);
      }
    }
    const missing = acknowledged.filter((c) => !found.has(c));
    clearInterval(sampler);
    for (const p of s.procs) p.peakMb = Math.max(p.peakMb, rssMb(p.pid));

    // Still the same processes?
    const procState = s.procs.map((p, i) => ({ p, alive: alive(p), samePid: p.pid === pidsAtStart[i] }));
    const pidsOk = procState.every((x) => x.alive && x.samePid);

    // Print.
    const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(2) : "0.00");
    const sorted = [...lr.latencies].sort((a, b) => a - b);
    const q = (f: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(f * (sorted.length - 1)))] : NaN);
    const lightShare = lr.count ? lr.ok / lr.count : 0;
    const attackTotals = new Map<string, number>();
    let attackCount = 0;
    for (const [kind, t] of tally) {
      if (kind.startsWith("f ")) continue;
      for (const [k, n] of t) {
        attackTotals.set(k, (attackTotals.get(k) ?? 0) + n);
        attackCount += n;
      }
    }
    for (const [k, m] of lr.failures) failures.set(`light: ${k}`, m);
    for (const [k, byShape] of lr.examples) {
      const mine = examples.get(k) ?? new Map();
      examples.set(k, mine);
      for (const [shape, e] of byShape) {
        const had = mine.get(shape);
        if (had) had.n += e.n;
        else mine.set(shape, e);
      }
    }

    console.log(`\n=== relations-graph stress, ${s.setup}, ${new Date().toISOString()}, ${elapsed.toFixed(0)} s, ${clients} hostile clients + 1 writer + 1 light client`);
    console.log(s.describe);
    console.log("answers by kind (HTTP status / error code):");
    for (const [kind, t] of tally) {
      const n = [...t.values()].reduce((a, b) => a + b, 0);
      console.log(`  ${kind}: ${n}${n ? ` — ${[...t].sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k}: ${c}`).join(", ")}` : ""}`);
    }
    console.log(`  all attacks: ${attackCount} — ${[...attackTotals].sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k}: ${c}`).join(", ")}`);
    console.log(
      `light client: ${lr.count} queries, ${pct(lr.ok, lr.count)}% 200 with data, p50 ${q(0.5).toFixed(0)} ms, p99 ${q(0.99).toFixed(0)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms — ${lr.tally.sort((a, b) => b[1] - a[1]).map(([k, c]) => `${k}: ${c}`).join(", ")}`,
    );
    console.log(`peak RSS: ${s.procs.map((p) => `${p.name} ${p.peakMb.toFixed(0)} MB`).join(", ")}`);
    console.log(
      `pids unchanged: ${pidsOk ? "yes" : "no"} (${procState.map(({ p, alive: al, samePid }) => `${p.name} ${p.pid} ${al && samePid ? "alive" : `GONE${p.exit ? ` (${p.exit})` : ""}`}`).join(", ")})`,
    );
    console.log(`writes: ${writesSent} sent, ${acknowledged.length} acknowledged, ${missing.length} missing${missing.length ? ` (${missing.slice(0, 5).join(", ")})` : ""}${readErrors ? `; ${readErrors}` : ""}`);
    for (const p of s.procs) {
      const top = [...p.logs].sort((a, b) => b[1] - a[1]).slice(0, 6);
      if (top.length) console.log(`server log ${p.name}: ${top.map(([k, n]) => `${n} × ${k}`).join("; ")}`);
      for (const line of p.other.slice(0, 10)) console.log(`  ${p.name} stderr: ${line}`);
    }
    console.log("what the answers other than 200 ok said (each kind of message once: count, first one, who got it first):");
    for (const [k, byShape] of [...examples].sort(([a], [b]) => a.localeCompare(b))) {
      for (const e of [...byShape.values()].sort((a, b) => b.n - a.n).slice(0, 4)) console.log(`  ${k} × ${e.n}: ${e.message.slice(0, 160)} (${e.who})`);
    }
    for (const [k, m] of failures) console.log(`  first failure ${k}: ${m}`);

    const bad = [...failures.keys()];
    const reasons: string[] = [];
    if (!pidsOk) reasons.push(`a server process died or was replaced: ${procState.filter((x) => !(x.alive && x.samePid)).map((x) => `${x.p.name} ${x.p.exit ?? "gone"}`).join(", ")}`);
    if (lightShare < 0.99) reasons.push(`light client: ${pct(lr.ok, lr.count)}% of ${lr.count} queries were 200 with data (need 99%)`);
    if (missing.length || readErrors) reasons.push(`${missing.length} of ${acknowledged.length} acknowledged writes missing${readErrors ? ` (${readErrors})` : ""}`);
    if (bad.length) reasons.push(`answers that must not happen (5xx other than 503, INTERNAL_SERVER_ERROR, no answer): ${bad.join("; ")}`);
    if (lr.count < 100) console.log(`note: the light client got only ${lr.count} answer${lr.count === 1 ? "" : "s"} in ${elapsed.toFixed(0)} s: its share says little`);
    if (!acknowledged.length) console.log("note: no write was acknowledged, so the write check proves nothing in this run");
    for (const r of reasons) console.log(`FAIL  ${r}`);
    const ok = reasons.length === 0;
    console.log(ok ? `PASS  ${s.setup}` : `FAIL  ${s.setup}`);

    const top = [...attackTotals].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, n]) => `${k} ${pct(n, attackCount).replace(/\.\d+$/, "")}%`).join(", ");
    const row = `| ${s.setup} | ${elapsed.toFixed(0)} s | ${clients} | ${attackCount} (${top}) | ${lr.count}, ${pct(lr.ok, lr.count)}% | ${q(0.5).toFixed(0)} / ${q(0.99).toFixed(0)} ms | ${s.procs.map((p) => `${p.name} ${p.peakMb.toFixed(0)}`).join(", ")} | ${pidsOk ? "yes" : "no"} | ${acknowledged.length} / ${missing.length} | ${ok ? "pass" : "FAIL"} |`;
    return { setup: s.setup, ok, reasons, row };
  }

  async function main(): Promise<boolean> {
    const setups: ("production" | "embedded")[] = setupArg === "both" ? ["production", "embedded"] : [setupArg as "production" | "embedded"];
    const outcomes: Outcome[] = [];
    for (const setup of setups) {
      if (setup === "production" && !ADMIN_URL) {
        console.log("production setup skipped: DATABASE_URL is not set (it names the PostgreSQL server to make the database rg_stress_<runid> on)");
        if (setups.length === 1) return false;
        continue;
      }
      outcomes.push(await runSetup(setup));
    }
    console.log("\n| setup | duration | hostile clients | attacker answers (top codes) | light: queries, 200 with data | light p50 / p99 | peak RSS (MB) | pids unchanged | writes acked / missing | result |");
    console.log("|---|---|---|---|---|---|---|---|---|---|");
    for (const o of outcomes) console.log(o.row);
    const ok = outcomes.length > 0 && outcomes.every((o) => o.ok);
    console.log(ok ? "\nPASS" : `\nFAIL${outcomes.flatMap((o) => o.reasons.map((r) => `\n  ${o.setup}: ${r}`)).join("")}`);
    return ok;
  }

  main().then(
    (ok) => process.exit(ok ? 0 : 1),
    (err) => {
      console.error(err);
      void Promise.allSettled([...undo].map((f) => f())).then(() => process.exit(1));
    },
  );
}
