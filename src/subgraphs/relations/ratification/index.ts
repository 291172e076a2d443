import { defineFeature } from "../../feature.js";
import { AgreementParty, RatificationStage } from "./ratification.entity.js";
import { createRatificationLoaders, type RatificationLoaders } from "./ratification.loader.js";
import { AgreementPartyResolver, RatificationResolver, RatificationStageResolver, RatificationStageMutationResolver } from "./ratification.resolver.js";

declare module "../relations.context.js" {
  interface RelationsLoaders extends RatificationLoaders {}
}

/** Agreement parties and their ratification stages. */
export const ratification = defineFeature({
  name: "ratification",
  entities: [AgreementParty, RatificationStage],
  loaders: createRatificationLoaders,
  resolvers: [AgreementPartyResolver, RatificationResolver, RatificationStageResolver, RatificationStageMutationResolver],
});
