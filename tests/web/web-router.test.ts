import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webRouter } from "../../src/web/web.js";

/**
 * The explorer's router on a tiny express app, mounted as the gateway mounts it: before /graphql, whose
 * requests it must pass on untouched. The real program is tested in a browser by `npm run test:e2e`.
 */
let dir: string;
let base: string;
let missingBase: string;
const servers: import("node:http").Server[] = [];

function serve(router: express.Router): Promise<string> {
  const app = express();
  app.use(router);
  app.post("/graphql", (_req, res) => {
    res.json({ from: "graphql" });
  });
  app.use((_req, res) => {
    res.status(404).json({ from: "fallthrough" });
  });
  return new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(s.address() as AddressInfo).port}`));
    servers.push(s);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rg-web-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<title>explorer</title>");
  writeFileSync(join(dir, "graphiql.html"), "<title>graphiql</title>");
  writeFileSync(join(dir, "assets", "explorer-abc123.js"), "console.log(1)");
  base = await serve(webRouter(`${dir}/`));
  missingBase = await serve(webRouter(join(dir, "nothing-here/")));
});

afterAll(() => {
  for (const s of servers) s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("webRouter", () => {
  it("serves the explorer at / and GraphiQL at /graphiql, as HTML that revalidates", async () => {
    const root = await fetch(`${base}/`);
    expect(root.status).toBe(200);
    expect(root.headers.get("content-type")).toMatch(/text\/html/);
    expect(root.headers.get("cache-control")).toBe("no-cache");
    expect(await root.text()).toBe("<title>explorer</title>");
    for (const path of ["/graphiql", "/graphiql/"]) {
      const page = await fetch(`${base}${path}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe("<title>graphiql</title>");
    }
  });

  it("serves hashed assets with a long, immutable cache lifetime", async () => {
    const res = await fetch(`${base}/assets/explorer-abc123.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("passes /graphql and unknown paths on to the app", async () => {
    const gql = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(await gql.json()).toEqual({ from: "graphql" });
    for (const path of ["/nothing", "/assets/missing.js", "/healthz"]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ from: "fallthrough" });
    }
  });

  it("says how to build the explorer when the build is missing", async () => {
    const res = await fetch(`${missingBase}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toMatch(/npm run build/);
    expect((await fetch(`${missingBase}/graphiql`)).status).toBe(503);
  });
});
