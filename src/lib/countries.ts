import { createRequire } from "node:module";
import type { Countries } from "world-countries";

// The package ships CommonJS with an ESM-style default in its types; read its JSON directly.
const all: Countries = createRequire(import.meta.url)("world-countries/countries.json");

/** The ISO 3166-1 countries of the world-countries package (user-assigned codes such as XK left out). */
export const ISO_COUNTRIES = all.filter((c) => c.status === "officially-assigned");

const alpha3to2 = new Map(ISO_COUNTRIES.map((c) => [c.cca3, c.cca2]));
const alpha2 = new Set(ISO_COUNTRIES.map((c) => c.cca2));
/** Alpha-2 -> ISO 3166-1 numeric code, three digits as the standard writes it ("004"); entries without one left out. */
const numeric = new Map(ISO_COUNTRIES.filter((c) => /^\d{3}$/.test(c.ccn3 ?? "")).map((c) => [c.cca2, c.ccn3]));

/** "IR" -> "364", "AF" -> "004"; null for any other key (former states, organisations, sub-national parties, XK). */
export function isoNumericCode(alpha2Code: string): string | null {
  return numeric.get(alpha2Code) ?? null;
}

/** "ir", "IRN" -> "IR"; unknown well-formed codes -> null; the caller rejects malformed input first. */
export function toAlpha2(code: string): string | null {
  const c = code.trim().toUpperCase();
  if (c.length === 2) return alpha2.has(c) ? c : null;
  return alpha3to2.get(c) ?? null;
}

export const COUNTRY_CODE = /^[A-Za-z]{2,3}$/;

/** What a country argument must be, in words, for the messages that refuse one. */
export const COUNTRY_CODE_RULE = `an ISO 3166-1 alpha-2 or alpha-3 country code such as "IR" or "IRN"`;

/**
 * A country argument of the API, either ISO form in any case, spaces around it ignored: `{ code }` with its
 * alpha-2 code, or code null for a well-formed code of no country (it matches nothing). Null when it is no
 * country code at all (not two or three letters): the caller refuses that as bad input naming its argument.
 */
export function countryArgument(value: string): { code: string | null } | null {
  const v = value.trim();
  return COUNTRY_CODE.test(v) ? { code: toAlpha2(v) } : null;
}

/** A country name compared loosely: no accents, case, punctuation, leading "The" or trailing "(…)". */
function nameKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s*\([^)]*\)\s*$/, "")
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Loose name -> alpha-2, from each country's common and official names and alternative spellings; a name two countries share is left out. */
const byName = (() => {
  const found = new Map<string, Set<string>>();
  for (const c of ISO_COUNTRIES) {
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) {
      const k = nameKey(n);
      if (!found.has(k)) found.set(k, new Set());
      found.get(k)!.add(c.cca2);
    }
  }
  return new Map([...found].filter(([, codes]) => codes.size === 1).map(([k, codes]) => [k, [...codes][0]]));
})();

/**
 * "Iran", "The Bahamas", "Falkland Islands (Islas Malvinas)" -> alpha-2, by the names world-countries
 * gives; null for a name it does not know (the caller counts those, and never guesses).
 */
export function countryCodeByName(name: string): string | null {
  return byName.get(nameKey(name)) ?? null;
}

/**
 * Country names of the World Port Index (data/world-port-index) that world-countries spells otherwise (it has "Türkiye", "Cape Verde",
 * "United States Virgin Islands", "South Georgia", "Svalbard and Jan Mayen"); Midway, Johnston Atoll
 * and Wake Island are part of ISO 3166-1's United States Minor Outlying Islands (UM). Any other name
 * that does not map stops the seed: it is never guessed.
 */
export const WPI_COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  Turkey: "TR",
  "Cabo Verde": "CV",
  "U.S. Virgin Islands": "VI",
  "South Georgia and South Sandwich Islands": "GS",
  Svalbard: "SJ",
  "Midway Islands": "UM",
  "Johnson Atoll": "UM",
  "Wake Island": "UM",
};
