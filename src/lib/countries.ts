import { createRequire } from "node:module";
import type { Countries } from "world-countries";

// The package ships CommonJS with an ESM-style default in its types; read its JSON directly.
const all: Countries = createRequire(import.meta.url)("world-countries/countries.json");

/** The ISO 3166-1 countries of the world-countries package (user-assigned codes such as XK left out). */
export const ISO_COUNTRIES = all.filter((c) => c.status === "officially-assigned");

const alpha3to2 = new Map(ISO_COUNTRIES.map((c) => [c.cca3, c.cca2]));
const alpha2 = new Set(ISO_COUNTRIES.map((c) => c.cca2));

/** "ir", "IRN" -> "IR"; unknown well-formed codes -> null; the caller rejects malformed input first. */
export function toAlpha2(code: string): string | null {
  const c = code.trim().toUpperCase();
  if (c.length === 2) return alpha2.has(c) ? c : null;
  return alpha3to2.get(c) ?? null;
}

export const COUNTRY_CODE = /^[A-Za-z]{2,3}$/;
