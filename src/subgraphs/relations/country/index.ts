import { defineFeature } from "../../feature.js";
import { Country } from "./country.entity.js";
import { createCountryLoaders, type CountryLoaders } from "./country.loader.js";
import { CountryResolver, countryReference } from "./country.resolver.js";

declare module "../relations.context.js" {
  interface RelationsLoaders extends CountryLoaders {}
}

/** Countries and other parties: by code, lists, neighbours and partners. */
export const country = defineFeature({
  name: "country",
  entities: [Country],
  loaders: createCountryLoaders,
  resolvers: [CountryResolver],
  references: countryReference,
  plans: { "Country.id": { kind: "value", sql: (country) => `${country}."code"` } },
});
