import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStackEnv } from "../../bench/stack-env.js";

const run = promisify(execFile);

/**
 * The real program, as a user runs it: built with tsc, started as `node dist/src/main.js` on the
 * embedded database, and the `keys` command run beside it while it serves.
 */
let server: ChildProcess;
let dir: string;
let env: NodeJS.ProcessEnv;
// Below Linux's ephemeral ports (32768–60999): a connection attempt to a port nobody listens on yet can be given that
// same port as its source, connect to itself, and leave the port in TIME_WAIT, so the server then fails with EADDRINUSE.
const port = 20000 + Math.floor(Math.random() * 12000);
const gql = (query: string, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) }).then((r) => r.json() as Promise<any>);

beforeAll(async () => {
  await run("npx", ["tsc", "-p", "tsconfig.json"], { timeout: 120_000 });
  dir = mkdtempSync(join(tmpdir(), "rg-cli-"));
  env = localStackEnv(port, join(dir, "pglite"));
  server = spawn("node", ["dist/src/main.js"], { env, stdio: "ignore" });
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      if ((await gql("{ __typename }")).data) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error("the server did not start within 90 s");
    await new Promise((r) => setTimeout(r, 500));
  }
}, 200_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGINT");
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the command line, beside a running server on the embedded database", () => {
  it("refuses an unknown command with a message naming every command", async () => {
    const failed = await run("node", ["dist/src/main.js", "no-such-command"], { env }).then(
      () => null,
      (err: { code?: number; stderr?: string; stdout?: string }) => err,
    );
    expect(failed?.code).not.toBe(0);
    const text = `${failed?.stderr ?? ""}${failed?.stdout ?? ""}`;
    for (const command of ["all", "relations", "corridors", "gateway", "migrate", "seed", "keys", "import:manytreaties", "import", "export", "seed:synthetic", "schema:print", "schema:compose", "schema:dataset", "data:sea-routes"]) {
      expect(text).toContain(command);
    }
  });

  it("lists every command with its flags on --help", async () => {
    for (const help of [["--help"], ["help"], ["import", "--help"]]) {
      const { stdout } = await run("node", ["dist/src/main.js", ...help], { env });
      for (const command of ["all", "relations", "corridors", "gateway", "migrate", "seed", "keys create", "keys list", "keys revoke", "import:manytreaties", "import", "export", "seed:synthetic", "schema:print", "schema:compose", "schema:dataset", "data:sea-routes"]) {
        expect(stdout).toContain(`  ${command}`);
      }
      for (const flag of ["--if-empty", "--role", "--name", "--agreements", "--parties", "--prune", "--report", "--scale", "--seed", "--remove"]) expect(stdout).toContain(flag);
    }
  });

  it("refuses an unknown flag, or a flag without its value, with the usage", async () => {
    for (const args of [["seed:synthetic", "--scael", "2"], ["keys", "list", "--all"], ["export", "--out", "x.json"], ["keys", "create", "--role"]]) {
      const failed = await run("node", ["dist/src/main.js", ...args], { env }).then(
        () => null,
        (err: { code?: number; stderr?: string }) => err,
      );
      expect(failed?.code).not.toBe(0);
      expect(failed?.stderr).toContain(args.find((a) => a.startsWith("--")));
      expect(failed?.stderr).toContain("Usage:");
    }
  });

  it("creates, lists and revokes keys while the server runs, and the server honours them", async () => {
    const created = await run("node", ["dist/src/main.js", "keys", "create", "--role", "editor", "--name", "cli test"], { env });
    const key = created.stdout.trim().split("\n").pop()!;
    expect(key).toMatch(/^rg_/);
    const write = await gql(`mutation { createTopic(input: { code: "cli-test", name: "CLI test" }) { code } }`, { authorization: `Bearer ${key}` });
    expect(write.data.createTopic.code).toBe("cli-test");
    const list = await run("node", ["dist/src/main.js", "keys", "list"], { env });
    expect(list.stdout).toMatch(/editor\s+active\s+cli test/);
    const prefix = key.split("_")[1];
    await run("node", ["dist/src/main.js", "keys", "revoke", prefix], { env });
    const refused = await gql(`mutation { deleteTopic(code: "cli-test", expectedVersion: 1) { code } }`, { authorization: `Bearer ${key}` });
    expect(refused.errors[0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("exports while the server runs, and stops cleanly on Ctrl-C", async () => {
    const out = join(dir, "export.json");
    await run("node", ["dist/src/main.js", "export", out], { env });
    const { readFileSync } = await import("node:fs");
    const exported = JSON.parse(readFileSync(out, "utf8"));
    expect(exported.format).toBe("relations-graph/dataset@1");
    expect(exported.relations.topics.map((t: any) => t.code)).toContain("cli-test");
    const exited = new Promise<number | null>((r) => server.once("exit", (code) => r(code)));
    server.kill("SIGINT");
    expect(await exited).toBe(0);
  });
});
