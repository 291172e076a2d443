import { defineFeature } from "../../feature.js";
import { BilateralRelationResolver, TimelineEventResolver, relationReference } from "./relation.resolver.js";

/** Bilateral relations between two countries and their timelines (no table of their own). */
export const relation = defineFeature({
  name: "relation",
  resolvers: [BilateralRelationResolver, TimelineEventResolver],
  references: relationReference,
});
