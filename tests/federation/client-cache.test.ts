import type { ApolloClient as Client, InMemoryCache as Cache } from "@apollo/client";
import { buildSchema, isAbstractType, parse, type GraphQLSchema } from "graphql";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { apiSchemaSdl } from "../../web/codegen.js";
import { startTestStack, type TestStack } from "../support/app.js";
import { clientOperations, type NamedOperation } from "../support/operations.js";

/**
 * A real client: Apollo Client with a default InMemoryCache (no typePolicies; only the `possibleTypes` of the
 * schema's union and interface, which Apollo documents for fragments on them) runs README's
 * examples and the explorer's operations through the gateway over both subgraphs, on the seeded data. The cache
 * must take every answer without a warning, key every object that has an id by `__typename:id`, and then answer
 * the same operations from the cache alone.
 */

// Apollo Client checks for lost cache data and missing fields only in development builds: __DEV__ must be set
// before it loads, and its messages loaded to be readable.
(globalThis as { __DEV__?: boolean }).__DEV__ = true;
const { ApolloClient, HttpLink, InMemoryCache } = await import("@apollo/client");
const { loadDevMessages, loadErrorMessages } = await import("@apollo/client/dev");
loadDevMessages();
loadErrorMessages();

let stack: TestStack;
/** Requests the client sent, and each operation's answer as the server gave it. */
let requests = 0;
const answers = new Map<string, { data?: unknown; errors?: unknown }>();

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = buildSchema(await apiSchemaSdl());
  stack = await startTestStack();
});
afterAll(() => stack?.close());

/** Everything Apollo Client (its invariant warnings and errors go through console) or anything else logs. */
let logged: MockInstance[] = [];
beforeEach(() => {
  logged = (["warn", "error", "log", "info", "debug"] as const).map((level) => vi.spyOn(console, level).mockImplementation(() => {}));
});
afterEach(() => vi.restoreAllMocks());
const messages = () => logged.flatMap((spy) => spy.mock.calls.map((args) => args.map(String).join(" ")));

/**
 * The API schema's unions and interfaces with their members, which InMemoryCache needs to match a fragment on a
 * member of a union (`search { edges { node { ... on Clause { id } } } }`) without guessing: Apollo's documented
 * `possibleTypes`, read from the committed supergraph as a client would generate it. Nothing else is configured.
 */
function possibleTypes(schema: GraphQLSchema): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (isAbstractType(type) && !type.name.startsWith("__")) out[type.name] = schema.getPossibleTypes(type).map((t) => t.name).sort();
  }
  return out;
}

function newClient(): { client: Client; cache: Cache } {
  const cache = new InMemoryCache({ possibleTypes: possibleTypes(schema) });
  const link = new HttpLink({
    uri: stack.urls.gateway,
    fetch: async (input, init) => {
      requests++;
      const res = await fetch(input, init);
      const body = JSON.parse(String(init?.body)) as { operationName: string };
      answers.set(body.operationName, (await res.clone().json()) as { data?: unknown; errors?: unknown });
      return res;
    },
  });
  return { client: new ApolloClient({ cache, link }), cache };
}

/** `Typename:id` of every object in an answer that has both. */
function entityKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) entityKeys(v, into);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.__typename === "string" && (typeof o.id === "string" || typeof o.id === "number")) into.add(`${o.__typename}:${o.id}`);
    for (const v of Object.values(o)) entityKeys(v, into);
  }
  return into;
}

const operations = clientOperations();

/** Runs the operations in this order on a fresh cache, then again from the cache alone. */
async function roundTrip(ops: NamedOperation[]) {
  const { client, cache } = newClient();
  for (const op of ops) {
    const res = await client.query({ query: parse(op.document), variables: op.variables, fetchPolicy: "network-only" });
    expect(answers.get(op.name)?.errors, op.name).toBeUndefined();
    expect(res.data, op.name).toEqual(answers.get(op.name)?.data);
  }
  const stored = cache.extract() as Record<string, unknown>;
  const entities = new Set(ops.flatMap((op) => [...entityKeys(answers.get(op.name)?.data)]));
  const notNormalised = ops.flatMap((op) => [...entityKeys(answers.get(op.name)?.data)].filter((key) => !(key in stored)).map((key) => `${op.name}: ${key}`));
  const sent = requests;
  const fromCache = [];
  for (const op of ops) {
    const res = await client.query({ query: parse(op.document), variables: op.variables, fetchPolicy: "cache-only" });
    fromCache.push({ name: op.name, data: res.data });
  }
  return { stored, entities, notNormalised, sentFromCache: requests - sent, fromCache };
}

describe("Apollo Client with a default InMemoryCache, through the gateway", () => {
  it("runs every README example and explorer operation: one of each at least", () => {
    expect(operations.filter((o) => o.file.startsWith("docs/examples/")).length).toBeGreaterThan(5);
    expect(operations.filter((o) => o.file.startsWith("web/src/graphql/")).length).toBeGreaterThanOrEqual(5);
    expect(new Set(operations.map((o) => o.name)).size).toBe(operations.length);
  });

  for (const [order, ops] of [
    ["in order", operations],
    ["in reverse order", [...operations].reverse()],
  ] as const) {
    it(`caches every answer ${order} without a warning, keyed by __typename:id, and answers again from the cache alone`, async () => {
      const { stored, entities, notNormalised, sentFromCache, fromCache } = await roundTrip(ops);
      // The answers hold about 2,000 objects with an id (246 countries, 382 agreements, 1,112 parties…).
      expect(entities.size).toBeGreaterThan(1000);
      expect.soft(messages(), "nothing logged: no lost cache data, no missing fields").toEqual([]);
      expect.soft(notNormalised, "objects with an id that the cache did not key by __typename:id").toEqual([]);
      // The countries and topics the issue found unnormalised are there, and so are corridor paths.
      const typenames = new Set(Object.keys(stored).map((k) => k.split(":")[0]));
      for (const t of ["Country", "Topic", "CorridorPath", "Agreement", "RatificationStage", "CorridorSegment"]) expect.soft(typenames, t).toContain(t);
      expect.soft(sentFromCache, "requests sent while reading from the cache").toBe(0);
      for (const { name, data } of fromCache) expect.soft(data, `${name} from the cache`).toEqual(answers.get(name)?.data);
    });
  }
});
