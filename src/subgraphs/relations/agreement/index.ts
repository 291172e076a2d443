import { defineFeature } from "../../feature.js";
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
});
