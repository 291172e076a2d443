import { defineFeature } from "../../feature.js";
import type { RelationsContext } from "../relations.context.js";
import { Source } from "../source/source.entity.js";
import { Topic } from "../topic/topic.entity.js";
import { Agreement, AgreementTitle } from "./agreement.entity.js";
import { createAgreementLoaders, type AgreementLoaders } from "./agreement.loader.js";
import { AgreementMutationResolver } from "./agreement.mutations.js";
import { AgreementResolver, agreementReference } from "./agreement.resolver.js";

declare module "../relations.context.js" {
  interface RelationsLoaders extends AgreementLoaders {}
}

/** Agreements and their titles. */
export const agreement = defineFeature({
  name: "agreement",
  entities: [Agreement, AgreementTitle],
  loaders: createAgreementLoaders,
  resolvers: [AgreementResolver, AgreementMutationResolver],
  references: agreementReference,
  plans: {
    // As the resolver finds it: by its loader agreementById (a key look-up).
    "Query.agreement": { kind: "lookup", node: Agreement, args: ["id"], find: (_ctx: RelationsContext, args, rows) => rows.by("id", args.id as string) },
    "Query.agreements": {
      kind: "connection",
      node: Agreement,
      // Not `filter`: an input object the resolver gets validated (class-validator) is left to it.
      args: ["first", "after", "last", "before", "orderBy"],
      page: (ctx: RelationsContext, args, nodes) => ctx.services.agreements.page(ctx.loaders, "all", "", args, nodes),
    },
    // As the agreement loaders read them (agreement.loader.ts).
    "Agreement.topics": { kind: "through", entity: Topic, table: "relations.agreement_topic", parentColumn: "agreement_id", childColumn: "topic_code" },
    "Agreement.sources": { kind: "through", entity: Source, table: "relations.agreement_source", parentColumn: "agreement_id", childColumn: "source_id" },
    "Agreement.supersedes": { kind: "one", entity: Agreement, via: "supersedesId" },
    "Agreement.parent": { kind: "one", entity: Agreement, via: "parentId" },
    "Agreement.protocols": { kind: "children", entity: Agreement, by: "parentId", order: { signedOn: { direction: "ASC", nulls: "LAST" }, id: "ASC" } },
  },
});
