import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../src/auth/api-key.entity.js";
import { committedSubgraphs, composeSupergraph } from "../../src/gateway/compose.js";
import { createGatewayServer } from "../../src/gateway/gateway.js";
import { DirectRoutes } from "../../src/gateway/in-process.js";
import { serveGateway } from "../../src/http/serve.js";
import type { HttpServer } from "../../src/http/server.js";
import { startTestStack, testHttpSettings, type TestStack } from "../support/app.js";

/**
 * `npm start` runs the gateway and both subgraphs in one process, and the gateway calls them
 * in-process (GATEWAY_IN_PROCESS). The answers must be the same as over HTTP, keys included.
 */
let stack: TestStack;
let local: HttpServer;
let localUrl: string;
let direct: DirectRoutes;

beforeAll(async () => {
  stack = await startTestStack();
  direct = new DirectRoutes(stack.apps);
  const gateway = createGatewayServer({
    direct,
    supergraphSdl: composeSupergraph(committedSubgraphs()).supergraphSdl,
    urls: {},
    log: pino({ level: "silent" }),
    exposeInternals: true,
    local: stack.apps,
  });
  local = await serveGateway(gateway, {}, 0, testHttpSettings(), pino({ level: "silent" }));
  localUrl = `${local.url}graphql`;
});
afterAll(async () => {
  await local?.stop();
  await stack?.close();
});

async function both(query: string, headers: Record<string, string> = {}) {
  const viaLocal = await fetch(localUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
  const viaHttp = await stack.post(query, undefined, headers);
  return { local: (await viaLocal.json()) as any, http: viaHttp.body };
}

/** Drops what differs between two runs of one query from its errors: each request's id, and the stack trace (development only) of the code that made the error. */
function sameAcrossRuns(answers: { errors?: { extensions: Record<string, unknown> }[] }[]) {
  for (const r of answers) for (const e of r.errors ?? []) delete e.extensions.requestId, delete e.extensions.stacktrace;
}

describe("the gateway calling subgraphs in-process", () => {
  it("answers a cross-subgraph query exactly as over HTTP", async () => {
    const q = `{ bilateralRelation(between: ["IR", "RU"]) { id agreements { id title parties { country { code } } } sharedCorridors { id name segments { id mode from { id country { name } } } } } }`;
    const r = await both(q);
    expect(r.local.errors).toBeUndefined();
    expect(r.local.data.bilateralRelation.sharedCorridors.length).toBeGreaterThan(0);
    expect(r.local).toEqual(r.http);
  });

  it("passes the caller's key: a bad key is UNAUTHENTICATED, an editor may write", async () => {
    const bad = await both(`mutation { createTopic(input: { code: "inproc-x", name: "X" }) { code } }`, { authorization: "Bearer nope" });
    expect(bad.local.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    expect(bad.http.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const { id, key } = await stack.auth.create("in-process test", Role.EDITOR);
    try {
      const res = await fetch(localUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: `mutation { createTopic(input: { code: "inproc-test", name: "In-process test" }) { code version } }` }),
      });
      const body = (await res.json()) as any;
      expect(body.errors).toBeUndefined();
      expect(body.data.createTopic).toEqual({ code: "inproc-test", version: 1 });
      const read = await stack.post(`{ topic(code: "inproc-test") { name } }`);
      expect(read.body.data.topic.name).toBe("In-process test");
      const del = await fetch(localUrl, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: `mutation { deleteTopic(code: "inproc-test", expectedVersion: 1) { code } }` }),
      });
      expect(((await del.json()) as any).data.deleteTopic.code).toBe("inproc-test");
    } finally {
      await stack.auth.revoke(id);
    }
  });

  it("answers an operation of one subgraph by that subgraph directly from its second run, exactly as the gateway does", async () => {
    const one = [
      `{ agreements(first: 5) { totalCount nodes { id title signedOn parties { country { code name } ratification { stages { kind date } } } topics { code } } pageInfo { hasNextPage endCursor } } }`,
      `query C { country(code: "RU") { code name neighbours { code } } nope: agreement(id: "no-such") { id } }`,
      `{ agreements(first: 500) { totalCount } }`,
      `{ __typename search(text: "energy", first: 3) { edges { score node { __typename ... on Agreement { id } ... on Clause { id } } } } }`,
    ];
    for (const q of one) {
      const before = direct.answered;
      const first = await both(q);
      const second = await both(q);
      expect(direct.answered - before, q).toBe(1); // the first run taught it, the second was answered directly
      sameAcrossRuns([first.local, first.http, second.local, second.http]);
      expect(second.local, q).toEqual(first.local);
      expect(second.local, q).toEqual(second.http);
    }
    expect(JSON.stringify((await both(one[2])).local.errors[0].extensions)).toMatch(/"serviceName":"relations"/);
  });

  it("keeps the gateway's way for what one subgraph cannot answer alone, introspection and mutations", async () => {
    const before = direct.answered;
    for (const q of [
      `{ country(code: "IR") { code corridors { id } } }`,
      `{ __schema { queryType { name } } agreements(first: 1) { nodes { id } } }`,
      `mutation { deleteTopic(code: "no-such", expectedVersion: 1) { code } }`,
    ]) {
      const [a, b] = [await both(q), await both(q)];
      sameAcrossRuns([a.local, b.local]);
      expect(b.local, q).toEqual(a.local);
    }
    expect(direct.answered).toBe(before);
  });

  it("keeps the subgraph's error codes and the request id", async () => {
    const res = await fetch(localUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "inproc-1" },
      body: JSON.stringify({ query: `{ agreements(first: 500) { totalCount } }` }),
    });
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].extensions.requestId).toBe("inproc-1");
  });
});
