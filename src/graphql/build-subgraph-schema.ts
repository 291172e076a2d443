import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, type NonEmptyArray } from "type-graphql";
import { authChecker } from "../auth/auth-checker.js";
import { SHARED_DOCS } from "./shared-docs.js";

export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])`;

type ReferenceMap = Record<string, { __resolveReference: (ref: never, ctx: never) => unknown }>;

/**
 * type-graphql builds the schema; it is printed with its directives and handed to Apollo's
 * buildSubgraphSchema together with the `__resolveReference` map (which only works when passed
 * here, not added afterwards). This follows type-graphql's examples/apollo-federation-2.
 */
export async function buildFederatedSchema(
  resolvers: NonEmptyArray<Function>,
  references: ReferenceMap,
  queryDescription: string,
  orphanedTypes: Function[] = [],
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    // Entity stubs that only carry fields this subgraph adds are not reachable from its queries.
    orphanedTypes,
    skipCheck: true,
    // class-validator on input types; inputs without rules (filters) pass through.
    validate: { forbidUnknownValues: false },
    // Runs before validation, so an unauthenticated caller learns nothing about the input.
    authChecker,
  });
  const resolverMap = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [type, ref] of Object.entries(references)) resolverMap[type] = { ...resolverMap[type], ...ref };
  return buildSubgraphSchema({
    // type-graphql cannot describe the root type itself; every other description comes from decorators.
    typeDefs: parse(
      `${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)
        .replace(/^type Query \{/m, `"""${queryDescription}"""\ntype Query {`)
        .replace(/^type Mutation \{/m, `"""${SHARED_DOCS.Mutation}"""\ntype Mutation {`)}`,
    ),
    resolvers: resolverMap as never,
  });
}

/** The SDL to commit under schema/: what the gateway composes. */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
