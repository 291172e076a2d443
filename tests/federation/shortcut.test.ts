import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { committedSubgraphs, composeSupergraph } from "../../src/gateway/compose.js";
import { createGateway } from "../../src/gateway/gateway.js";
import { DirectRoutes } from "../../src/gateway/in-process.js";
import { Admission } from "../../src/graphql/admission.js";
import { serveGateway } from "../../src/http/serve.js";
import type { HttpServer } from "../../src/http/server.js";
import { startTestStack, testHttpSettings, type TestStack } from "../support/app.js";

/**
 * The gateway's HTTP shortcut (src/gateway/shortcut.ts): once the pipeline has answered an operation
 * directly, the same text is answered without the gateway's Apollo pipeline, byte for byte as the
 * pipeline answers it, while everything the pipeline would refuse or answer with errors still goes
 * through it. Wired as `npm start` wires it (createGateway), with the response cache off.
 */
let stack: TestStack;
let routes: DirectRoutes;
let admission: Admission;
let server: HttpServer;
let url: string;
const http = testHttpSettings();
/** Low enough that a page of a few dozen agreements is over it, while a small one is within it. */
const MAX_COST = 400;

/** A gateway over the stack's subgraphs as `npm start` makes it (createGateway), served over HTTP with its shortcut. */
async function serve(direct: DirectRoutes, admitting: Admission | undefined, limited = true): Promise<HttpServer> {
  const { server: gateway, shortcut } = createGateway({
    direct,
    supergraphSdl: composeSupergraph(committedSubgraphs()).supergraphSdl,
    urls: {},
    log: pino({ level: "silent" }),
    exposeInternals: false,
    limits: limited ? { ...http.limits!, maxCost: MAX_COST } : undefined,
    admission: admitting,
    local: stack.apps,
  });
  expect(shortcut).toBeDefined();
  return serveGateway(gateway, {}, 0, http, pino({ level: "silent" }), undefined, stack.apps, shortcut);
}

beforeAll(async () => {
  stack = await startTestStack(undefined, { cache: { RESPONSE_CACHE: "off" } });
  routes = new DirectRoutes(stack.apps);
  admission = new Admission({ ...http.admission!, prefix: "shortcut-test" });
  server = await serve(routes, admission);
  url = `${server.url}graphql`;
});
afterAll(async () => {
  await server?.stop();
  await stack?.close();
});

/** One POST: its status, the headers that are not per request or per connection, and its body as sent. */
async function post(body: unknown, headers: Record<string, string> = {}, to = url) {
  const res = await fetch(to, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  const kept = [...res.headers].filter(([k]) => !["date", "x-request-id", "connection", "keep-alive"].includes(k));
  return { status: res.status, headers: kept, text };
}

/** The first run (through the pipeline, which teaches the route), then a second: both, and whether the second took the shortcut. */
async function twice(body: unknown, headers: Record<string, string> = {}) {
  const first = await post(body, headers);
  const before = routes.shortcuts;
  const second = await post(body, headers);
  return { first, second, shortcut: routes.shortcuts - before };
}

/** An answer with errors without what differs between two runs: each request's id, and the stack trace (the test stack's subgraphs run in development) with the length it adds. */
function sameAcrossRuns(r: { status: number; headers: [string, string][]; text: string }) {
  const body = JSON.parse(r.text) as { errors?: { extensions?: Record<string, unknown> }[] };
  for (const e of body.errors ?? []) delete e.extensions?.requestId, delete e.extensions?.stacktrace;
  return { status: r.status, headers: r.headers.filter(([k]) => k !== "content-length"), body };
}

describe("the gateway's HTTP shortcut", () => {
  it("answers a learned read without the pipeline, with the pipeline's status, headers and bytes, for each Accept", async () => {
    const reads: [string, Record<string, unknown>?][] = [
      [`{ country(code: "IR") { code name officialName region capital } }`],
      [`query One($id: ID!) { agreement(id: $id) { id title } }`, { id: "ir-ru-cspt-2025" }],
      [`query($n: Int) { agreements(first: $n) { nodes { id title } pageInfo { endCursor hasNextPage } } }`, { n: 2 }],
    ];
    for (const accept of [undefined, "application/graphql-response+json,application/json;q=0.9", "application/json"]) {
      for (const [query, variables] of reads) {
        const r = await twice({ query, variables }, accept ? { accept } : {});
        expect(r.shortcut, `${query} (${accept})`).toBe(1);
        expect(r.first.status).toBe(200);
        expect(JSON.parse(r.first.text).errors, query).toBeUndefined();
        expect(r.second).toEqual(r.first);
      }
    }
  });

  it("keeps the pipeline for a body with other members, an unknown operation name, a GET and a mutation", async () => {
    const query = `query A { country(code: "RU") { code } } query B { country(code: "IR") { code } }`;
    await post({ query, operationName: "A" });
    const cases: [unknown, string][] = [
      [{ query, operationName: "A", extensions: {} }, "extensions"],
      [{ query, operationName: "B" }, "an operation not run before"],
      [{ query, operationName: "C" }, "an unknown operation"],
      [{ query, operationName: 7 }, "a name that is not a string"],
      [{ query: `{ country(code: "RU") { code } }`, variables: [] }, "variables that are not an object"],
    ];
    for (const [body, what] of cases) {
      const before = routes.shortcuts;
      const r = await post(body);
      expect(routes.shortcuts - before, what).toBe(0);
      expect(r.status, what).toBeLessThan(500);
    }
    // Unknown operation: the pipeline's own error.
    const unknown = await post({ query, operationName: "C" });
    expect(JSON.parse(unknown.text).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const before = routes.shortcuts;
    const get = await fetch(`${url}?query=${encodeURIComponent(`query A { country(code: "RU") { code } } query B { country(code: "IR") { code } }`)}&operationName=A`, { headers: { "apollo-require-preflight": "1" } });
    expect(get.status).toBe(200);
    expect(routes.shortcuts - before).toBe(0);
    // A mutation is never learned for the shortcut (here refused without a key, but planned first).
    const mutation = `mutation { deletePerson(id: "nobody", expectedVersion: 1) { id } }`;
    const refused = await post({ query: mutation });
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(routes.known(mutation, undefined)).toBeUndefined();
    expect(routes.known(`query A { country(code: "RU") { code } } query B { country(code: "IR") { code } }`, "A")).toBeDefined();
  });

  it("gives the pipeline an operation whose variables price it as heavy for admission", async () => {
    const query = `query($n: Int) { agreements(first: $n) { nodes { id parties { country { code } } } } }`;
    const small = await twice({ query, variables: { n: 1 } });
    expect(small.shortcut).toBe(1);
    const before = routes.shortcuts;
    // Heavy (over ADMISSION_LIGHT_COST, so it may queue) but within the limit: answered, by the pipeline.
    const heavy = await post({ query, variables: { n: 20 } });
    expect(JSON.parse(heavy.text).errors).toBeUndefined();
    expect(JSON.parse(heavy.text).data.agreements.nodes.length).toBe(20);
    expect(routes.shortcuts - before).toBe(0);
  });

  it("gives the pipeline an operation whose variables price it over the cost limit (no admission, so only the limit decides)", async () => {
    const direct = new DirectRoutes(stack.apps);
    const limited = await serve(direct, undefined);
    try {
      const to = `${limited.url}graphql`;
      const query = `query($n: Int) { agreements(first: $n) { nodes { id parties { country { code } } } } }`;
      await post({ query, variables: { n: 1 } }, {}, to);
      await post({ query, variables: { n: 1 } }, {}, to);
      expect(direct.shortcuts).toBe(1);
      // Refused by the pipeline, as before the shortcut (a 200 for application/json).
      const over = await post({ query, variables: { n: 100 } }, {}, to);
      expect(JSON.parse(over.text).errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: MAX_COST });
      expect(direct.shortcuts).toBe(1);
    } finally {
      await limited.stop();
    }
  });

  it("gives the pipeline a run with errors and a value a subgraph's check refuses, with the pipeline's answer", async () => {
    const query = `query($c: String!) { country(code: $c) { code name } }`;
    expect((await twice({ query, variables: { c: "IR" } })).shortcut).toBe(1);
    for (const c of ["!!", "I\u0000R"]) {
      const before = routes.shortcuts;
      const first = await post({ query, variables: { c } });
      const second = await post({ query, variables: { c } });
      expect(routes.shortcuts - before, c).toBe(0);
      expect(JSON.parse(first.text).errors[0].extensions.code, c).toBe("BAD_USER_INPUT");
      expect(JSON.parse(first.text).errors[0].extensions.requestId, c).toBeTruthy();
      expect(sameAcrossRuns(second)).toEqual(sameAcrossRuns(first));
    }
  });

  it("holds admission while it runs, and gives the pipeline an operation admission refuses", async () => {
    const query = `{ country(code: "KZ") { code name } }`;
    expect((await twice({ query })).shortcut).toBe(1);
    // Every light place taken: the pipeline answers 503, as it would without the shortcut.
    const held = await Promise.all(Array.from({ length: http.admission!.maxLightInFlight }, () => admission.admit(1, "someone else")));
    try {
      const before = routes.shortcuts;
      const refused = await post({ query });
      expect(routes.shortcuts - before).toBe(0);
      expect(refused.status).toBe(503);
      expect(JSON.parse(refused.text).errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
    } finally {
      for (const release of held) release();
    }
    // Released after each answer: a burst of shortcut answers leaves every place free.
    const before = routes.shortcuts;
    await Promise.all(Array.from({ length: 20 }, () => post({ query })));
    expect(routes.shortcuts - before).toBe(20);
    const again = await Promise.all(Array.from({ length: http.admission!.maxLightInFlight }, () => admission.admit(1, "someone else")));
    for (const release of again) release();
  });

  it("admits nothing where the gateway's server admits nothing (no limits, so no cost plugin)", async () => {
    const direct = new DirectRoutes(stack.apps);
    const unlimited = await serve(direct, admission, false);
    const held = await Promise.all(Array.from({ length: http.admission!.maxLightInFlight }, () => admission.admit(1, "someone else")));
    try {
      const to = `${unlimited.url}graphql`;
      const query = `{ country(code: "TR") { code name } }`;
      const first = await post({ query }, {}, to);
      const second = await post({ query }, {}, to);
      // Every light place is held, yet both answer, the second by the shortcut, as the pipeline answers without admission.
      expect(direct.shortcuts).toBe(1);
      expect(second).toEqual(first);
      expect(JSON.parse(second.text).data.country.code).toBe("TR");
    } finally {
      for (const release of held) release();
      await unlimited.stop();
    }
  });
});
