import { defineFeature } from "../../feature.js";
import { Statement } from "./statement.entity.js";
import { createStatementLoaders, type StatementLoaders } from "./statement.loader.js";
import { StatementMutationResolver } from "./statement.mutations.js";
import { StatementResolver, statementReference } from "./statement.resolver.js";

declare module "../relations.context.js" {
  interface RelationsLoaders extends StatementLoaders {}
}

/** Statements people made. */
export const statement = defineFeature({
  name: "statement",
  entities: [Statement],
  loaders: createStatementLoaders,
  resolvers: [StatementResolver, StatementMutationResolver],
  references: statementReference,
});
