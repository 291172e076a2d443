import type { DataSource } from "typeorm";
import { byKey, linkIds } from "../../../db/loaders.js";
import { Country } from "./country.entity.js";

export function createCountryLoaders(ds: DataSource) {
  return {
    countryByCode: byKey(ds, Country, "code"),
    countryByIso3: byKey(ds, Country, "iso3"),
    neighbourCodes: linkIds(
      ds,
      `SELECT country_code AS parent_key, neighbour_code AS child_key FROM relations.country_neighbour
       WHERE country_code = ANY($1) ORDER BY neighbour_code`,
    ),
    /** Countries that share at least one agreement with the key country. */
    partnerCodes: linkIds(
      ds,
      `SELECT DISTINCT p1.country_code AS parent_key, p2.country_code AS child_key
       FROM relations.agreement_party p1
       JOIN relations.agreement_party p2 ON p2.agreement_id = p1.agreement_id AND p2.country_code <> p1.country_code
       WHERE p1.country_code = ANY($1) ORDER BY 1, 2`,
    ),
  };
}

export type CountryLoaders = ReturnType<typeof createCountryLoaders>;
