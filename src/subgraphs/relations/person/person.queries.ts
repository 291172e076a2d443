import type { KeysetSpec } from "../../../db/keyset.js";
import type { Params } from "../../../db/params.js";

/** The keyset list of people by name, optionally those whose name (in any language) matches a tsquery. */
export function personListSpec(p: Params, tsquery: string | null): Omit<KeysetSpec, "parentExpr"> {
  const where: string[] = [];
  if (tsquery) {
    const tsq = `to_tsquery('simple', ${p.add(tsquery)})`;
    // The stored, GIN-indexed vectors of the English name and of every other name.
    where.push(`(pe.search_vector @@ ${tsq}
            OR EXISTS (SELECT 1 FROM relations.person_name n WHERE n.person_id = pe.id AND n.search_vector @@ ${tsq}))`);
  }
  return { from: "relations.person pe", idExpr: "pe.id", sortKey: "pe.name", sortCast: "text", dir: "ASC", where };
}
