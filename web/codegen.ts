import { readFileSync } from "node:fs";
import { ApolloGateway } from "@apollo/gateway";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { printSchema } from "graphql";

/**
 * graphql-codegen's configuration for the explorer (`npm run codegen`, which runs
 * `graphql-codegen --config web/codegen.ts`): the client preset turns the operations and fragments in
 * web/src/graphql/*.graphql into typed documents in web/src/gql/. The schema is the API schema of the committed
 * supergraph (schema/supergraph.graphql), as the gateway serves it: offline, never from a URL.
 * tests/web/operations.test.ts fails when the committed web/src/gql/ differs from what this produces.
 */
export const EXPLORER_DOCUMENTS = "web/src/graphql/*.graphql";
export const GENERATED_DIR = "web/src/gql/";

/** The public API schema of a supergraph SDL, as SDL: what the gateway builds from it (no join__ or link__ parts). */
export async function apiSchemaSdl(supergraphSdl = readFileSync("schema/supergraph.graphql", "utf8")): Promise<string> {
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const gateway = new ApolloGateway({ supergraphSdl, logger: quiet });
  try {
    const { schema } = await gateway.load();
    return printSchema(schema);
  } finally {
    await gateway.stop();
  }
}

export async function codegenConfig(schemaSdl?: string): Promise<CodegenConfig> {
  return {
    schema: schemaSdl ?? (await apiSchemaSdl()),
    documents: [EXPLORER_DOCUMENTS],
    silent: true,
    errorsOnly: true,
    generates: {
      [GENERATED_DIR]: {
        preset: "client",
        presetConfig: {
          // The components read fragment fields directly: no useFragment unmasking.
          fragmentMasking: false,
        },
        config: {
          // Documents as strings with their types (TypedDocumentString): the explorer sends them with fetch, so it
          // needs no GraphQL parser or printer in the bundle.
          documentMode: "string",
          useTypeImports: true,
          enumType: "string-literal",
          strictScalars: true,
          scalars: { Date: "string", DateTimeISO: "string", JSON: "unknown" },
          // Operation result types name the fragments they spread (PartyFieldsFragment…), which the components take.
          inlineFragmentTypes: "combine",
        },
      },
    },
  };
}

export default codegenConfig();
