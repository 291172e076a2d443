import { execute, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERIES } from "../../bench/queries.js";
import { compiledExecution, executionCounts } from "../../src/graphql/compiled-execution.js";
import { guardedFields } from "../../src/graphql/build-subgraph-schema.js";
import { encodeCursor } from "../../src/graphql/pagination.js";
import { createPlanner } from "../../src/graphql/planned-execution.js";
import { jsonLookup } from "../../src/db/json-select.js";
import { Country } from "../../src/subgraphs/relations/country/country.entity.js";
import { relationsSubgraph } from "../../src/subgraphs/relations/index.js";
import { Source } from "../../src/subgraphs/relations/source/source.entity.js";
import { Topic } from "../../src/subgraphs/relations/topic/topic.entity.js";
import { startTestApp, type TestApp } from "../support/app.js";

/**
 * Planned execution (src/graphql/planned-execution.ts): an operation the features declare how to
 * read is answered in one statement, without resolvers. The resolvers stay the reference: every
 * planned answer here is compared with graphql-js's `execute` on the same schema and data, and an
 * operation a plan cannot follow must run on the resolvers, not be answered differently.
 */
let relations: TestApp;
let corridors: TestApp;
/** Cursors of pages that begin with an agreement that has what a link reads (see beforeAll). */
const at: Record<string, string> = {};

beforeAll(async () => {
  // Off: a repeated read would be answered from the response cache, without executing.
  relations = await startTestApp("relations", { cache: { RESPONSE_CACHE: "off" }, poolMax: 1 });
  corridors = await startTestApp("corridors", { cache: { RESPONSE_CACHE: "off" }, poolMax: 1 });
  const first = async (where: string) => {
    const [row] = await relations.app.dataSource.query(`SELECT coalesce(a.signed_on, DATE '0001-01-01')::text AS k, a.id FROM relations.agreement a WHERE ${where} ORDER BY 1 DESC, 2 DESC LIMIT 1`);
    expect(row, where).toBeDefined();
    // Just after this agreement's own position in SIGNED_ON_DESC order, so the page starts with it.
    return encodeCursor("agreements:SIGNED_ON_DESC", [row.k, `${row.id}~`]);
  };
  at.signatory = await first(`EXISTS (SELECT 1 FROM relations.agreement_party p WHERE p.agreement_id = a.id AND p.signatory_id IS NOT NULL)`);
  at.protocol = await first(`a.parent_id IS NOT NULL`);
  // Protocols of different dates, so that their order shows.
  at.protocols = await first(`(SELECT count(DISTINCT c.signed_on) FROM relations.agreement c WHERE c.parent_id = a.id) >= 2`);
  at.sources = await first(`EXISTS (SELECT 1 FROM relations.agreement_source s WHERE s.agreement_id = a.id)`);
  at.stageSources = await first(`EXISTS (SELECT 1 FROM relations.agreement_party p JOIN relations.ratification_stage s ON s.party_id = p.id JOIN relations.ratification_stage_source x ON x.stage_id = s.id WHERE p.agreement_id = a.id)`);
});
afterAll(async () => {
  await relations?.close();
  await corridors?.close();
});

async function byGraphqlJs(query: string, variables?: Record<string, unknown>, t: TestApp = relations) {
  const r = await execute({ schema: t.app.schema, document: parse(query), contextValue: await t.app.context({}), variableValues: variables });
  return { data: r.data, errors: r.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions.code })) };
}

/** Runs `query` three times (a document is planned on its second run); returns how the last ran and its statements. */
async function runs(query: string, variables?: Record<string, unknown>, t: TestApp = relations) {
  const counts = executionCounts(t.app.schema)!;
  const answers = [];
  for (let i = 0; i < 2; i++) answers.push(await t.run(query, variables));
  const before = { ...counts };
  const statements = t.app.sql.statements;
  answers.push(await t.run(query, variables));
  const ran = counts.planned > before.planned ? "planned" : counts.compiled > before.compiled ? "compiled" : "interpreted";
  return { answers, ran, statements: t.app.sql.statements - statements };
}

const stages = `stages { id kind body date datePrecision dateCertainty notAfter outcome completesRatification votesFor votesAgainst }`;
const party = `id version signedOn signedOnPrecision enteredIntoForceOn country { id code iso3 name officialName region capital kind } ratification { id ${stages} }`;
const deep = encodeCursor("agreements:SIGNED_ON_DESC", ["1990-01-01", "~"]);

/** Operations a plan answers: every kind of link, value, enum, date, alias, fragment, page argument and connection field. */
const PLANNED: [string, Record<string, unknown>?][] = [
  [QUERIES.Q2],
  [QUERIES.Q6(deep)],
  [`{ agreements(first: 7) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id title } } nodes { id title } } }`],
  [`{ agreements(first: 5, orderBy: TITLE_ASC) { nodes { __typename id title kind signedOn signedOnPrecision parties { ${party} } topics { __typename id code name } } } }`],
  [`query($n: Int, $after: String) { list: agreements(first: $n, after: $after) { __typename page: pageInfo { more: hasNextPage end: endCursor } items: nodes { key: id name: title ...when ... on Agreement { parties { country { code } } } } } } fragment when on Agreement { signedOn }`, { n: 4, after: deep }],
  [`{ agreements(last: 3, before: ${JSON.stringify(deep)}) { nodes { id signedOn } pageInfo { hasNextPage hasPreviousPage } } }`],
  [`{ a: agreements(first: 2) { nodes { id } } b: agreements(first: 2, orderBy: SIGNED_ON_ASC) { nodes { id signedOn } } __typename }`],
];

/** Operations a plan must leave to the resolvers. */
const NOT_PLANNED: [string, Record<string, unknown>?][] = [
  // An input object the resolver gets validated.
  [`{ agreements(first: 3, filter: { parties: ["IR", "RU"] }) { nodes { id } } }`],
  // A field with a resolver of its own that no feature declares.
  [`{ agreements(first: 3) { nodes { id status } } }`],
  // An argument on a nested field.
  [`{ agreements(first: 3) { nodes { id parties { status(asOf: "2020-01-01") } } } }`],
  // A directive.
  [`query($x: Boolean!) { agreements(first: 3) { nodes { id title @include(if: $x) } } }`, { x: false }],
  // Two different selections of the nodes.
  [`{ agreements(first: 3) { nodes { id } edges { node { title } } } }`],
  // A root field no feature declares.
  [`{ agreements(first: 2) { nodes { id } } bilateralRelation(between: ["IR", "RU"]) { id } }`],
  // A look-up selecting a field with a resolver of its own.
  [`{ country(code: "IR") { code neighbours { code } } }`],
];

describe("planned execution", () => {
  it("answers what the features declare in one statement, as the resolvers do", async () => {
    for (const [query, variables] of PLANNED) {
      const { answers, ran, statements } = await runs(query, variables);
      expect(ran, query).toBe("planned");
      // One statement per root connection (the count is a second one, only when totalCount is asked).
      const roots = (query.match(/agreements\(/g) ?? []).length;
      expect(statements, query).toBe(roots + (query.includes("totalCount") ? 1 : 0));
      const reference = await byGraphqlJs(query, variables);
      expect(reference.errors, query).toBeUndefined();
      expect(reference.data, query).toBeTruthy();
      for (const got of answers) {
        expect(got.errors, query).toBeUndefined();
        // Key order too: a response lists its keys in the selection's order.
        expect(JSON.stringify(got.data), query).toBe(JSON.stringify(reference.data));
      }
    }
  });

  it("plans every declared link over pages that hold it, and the other root connections, as the resolvers answer", async () => {
    const links = `id title parent { id title } supersedes { id } protocols { id signedOn } sources { id title publisher publishedOn } parties { signatory { id name } ratification { stages { id sources { id title } } } }`;
    const cases: [string, Record<string, unknown> | undefined, TestApp, (data: any) => unknown[]][] = [
      ...Object.entries(at).map(([what, after]): [string, Record<string, unknown>, TestApp, (data: any) => unknown[]] => [
        `query($after: String) { agreements(first: 20, after: $after) { nodes { ${links} } } }`,
        { after },
        relations,
        // The page's first agreement holds what its cursor was chosen for.
        (d) => {
          const a = d.agreements.nodes[0];
          const found = { signatory: a.parties.filter((p: any) => p.signatory), protocol: [a.parent].filter(Boolean), protocols: a.protocols, sources: a.sources, stageSources: a.parties.flatMap((p: any) => p.ratification.stages.flatMap((s: any) => s.sources)) };
          return found[what as keyof typeof found];
        },
      ]),
      [`{ people(first: 5) { nodes { id version name } pageInfo { hasNextPage endCursor } } }`, undefined, relations, (d) => d.people.nodes],
      [`{ people(search: "putin") { edges { cursor node { id name } } } }`, undefined, relations, (d) => d.people.edges],
      [`{ sources(first: 5) { totalCount nodes { id title publisher url archiveUrl language publishedOn accessedOn excerpt } } }`, undefined, relations, (d) => d.sources.nodes],
      [`{ countries(last: 10) { nodes { id code iso3 kind existedFrom existedTo note name officialName region subregion capital } } }`, undefined, relations, (d) => d.countries.nodes],
      [`{ ports(first: 5, country: "IR") { nodes { id unlocode name region waterBody harborSize harborType container roRo railLink maxVesselLengthM channelDepthM latitude longitude } pageInfo { hasNextPage } } }`, undefined, corridors, (d) => d.ports.nodes],
    ];
    for (const [query, variables, t, held] of cases) {
      const { answers, ran } = await runs(query, variables, t);
      expect(ran, query).toBe("planned");
      const reference = await byGraphqlJs(query, variables, t);
      expect(reference.errors, query).toBeUndefined();
      expect(held(reference.data).length, `${query} ${JSON.stringify(variables)}`).toBeGreaterThan(0);
      for (const got of answers) expect(JSON.stringify(got.data), query).toBe(JSON.stringify(reference.data));
    }
  });

  it("plans a root look-up (a country by either code in any case, an agreement, a person, a source by id) in one statement per look-up, as the resolvers answer", async () => {
    const one = async (sql: string) => ((await relations.app.dataSource.query(sql)) as { id: string }[])[0]?.id;
    const agreement = await one(`SELECT a.id FROM relations.agreement a WHERE EXISTS (SELECT 1 FROM relations.agreement_topic t WHERE t.agreement_id = a.id) AND EXISTS (SELECT 1 FROM relations.agreement_party p JOIN relations.ratification_stage s ON s.party_id = p.id WHERE p.agreement_id = a.id) ORDER BY a.id LIMIT 1`);
    const person = await one(`SELECT id FROM relations.person ORDER BY id LIMIT 1`);
    const source = await one(`SELECT id FROM relations.source ORDER BY id LIMIT 1`);
    for (const id of [agreement, person, source]) expect(id).toBeTruthy();
    const country = `id code iso3 kind existedFrom existedTo note name officialName region subregion capital`;
    const cases: [string, Record<string, unknown>?][] = [
      [QUERIES.Q1],
      [`{ country(code: "irn") { ${country} } }`],
      [`query($c: String!) { country(code: $c) { __typename code name } }`, { c: " ru " }],
      [`{ country(code: "ZZ") { code } }`],
      [`{ country(code: "ORG-EU") { code name kind } }`],
      [`{ a: country(code: "IR") { ...c } b: country(code: "RUS") { key: code } } fragment c on Country { code capital }`],
      [`query($id: ID!) { agreement(id: $id) { id title kind signedOn parties { ${party} } topics { code name } sources { id title } parent { id } protocols { id } } }`, { id: agreement }],
      [`{ agreement(id: "no-such-agreement") { id } }`],
      [`query($id: ID!) { person(id: $id) { id version name } }`, { id: person }],
      [`query($id: ID!) { source(id: $id) { id title publisher url publishedOn } }`, { id: source }],
    ];
    for (const [query, variables] of cases) {
      const { answers, ran, statements } = await runs(query, variables);
      expect(ran, query).toBe("planned");
      // One statement per look-up: a country, an agreement with all its links, two countries side by side.
      expect(statements, query).toBe((query.match(/(country|agreement|person|source)\(/g) ?? []).length);
      const reference = await byGraphqlJs(query, variables);
      expect(reference.errors, query).toBeUndefined();
      for (const got of answers) {
        expect(got.errors, query).toBeUndefined();
        expect(JSON.stringify(got.data), query).toBe(JSON.stringify(reference.data));
      }
    }
    // What is compared is worth comparing: found objects with their links, and the nulls of unknown keys.
    const deepest = await byGraphqlJs(cases[6][0], cases[6][1]);
    const found = deepest.data!.agreement as { parties: { ratification: { stages: unknown[] } }[]; topics: unknown[] };
    expect(found.topics.length).toBeGreaterThan(0);
    expect(found.parties.flatMap((p) => p.ratification.stages).length).toBeGreaterThan(0);
    expect((await byGraphqlJs(cases[3][0])).data).toEqual({ country: null });
  });

  it("reads a look-up only by a unique column, so a value finds one row at most", async () => {
    const lookup = jsonLookup(relations.app.dataSource, { entity: Country, fields: [{ key: "code", column: "code" }] });
    expect(await lookup.by("code", "IR")).toEqual({ code: "IR" });
    expect(await lookup.by("iso3", "IRN")).toEqual({ code: "IR" });
    expect(await lookup.by("code", "XX")).toBeNull();
    // Many countries share a region: refused before any statement.
    await expect(lookup.by("region", "Asia")).rejects.toThrow(/not a unique stored column/);
  });

  it("plans federation's _entities for the Country the corridors subgraph extends, over every member country, as the resolvers answer", async () => {
    const codes: string[] = (await corridors.app.dataSource.query(`SELECT DISTINCT country_code AS c FROM corridors.corridor_member ORDER BY 1`)).map((r: { c: string }) => r.c);
    expect(codes.length).toBeGreaterThan(5);
    // Codes in lower case too (the reference resolver upper-cases them), one twice, and one of no corridor.
    const r = [...codes.map((code, i) => ({ __typename: "Country", code: i % 2 ? code.toLowerCase() : code })), { __typename: "Country", code: codes[0] }, { __typename: "Country", code: "XX" }];
    // Q4's selection, as the gateway sends it to this subgraph, and more.
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Country { code corridors { __typename id name version segments { id mode status lengthKm from { id name latitude longitude } to { id name latitude longitude } } } } } }`;
    const { answers, ran, statements } = await runs(query, { r }, corridors);
    expect(ran).toBe("planned");
    expect(statements).toBe(1);
    const reference = await byGraphqlJs(query, { r }, corridors);
    expect(reference.errors).toBeUndefined();
    const entities = reference.data!._entities as { code: string; corridors: { segments: unknown[] }[] }[];
    expect(entities.map((e) => e.code)).toEqual(r.map((x) => x.code.toUpperCase()));
    expect(entities.at(-1)!.corridors).toEqual([]);
    // Every kind of length is compared: stated, along a sea route, and the great circle computed in SQL.
    const bases = await byGraphqlJs(`{ corridors { segments { lengthBasis } } }`, undefined, corridors);
    const kinds = new Set((bases.data!.corridors as { segments: { lengthBasis: string }[] }[]).flatMap((c) => c.segments.map((s) => s.lengthBasis)));
    expect([...kinds].sort()).toEqual(["GREAT_CIRCLE", "SEA_ROUTE", "STATED"]);
    expect(entities.flatMap((e) => e.corridors.flatMap((c) => c.segments)).length).toBeGreaterThan(50);
    for (const got of answers) expect(JSON.stringify(got.data)).toBe(JSON.stringify(reference.data));
    // One representation, a router's usual fetch, is read by a statement of its own (one key, sent named on a server).
    for (const one of [[r[0]], [{ __typename: "Country", code: "ir" }]]) {
      const single = await runs(query, { r: one }, corridors);
      expect(single.ran).toBe("planned");
      const expected = JSON.stringify((await byGraphqlJs(query, { r: one }, corridors)).data);
      expect(JSON.parse(expected)._entities[0].corridors.length).toBeGreaterThan(0);
      for (const got of single.answers) expect(JSON.stringify(got.data)).toBe(expected);
    }
  });

  it("leaves to the resolvers an _entities it cannot plan: another type, a field not declared, a representation of another type", async () => {
    const cases: [string, Record<string, unknown>][] = [
      [`query($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { id } } }`, { r: [{ __typename: "Agreement", id: "x" }] }],
      [`query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { corridorNodes { id } } } }`, { r: [{ __typename: "Country", code: "IR" }] }],
      [`query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { code } ... on Agreement { id } } }`, { r: [{ __typename: "Country", code: "IR" }, { __typename: "Agreement", id: "x" }] }],
    ];
    for (const [query, variables] of cases) {
      const { answers, ran } = await runs(query, variables, corridors);
      expect(ran, query).not.toBe("planned");
      const reference = await byGraphqlJs(query, variables, corridors);
      for (const got of answers) expect(JSON.stringify(got.data), query).toBe(JSON.stringify(reference.data));
    }
  });

  it("never plans a guarded field (@Authorized), whatever a feature declares for it", () => {
    expect(guardedFields().has("Query.relationsAuditLog")).toBe(true);
    const page = () => Promise.reject(new Error("not to be called"));
    const declare = (field: string) => ({ [`Query.${field}`]: { kind: "connection" as const, node: Source, args: ["first"], page } });
    // The same declaration plans an unguarded list, and not the admins' audit log.
    expect(createPlanner(relations.app.schema, relations.app.dataSource, declare("sources"))(parse(`{ sources(first: 2) { nodes { id } } }`), null)).not.toBeNull();
    expect(createPlanner(relations.app.schema, relations.app.dataSource, declare("relationsAuditLog"))(parse(`{ relationsAuditLog(first: 2) { nodes { id } } }`), null)).toBeNull();
  });

  it("runs an operation on the resolvers when its plan cannot be built (a declaration naming a column that does not exist)", async () => {
    const broken = { "Agreement.topics": { kind: "children" as const, entity: Topic, by: "noSuchColumn", order: {} } };
    const planner = createPlanner(relations.app.schema, relations.app.dataSource, { ...relationsSubgraph.plans, ...broken });
    const query = `{ agreements(first: 3) { nodes { id topics { code } } } }`;
    expect(() => planner(parse(query), null)).toThrow(/noSuchColumn/);
    const { executor } = await compiledExecution(relations.app.schema, { planner, maxAge: null }).load({ apollo: {} } as never);
    expect(executor).not.toBeNull();
    const document = parse(query);
    const reference = await byGraphqlJs(query);
    for (let i = 0; i < 3; i++) {
      const r = await executor!({ document, operationName: null, request: { variables: {} }, context: await relations.app.context({}), overallCachePolicy: { restrict() {} } } as never);
      expect(JSON.stringify(r.data)).toBe(JSON.stringify(reference.data));
    }
  });

  it("holds data worth comparing: parties, stages, topics and enum values other than their names", async () => {
    const { answers } = await runs(`{ agreements(first: 100) { nodes { parties { ratification { stages { kind outcome datePrecision } } } topics { code } } } }`);
    const nodes = answers[2].data.agreements.nodes as { parties: { ratification: { stages: { kind: string }[] } }[]; topics: unknown[] }[];
    expect(nodes.some((n) => n.topics.length > 0)).toBe(true);
    const kinds = nodes.flatMap((n) => n.parties.flatMap((p) => p.ratification.stages.map((s) => s.kind)));
    expect(kinds.length).toBeGreaterThan(0);
    // GraphQL names, not the stored values.
    for (const k of kinds) expect(k).toMatch(/^[A-Z_]+$/);
  });

  it("leaves to the resolvers what it cannot plan, with the same answers", async () => {
    for (const [query, variables] of NOT_PLANNED) {
      const { answers, ran } = await runs(query, variables);
      expect(ran, query).not.toBe("planned");
      const reference = await byGraphqlJs(query, variables);
      for (const got of answers) expect(JSON.stringify(got.data), query).toBe(JSON.stringify(reference.data));
    }
  });

  it("errors come from the resolvers, as before: a page too large is BAD_USER_INPUT, a bad cursor too, a malformed country code beside a good one", async () => {
    const queries = [`{ agreements(first: 1000) { nodes { id } } }`, `{ agreements(first: 2, after: "nonsense") { nodes { id } } }`, `{ country(code: "!!") { code } }`, `{ country(code: "IR") { code } bad: country(code: "I R") { code } }`];
    for (const query of queries) {
      const { answers, ran } = await runs(query);
      expect(ran, query).not.toBe("planned");
      const reference = await byGraphqlJs(query);
      expect(reference.errors?.map((e) => e.code), query).toEqual(["BAD_USER_INPUT"]);
      for (const got of answers) {
        expect(got.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions.code })), query).toEqual(reference.errors);
        expect(JSON.stringify(got.data), query).toBe(JSON.stringify(reference.data));
      }
    }
  });

  it("sends one statement for a page of 1 or 100 agreements with parties, countries, stages and topics", async () => {
    for (const n of [1, 100]) {
      const q = QUERIES.Q2.replace("first: 20", `first: ${n}`);
      const { ran, statements } = await runs(q);
      expect(ran).toBe("planned");
      expect(statements).toBe(1);
    }
  });
});
