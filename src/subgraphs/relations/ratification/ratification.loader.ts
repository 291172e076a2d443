import type { DataSource } from "typeorm";
import { groupedBy, linkIds } from "../../../db/loaders.js";
import { AgreementParty, RatificationStage } from "./ratification.entity.js";

export function createRatificationLoaders(ds: DataSource) {
  return {
    partiesByAgreement: groupedBy(ds, AgreementParty, "agreementId", { countryCode: "ASC" }),
    stagesByParty: groupedBy(ds, RatificationStage, "partyId", { seq: "ASC" }),
    stageSourceIds: linkIds(
      ds,
      `SELECT stage_id AS parent_key, source_id AS child_key FROM relations.ratification_stage_source
       WHERE stage_id = ANY($1) ORDER BY source_id`,
    ),
  };
}
