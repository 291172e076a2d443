import { defineFeature } from "../../feature.js";
import type { RelationsContext } from "../relations.context.js";
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
  plans: {
    "Query.country": { kind: "lookup", node: Country, args: ["code"], find: (ctx: RelationsContext, args, rows) => ctx.services.countries.resolve(ctx.loaders, args.code as string, "code", rows) },
    // Not `filter`: an input object the resolver gets validated (class-validator) is left to it.
    "Query.countries": { kind: "connection", node: Country, args: ["first", "after", "last", "before"], page: (ctx: RelationsContext, args, nodes) => ctx.services.countries.page(ctx.loaders, args, nodes) },
    "Country.id": { kind: "value", sql: (country) => `${country}."code"` },
  },
});
