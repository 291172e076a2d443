import type { KeysetSpec } from "../../../db/keyset.js";
import type { Params } from "../../../db/params.js";
import type { PartyKind } from "./country.enums.js";

/** Turns free text into a prefix tsquery ("iran isl" -> 'iran':* & 'isl':*), safe for any input. */
export function prefixTsQuery(text: string): string | null {
  const words = text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 10).map((w) => `'${w.toLowerCase()}':*`).join(" & ") : null;
}

/** The keyset list of countries by name: of these kinds, in a region or subregion, matching a prefix tsquery. */
export function countryListSpec(p: Params, f: { kinds: PartyKind[]; region?: string | null; tsquery: string | null }): Omit<KeysetSpec, "parentExpr"> {
  const where: string[] = [`c.kind::text = ANY(${p.add(f.kinds)}::text[])`];
  if (f.region) where.push(`(lower(c.region) = lower(${p.add(f.region)}) OR lower(c.subregion) = lower(${p.add(f.region)}))`);
  // The stored, GIN-indexed vector of name and official name.
  if (f.tsquery) where.push(`c.search_vector @@ to_tsquery('simple', ${p.add(f.tsquery)})`);
  return { from: "relations.country c", idExpr: "c.code", sortKey: "c.name", sortCast: "text", dir: "ASC", where };
}
