import { existsSync, readFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import {
  buildSchema,
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  type GraphQLSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { printSdl } from "../../src/graphql/build-subgraph-schema.js";
import { buildRelationsSchema } from "../../src/root.js";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

/** Types and fields the corridors subgraph brings; they arrive with the federation issue. */
const CORRIDOR_TYPES = ["TradeCorridor", "CorridorMember", "CorridorNode", "CorridorSegment", "CorridorRoute", "CorridorPath", "MemberRole", "NodeKind", "TransportMode", "SegmentStatus"];
const CORRIDOR_FIELDS = ["Query.corridor", "Query.corridors", "Query.corridorNode", "Query.corridorPath", "Agreement.corridors", "Country.corridors", "Country.corridorNodes", "BilateralRelation.sharedCorridors"];
const isCorridorChange = (description: string) =>
  CORRIDOR_TYPES.some((n) => new RegExp(`^${n}\\b`).test(description)) || CORRIDOR_FIELDS.some((f) => description.startsWith(`${f} `));

function composedApiSchema(sdl: string): GraphQLSchema {
  const result = composeServices([{ name: "relations", typeDefs: parse(sdl), url: "http://relations.invalid/graphql" }]);
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

const FEDERATION_INTERNALS = /^(_Service|_Entity|_Any|_Service|link__|federation__|FieldSet|link__Import)/;

describe("the relations subgraph's schema", () => {
  it("is committed: schema/relations.graphql equals what the code prints (run npm run schema:print)", async () => {
    expect(readFileSync("schema/relations.graphql", "utf8")).toBe(printSdl(await buildRelationsSchema()));
  });

  it("keeps schema/contract.graphql a copy of the shared contract", () => {
    const shared = "../shared/contract.graphql";
    if (!existsSync(shared)) return; // outside the workplace the committed copy is the contract
    expect(readFileSync("schema/contract.graphql", "utf8")).toBe(readFileSync(shared, "utf8"));
  });

  it("breaks nothing in the contract's relations part once composed", () => {
    const contract = buildSchema(readFileSync("schema/contract.graphql", "utf8"));
    const api = composedApiSchema(readFileSync("schema/relations.graphql", "utf8"));
    const changes = findBreakingChanges(contract, api).map((c) => `${c.type}: ${c.description}`);
    const relevant = changes.filter((c) => !isCorridorChange(c.split(": ")[1]));
    expect(relevant).toEqual([]);
    // The filter only hides corridor parts: it must have had something to hide.
    expect(changes.length).toBeGreaterThan(0);
  });

  it("describes every type, field, argument and enum value", async () => {
    const schema = await buildRelationsSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type) || FEDERATION_INTERNALS.test(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith("_")) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe("federation", () => {
  it("serves its SDL with every @key of the contract", async () => {
    const { data } = await t.run(`{ _service { sdl } }`);
    const sdl = data._service.sdl.replace(/\s+/g, " ");
    for (const key of [
      'type Country @key(fields: "code")',
      'type Agreement @key(fields: "id")',
      'type Clause @key(fields: "id")',
      'type Topic @key(fields: "code")',
      'type Person @key(fields: "id")',
      'type Statement @key(fields: "id")',
      'type Source @key(fields: "id")',
      'type BilateralRelation @key(fields: "id")',
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
