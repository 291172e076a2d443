import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("relations", { poolMax: 1 });
});
afterAll(() => t?.close());

/** Statements sent for the same query shape at 5 rows and at 100 rows; they must be equal. */
async function at5and100(shape: (n: number) => string): Promise<[number, number]> {
  return [await t.countStatements(shape(5)), await t.countStatements(shape(100))];
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
    expect(hundred).toBe(five);
  });

  it("for agreements with parties, ratification stages, sources, claims, topics and statuses", async () => {
    const [five, hundred] = await at5and100(
      (n) => `{ countries(first: ${n}) { nodes { agreements(first: 5) { totalCount nodes {
        status(asOf: "2025-05-01") topics { code } sources { id } claims { value source { id } } supersedes { id } supersededBy { id }
        alternativeTitles { text } clauses { topics { code } sources { id } }
        parties { signatory { name } ratification { status completedOn stages { date sources { id } claims(field: "date") { value } } } }
        timeline { date source { id } country { code } }
      } } } } }`,
    );
    expect(hundred).toBe(five);
  });

  it("for people, their offices and statements, and search hits", async () => {
    const people = await at5and100((n) => `{ people(first: ${n}) { nodes { alternativeNames { text } offices { country { name } } statements { source { id } speaker { name } } } } }`);
    expect(people[1]).toBe(people[0]);
    const search = await at5and100((n) => `{ search(text: "iran", first: ${n}) { edges { node { ... on Agreement { parties { country { code } } } ... on Country { neighbours { code } } ... on Person { offices { title } } } } } }`);
    expect(search[1]).toBe(search[0]);
  });
});
