import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "../support/app.js";

/** The HTTP layer every part shares: health, ids, limits, guards, GraphQL over HTTP, CORS. */
let stack: TestStack;
let limited: TestStack;
let throttled: TestStack;
const SECRET = "a-test-router-secret-0123456789";

beforeAll(async () => {
  stack = await startTestStack(undefined, { http: { corsOrigins: ["https://explorer.example"] } });
  limited = await startTestStack(undefined, { http: { routerSecret: SECRET, production: true } });
  throttled = await startTestStack(undefined, { http: { rateLimit: { perIp: 3, perKey: 0, windowSeconds: 60 } } });
});
afterAll(async () => {
  await stack?.close();
  await limited?.close();
  await throttled?.close();
});

const base = (url: string) => url.replace(/graphql$/, "");

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

describe("health", () => {
  it("answers /healthz and /readyz on the gateway and on each subgraph", async () => {
    for (const url of [stack.urls.gateway, stack.urls.relations, stack.urls.corridors]) {
      const health = await fetch(`${base(url)}healthz`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as any).status).toBe("ok");
      const ready = await fetch(`${base(url)}readyz`);
      expect(ready.status).toBe(200);
      expect(((await ready.json()) as any).status).toBe("ready");
    }
    // Only ready or not: what was checked, and what failed, goes to the log.
    const gw = await (await fetch(`${base(stack.urls.gateway)}readyz`)).json();
    expect(gw).toEqual({ status: "ready" });
  });
});

describe("request ids", () => {
  it("echoes a given id, makes one otherwise, and puts it on every error", async () => {
    const given = await post(stack.urls.gateway, { query: "{ nope }" }, { "x-request-id": "abc-123" });
    expect(given.headers.get("x-request-id")).toBe("abc-123");
    expect(given.body.errors[0].extensions.requestId).toBe("abc-123");
    const made = await post(stack.urls.gateway, { query: "{ nope }" });
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.body.errors[0].extensions.requestId).toBe(made.headers.get("x-request-id"));
  });
});

describe("errors carry a contract code", () => {
  it("maps parse and validation failures to BAD_USER_INPUT", async () => {
    const parse = await post(stack.urls.gateway, { query: "{ country(code: " });
    expect(parse.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const unknown = await post(stack.urls.gateway, { query: "{ countri { name } }" });
    expect(unknown.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("keeps a subgraph's own message and code for a bad literal, instead of '400: Bad Request'", async () => {
    const r = await post(stack.urls.gateway, { query: '{ agreement(id: "x") { status(asOf: "2025-02-30") } }' });
    expect(r.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(r.body.errors[0].message).toContain("2025-02-30");
  });

  it("answers bodies that are not JSON, or too large, with 4xx and a code", async () => {
    const text = await fetch(stack.urls.gateway, { method: "POST", headers: { "content-type": "text/plain" }, body: "{ __typename }" });
    expect(text.status).toBe(415);
    expect(((await text.json()) as any).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const broken = await post(stack.urls.gateway, "{not json");
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const big = await post(stack.urls.gateway, { query: `{ __typename } # ${"x".repeat(200_000)}` });
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
  });
});

/**
 * A subgraph answers any router alike: GraphQL over HTTP's status per media type, and every error with
 * its contract code and the request's id, added by the subgraph itself (not only by our gateway).
 */
describe("a subgraph called directly, as any router calls it", () => {
  const BAD: Record<string, { query: string; variables?: Record<string, unknown>; reason?: string }> = {
    "a bad Date literal": { query: '{ agreement(id: "x") { status(asOf: "2025-02-30") } }', reason: "GRAPHQL_VALIDATION_FAILED" },
    "a bad Date variable": { query: 'query($d: Date) { agreement(id: "x") { status(asOf: $d) } }', variables: { d: "2025-02-30" } },
    "a Date variable of the wrong type": { query: 'query($d: Date) { agreement(id: "x") { status(asOf: $d) } }', variables: { d: 20250201 } },
    "a validation error": { query: "{ countri { name } }", reason: "GRAPHQL_VALIDATION_FAILED" },
  };
  // Legacy JSON: no Accept, the bare type, the type with its charset (what Apollo Server itself answers with).
  const LEGACY = [undefined, "application/json", "application/json; charset=utf-8", "*/*"];
  // GraphQL over HTTP's type, alone and as the spec recommends clients send it, and as Hive Gateway sends it.
  const MODERN = ["application/graphql-response+json", "application/graphql-response+json; charset=utf-8, application/json; charset=utf-8", "application/graphql-response+json, application/json, multipart/mixed"];

  it.each(Object.keys(BAD))("answers %s under application/json with 200, the code and the request id", async (name) => {
    const { query, variables, reason } = BAD[name];
    for (const accept of LEGACY) {
      const r = await post(stack.urls.relations, { query, variables }, accept ? { accept } : {});
      expect(r.status, `Accept: ${accept}`).toBe(200);
      expect(r.headers.get("content-type")).toMatch(/^application\/json/);
      expect(r.body.data).toBeUndefined();
      expect(r.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", requestId: r.headers.get("x-request-id"), ...(reason ? { reason } : {}) });
      expect(r.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/); // none was sent: the subgraph made one
    }
  });

  it.each(Object.keys(BAD))("keeps 400 for %s under application/graphql-response+json, with the code and the request id", async (name) => {
    const { query, variables } = BAD[name];
    for (const accept of MODERN) {
      const r = await post(stack.urls.relations, { query, variables }, { accept, "x-request-id": "from-the-router-1" });
      expect(r.status, `Accept: ${accept}`).toBe(400);
      expect(r.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
      expect(r.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", requestId: "from-the-router-1" });
    }
  });

  it("names the bad value, and keeps it all in production mode behind the router secret", async () => {
    const headers = { "router-authorization": SECRET, accept: "application/json; charset=utf-8" };
    const literal = await post(limited.urls.relations, { query: BAD["a bad Date literal"].query }, headers);
    expect(literal.status).toBe(200);
    expect(literal.body.errors[0].message).toContain("2025-02-30");
    expect(literal.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", requestId: literal.headers.get("x-request-id") });
    expect(literal.body.errors[0].extensions.stacktrace).toBeUndefined();
    const variable = await post(limited.urls.relations, { query: BAD["a bad Date variable"].query, variables: { d: "0000-01-01" } }, headers);
    expect(variable.status).toBe(200);
    expect(variable.body.errors[0].message).toContain("0000-01-01");
    expect(variable.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", requestId: variable.headers.get("x-request-id") });
  });

  it("codes and identifies errors raised while resolving, in each subgraph", async () => {
    const relation = await post(stack.urls.relations, { query: '{ bilateralRelation(between: ["IR", "IR"]) { id } }' }, { "x-request-id": "rid-relations" });
    expect(relation.status).toBe(200);
    expect(relation.body.errors[0]).toMatchObject({ path: ["bilateralRelation"], extensions: { code: "BAD_USER_INPUT", argument: "between", requestId: "rid-relations" } });
    const cursor = await post(stack.urls.relations, { query: '{ countries(first: 2, after: "garbage") { nodes { code } } }' });
    expect(cursor.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after", requestId: cursor.headers.get("x-request-id") });
    const path = await post(stack.urls.corridors, { query: '{ corridorPath(from: "not a node!", to: "RU") { lengthKm } }' }, { "x-request-id": "rid-corridors" });
    expect(path.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", requestId: "rid-corridors" });
  });

  it("codes and identifies the errors of requests Apollo refuses before running them", async () => {
    const notAnObject = await post(stack.urls.relations, { query: "{ __typename }", variables: "x" });
    expect(notAnObject.status).toBe(400);
    expect(notAnObject.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", requestId: notAnObject.headers.get("x-request-id") });
    const noQuery = await post(stack.urls.relations, { variables: {} }, { "x-request-id": "rid-no-query" });
    expect(noQuery.status).toBe(400);
    expect(noQuery.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", requestId: "rid-no-query" });
    const html = await post(stack.urls.relations, { query: "{ __typename }" }, { accept: "text/html" });
    expect(html.status).toBe(406);
    expect(html.body.errors[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", requestId: html.headers.get("x-request-id") });
  });
});

describe("query limits at the gateway", () => {
  it("refuses too many aliases with the limit and the measured value", async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: country(code: "IR") { name }`).join(" ");
    const r = await post(stack.urls.gateway, { query: `{ ${aliases} }` });
    expect(r.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: 15, measured: 16 });
    expect(r.body.errors[0].message).toMatch(/15.*16/);
  });

  it("refuses nested lists whose size multiplies past the cost limit, before running them", async () => {
    let q = "code";
    for (let i = 0; i < 8; i++) q = `neighbours { ${q} }`;
    const r = await post(stack.urls.gateway, { query: `{ country(code: "IR") { ${q} } }` });
    // A well-formed request under application/json: 200 with errors (GraphQL over HTTP).
    expect(r.status).toBe(200);
    expect(r.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: 50_000 });
    expect(r.body.errors[0].extensions.measured).toBeGreaterThan(50_000);
    expect(r.body.data).toBeUndefined();
  });

  it("refuses a query deeper than the limit", async () => {
    let q = "id";
    for (let i = 0; i < 12; i++) q = `supersedes { ${q} }`;
    const r = await post(stack.urls.gateway, { query: `{ agreement(id: "x") { ${q} } }` });
    expect(r.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: 12 });
    expect(r.body.errors[0].extensions.measured).toBeGreaterThan(12);
  });

  it("accepts a batch up to the limit and refuses a larger one", async () => {
    const one = { query: '{ country(code: "IR") { name } }' };
    const ok = await post(stack.urls.gateway, [one, one]);
    expect(ok.status).toBe(200);
    expect(ok.body.map((r: any) => r.data.country.name)).toEqual(["Iran", "Iran"]);
    const tooMany = await post(stack.urls.gateway, Array.from({ length: 6 }, () => one));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: 5, measured: 6 });
  });

  it("rate-limits per client address with RATE_LIMITED and Retry-After", async () => {
    const q = { query: '{ country(code: "IR") { name } }' };
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof post>> | null = null;
    for (let i = 0; i < 4; i++) {
      last = await post(throttled.urls.gateway, q);
      statuses.push(last.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(last!.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(last!.body.errors[0].extensions).toMatchObject({ code: "RATE_LIMITED", limit: 3, measured: 4 });
  });

  it("counts a client behind a trusted proxy (loopback) by its X-Forwarded-For address", async () => {
    const q = { query: '{ country(code: "IR") { name } }' };
    const statuses = async (address: string) => {
      const seen: number[] = [];
      for (let i = 0; i < 4; i++) seen.push((await post(throttled.urls.gateway, q, { "x-forwarded-for": address })).status);
      return seen;
    };
    // Each forwarded address has a budget of its own, whatever loopback itself has spent.
    expect(await statuses("203.0.113.9")).toEqual([200, 200, 200, 429]);
    expect(await statuses("203.0.113.10")).toEqual([200, 200, 200, 429]);
  });
});

describe("GraphQL over HTTP", () => {
  it("answers GET queries, refuses mutations over GET, and speaks application/graphql-response+json", async () => {
    const get = await fetch(`${stack.urls.gateway}?query=${encodeURIComponent('{ country(code: "RU") { name } }')}`, { headers: { "apollo-require-preflight": "1" } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as any).data.country.name).toBe("Russia");
    const mutation = await fetch(`${stack.urls.gateway}?query=${encodeURIComponent("mutation { __typename }")}`, { headers: { "apollo-require-preflight": "1" } });
    expect(mutation.status).toBe(405);
    const modern = await fetch(stack.urls.gateway, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: "{ nope }" }),
    });
    expect(modern.headers.get("content-type")).toContain("application/graphql-response+json");
    expect(modern.status).toBe(400);
  });

  it("serves GraphQL at /graphql with a trailing slash or in another case, and nothing else under it", async () => {
    const q = { query: '{ country(code: "IR") { name } }' };
    for (const path of ["graphql/", "GraphQL", "graphql?x=1"]) {
      const r = await post(base(stack.urls.gateway) + path, q);
      expect(r.status).toBe(200);
      expect(r.body.data.country.name).toBe("Iran");
      expect(r.headers.get("x-request-id")).toBeTruthy();
    }
    const other = await post(`${base(stack.urls.gateway)}graphql/more`, q);
    expect(other.status).toBe(404);
    expect(other.body.errors[0].extensions.code).toBe("NOT_FOUND");
  });

  it("keeps CSRF prevention on: a simple GET without a preflight header is refused", async () => {
    const r = await fetch(`${stack.urls.gateway}?query=${encodeURIComponent("{ __typename }")}`);
    expect(r.status).toBe(400);
  });

  it("sends CORS headers only to allowed origins", async () => {
    const allowed = await fetch(stack.urls.gateway, { method: "OPTIONS", headers: { origin: "https://explorer.example", "access-control-request-method": "POST" } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://explorer.example");
    const other = await fetch(stack.urls.gateway, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("subgraphs behind a shared secret, in production mode", () => {
  it("refuses callers without the secret, and the gateway (which sends it) still gets answers", async () => {
    const direct = await post(limited.urls.relations, { query: "{ _service { sdl } }" });
    expect(direct.status).toBe(403);
    expect(direct.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const withSecret = await post(limited.urls.relations, { query: '{ country(code: "IR") { name } }' }, { "router-authorization": SECRET });
    expect(withSecret.body.data.country.name).toBe("Iran");
  });

  it("leaks no stack trace or field suggestion in production", async () => {
    const r = await post(limited.urls.gateway, { query: "{ countri { name } }" });
    expect(r.body.errors[0].extensions.stacktrace).toBeUndefined();
    expect(r.body.errors[0].message).not.toContain("Did you mean");
  });
});

describe("a proxy in front of a subgraph answering 502", () => {
  it("gives SERVICE_UNAVAILABLE on that subgraph's fields, and the other subgraph's data", async () => {
    const { createServer } = await import("node:http");
    const pino = (await import("pino")).default;
    const { createGatewayServer } = await import("../../src/gateway/gateway.js");
    const { serveGateway } = await import("../../src/http/serve.js");
    const { committedSubgraphs, composeSupergraph } = await import("../../src/gateway/compose.js");
    const { testHttpSettings } = await import("../support/app.js");
    const proxy = createServer((_req, res) => res.writeHead(502, { "content-type": "text/html" }).end("<html>502 Bad Gateway</html>"));
    await new Promise<void>((ok) => proxy.listen(0, "127.0.0.1", ok));
    const port = (proxy.address() as { port: number }).port;
    const gateway = createGatewayServer({
      supergraphSdl: composeSupergraph(committedSubgraphs()).supergraphSdl,
      urls: { relations: stack.urls.relations, corridors: `http://127.0.0.1:${port}/graphql` },
      log: pino({ level: "silent" }),
      exposeInternals: false,
    });
    const served = await serveGateway(gateway, {}, 0, testHttpSettings(), pino({ level: "silent" }));
    try {
      const r = await post(`${served.url}graphql`, { query: '{ country(code: "IR") { name corridors { id } } }' });
      expect(r.status).toBe(200);
      expect(r.body.data.country.name).toBe("Iran");
      expect(r.body.data.country.corridors).toBeNull();
      expect(r.body.errors).toHaveLength(1);
      expect(r.body.errors[0].extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", serviceName: "corridors" });
      expect(r.body.errors[0].path).toEqual(["country", "corridors"]);
      expect(r.body.errors[0].message).toContain("corridors");
    } finally {
      await served.stop();
      proxy.close();
    }
  });
});
