import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "../../src/graphql/pagination.js";
import { startTestStack, type TestStack } from "../support/app.js";

/**
 * The benchmark's canonical queries (bench/queries.ts), through the gateway: SQL statements per
 * request do not depend on the page size, and the agreements page is an index range scan.
 */
let stack: TestStack;
beforeAll(async () => {
  // One connection per subgraph: with several, independent branches finish in varying order and a
  // loader shared by two branches may batch once or twice (noise, not N+1; see startTestApp).
  stack = await startTestStack(undefined, { cache: { RESPONSE_CACHE: "off" }, poolMax: 1 });
});
afterAll(() => stack?.close());

const statements = () => stack.apps.relations.sql.statements + stack.apps.corridors.sql.statements;

async function count(query: string): Promise<number> {
  await stack.post(query); // the first run warms the caches of the query planner
  const before = statements();
  const res = await stack.post(query);
  expect(res.body.errors).toBeUndefined();
  return statements() - before;
}

const Q2 = (n: number) => `{ agreements(first: ${n}) { nodes { id title signedOn parties { country { code name } ratification { stages { kind date outcome } } } topics { code name } } } }`;
const Q5 = (n: number) => `{ search(text: "energy", first: ${n}) { totalCount edges { score snippet node { __typename ... on Agreement { id } ... on Clause { id } } } } }`;
const Q6 = (n: number) => `{ agreements(first: ${n}, after: ${JSON.stringify(encodeCursor("agreements:SIGNED_ON_DESC", ["2100-01-01", "~"]))}) { nodes { id title signedOn } pageInfo { hasNextPage endCursor } } }`;
const Q3 = `{ bilateralRelation(between: ["IR", "RU"]) { id level agreements { id title status } timeline { date kind description } sharedCorridors { id name } } }`;
const Q4 = `{ country(code: "IR") { corridors { id segments { id mode status lengthKm from { id name latitude longitude } to { id name latitude longitude } } } } }`;

describe("statements per request of the canonical queries", () => {
  it.each([
    ["Q2 agreements page", Q2],
    ["Q5 search", Q5],
    ["Q6 deep page", Q6],
  ])("%s: the same at 1, 5 and 100 items", async (_name, shape) => {
    const [one, five, hundred] = [await count(shape(1)), await count(shape(5)), await count(shape(100))];
    console.log(`${_name}: ${one}, ${five}, ${hundred} statements at first: 1, 5, 100`);
    expect(five).toBe(one);
    expect(hundred).toBe(one);
    expect(one).toBeGreaterThan(0);
  });

  it("Q3 and Q4 (no page size) send a small fixed number", async () => {
    const [q3, q4] = [await count(Q3), await count(Q4)];
    console.log(`Q3: ${q3} statements, Q4: ${q4}`);
    expect(q3).toBeLessThanOrEqual(16);
    expect(q4).toBeLessThanOrEqual(8);
    expect(await count(Q3)).toBe(q3);
  });

  it("counts only when totalCount is asked for", async () => {
    const without = await count(`{ agreements(first: 5) { nodes { id } } }`);
    const withCount = await count(`{ agreements(first: 5) { totalCount nodes { id } } }`);
    expect(withCount).toBe(without + 1);
    const r = await stack.post(`{ agreements(first: 1) { totalCount } }`);
    expect(r.body.data.agreements.totalCount).toBeGreaterThanOrEqual(3);
  });
});

describe("the agreements page uses the keyset index", () => {
  it.each([
    ["SIGNED_ON_DESC", "agreement_signed_desc_keyset_idx"],
    ["SIGNED_ON_ASC", "agreement_signed_asc_keyset_idx"],
    ["TITLE_ASC", "agreement_title_keyset_idx"],
  ])("orderBy %s, deep by cursor: EXPLAIN shows %s", async (order, index) => {
    const cursor = encodeCursor(`agreements:${order}`, [order === "TITLE_ASC" ? "A" : "2000-01-01", "a"]);
    const sql = stack.apps.relations.sql;
    const before = sql.statements;
    await stack.post(`{ agreements(orderBy: ${order}, first: 20, after: ${JSON.stringify(cursor)}) { nodes { id } } }`);
    const page = sql.recent.slice(-(sql.statements - before)).find((s) => /ORDER BY b\.sort_key/.test(s.query));
    expect(page, "the page statement").toBeDefined();
    // The seeded dataset is tiny, so a sequential scan would be cheaper; forbid it to see whether the index matches.
    const plan = await stack.apps.relations.dataSource.transaction(async (m) => {
      await m.query("SET LOCAL enable_seqscan = off");
      await m.query("SET LOCAL enable_sort = off");
      return (await m.query(`EXPLAIN ${page!.query}`, page!.parameters)) as { "QUERY PLAN": string }[];
    });
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).toContain(index);
    expect(text).not.toMatch(/^\s*->\s*Sort\b/m);
  });
});
