import { ISO_COUNTRIES } from "../lib/countries.js";

export interface CountryRow {
  code: string;
  iso3: string;
  name: string;
  officialName: string;
  region: string | null;
  subregion: string | null;
  capital: string | null;
  neighbours: string[];
}

/**
 * Every ISO 3166-1 country from the world-countries package (mledoze/countries, ODbL).
 * Entries with a user-assigned code (Kosovo's XK) are left out: they are not in ISO 3166-1.
 * Land borders come as alpha-3 codes and are mapped to alpha-2.
 */
export function isoCountries(): CountryRow[] {
  const iso = ISO_COUNTRIES;
  const alpha2 = new Map(iso.map((c) => [c.cca3, c.cca2]));
  return iso
    .map((c) => ({
      code: c.cca2,
      iso3: c.cca3,
      name: c.name.common,
      officialName: c.name.official,
      region: c.region || null,
      subregion: c.subregion || null,
      capital: c.capital?.[0] ?? null,
      neighbours: (c.borders ?? []).map((b) => alpha2.get(b)).filter((b): b is string => !!b).sort(),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}
