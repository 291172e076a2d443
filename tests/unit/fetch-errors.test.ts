import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { fetchFieldPaths, isUnreachable, unavailableResponse } from "../../src/gateway/fetch-errors.js";

/** The paths a failed subgraph fetch reports, relative to the fetch, as a subgraph's own errors would be. */
describe("fetchFieldPaths", () => {
  it("names each root field of a root fetch by its response key, fragments included, __typename aside", () => {
    const doc = parse('query Q { __typename a: country(code: "IR") { name } ...F ... on Query { corridor(id: "instc") { id } } } fragment F on Query { corridors { id } }');
    expect(fetchFieldPaths(doc, undefined, {})).toEqual([["a"], ["corridors"], ["corridor"]]);
  });

  it("names each field of each representation of an _entities fetch, by its __typename", () => {
    const query = "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Country { corridors { id } n: corridorNodes { id } } ...A } } fragment A on Agreement { corridors { id } }";
    const representations = [{ __typename: "Country", code: "IR" }, { __typename: "Agreement", id: "x" }, { __typename: "Country", code: "RU" }];
    expect(fetchFieldPaths(undefined, query, { representations })).toEqual([
      ["_entities", 0, "corridors"],
      ["_entities", 0, "n"],
      ["_entities", 1, "corridors"],
      ["_entities", 2, "corridors"],
      ["_entities", 2, "n"],
    ]);
  });

  it("takes fragments on an interface when none is on the type, and falls back to the entity, or to no path", () => {
    const onNode = "query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Node { nodeId } } }";
    expect(fetchFieldPaths(undefined, onNode, { representations: [{ __typename: "Country" }] })).toEqual([["_entities", 0, "nodeId"]]);
    const bare = "query($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }";
    expect(fetchFieldPaths(undefined, bare, { representations: [{ __typename: "Country" }] })).toEqual([["_entities", 0]]);
    expect(fetchFieldPaths(undefined, "{ broken", {})).toEqual([]);
  });
});

describe("unavailableResponse", () => {
  it("puts SERVICE_UNAVAILABLE and the subgraph's name on every path, or on one error without a path", () => {
    const r = unavailableResponse({ serviceName: "corridors", query: "{ corridor(id: \"instc\") { id } corridors { id } }" });
    expect(r.errors).toEqual(
      ["corridor", "corridors"].map((k) => ({ message: "The corridors subgraph is unavailable; try again shortly.", path: [k], extensions: { code: "SERVICE_UNAVAILABLE", serviceName: "corridors" } })),
    );
    const none = unavailableResponse({ serviceName: "relations" }, "The database is unavailable; try again shortly.", { retryAfterSeconds: 1 });
    expect(none.errors).toEqual([{ message: "The relations subgraph is unavailable: The database is unavailable; try again shortly.", extensions: { retryAfterSeconds: 1, code: "SERVICE_UNAVAILABLE", serviceName: "relations" } }]);
  });

  it("tells an unreachable subgraph from one that answered", () => {
    expect(isUnreachable(Object.assign(new Error("request to http://127.0.0.1:1/graphql failed, reason: connect ECONNREFUSED"), { name: "FetchError", code: "ECONNREFUSED" }))).toBe(true);
    expect(isUnreachable(Object.assign(new Error("aborted"), { name: "AbortError" }))).toBe(true);
    expect(isUnreachable(new Error("Expected JSON response body, but received: <html>"))).toBe(false);
  });
});

describe("InProcessDataSource", () => {
  it("answers a subgraph whose database is down before the operation runs with an error on each field, naming it", async () => {
    const { InProcessDataSource } = await import("../../src/gateway/in-process.js");
    const down = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const app = { name: "corridors", context: async () => Promise.reject(down) } as unknown as ConstructorParameters<typeof InProcessDataSource>[0];
    const query = "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Country { corridors { id } } } }";
    const r = await new InProcessDataSource(app).process({
      kind: "incoming operation",
      request: { query, variables: { representations: [{ __typename: "Country", code: "IR" }, { __typename: "Country", code: "RU" }] } },
      context: { requestId: "rid" },
      document: parse(query),
    } as unknown as Parameters<InstanceType<typeof InProcessDataSource>["process"]>[0]);
    expect(r.errors?.map((e) => e.path)).toEqual([
      ["_entities", 0, "corridors"],
      ["_entities", 1, "corridors"],
    ]);
    for (const e of r.errors ?? []) expect(e).toMatchObject({ message: "The corridors subgraph is unavailable: The database is unavailable; try again shortly.", extensions: { code: "SERVICE_UNAVAILABLE", serviceName: "corridors" } });
  });
});
