import { existsSync, readFileSync } from "node:fs";
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
} from "graphql";
import { composeServices } from "@apollo/composition";
import { describe, expect, it } from "vitest";
import { acceptedHints, committedSubgraphs, composeSupergraph } from "../../src/gateway/compose.js";
import { printSdl } from "../../src/graphql/build-subgraph-schema.js";
import { buildSubgraphSchemaOf } from "../../src/root.js";

function apiSchema() {
  const result = composeServices(committedSubgraphs().map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

describe("committed schema files", () => {
  it.each(["relations", "corridors"] as const)("schema/%s.graphql equals what the code prints (npm run schema:print)", async (name) => {
    expect(readFileSync(`schema/${name}.graphql`, "utf8")).toBe(printSdl(await buildSubgraphSchemaOf(name)));
  });

  it("schema/supergraph.graphql equals what composition prints (npm run schema:compose), with no unaccepted hint", () => {
    const { supergraphSdl, unacceptedHints } = composeSupergraph(committedSubgraphs(), acceptedHints());
    expect(unacceptedHints).toEqual([]);
    expect(readFileSync("schema/supergraph.graphql", "utf8")).toBe(supergraphSdl);
  });

  it("schema/contract.graphql is a copy of the shared contract", () => {
    const shared = "../shared/contract.graphql";
    if (!existsSync(shared)) return; // outside the workplace the committed copy is the contract
    expect(readFileSync("schema/contract.graphql", "utf8")).toBe(readFileSync(shared, "utf8"));
  });
});

describe("the composed API schema", () => {
  it("breaks nothing in the contract: findBreakingChanges(contract, API schema) is empty", () => {
    const contract = buildSchema(readFileSync("schema/contract.graphql", "utf8"));
    expect(findBreakingChanges(contract, apiSchema()).map((c) => `${c.type}: ${c.description}`)).toEqual([]);
  });

  it("describes every type, field, argument and enum value", () => {
    const schema = apiSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it("composes with a partner's subgraph that extends Country and Agreement by their keys", () => {
    const partner = `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
      type Country @key(fields: "code") { code: ID! tradeVolumeUsd: Float }
      type Agreement @key(fields: "id") { id: ID! partnerNotes: [String!] }
      type Query { partnerPing: String }`;
    const { supergraphSdl } = composeSupergraph([...committedSubgraphs(), { name: "partner", url: "http://partner.invalid/graphql", sdl: partner }]);
    expect(supergraphSdl).toContain("tradeVolumeUsd");
    expect(supergraphSdl).toContain("partnerNotes");
  });
});
