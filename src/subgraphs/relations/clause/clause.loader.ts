import type { DataSource } from "typeorm";
import { byKey, groupedBy, linkIds, pageLoader } from "../../../db/loaders.js";
import type { KeysetResult } from "../../../db/keyset.js";
import type { ClauseQuery, ClauseService } from "./clause.service.js";
import { Clause } from "./clause.entity.js";

export function createClauseLoaders(ds: DataSource) {
  return {
    clauseById: byKey(ds, Clause, "id"),
    clausesByAgreement: groupedBy(ds, Clause, "agreementId", { seq: "ASC", id: "ASC" }),
    clauseTopicCodes: linkIds(
      ds,
      `SELECT clause_id AS parent_key, topic_code AS child_key FROM relations.clause_topic WHERE clause_id = ANY($1) ORDER BY topic_code`,
    ),
    clauseSourceIds: linkIds(
      ds,
      `SELECT clause_id AS parent_key, source_id AS child_key FROM relations.clause_source WHERE clause_id = ANY($1) ORDER BY source_id`,
    ),
  };
}

export function createClausePageLoaders(service: ClauseService) {
  return {
    clausePages: pageLoader<ClauseQuery, KeysetResult>(
      (_scope, parents, q) => service.runPages(parents, q),
      () => ({ total: 0, rows: [] }),
    ),
  };
}
