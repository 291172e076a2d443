import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { buildSchema, Kind, parse, print, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { allOperations } from "../../web/src/operations.js";
import { apiSchemaSdl, codegenConfig, GENERATED_DIR } from "../../web/codegen.js";
import { explorerOperations, selectionsWithoutId } from "../support/operations.js";

/**
 * The explorer's operations (web/src/graphql/*.graphql) against the API schema of the committed supergraph, and
 * the code graphql-codegen generates from them (web/src/gql/), which is committed and must be what codegen writes now.
 */
let sdl: string;
let schema: GraphQLSchema;
beforeAll(async () => {
  sdl = await apiSchemaSdl();
  schema = buildSchema(sdl);
});

const operations = explorerOperations();

/** A document's definitions, each printed, in a stable order: the same document however its text is laid out. */
const definitions = (doc: DocumentNode) => doc.definitions.map((d) => print(d)).sort();

describe("the explorer's GraphQL", () => {
  it.each(operations.map((o) => [o.name, o] as const))("%s is valid against the API schema", (_name, o) => {
    expect(validate(schema, parse(o.document)).map((e) => e.message)).toEqual([]);
  });

  it.each(operations.map((o) => [o.name, o] as const))("%s selects id on every object that has one", (_name, o) => {
    expect(selectionsWithoutId(schema, parse(o.document))).toEqual([]);
  });

  it("sends the documents of web/src/graphql, each with the fragments it uses", () => {
    const sent = Object.values(allOperations).map((op) => parse(op.toString()));
    const name = (doc: DocumentNode) => doc.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION ? [d.name?.value] : []));
    expect(sent.flatMap(name).sort()).toEqual(operations.map((o) => o.name).sort());
    for (const doc of sent) {
      const [opName] = name(doc);
      expect(definitions(doc), opName).toEqual(definitions(parse(operations.find((o) => o.name === opName)!.document)));
    }
  });

  it("has its generated code current: web/src/gql/ is what `npm run codegen` writes from schema/supergraph.graphql", async () => {
    const files: { filename: string; content: string }[] = await generate(await codegenConfig(sdl), false);
    expect(files.length).toBeGreaterThan(0);
    const committed = existsSync(GENERATED_DIR) ? readdirSync(GENERATED_DIR).map((f) => join(GENERATED_DIR, f)) : [];
    expect(committed.sort(), "run npm run codegen").toEqual(files.map((f) => f.filename).sort());
    for (const f of files) expect(readFileSync(f.filename, "utf8"), `${f.filename} is stale: run npm run codegen`).toBe(f.content);
  });
});
