import type { DataSource } from "typeorm";
import { byKey, groupedBy, linkIds } from "../../../db/loaders.js";
import { CorridorMember, TradeCorridor } from "./corridor.entity.js";

export function createCorridorLoaders(ds: DataSource) {
  return {
    corridorById: byKey(ds, TradeCorridor, "id"),
    corridorsByAgreement: groupedBy(ds, TradeCorridor, "foundingAgreementId", { id: "ASC" }),
    membersByCorridor: groupedBy(ds, CorridorMember, "corridorId", { countryCode: "ASC" }),
    corridorIdsByMember: linkIds(
      ds,
      `SELECT country_code AS parent_key, corridor_id AS child_key FROM corridors.corridor_member WHERE country_code = ANY($1) ORDER BY corridor_id`,
    ),
  };
}

export type CorridorLoaders = ReturnType<typeof createCorridorLoaders>;
