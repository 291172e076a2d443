import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("relations");
});
afterAll(() => t?.close());

describe("federation", () => {
  it("serves its SDL with every @key of the contract", async () => {
    const { data } = await t.run(`{ _service { sdl } }`);
    const sdl = data._service.sdl.replace(/\s+/g, " ");
    // Each entity also implements Node and has a second key, its global id (tests/federation/node.test.ts).
    for (const key of [
      'type Country implements Node @key(fields: "code") @key(fields: "nodeId")',
      'type Agreement implements Node @key(fields: "id") @key(fields: "nodeId")',
      'type Clause implements Node @key(fields: "id") @key(fields: "nodeId")',
      'type Topic implements Node @key(fields: "code") @key(fields: "nodeId")',
      'type Person implements Node @key(fields: "id") @key(fields: "nodeId")',
      'type Statement implements Node @key(fields: "id") @key(fields: "nodeId")',
      'type Source implements Node @key(fields: "id") @key(fields: "nodeId")',
      'type BilateralRelation implements Node @key(fields: "id") @key(fields: "nodeId")',
      "type Claim @shareable",
    ]) {
      expect(sdl).toContain(`${key} {`);
    }
  });

  it("resolves _entities for every key", async () => {
    const representations = [
      { __typename: "Country", code: "IR" },
      { __typename: "Agreement", id: "ir-ru-comprehensive-strategic-partnership-2025" },
      { __typename: "Clause", id: "ir-ru-csp-2025-art-3" },
      { __typename: "Topic", code: "energy" },
      { __typename: "Person", id: "vladimir-putin" },
      { __typename: "Statement", id: (await t.run(`{ person(id: "abbas-araghchi") { statements { id } } }`)).data.person.statements[0].id },
      { __typename: "Source", id: "tehran-times-2025-04-21-putin-ratifies" },
      { __typename: "BilateralRelation", id: "IR-RU" },
      { __typename: "BilateralRelation", id: "RU-IR" },
      { __typename: "Country", code: "QQ" },
    ];
    const { data, errors } = await t.run(
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename
        ... on Country { name } ... on Agreement { title } ... on Clause { number } ... on Topic { name }
        ... on Person { name } ... on Statement { quote } ... on Source { publisher } ... on BilateralRelation { level countries { code } } } }`,
      { r: representations },
    );
    expect(errors).toBeUndefined();
    const e = data._entities;
    expect(e[0]).toEqual({ __typename: "Country", name: "Iran" });
    expect(e[1].title).toMatch(/Comprehensive Strategic Partnership/);
    expect(e[2].number).toBe("3");
    expect(e[3].name).toBe("Energy");
    expect(e[4].name).toBe("Vladimir Putin");
    expect(e[5].quote.length).toBeGreaterThan(10);
    expect(e[6].publisher).toBe("Tehran Times");
    expect(e[7].countries.map((c: any) => c.code)).toEqual(["IR", "RU"]);
    expect(e[8]).toBeNull(); // ids are the sorted pair
    expect(e[9]).toBeNull();
  });
});
