import { defineFeature } from "../../feature.js";
import { Country } from "../country/country.entity.js";
import { Person } from "../person/person.entity.js";
import { Source } from "../source/source.entity.js";
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
  // As partiesByAgreement and stagesByParty read them (ratification.loader.ts).
  plans: {
    "Agreement.parties": { kind: "children", entity: AgreementParty, by: "agreementId", order: { countryCode: "ASC" } },
    "AgreementParty.country": { kind: "one", entity: Country, via: "countryCode" },
    "AgreementParty.signatory": { kind: "one", entity: Person, via: "signatoryId" },
    "RatificationStage.sources": { kind: "through", entity: Source, table: "relations.ratification_stage_source", parentColumn: "stage_id", childColumn: "source_id" },
    "AgreementParty.ratification": { kind: "same" },
    "Ratification.id": { kind: "value", sql: (party) => `${party}."id" || ':ratification'` },
    "Ratification.stages": { kind: "children", entity: RatificationStage, by: "partyId", order: { seq: "ASC" } },
  },
});
