import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import pg from "pg";
import { createDatabase } from "../src/db/databases.js";

/**
 * The scale-out proof (scripts/scale-out.sh runs it after building): two copies of each subgraph,
 * all on one fresh PostgreSQL database, behind nginx upstreams (our own nginx, temporary config and
 * prefix, free ports), one gateway pointed at nginx, Redis for the shared response-cache generation
 * and the rate limits. It shows, and exits 1 unless:
 *   (a) a write through one copy is read, never stale, through the other copy (directly, with the
 *       router secret) and through the gateway, for both subgraphs, in many rounds;
 *   (b) killing one copy of each subgraph (SIGKILL) mid-traffic loses no acknowledged request that
 *       is retried: reads are retried (nginx moves refused connections to the other copy; a
 *       client retries a failed read), writes are retried with the same id; afterwards every
 *       acknowledged write is present once, and none is duplicated.
 * Env: DATABASE_URL (the server; default postgres://postgres@127.0.0.1:5432/postgres), REDIS_URL
 * (default redis://127.0.0.1:6379), NGINX_BIN (default nginx).
 */
const run = promisify(execFile);
const ADMIN_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const NGINX = process.env.NGINX_BIN ?? "nginx"; // (nginx itself reads $NGINX)
const id = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
const SECRET = randomBytes(24).toString("hex");
const PREFIX = `rg-scale-${id}:`;
const children: { name: string; proc: ChildProcess }[] = [];
const log = (s: string) => console.log(s);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

interface Answer {
  status: number;
  body: any;
}

async function post(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: { errors: [{ message: text.slice(0, 200) }] } };
  }
}

async function waitReady(url: string, what: string) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (r.status === 200) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${what} (${url}) was not ready within 120 s`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

function start(name: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const proc = spawn(args[0], args.slice(1), { env, stdio: ["ignore", "ignore", "pipe"] });
  proc.stderr!.on("data", (d: Buffer) => {
    const line = d.toString().trim();
    if (line && !/"level":(30|40)/.test(line)) process.stderr.write(`[${name}] ${line.slice(0, 500)}\n`);
  });
  children.push({ name, proc });
  return proc;
}

async function stop(proc: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const gone = new Promise((r) => proc.once("exit", r));
  proc.kill(signal);
  await Promise.race([gone, new Promise((r) => setTimeout(r, 20_000))]);
  if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
}

function nginxConf(dir: string, ports: { relations: number; corridors: number }, upstreams: { relations: number[]; corridors: number[] }): string {
  const upstream = (name: string, list: number[]) => `
  upstream ${name} {
${list.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=30s;`).join("\n")}
  }`;
  const server = (name: string, port: number) => `
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://${name};
      proxy_http_version 1.1;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
      # A copy that refuses the connection or fails before answering: try the other one. nginx does
      # this for POSTs only when the request was not yet sent (non_idempotent is deliberately off:
      # a write the dead copy may have committed is retried by the client, with the same id).
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 2;
    }
  }`;
  return `# generated by bench/scale-out.ts
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
${upstream("relations", upstreams.relations)}
${upstream("corridors", upstreams.corridors)}
${server("relations", ports.relations)}
${server("corridors", ports.corridors)}
}
`;
}

async function main(): Promise<boolean> {
  const work = mkdtempSync(join(tmpdir(), "rg-scale-"));
  const db = await createDatabase(ADMIN_URL, { name: `rg_scale_${id}` });
  const { name: dbName, url: dbUrl } = db;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 3000 });
  let ok = false;
  try {
    await redis.ping();
    const ports = {
      gateway: await freePort(),
      nginx: { relations: await freePort(), corridors: await freePort() },
      relations: [await freePort(), await freePort()],
      corridors: [await freePort(), await freePort()],
    };
    const { DATABASE_URL: _d, RELATIONS_DATABASE_URL: _r, CORRIDORS_DATABASE_URL: _c, AUTH_DATABASE_URL: _a, ...clean } = process.env;
    const env: NodeJS.ProcessEnv = {
      ...clean,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      DATABASE_URL: dbUrl,
      DB_POOL_MAX: "5",
      REDIS_URL,
      REDIS_KEY_PREFIX: PREFIX,
      ROUTER_SECRET: SECRET,
      SEED_ON_START: "false",
      // The load below comes from one address; the limits are not what this shows.
      RATE_LIMIT_PER_IP: "0",
      RATE_LIMIT_PER_KEY: "0",
      // One load generator is one client: the per-IP cost budget is a rate limit too (admission bounds stay on).
      RATE_LIMIT_COST_PER_IP: "0",
    };

    log(`== fresh database ${dbName}; migrate and seed once`);
    await run("node", ["dist/src/main.js", "seed"], { env, maxBuffer: 1 << 26 });
    const key = (await run("node", ["dist/src/main.js", "keys", "create", "--role", "editor", "--name", `scale-out ${id}`], { env })).stdout.trim().split("\n").pop()!;
    const auth = { authorization: `Bearer ${key}` };
    const secret = { "router-authorization": SECRET };

    log(`== two copies of each subgraph: relations :${ports.relations.join(", :")}, corridors :${ports.corridors.join(", :")}`);
    const copies: Record<"relations" | "corridors", ChildProcess[]> = { relations: [], corridors: [] };
    for (const name of ["relations", "corridors"] as const) {
      for (const [i, port] of ports[name].entries()) {
        copies[name].push(start(`${name}#${i + 1}`, ["node", "dist/src/main.js", name], { ...env, RELATIONS_PORT: String(port), CORRIDORS_PORT: String(port) }));
      }
    }
    for (const name of ["relations", "corridors"] as const) for (const p of ports[name]) await waitReady(`http://127.0.0.1:${p}/readyz`, name);

    log(`== nginx (${NGINX}, own config and prefix in ${work}): relations :${ports.nginx.relations}, corridors :${ports.nginx.corridors}`);
    const conf = join(work, "nginx.conf");
    for (const d of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(work, d), { recursive: true });
    writeFileSync(conf, nginxConf(work, ports.nginx, ports));
    await run(NGINX, ["-t", "-p", work, "-c", conf]);
    const nginx = start("nginx", [NGINX, "-p", work, "-c", conf], env);
    await waitReady(`http://127.0.0.1:${ports.nginx.relations}/healthz`, "nginx → relations");
    await waitReady(`http://127.0.0.1:${ports.nginx.corridors}/healthz`, "nginx → corridors");

    log(`== one gateway :${ports.gateway} → nginx`);
    start("gateway", ["node", "dist/src/main.js", "gateway"], {
      ...env,
      PORT: String(ports.gateway),
      RELATIONS_URL: `http://127.0.0.1:${ports.nginx.relations}/graphql`,
      CORRIDORS_URL: `http://127.0.0.1:${ports.nginx.corridors}/graphql`,
    });
    await waitReady(`http://127.0.0.1:${ports.gateway}/readyz`, "gateway");
    const gateway = `http://127.0.0.1:${ports.gateway}/graphql`;
    const direct = (name: "relations" | "corridors", i: number) => `http://127.0.0.1:${ports[name][i]}/graphql`;

    // The router secret is required: a direct call without it is refused.
    const refused = await post(direct("relations", 0), "{ __typename }");
    log(`direct call without the router secret: HTTP ${refused.status} ${refused.body.errors?.[0]?.extensions?.code ?? ""}`);
    const checks: { name: string; ok: boolean; detail: string }[] = [{ name: "subgraphs refuse callers without the router secret", ok: refused.status === 403, detail: `HTTP ${refused.status}` }];

    // (a) Write through one copy, read through the other, many rounds, both subgraphs.
    log("== (a) a write through one copy is read through the other, never stale");
    const topic = `scale-${id}`;
    const created = await post(direct("relations", 0), `mutation($c: ID!) { createTopic(input: { code: $c, name: "round 0" }) { code version } }`, { c: topic }, { ...auth, ...secret });
    if (created.body.errors) throw new Error(`createTopic: ${JSON.stringify(created.body.errors)}`);
    const node = "ir-astara";
    const readTopic = (url: string, h: Record<string, string>) => post(url, `query($c: ID!) { topic(code: $c) { name version } }`, { c: topic }, h);
    const readNode = (url: string, h: Record<string, string>) => post(url, `query($n: ID!) { corridorNode(id: $n) { name version } }`, { n: node }, h);
    let stale = 0;
    let reads = 0;
    const ROUNDS = 15;
    for (let round = 1; round <= ROUNDS; round++) {
      const w = round % 2; // alternate the copy that writes
      const r = 1 - w;
      // Warm every cache with the current value first, so a stale answer would be possible.
      for (const url of [direct("relations", 0), direct("relations", 1)]) await readTopic(url, secret);
      for (const url of [direct("corridors", 0), direct("corridors", 1)]) await readNode(url, secret);
      await post(gateway, `query($c: ID!, $n: ID!) { topic(code: $c) { name } corridorNode(id: $n) { name } }`, { c: topic, n: node });

      const t = (await readTopic(direct("relations", w), secret)).body.data.topic;
      const wt = await post(direct("relations", w), `mutation($c: ID!, $v: Int!, $n: String!) { updateTopic(code: $c, expectedVersion: $v, input: { name: $n }) { name version } }`, { c: topic, v: t.version, n: `round ${round}` }, { ...auth, ...secret });
      const n = (await readNode(direct("corridors", w), secret)).body.data.corridorNode;
      const wn = await post(direct("corridors", w), `mutation($i: ID!, $v: Int!, $n: String!) { updateCorridorNode(id: $i, expectedVersion: $v, input: { name: $n }) { name version } }`, { i: node, v: n.version, n: `Astara round ${round}` }, { ...auth, ...secret });
      if (wt.body.errors || wn.body.errors) throw new Error(`write failed: ${JSON.stringify(wt.body.errors ?? wn.body.errors)}`);

      const seen = [
        (await readTopic(direct("relations", r), secret)).body.data.topic.name,
        (await readNode(direct("corridors", r), secret)).body.data.corridorNode.name,
        ...Object.values((await post(gateway, `query($c: ID!, $n: ID!) { topic(code: $c) { name } corridorNode(id: $n) { name } }`, { c: topic, n: node })).body.data).map((x: any) => x.name),
      ];
      const want = [`round ${round}`, `Astara round ${round}`, `round ${round}`, `Astara round ${round}`];
      reads += seen.length;
      const bad = seen.filter((s, i) => s !== want[i]);
      stale += bad.length;
      if (round <= 2 || bad.length) log(`round ${round}: wrote through copy ${w + 1}; read through copy ${r + 1} and the gateway: ${seen.join(" | ")}${bad.length ? "  << STALE" : ""}`);
    }
    log(`(a) ${ROUNDS} rounds, ${reads} reads after writes through the other copy or the gateway: ${stale} stale`);
    checks.push({ name: "(a) a write through one copy is read, never stale, through the other", ok: stale === 0, detail: `${reads} reads, ${stale} stale` });

    // (b) Traffic through the gateway; one copy of each subgraph is killed in the middle.
    log("== (b) kill one copy of each subgraph mid-traffic; failed requests are retried");
    const READ = `{ agreements(first: 10) { nodes { id title parties { country { code } } } } corridor(id: "instc") { id members { country { code } } } country(code: "IR") { corridors { id } } }`;
    const readOk = (a: Answer) => a.status === 200 && !a.body.errors && a.body.data?.agreements?.nodes?.length > 0 && a.body.data.corridor?.id === "instc" && a.body.data.country?.corridors?.length > 0;
    let seq = 0;
    let running = true;
    const stats = { reads: 0, readFailures: 0, readsGivenUp: 0, writes: 0, writeFailures: 0, writesGivenUp: 0, alreadyThere: 0 };
    const acknowledged = new Set<string>();
    const worker = async (w: number) => {
      while (running) {
        if (seq % 3 === 2) {
          const sid = `scale-${id}-${w}-${++seq}`;
          stats.writes++;
          for (let attempt = 1; ; attempt++) {
            let a: Answer | null = null;
            try {
              a = await post(gateway, `mutation($i: ID!) { createSource(input: { id: $i, title: "scale-out", publisher: "scale-out" }) { id } }`, { i: sid }, auth);
            } catch {
              /* the request itself failed: retry */
            }
            if (a?.body.data?.createSource?.id === sid) {
              acknowledged.add(sid);
              break;
            }
            // An earlier attempt committed although its answer was lost: the retry says so.
            if (a?.body.errors?.some((e: any) => /already exists/.test(e.message))) {
              stats.alreadyThere++;
              acknowledged.add(sid);
              break;
            }
            stats.writeFailures++;
            if (stats.writeFailures <= 3) log(`  a write failed (attempt ${attempt}), retrying: HTTP ${a?.status ?? "-"} ${JSON.stringify(a?.body.errors ?? "no answer").slice(0, 300)}`);
            if (attempt >= 10) {
              stats.writesGivenUp++;
              break;
            }
            await new Promise((r) => setTimeout(r, 200 * attempt));
          }
        } else {
          seq++;
          stats.reads++;
          for (let attempt = 1; ; attempt++) {
            let a: Answer | null = null;
            try {
              a = await post(gateway, READ);
            } catch {
              /* retry */
            }
            if (a && readOk(a)) break;
            stats.readFailures++;
            if (stats.readFailures <= 3) log(`  a read failed (attempt ${attempt}), retrying: HTTP ${a?.status ?? "-"} ${JSON.stringify(a?.body.errors ?? "no answer").slice(0, 300)}`);
            if (attempt >= 10) {
              stats.readsGivenUp++;
              break;
            }
            await new Promise((r) => setTimeout(r, 200 * attempt));
          }
        }
      }
    };
    const workers = Array.from({ length: 12 }, (_, i) => worker(i));
    await new Promise((r) => setTimeout(r, 4000));
    log(`killing relations copy 1 (pid ${copies.relations[0].pid}) and corridors copy 2 (pid ${copies.corridors[1].pid}) with SIGKILL, mid-traffic (${stats.reads} reads, ${stats.writes} writes so far)`);
    copies.relations[0].kill("SIGKILL");
    copies.corridors[1].kill("SIGKILL");
    await new Promise((r) => setTimeout(r, 6000));
    running = false;
    await Promise.all(workers);
    log(
      `(b) reads: ${stats.reads} (${stats.readFailures} failed attempts retried, ${stats.readsGivenUp} given up); writes: ${stats.writes} (${stats.writeFailures} failed attempts retried, ${stats.alreadyThere} found committed on retry, ${stats.writesGivenUp} given up)`,
    );

    // Every acknowledged write is there once; nothing else of ours is.
    const c = new pg.Client({ connectionString: dbUrl });
    await c.connect();
    const rows = (await c.query(`SELECT id FROM relations.source WHERE id LIKE $1`, [`scale-${id}-%`])).rows.map((r: { id: string }) => r.id);
    const audit = (await c.query(`SELECT record_id, count(*)::int AS n FROM relations.audit_entry WHERE operation = 'CREATE' AND record_id LIKE $1 GROUP BY record_id`, [`scale-${id}-%`])).rows as { record_id: string; n: number }[];
    await c.end();
    const missing = [...acknowledged].filter((s) => !rows.includes(s));
    const duplicated = audit.filter((r) => r.n !== 1).map((r) => r.record_id);
    const unacknowledged = rows.filter((s) => !acknowledged.has(s));
    // And through the gateway, from the surviving copies.
    const sample = [...acknowledged].slice(-5);
    const back = await Promise.all(sample.map((s) => post(gateway, `query($i: ID!) { source(id: $i) { id } }`, { i: s })));
    const readBack = back.filter((a, i) => a.body.data?.source?.id === sample[i]).length;
    log(`(b) ${acknowledged.size} writes acknowledged; in the database: ${rows.length}; missing: ${missing.length}; with more than one CREATE: ${duplicated.length}; present but never acknowledged: ${unacknowledged.length}`);
    checks.push(
      { name: "(b) no read lost: every read succeeded after retries", ok: stats.readsGivenUp === 0 && stats.reads > 0, detail: `${stats.reads} reads, ${stats.readFailures} retried attempts` },
      { name: "(b) every write acknowledged after retries", ok: stats.writesGivenUp === 0 && acknowledged.size === stats.writes, detail: `${acknowledged.size}/${stats.writes}` },
      { name: "(b) every acknowledged write present, none duplicated", ok: missing.length === 0 && duplicated.length === 0 && readBack === sample.length, detail: `${missing.length} missing, ${duplicated.length} duplicated; the last ${sample.length} read back through the gateway: ${readBack}` },
      { name: "(b) the killed copies really died", ok: copies.relations[0].signalCode === "SIGKILL" && copies.corridors[1].signalCode === "SIGKILL", detail: `${copies.relations[0].signalCode}, ${copies.corridors[1].signalCode}` },
    );
    // What nginx saw, by kind: connections the dead copies refused (passed to the other copy) and
    // requests cut in flight (a 502 to the gateway, retried by the client).
    const kinds = new Map<string, number>();
    for (const line of readFileSync(join(work, "error.log"), "utf8").split("\n")) {
      const m = /\*\d+ (.*?)(?:,| while)/.exec(line);
      if (m && /upstream|connect\(\)|recv\(\)/.test(line)) kinds.set(m[1], (kinds.get(m[1]) ?? 0) + 1);
    }
    log(`nginx error log: ${[...kinds].map(([k, n]) => `${n} × "${k}"`).join("; ") || "nothing"}`);

    for (const { name, proc } of children.filter((ch) => ch.name !== "nginx").reverse()) await stop(proc).catch(() => log(`could not stop ${name}`));
    await stop(nginx, "SIGQUIT");

    log("");
    for (const ch of checks) log(`${ch.ok ? "PASS" : "FAIL"}  ${ch.name}: ${ch.detail}`);
    ok = checks.every((ch) => ch.ok);
    return ok;
  } finally {
    for (const { proc } of children) await stop(proc, "SIGKILL").catch(() => {});
    // Our keys only: the generation counters under our prefix.
    const keys = await redis.keys(`${PREFIX}*`).catch(() => [] as string[]);
    if (keys.length) await redis.del(...keys).catch(() => {});
    redis.disconnect();
    await db.drop();
    rmSync(work, { recursive: true, force: true });
    log(`cleaned up: processes, nginx prefix ${work}, database ${dbName}, Redis keys ${PREFIX}*`);
  }
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
