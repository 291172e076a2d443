import { defineFeature } from "../../feature.js";
import { Claim } from "./claim.entity.js";
import { createClaimLoaders, type ClaimLoaders } from "./claim.loader.js";
import { ClaimResolver, ClaimMutationResolver } from "./claim.resolver.js";

declare module "../relations.context.js" {
  interface RelationsLoaders extends ClaimLoaders {}
}

/** Claims: what a source says of one field of a record. */
export const claim = defineFeature({
  name: "claim",
  entities: [Claim],
  loaders: createClaimLoaders,
  resolvers: [ClaimResolver, ClaimMutationResolver],
});
