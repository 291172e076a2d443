import { execute, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERIES } from "../../bench/queries.js";
import { executionCounts } from "../../src/graphql/compiled-execution.js";
import { startTestApp, type TestApp } from "../support/app.js";

/**
 * The subgraphs run their operations compiled by graphql-jit (src/graphql/compiled-execution.ts),
 * through Apollo Server's gateway interface. graphql-js stays the reference: every answer here is
 * compared with what graphql-js's own `execute` gives on the same schema and data.
 */
let relations: TestApp;
let corridors: TestApp;

beforeAll(async () => {
  // Off: a repeated read would be answered from the response cache, without executing.
  relations = await startTestApp("relations", { cache: { RESPONSE_CACHE: "off" } });
  corridors = await startTestApp("corridors", { cache: { RESPONSE_CACHE: "off" } });
});
afterAll(async () => {
  await relations?.close();
  await corridors?.close();
});

const TREATY = "ir-ru-comprehensive-strategic-partnership-2025";

/** Operations of every shape the schemas have: lists, nesting, unions, interfaces, fragments, aliases, directives, variables, enums, dates, partial errors. */
const RELATIONS: [string, Record<string, unknown>?][] = [
  [QUERIES.Q1],
  [QUERIES.Q2],
  [QUERIES.Q5],
  [`query($id: ID!, $withClauses: Boolean!) { agreement(id: $id) { id title status signedOn ...parties clauses @include(if: $withClauses) { id title } other: parties { country { code } } } } fragment parties on Agreement { parties { ratification { stages { kind date outcome } } } }`, { id: TREATY, withClauses: true }],
  [`query($id: ID!) { agreement(id: $id) { id clauses @skip(if: true) { id } } }`, { id: TREATY }],
  [`{ search(text: "partnership", first: 5) { totalCount edges { score node { __typename ... on Agreement { id title } ... on Clause { id } ... on Country { code } } } pageInfo { hasNextPage } } }`],
  [`{ agreements(first: 3) { nodes { nodeId } } }`],
  // A field's error beside data that resolved: partial data, the error at its path.
  [`{ agreement(id: "${TREATY}") { title claims(field: "nope") { value } } }`],
  [`{ node(id: "not-a-global-id") { nodeId } }`],
];

const CORRIDORS: [string, Record<string, unknown>?][] = [
  [`{ corridors { id name lengthKm members { __typename } segments { id mode status from { id name latitude } to { id } } } }`],
  [`query($c: String) { corridors(country: $c) { id name routes { __typename } } }`, { c: "IR" }],
  [QUERIES.Q7],
];

async function byGraphqlJs(t: TestApp, query: string, variables?: Record<string, unknown>) {
  const r = await execute({ schema: t.app.schema, document: parse(query), contextValue: await t.app.context({}), variableValues: variables });
  return { data: r.data, errors: r.errors?.map((e) => ({ message: e.message, path: e.path })) };
}

describe("subgraph operations compiled by graphql-jit", () => {
  for (const [name, cases] of [["relations", RELATIONS], ["corridors", CORRIDORS]] as const) {
    it(`${name}: the same answers as graphql-js, compiled from a document's second run`, async () => {
      const t = name === "relations" ? relations : corridors;
      const counts = executionCounts(t.app.schema)!;
      expect(counts).toBeDefined();
      for (const [query, variables] of cases) {
        const before = { ...counts };
        const first = await t.run(query, variables);
        // The first run is graphql-js's: compiling costs about what it saves on one run.
        expect(counts.interpreted, query).toBe(before.interpreted + 1);
        const second = await t.run(query, variables);
        // Or planned, where the features declare how (src/graphql/planned-execution.ts; tests/federation/planned-execution.test.ts).
        expect(counts.compiled + counts.planned, query).toBe(before.compiled + before.planned + 1);
        const reference = await byGraphqlJs(t, query, variables);
        for (const got of [first, second]) {
          expect(got.data, query).toEqual(reference.data);
          expect(got.errors?.map((e) => ({ message: e.message, path: e.path })), query).toEqual(reference.errors);
        }
      }
    });
  }

  it("leaves introspection to graphql-js", async () => {
    const q = `{ __schema { queryType { name } } __type(name: "Agreement") { name fields { name } } }`;
    const before = executionCounts(relations.app.schema)!.compiled;
    for (let i = 0; i < 3; i++) expect((await relations.run(q)).data).toEqual((await byGraphqlJs(relations, q)).data);
    expect(executionCounts(relations.app.schema)!.compiled).toBe(before);
  });

  it("refuses bad variables as graphql-js does: BAD_USER_INPUT, nothing run", async () => {
    const q = `query($id: ID!) { agreement(id: $id) { id } }`;
    await relations.run(q, { id: TREATY });
    const statements = relations.app.sql.statements;
    for (const variables of [{}, { id: null }, { id: { not: "an id" } }]) {
      const r = await relations.run(q, variables);
      expect(r.data, JSON.stringify(variables)).toBeUndefined();
      expect(r.errors!.map((e) => e.extensions.code)).toEqual(["BAD_USER_INPUT"]);
      expect(r.errors![0].message).toMatch(/^Variable "\$id" /);
    }
    expect(relations.app.sql.statements).toBe(statements);
  });
});
