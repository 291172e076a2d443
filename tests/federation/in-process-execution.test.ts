import { parse, type DocumentNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUERIES } from "../../bench/queries.js";
import { compiledExecution } from "../../src/graphql/compiled-execution.js";
import { inProcessRunner, type InProcessChecks } from "../../src/graphql/in-process-execution.js";
import { armor, SUBGRAPH_BACKSTOP } from "../../src/graphql/limits.js";
import { LIST_SIZES } from "../../src/subgraphs/registry.js";
import { startTestApp, type TestApp } from "../support/app.js";

/**
 * src/graphql/in-process-execution.ts: an operation of the gateway of this process runs on a
 * subgraph's executor without the server's pipeline, only after the subgraph's own checks, and
 * only when it ends without errors. Everything else is null here: the pipeline then answers it.
 */
let relations: TestApp;
let cached: TestApp;
let checks: InProcessChecks;

beforeAll(async () => {
  relations = await startTestApp("relations", { cache: { RESPONSE_CACHE: "off" } });
  cached = await startTestApp("relations", { cache: { RESPONSE_CACHE: "on" } });
  const backstop = armor(SUBGRAPH_BACKSTOP);
  checks = {
    schema: relations.app.schema,
    executor: compiledExecution(relations.app.schema).executor,
    validationRules: backstop.validationRules,
    maxTokens: SUBGRAPH_BACKSTOP.maxTokens,
    maxCost: 100_000,
    listSizes: LIST_SIZES,
  };
});
afterAll(async () => {
  await relations?.close();
  await cached?.close();
});

const context = () => relations.app.context({ admitted: true });

describe("running an operation without the subgraph's pipeline", () => {
  it("answers what passes every check as the pipeline does", async () => {
    const run = inProcessRunner(checks);
    for (const [query, variables] of [[QUERIES.Q1], [QUERIES.Q2], [`query($c: String!) { country(code: $c) { code iso3 } }`, { c: "rus" }]] as [string, Record<string, unknown>?][]) {
      const got = await run(parse(query), null, variables, await context());
      expect(got, query).not.toBeNull();
      const reference = await relations.run(query, variables);
      expect(reference.errors, query).toBeUndefined();
      expect(JSON.stringify(got!.data), query).toBe(JSON.stringify(reference.data));
    }
  });

  it("gives the pipeline what a check refuses: the cost limit, the backstop's depth and token limits, a NUL character, variables that do not fit", async () => {
    const run = inProcessRunner({ ...checks, maxCost: 50 });
    const cases: [string, DocumentNode, Record<string, unknown>?][] = [
      // 100 agreements with their parties: over a cost limit of 50, under the real one.
      ["cost", parse(`{ agreements(first: 100) { nodes { id parties { id } } } }`)],
      // A NUL in a variable and in a literal, of a key the database would be asked for.
      ["nul variable", parse(`query($id: ID!) { agreement(id: $id) { id } }`), { id: "a\u0000b" }],
      ["nul literal", parse(`{ agreement(id: "a\\u0000b") { id } }`)],
      // A variable of the wrong type.
      ["variables", parse(`query($c: String!) { country(code: $c) { code } }`), { c: 7 }],
      // Deeper than the backstop's 40: protocols of protocols of ...
      ["depth", parse(`{ agreement(id: "x") { ${"protocols { ".repeat(41)}id${" }".repeat(41)} } }`)],
    ];
    for (const [what, document, variables] of cases) {
      // Refused before it runs: not a statement sent.
      const sent = relations.app.sql.statements;
      expect(await run(document, null, variables, await context()), what).toBeNull();
      expect(relations.app.sql.statements - sent, what).toBe(0);
    }
    // The cheap one passes the same runner: it is the limit that refused the other.
    expect(await run(parse(`{ agreements(first: 2) { nodes { id } } }`), null, undefined, await context())).not.toBeNull();
    // Tokens: 80 aliases of a field are 242 tokens; refused under a limit of 200, answered under 300.
    const many = parse(`{ ${Array.from({ length: 80 }, (_, i) => `a${i}: __typename`).join(" ")} }`);
    expect(await inProcessRunner({ ...checks, maxTokens: 200 })(many, null, undefined, await context())).toBeNull();
    expect(await inProcessRunner({ ...checks, maxTokens: 300 })(many, null, undefined, await context())).not.toBeNull();
    // A document not parsed from text has no tokens to count: left to the pipeline.
    const { loc: _loc, ...unparsed } = parse(`{ __typename }`);
    expect(await run(unparsed as DocumentNode, null, undefined, await context())).toBeNull();
  });

  it("gives the pipeline a run that ends with errors, so they are formatted there", async () => {
    const run = inProcessRunner(checks);
    for (const query of [`{ country(code: "!!") { code } }`, `{ agreements(first: 500) { totalCount } }`]) {
      expect(await run(parse(query), null, undefined, await context()), query).toBeNull();
      expect((await relations.run(query)).errors?.[0].extensions.code, query).toBe("BAD_USER_INPUT");
    }
  });

  it("is not offered while the response cache is on: the pipeline reads and fills the cache", () => {
    expect(relations.app.run).toBeTypeOf("function");
    expect(cached.app.run).toBeUndefined();
  });
});
