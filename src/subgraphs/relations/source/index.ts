import { defineFeature } from "../../feature.js";
import type { RelationsContext } from "../relations.context.js";
import { Source } from "./source.entity.js";
import { createSourceLoaders, type SourceLoaders } from "./source.loader.js";
import { SourceResolver, SourceMutationResolver, sourceReference } from "./source.resolver.js";

declare module "../relations.context.js" {
  interface RelationsLoaders extends SourceLoaders {}
}

/** Sources: the reports facts cite. */
export const source = defineFeature({
  name: "source",
  entities: [Source],
  loaders: createSourceLoaders,
  resolvers: [SourceResolver, SourceMutationResolver],
  references: sourceReference,
  plans: {
    // As the resolver finds it: by its loader sourceById (a key look-up).
    "Query.source": { kind: "lookup", node: Source, args: ["id"], find: (_ctx: RelationsContext, args, rows) => rows.by("id", args.id as string) },
    "Query.sources": { kind: "connection", node: Source, args: ["first", "after", "last", "before"], page: (ctx: RelationsContext, args, nodes) => ctx.services.sources.page(ctx.loaders, args, nodes) },
  },
});
