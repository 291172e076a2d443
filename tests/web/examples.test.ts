import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { buildSchema, parse, validate, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { apiSchemaSdl } from "../../web/codegen.js";
import { readmeExamples } from "../../web/src/readme-examples.js";
import { exampleOperations, selectionsWithoutId } from "../support/operations.js";

/**
 * README's example queries live in docs/examples/<Name>.graphql, one named query per file; README shows each file
 * as it is, so clients, codegen and the tests read the files and the README cannot drift from them.
 */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = buildSchema(await apiSchemaSdl());
});

const examples = exampleOperations();

/** The ```graphql blocks of README's "## Example queries" section, in order. */
function readmeBlocks(): string[] {
  const readme = readFileSync("README.md", "utf8");
  const start = readme.indexOf("\n## Example queries");
  const end = readme.indexOf("\n## ", start + 1);
  return [...readme.slice(start, end).matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe("README's example queries", () => {
  it("are kept one named query per file, named as the file", () => {
    expect(examples.length).toBeGreaterThan(5);
    for (const e of examples) expect(basename(e.file)).toBe(`${e.name}.graphql`);
  });

  it("are shown in README exactly as their files hold them, each once", () => {
    const blocks = readmeBlocks();
    const byName = new Map(examples.map((e) => [e.name, e.document]));
    const shown = blocks.map((b) => (parse(b).definitions[0] as OperationDefinitionNode).name?.value ?? "(anonymous)");
    expect([...shown].sort(), "README's blocks name the files in docs/examples").toEqual([...byName.keys()].sort());
    for (const [i, block] of blocks.entries()) {
      expect(block, `README's block ${i + 1} (${shown[i]}) differs from docs/examples/${shown[i]}.graphql`).toBe(byName.get(shown[i]));
    }
  });

  it.each(examples.map((e) => [e.name, e] as const))("%s is valid against the API schema of the committed supergraph", (_name, e) => {
    expect(validate(schema, parse(e.document)).map((err) => err.message)).toEqual([]);
  });

  it.each(examples.map((e) => [e.name, e] as const))("%s selects id on every object that has one", (_name, e) => {
    expect(selectionsWithoutId(schema, parse(e.document))).toEqual([]);
  });

  it("(the id check finds an object without its id, in a fragment or a union member too)", () => {
    const doc = parse(`
      query Q { agreement(id: "a") { ...A parties { signedOn } } search(text: "x") { edges { node { ... on Clause { id } } } } }
      fragment A on Agreement { title clauses { id sources { title } } }
    `);
    const members = ["Agreement", "Person", "Statement", "Country"].filter((t) => (schema.getType(t) as GraphQLObjectType).getFields().id);
    expect(selectionsWithoutId(schema, doc).sort()).toEqual(
      ["Q.agreement: Agreement", "Q.agreement.clauses.sources: Source", "Q.agreement.parties: AgreementParty", ...members.map((t) => `Q.search.edges.node(${t}): ${t}`)].sort(),
    );
  });

  it("are GraphiQL's tabs, in README's order, each under the sentence before it", () => {
    const readme = readFileSync("README.md", "utf8");
    const tabs = readmeExamples(readme);
    const names = tabs.map((t) => (parse(t.query).definitions[0] as OperationDefinitionNode).name?.value);
    expect(names).toEqual(readmeBlocks().map((b) => (parse(b).definitions[0] as OperationDefinitionNode).name?.value));
    for (const t of tabs) {
      expect(t.title).not.toMatch(/^Example \d/);
      const comment = t.query.split("\n").filter((l) => l.startsWith("# ")).map((l) => l.slice(2));
      expect(comment.join(" ")).toBe(t.title);
    }
  });
});
