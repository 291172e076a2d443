import { defineFeature } from "../../feature.js";
import { Clause } from "./clause.entity.js";
import { createClauseLoaders, type ClauseLoaders } from "./clause.loader.js";
import { ClauseMutationResolver } from "./clause.mutations.js";
import { ClauseResolver, clauseReference } from "./clause.resolver.js";

declare module "../relations.context.js" {
  interface RelationsLoaders extends ClauseLoaders {}
}

/** Clauses of agreements. */
export const clause = defineFeature({
  name: "clause",
  entities: [Clause],
  loaders: createClauseLoaders,
  resolvers: [ClauseResolver, ClauseMutationResolver],
  references: clauseReference,
});
