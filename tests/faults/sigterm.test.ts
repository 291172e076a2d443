import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStackEnv } from "../../bench/stack-env.js";

/**
 * SIGTERM under load, on the real program (built with tsc, started as `node dist/src/main.js` on the
 * embedded database, as tests/cli does). Concurrent clients keep sending queries; a few requests are
 * deliberately in flight at the signal (the server has answered their `Expect: 100-continue` and has
 * half their body; the rest is sent after the signal), so "in flight" is a fact, not a matter of timing. Then: those requests complete with full
 * answers, new connections are refused, nothing fails with anything but a refusal, and the
 * process exits 0.
 */
const run = promisify(execFile);
const DEADLINE = 60_000;
// Below Linux's ephemeral ports (32768–60999): a connection attempt to a port nobody listens on yet can be given that
// same port as its source, connect to itself, and leave the port in TIME_WAIT, so the server then fails with EADDRINUSE.
const port = 20000 + Math.floor(Math.random() * 12000);
const QUERY = `{ agreements(first: 20) { totalCount nodes { id title parties { country { code name } ratification { stages { kind date } } } } } bilateralRelation(between: ["IR", "RU"]) { id sharedCorridors { id } } }`;

let server: ChildProcess;
let dir: string;
let exit: Promise<{ code: number | null; signal: string | null }>;

/**
 * One query over `agent`'s connection. Each worker below keeps one keep-alive connection of its own and uses it back
 * to back, so no connection sits idle in a shared pool when the server ends its idle sockets: a request that picked
 * such a connection just as the server closed it would be reset by the kernel (the keep-alive race every HTTP client
 * must retry), which says nothing about the server.
 */
function ask(agent?: http.Agent): Promise<{ status: number; body: any; connection: string | null }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path: "/graphql", method: "POST", headers: { "content-type": "application/json" }, agent, timeout: DEADLINE },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")), connection: res.headers.connection ?? null });
          } catch (err) {
            reject(err);
          }
        });
      },
    );
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", reject);
    req.end(JSON.stringify({ query: QUERY }));
  });
}

const complete = (r: { status: number; body: any }) => r.status === 200 && !r.body.errors && r.body.data?.agreements?.nodes?.length > 0 && r.body.data.bilateralRelation?.sharedCorridors?.length > 0;

beforeAll(async () => {
  await run("npx", ["tsc", "-p", "tsconfig.json"], { timeout: 180_000 });
  dir = mkdtempSync(join(tmpdir(), "rg-sigterm-"));
  const env = localStackEnv(port, join(dir, "pglite"), {
    NODE_ENV: "production",
    // Long enough that the in-flight requests below are never cut by the grace period.
    SHUTDOWN_GRACE_MS: "45000",
    RATE_LIMIT_PER_IP: "0",
    RATE_LIMIT_COST_PER_IP: "0",
    // The gateway on every address, so the test can see that the subgraphs stay on loopback.
    HOST: "0.0.0.0",
  });
  server = spawn("node", ["dist/src/main.js"], { env, stdio: "ignore" });
  exit = new Promise((r) => server.once("exit", (code, signal) => r({ code, signal })));
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if (complete(await ask())) break;
    } catch {
      /* not listening yet */
    }
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode} while starting`);
    if (Date.now() > deadline) throw new Error("the server did not start within 120 s");
    await new Promise((r) => setTimeout(r, 500));
  }
}, 300_000);

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    server.kill("SIGKILL");
    await exit;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * A request sent by hand, in flight for certain: its headers carry `Expect: 100-continue`, so the
 * server answers "100 Continue" once it has parsed them and started handling the request; then
 * half the body goes, and the rest only when told.
 */
function slowRequest() {
  const body = Buffer.from(JSON.stringify({ query: QUERY }));
  const half = Math.floor(body.length / 2);
  const socket = net.connect(port, "127.0.0.1");
  const chunks: Buffer[] = [];
  let continued: () => void;
  const gotContinue = new Promise<void>((r) => (continued = r));
  socket.on("data", (c) => {
    chunks.push(c);
    if (/^HTTP\/1\.1 100 /.test(Buffer.concat(chunks).toString("latin1"))) continued();
  });
  const ended = new Promise<string>((resolve, reject) => {
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    socket.on("error", reject);
  });
  const started = new Promise<void>((resolve, reject) => {
    socket.once("error", reject);
    socket.once("connect", () => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
      );
      gotContinue.then(() => socket.write(body.subarray(0, half), (err) => (err ? reject(err) : resolve())));
    });
  });
  return {
    started,
    async finish(): Promise<{ status: number; body: any }> {
      socket.write(body.subarray(half));
      // Drop the interim "100 Continue" response; parse the final one.
      const raw = (await ended).replace(/^HTTP\/1\.1 100 [^\r]*\r\n\r\n/, "");
      const [head, ...rest] = raw.split("\r\n\r\n");
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      let payload = rest.join("\r\n\r\n");
      if (/transfer-encoding:\s*chunked/i.test(head)) payload = dechunk(payload);
      if (!payload) throw new Error(`no response body; got: ${JSON.stringify(raw.slice(0, 300))}`);
      return { status, body: JSON.parse(payload) };
    },
  };
}

function dechunk(s: string): string {
  let out = "";
  let i = 0;
  const buf = Buffer.from(s, "utf8");
  let text = buf.toString("latin1");
  for (;;) {
    const nl = text.indexOf("\r\n", i);
    const size = parseInt(text.slice(i, nl), 16);
    if (!size) break;
    out += text.slice(nl + 2, nl + 2 + size);
    i = nl + 2 + size + 2;
  }
  return Buffer.from(out, "latin1").toString("utf8");
}

/** Can a new TCP connection be opened to the gateway's port? */
function accepts(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, "127.0.0.1");
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

interface Outcome {
  status: number;
  connection?: string | null;
  ok: boolean;
  codes: string[];
  failure?: string;
  afterSignal: boolean;
}

/** The local addresses listening on `port`, from /proc/net/tcp and tcp6 (Linux): "0.0.0.0", "127.0.0.1", "::"... */
function listeners(port: number): string[] {
  const out: string[] = [];
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.trim().split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [hex, p] = local.split(":");
      if (state !== "0A" || parseInt(p, 16) !== port) continue; // 0A: LISTEN
      if (hex.length === 8) out.push(hex.match(/../g)!.reverse().map((b) => parseInt(b, 16)).join("."));
      else out.push(/^0+$/.test(hex) ? "::" : hex === "0000000000000000FFFF00000100007F" ? "::ffff:127.0.0.1" : /^0{24}01000000$/.test(hex) ? "::1" : hex);
    }
  }
  return out;
}

describe("one process (npm start)", () => {
  it("listens on HOST for the gateway, and on loopback only for the subgraphs' own ports (SUBGRAPH_HOST)", () => {
    expect(listeners(port)).toEqual(expect.arrayContaining([expect.stringMatching(/^(0\.0\.0\.0|::)$/)]));
    for (const subgraph of [port + 1, port + 2]) {
      const bound = listeners(subgraph);
      expect(bound.length, `port ${subgraph}`).toBeGreaterThan(0);
      for (const address of bound) expect(address, `port ${subgraph}`).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
    }
  });
});

describe("SIGTERM under load", () => {
  it("lets in-flight requests finish, refuses new ones, and exits 0", async () => {
    // Concurrent clients, back to back.
    let signalled = false;
    let running = true;
    const outcomes: Outcome[] = [];
    const workers = Array.from({ length: 8 }, async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      while (running) {
        try {
          const r = await ask(agent);
          outcomes.push({ status: r.status, connection: r.connection, ok: complete(r), codes: (r.body.errors ?? []).map((e: any) => e.extensions?.code), afterSignal: signalled });
        } catch (err) {
          outcomes.push({ status: 0, ok: false, codes: [], failure: String((err as Error).cause ?? err), afterSignal: signalled });
          if (signalled) await new Promise((r) => setTimeout(r, 50));
        }
      }
      agent.destroy();
    });
    const end = Date.now() + DEADLINE;
    while (outcomes.filter((o) => o.ok).length < 20) {
      if (Date.now() > end) throw new Error("no load got through");
      await new Promise((r) => setTimeout(r, 50));
    }

    // Requests in flight at the signal: the server has begun them (100 Continue) and has half their body.
    const inFlight = Array.from({ length: 3 }, () => slowRequest());
    await Promise.all(inFlight.map((r) => r.started));

    signalled = true;
    server.kill("SIGTERM");

    // New connections are refused while the in-flight requests still hold the process open.
    const refuseBy = Date.now() + DEADLINE;
    while (await accepts()) {
      if (Date.now() > refuseBy) throw new Error("the server still accepted new connections after SIGTERM");
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(server.exitCode).toBeNull();

    // The in-flight requests now send the rest of their bodies, and get full answers.
    const answers = await Promise.all(inFlight.map((r) => r.finish()));
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.body.errors).toBeUndefined();
      expect(complete(a)).toBe(true);
    }

    const { code, signal } = await Promise.race([exit, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no exit within 60 s of SIGTERM")), DEADLINE))]);
    running = false;
    await Promise.all(workers);
    expect({ code, signal }).toEqual({ code: 0, signal: null });

    // Under load: everything before the signal succeeded; after it, each request either
    // completed in full or was refused: a new connection refused, or, on a connection that was
    // open at the signal, a complete 503 SERVICE_UNAVAILABLE with `Connection: close`. Never a
    // socket closed under a request ("socket hang up", "other side closed", a reset while reading).
    // A new connection is refused in its connect phase: ECONNREFUSED once the port is closed, or
    // ECONNRESET for one the kernel had queued before the listening socket closed (it never sent a byte).
    const before = outcomes.filter((o) => !o.afterSignal);
    expect(before.filter((o) => !o.ok)).toEqual([]);
    for (const o of outcomes.filter((x) => x.afterSignal && !x.ok)) {
      if (o.status === 0) expect(o.failure).toMatch(/^Error: connect (ECONNREFUSED|ECONNRESET) /);
      else {
        expect(o.status).toBe(503);
        expect(o.codes).toEqual(["SERVICE_UNAVAILABLE"]);
        expect(o.connection).toBe("close");
      }
    }
    expect(outcomes.some((o) => o.afterSignal && !o.ok)).toBe(true);
  }, 180_000);
});
