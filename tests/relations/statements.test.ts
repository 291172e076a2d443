import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("relations", { poolMax: 1 });
});
afterAll(() => t?.close());

/**
 * Statements sent for the same query shape at 5 rows and at 100 rows. With the real data the
 * larger page may need fewer, never more: rows a small page's nested lists ask for are already in
 * the loaders' caches when the page itself loaded them (countries by code, for instance).
 */
async function at5and100(shape: (n: number) => string, small = 5, large = 100): Promise<[number, number]> {
  return [await t.countStatements(shape(small)), await t.countStatements(shape(large))];
}

describe("SQL statements per request do not grow with the rows returned", () => {
  it("for a list with a nested connection (the issue's query)", async () => {
    const [five, hundred] = await at5and100(
      (n) => `{ countries(first: ${n}) { nodes { neighbours { code } agreements(first: 5) { nodes { parties { country { code } } } } } } }`,
    );
    console.log(`countries(first: N) { neighbours, agreements(first: 5) { parties { country } } }: ${five} statements at N=5, ${hundred} at N=100`);
    expect(hundred).toBe(five);
    expect(five).toBeLessThanOrEqual(8);
  });

  it("for nested lists two levels deep", async () => {
    const [five, hundred] = await at5and100((n) => `{ countries(first: ${n}) { nodes { code neighbours { code neighbours { code name } } relations { id countries { code } } } } }`);
    expect(hundred).toBeLessThanOrEqual(five);
  });

  // Iran–Russia agreements, newest first: the first five already hold the curated 2025 treaty with
  // every nested list filled (stages, claims, clauses, statements), so both sizes touch every loader.
  it("for agreements with parties, ratification stages, sources, claims, topics and statuses", async () => {
    const [five, hundred] = await at5and100(
      (n) => `{ agreements(first: ${n}, filter: { parties: ["IR", "RU"] }) { totalCount nodes {
        status(asOf: "2025-05-01") topics { code } sources { id } claims { value source { id } } supersedes { id } supersededBy { id }
        alternativeTitles { text } clauses { topics { code } sources { id } }
        parties { signatory { name } ratification { status completedOn stages { date sources { id } claims(field: "date") { value } } } }
        timeline { date source { id } country { code } }
      } } }`,
    );
    expect(hundred).toBe(five);
  });

  it("a page of agreements reads its rows, its parties with their countries, and its topics in the statements that list them", async () => {
    // The page (keyset and rows), parties joined with countries, topic links joined with topics, stages.
    const n = await t.countStatements(`{ agreements(first: 20) { nodes { id title signedOn parties { country { code name } ratification { stages { kind date outcome } } } topics { code name } } } }`);
    expect(n).toBe(4);
    const clauses = await t.countStatements(`{ agreements(first: 5) { nodes { clauses { topics { code name } } } } }`);
    // The page, the clauses, their topic links with the topics.
    expect(clauses).toBe(3);
  });

  it("for people, their offices and statements, and search hits", async () => {
    // The first five people (curated) have no offices or statements among them; from 20 on they do.
    const people = await at5and100((n) => `{ people(first: ${n}) { nodes { alternativeNames { text } offices { country { name } } statements { source { id } speaker { name } } } } }`, 20, 100);
    expect(people[1]).toBe(people[0]);
    // Hits are of several types, each with its own loaders: from 50 hits on, every type is among them.
    const search = await at5and100((n) => `{ search(text: "iran", first: ${n}) { edges { node { ... on Agreement { parties { country { code } } } ... on Country { neighbours { code } } ... on Person { offices { title } } } } } }`, 50, 100);
    expect(search[1]).toBe(search[0]);
  });
});
