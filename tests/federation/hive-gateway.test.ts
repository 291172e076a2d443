import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTER_SECRET_HEADER } from "../../src/http/guards.js";
import { clientOperations } from "../support/operations.js";
import { startTestStack, type TestStack } from "../support/app.js";

/**
 * Another router in front of the same subgraphs: Hive Gateway (@graphql-hive/gateway), serving the
 * committed supergraph with the subgraph URLs pointed at this test's subgraphs. The subgraphs run as
 * in production (NODE_ENV=production, the router secret, which Hive sends). Both gateways must give
 * the same data for the same operations, and the errors the subgraphs raise must keep their contract
 * code and a request id behind Hive, since the subgraphs add them themselves. Errors Hive raises
 * itself (its own parse and validation, an unreachable subgraph) are Hive's: the last block only
 * records what holds behind our gateway alone, as README says ("Behind another router").
 */

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** A few of our own beside README's: variables, fragments, aliases, directives, entities both ways. */
const OWN_OPERATIONS: Operation[] = [
  {
    name: "a country and its corridors, by variable",
    query: "query CountryCorridors($code: String!) { country(code: $code) { name capital corridors { id acronym members { role country { code name } } } corridorNodes { id name kind } } }",
    variables: { code: "IR" },
  },
  {
    name: "a page of countries with a field from the other subgraph on each",
    query: "query Page($first: Int!) { countries(first: $first) { totalCount nodes { code name corridors { id } } pageInfo { hasNextPage endCursor } } }",
    variables: { first: 25 },
  },
  {
    name: "a status on a Date variable, and corridors on the agreement",
    query: 'query StatusOn($d: Date) { agreement(id: "ir-ru-comprehensive-strategic-partnership-2025") { title status(asOf: $d) corridors { id name } } }',
    variables: { d: "2025-05-01" },
  },
  {
    name: "aliases, a named fragment and __typename on both subgraphs' fields",
    query: 'query Pair { iran: country(code: "IR") { ...C } russia: country(code: "RU") { ...C } } fragment C on Country { __typename code name corridors { __typename id acronym } }',
  },
  {
    name: "the corridors subgraph's root, with relations' entities under it",
    query: "{ corridors { id name members { role since country { code name capital } } foundingAgreement { title signedOn parties { country { code } } } } }",
  },
  {
    name: "a corridor node's country, and @include on a variable",
    query: 'query Node($withCorridors: Boolean!) { corridorNode(id: "ir-astara") { id name country { code name corridors @include(if: $withCorridors) { id } } } }',
    variables: { withCorridors: true },
  },
  {
    name: "nodes by global id, in both subgraphs (an entity interface)",
    query: "query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename nodeId ... on Country { name corridors { id } } ... on TradeCorridor { name members { country { code } } } } }",
    variables: { ids: [Buffer.from("Country:IR").toString("base64url"), Buffer.from("TradeCorridor:instc").toString("base64url"), Buffer.from("Country:ZZ").toString("base64url")] },
  },
];

/** Every operation both gateways run: README's examples and the explorer's (docs/examples, web/src/graphql), then our own. */
const OPERATIONS: Operation[] = [...clientOperations().map((o) => ({ name: o.name, query: o.document, variables: o.variables })), ...OWN_OPERATIONS];

/** Errors the subgraphs raise, each with the code it must keep behind any router. */
const SUBGRAPH_ERRORS: Array<Operation & { code: string; subgraph: string }> = [
  { name: "a bad Date literal", query: '{ agreement(id: "ir-ru-comprehensive-strategic-partnership-2025") { status(asOf: "2025-02-30") } }', code: "BAD_USER_INPUT", subgraph: "relations" },
  { name: "a bad Date variable", query: 'query($d: Date) { agreement(id: "ir-ru-comprehensive-strategic-partnership-2025") { status(asOf: $d) } }', variables: { d: "2025-02-30" }, code: "BAD_USER_INPUT", subgraph: "relations" },
  { name: "a year-0 Date variable in an entity fetch", query: 'query($d: Date) { corridor(id: "instc") { id foundingAgreement { title status(asOf: $d) } } }', variables: { d: "0000-01-01" }, code: "BAD_USER_INPUT", subgraph: "relations" },
  { name: "a resolver's BAD_USER_INPUT", query: '{ bilateralRelation(between: ["IR", "IR"]) { id } }', code: "BAD_USER_INPUT", subgraph: "relations" },
  { name: "a bad cursor", query: '{ countries(first: 2, after: "garbage") { nodes { code } } }', code: "BAD_USER_INPUT", subgraph: "relations" },
  { name: "a bad argument in the corridors subgraph", query: '{ corridorPath(from: "not a node!", to: "RU") { lengthKm } }', code: "BAD_USER_INPUT", subgraph: "corridors" },
];

/**
 * What this test uses of @graphql-hive/gateway. It is imported by a name the compiler does not follow:
 * its typings bring graphql-yoga's, which redeclare graphql's GraphQLErrorExtensions (`http.headers` a
 * plain record), and our Apollo code (a HeaderMap there) would no longer compile.
 */
interface HiveRuntime {
  (req: IncomingMessage, res: ServerResponse): void;
  dispose(): Promise<void> | void;
}
interface HiveModule {
  createGatewayRuntime(config: { supergraph: string; transportEntries: Record<string, { location: string; headers: [string, string][] }>; logging: boolean }): HiveRuntime;
}
const HIVE_GATEWAY = "@graphql-hive/gateway";

const SECRET = "hive-gateway-test-router-secret";
let stack: TestStack;
let hive: { url: string; close(): Promise<void> };

/** Hive Gateway over the committed supergraph, with each subgraph's URL given here. */
async function startHive(urls: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const { createGatewayRuntime } = (await import(HIVE_GATEWAY)) as HiveModule;
  const runtime = createGatewayRuntime({
    supergraph: readFileSync("schema/supergraph.graphql", "utf8"),
    transportEntries: Object.fromEntries(Object.entries(urls).map(([name, location]) => [name, { location, headers: [[ROUTER_SECRET_HEADER, SECRET]] }])),
    logging: false,
  });
  const server: Server = createServer(runtime);
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    async close() {
      await new Promise((ok) => server.close(ok));
      await runtime.dispose();
    },
  };
}

beforeAll(async () => {
  stack = await startTestStack(undefined, { http: { routerSecret: SECRET, production: true } });
  hive = await startHive({ relations: stack.urls.relations, corridors: stack.urls.corridors });
});
afterAll(async () => {
  await hive?.close();
  await stack?.close();
});

async function post(url: string, op: Pick<Operation, "query" | "variables">, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: op.query, variables: op.variables }) });
  return { status: res.status, requestId: res.headers.get("x-request-id"), body: (await res.json()) as { data?: any; errors?: any[] } };
}

describe("the same operations through our gateway and Hive Gateway", () => {
  it("has README's examples and our own to run", () => {
    expect(OPERATIONS.length).toBeGreaterThan(OWN_OPERATIONS.length);
    expect(new Set(OPERATIONS.map((o) => o.name)).size).toBe(OPERATIONS.length);
  });

  it.each(OPERATIONS.map((o) => [o.name, o] as const))("%s: the same data, no errors", async (_name, op) => {
    const ours = await post(stack.urls.gateway, op);
    const theirs = await post(hive.url, op);
    expect(ours.body.errors, JSON.stringify(ours.body.errors)).toBeUndefined();
    expect(theirs.body.errors, JSON.stringify(theirs.body.errors)).toBeUndefined();
    expect(ours.status).toBe(200);
    expect(theirs.status).toBe(200);
    expect(theirs.body.data).toEqual(ours.body.data);
  });
});

describe("errors raised in the subgraphs, behind Hive Gateway", () => {
  it.each(SUBGRAPH_ERRORS.map((o) => [o.name, o] as const))("%s keeps its code, the subgraph's name and a request id", async (_name, op) => {
    for (const [router, url] of [
      ["ours", stack.urls.gateway],
      ["Hive", hive.url],
    ] as const) {
      const given = await post(url, op, { "x-request-id": `rid-${router}` });
      expect(given.status, router).toBe(200);
      const error = given.body.errors?.[0];
      expect(error, `${router}: ${JSON.stringify(given.body)}`).toBeDefined();
      // The id the router was given is the one the subgraph put on its error.
      expect(error.extensions, router).toMatchObject({ code: op.code, requestId: `rid-${router}`, serviceName: op.subgraph });
      // Without one, the router makes one, sends it on, and the subgraph's error carries it.
      const made = await post(url, op);
      expect(made.body.errors?.[0]?.extensions, router).toMatchObject({ code: op.code, requestId: made.requestId });
      expect(made.requestId, router).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe("what holds behind our gateway alone (README, 'Behind another router')", () => {
  it("our gateway codes and identifies its own parse and validation errors; Hive answers with its own", async () => {
    for (const query of ["{ countri { name } }", "{ country(code: "]) {
      const ours = await post(stack.urls.gateway, { query });
      expect(ours.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", requestId: ours.requestId });
      const theirs = await post(hive.url, { query });
      expect(theirs.body.errors?.[0].extensions?.code).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
      expect(theirs.body.errors?.[0].extensions?.requestId).toBeUndefined();
    }
  });

  it("our gateway applies the client limits; behind Hive only the subgraphs' backstops hold", async () => {
    const aliases = { query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: country(code: "IR") { name }`).join(" ")} }` };
    const ours = await post(stack.urls.gateway, aliases);
    expect(ours.body.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: 15, requestId: ours.requestId });
    const theirs = await post(hive.url, aliases);
    expect(theirs.body.errors).toBeUndefined();
    expect(Object.keys(theirs.body.data ?? {})).toHaveLength(16);
    // Nested lists priced far over both limits: our gateway refuses at its own (50,000); behind Hive, the
    // relations subgraph refuses at its own (100,000), with its code, its name and the request id.
    const costly = { query: `{ countries(first: 100) { nodes { ${"neighbours { ".repeat(5)}code${" }".repeat(5)} } } }` };
    const oursCostly = await post(stack.urls.gateway, costly);
    expect(oursCostly.body.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: 50_000, requestId: oursCostly.requestId });
    const theirsCostly = await post(hive.url, costly);
    expect(theirsCostly.body.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: 100_000, serviceName: "relations", requestId: theirsCostly.requestId });
  });

  it("our gateway puts SERVICE_UNAVAILABLE, the path and the subgraph's name on an unreachable subgraph's fields; Hive its own error", async () => {
    const refused = "http://127.0.0.1:1/graphql";
    const { createGatewayServer } = await import("../../src/gateway/gateway.js");
    const { serveGateway } = await import("../../src/http/serve.js");
    const { committedSubgraphs, composeSupergraph } = await import("../../src/gateway/compose.js");
    const { testHttpSettings } = await import("../support/app.js");
    const pino = (await import("pino")).default;
    const urls = { relations: stack.urls.relations, corridors: refused };
    const gateway = createGatewayServer({ supergraphSdl: composeSupergraph(committedSubgraphs()).supergraphSdl, urls, log: pino({ level: "silent" }), exposeInternals: false, routerSecret: SECRET });
    const served = await serveGateway(gateway, {}, 0, testHttpSettings(), pino({ level: "silent" }));
    const hiveDown = await startHive(urls);
    const op = { query: '{ country(code: "IR") { name corridors { id } } corridor(id: "instc") { id } }' };
    try {
      const ours = await post(`${served.url}graphql`, op);
      const theirs = await post(hiveDown.url, op);
      for (const r of [ours, theirs]) expect(r.body.data).toEqual({ country: { name: "Iran", corridors: null }, corridor: null });
      expect(ours.body.errors!.map((e) => e.path).sort()).toEqual([["corridor"], ["country", "corridors"]]);
      for (const e of ours.body.errors!) expect(e.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", serviceName: "corridors", requestId: ours.requestId });
      expect(theirs.body.errors!.length).toBeGreaterThan(0);
      // Hive masks the failed fetch (as of 2.15): no contract code, no subgraph named.
      for (const e of theirs.body.errors!) expect(e).toMatchObject({ message: "Unexpected error.", extensions: { code: "INTERNAL_SERVER_ERROR" } });
      for (const e of theirs.body.errors!) expect(e.extensions.serviceName).toBeUndefined();
    } finally {
      await hiveDown.close();
      await served.stop();
    }
  });
});

// The operations are valid against the composed API schema (tests/web/operations.test.ts checks README's;
// ours are checked here), so a difference between the gateways is never a typo's.
it("our own operations are valid against the supergraph's API", async () => {
  const { composeServices } = await import("@apollo/composition");
  const { committedSubgraphs } = await import("../../src/gateway/compose.js");
  const result = composeServices(committedSubgraphs().map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  const api = result.schema!.toAPISchema().toGraphQLJSSchema();
  for (const op of [...OWN_OPERATIONS, ...SUBGRAPH_ERRORS]) expect(validate(api, parse(op.query)).map((e) => `${op.name}: ${e.message}`)).toEqual([]);
});
