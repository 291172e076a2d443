import type { KeysetSpec } from "../../../db/keyset.js";
import type { Params } from "../../../db/params.js";

/**
 * The keyset list of ports by name then id: all of them, those of one country (alpha-2), or none
 * (`code` null: a well-formed code of no ISO country).
 */
export function portListSpec(p: Params, country: { code: string | null } | null): Omit<KeysetSpec, "parentExpr"> {
  const where = !country ? [] : country.code ? [`po.country_code = ${p.add(country.code)}`] : ["FALSE"];
  return { from: "corridors.port po", idExpr: "po.id", sortKey: "po.name", sortCast: "text", dir: "ASC", where };
}
