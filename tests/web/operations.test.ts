import { readFileSync, writeFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { parse, validate, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { committedSubgraphs } from "../../src/gateway/compose.js";
import { allOperations, documents } from "../../web/src/operations.js";
import { generateTypes } from "../../web/typegen.js";
import { readmeExamples } from "../../web/src/readme-examples.js";

/** The explorer's operations and GraphiQL's preloaded README examples are valid against the public API schema. */
function apiSchema(): GraphQLSchema {
  const result = composeServices(committedSubgraphs().map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

const schema = apiSchema();

describe("the explorer's GraphQL", () => {
  it.each(Object.entries(allOperations))("%s is valid against the composed API schema", (_name, op) => {
    expect(validate(schema, parse(op.document)).map((e) => e.message)).toEqual([]);
  });

  it("has its result and variable types generated from the API schema (web/src/operations.generated.ts is current)", () => {
    const file = "web/src/operations.generated.ts";
    const generated = generateTypes(schema, documents);
    if (process.env.UPDATE_WEB_TYPES === "1") writeFileSync(file, generated);
    expect(readFileSync(file, "utf8"), "run UPDATE_WEB_TYPES=1 npx vitest run tests/web/operations.test.ts").toBe(generated);
  });

  it("preloads every README example query into GraphiQL, named, and each is valid", () => {
    const readme = readFileSync("README.md", "utf8");
    const blocks = readme.slice(readme.indexOf("## Example queries")).split("\n## ")[0].match(/```graphql\n/g) ?? [];
    const examples = readmeExamples(readme);
    expect(blocks.length).toBeGreaterThan(0);
    expect(examples).toHaveLength(blocks.length);
    for (const e of examples) {
      const doc = parse(e.query);
      expect(doc.definitions[0]).toMatchObject({ kind: "OperationDefinition", name: { kind: "Name" } });
      // The README's sentence before the block, as a comment above the query.
      const comment = e.query.split("\n").filter((l) => l.startsWith("# ")).map((l) => l.slice(2));
      expect(comment.join(" ")).toBe(e.title);
      expect(validate(schema, doc).map((err) => `${e.title}: ${err.message}`)).toEqual([]);
    }
    // Distinct names, so GraphiQL's tabs can be told apart.
    expect(new Set(examples.map((e) => (parse(e.query).definitions[0] as { name: { value: string } }).name.value)).size).toBe(examples.length);
  });
});
