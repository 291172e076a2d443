import { defineFeature } from "../../feature.js";
import { CorridorClaim, SourceRef } from "./claim.entity.js";
import { createClaimLoaders, type ClaimLoaders } from "./claim.loader.js";
import { CorridorClaimMutationResolver } from "./claim.mutations.js";

declare module "../corridors.context.js" {
  interface CorridorsLoaders extends ClaimLoaders {}
}

/** Claims about corridor records and the sources backing them. */
export const claim = defineFeature({
  name: "claim",
  entities: [CorridorClaim, SourceRef],
  loaders: createClaimLoaders,
  resolvers: [CorridorClaimMutationResolver],
});
