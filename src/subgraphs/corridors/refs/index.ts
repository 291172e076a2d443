import { BilateralRelationRef } from "./refs.types.js";
import { defineFeature } from "../../feature.js";
import { CountryRefResolver, AgreementRefResolver, BilateralRelationRefResolver, CorridorClaimResolver, countryKey, refReferences } from "./refs.resolver.js";

/** Stubs of the relations subgraph's entities that corridors extend, and the claims about corridor records. */
export const refs = defineFeature({
  name: "refs",
  resolvers: [CountryRefResolver, AgreementRefResolver, BilateralRelationRefResolver, CorridorClaimResolver],
  references: refReferences,
  orphanedTypes: [BilateralRelationRef],
  plans: {
    // A Country here is its code alone, as its reference resolver makes it.
    "Query._entities": { kind: "entities", types: { Country: { key: "code", keyOf: countryKey } } },
  },
});
