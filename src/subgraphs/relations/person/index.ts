import { defineFeature } from "../../feature.js";
import type { RelationsContext } from "../relations.context.js";
import { Person, PersonName, Office } from "./person.entity.js";
import { createPersonLoaders, type PersonLoaders } from "./person.loader.js";
import { PersonMutationResolver } from "./person.mutations.js";
import { PersonResolver, OfficeResolver, personReference } from "./person.resolver.js";

declare module "../relations.context.js" {
  interface RelationsLoaders extends PersonLoaders {}
}

/** People, their names and offices. */
export const person = defineFeature({
  name: "person",
  entities: [Person, PersonName, Office],
  loaders: createPersonLoaders,
  resolvers: [PersonResolver, OfficeResolver, PersonMutationResolver],
  references: personReference,
  plans: {
    // As the resolver finds it: by its loader personById (a key look-up).
    "Query.person": { kind: "lookup", node: Person, args: ["id"], find: (_ctx: RelationsContext, args, rows) => rows.by("id", args.id as string) },
    "Query.people": { kind: "connection", node: Person, args: ["search", "first", "after", "last", "before"], page: (ctx: RelationsContext, args, nodes) => ctx.services.people.page(ctx.loaders, args, nodes) },
  },
});
