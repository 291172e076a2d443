import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("relations");
});
afterAll(() => t?.close());

async function expectBadInput(query: string, argument: string, message: RegExp) {
  const { data, errors } = await t.run(query);
  expect(errors, query).toBeDefined();
  expect(errors![0].extensions.code).toBe("BAD_USER_INPUT");
  expect(errors![0].message).toContain(argument);
  expect(errors![0].message).toMatch(message);
  return data;
}

describe("bad arguments get BAD_USER_INPUT with a message naming the argument and what is allowed", () => {
  it.each([
    [`{ country(code: "I-R") { code } }`, "code", /alpha-2 or alpha-3/],
    [`{ country(code: "IRANX") { code } }`, "code", /alpha-2 or alpha-3/],
    [`{ countries(first: 101) { totalCount } }`, "first", /at most 100/],
    [`{ countries(first: -1) { totalCount } }`, "first", /0 to 100/],
    [`{ agreements(after: "not-a-cursor!") { totalCount } }`, "after", /cursor/],
    [`{ agreements(after: "WyJjb3VudHJpZXM6bmFtZSIsIkEiLCJBRiJd") { totalCount } }`, "after", /this list and ordering/],
    [`{ agreements(filter: { parties: ["I1"] }) { totalCount } }`, "filter.parties", /alpha-2/],
    [`{ agreements(filter: { signedFrom: "2025-01-01", signedTo: "2024-01-01" }) { totalCount } }`, "filter.signedFrom", /after/],
    [`{ bilateralRelation(between: ["IR"]) { id } }`, "between", /exactly two/],
    [`{ bilateralRelation(between: ["IR", "irn"]) { id } }`, "between", /two different/],
    [`{ agreement(id: "ir-ru-comprehensive-strategic-partnership-2025") { claims(field: "signedOnn") { id } } }`, "field", /signedOn/],
    [`{ search(text: "   ") { totalCount } }`, "text", /at least one word/],
    [`{ people(search: "${"x".repeat(300)}") { totalCount } }`, "search", /200/],
  ])("%s", async (query, argument, message) => {
    await expectBadInput(query, argument, message);
  });

  it("rejects an impossible date through the Date scalar", async () => {
    const { errors } = await t.run(`query($d: Date) { agreements(filter: { asOf: $d, status: SIGNED }) { totalCount } }`, { d: "2025-02-30" });
    expect(errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(errors![0].message).toMatch(/\$d/);
  });

  it("gives null, not an error, for unknown but well-formed ids and codes", async () => {
    const { data, errors } = await t.run(`{ country(code: "QQQ") { code } agreement(id: "nope") { id } bilateralRelation(between: ["IR", "QQ"]) { id } person(id: "nobody") { id } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ country: null, agreement: null, bilateralRelation: null, person: null });
  });
});
