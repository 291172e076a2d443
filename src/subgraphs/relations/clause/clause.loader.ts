import type { DataSource } from "typeorm";
import { byKey, groupedBy, linkIds, pageLoader, primable, type Peers } from "../../../db/loaders.js";
import { Topic } from "../topic/topic.entity.js";
import type { KeysetResult } from "../../../db/keyset.js";
import { Clause } from "./clause.entity.js";
import { clausePagesOfTopics, type ClauseQuery } from "./clause.queries.js";

export function createClauseLoaders(ds: DataSource, peers: Peers = {}) {
  return {
    clauseById: byKey(ds, Clause, "id"),
    clausesByAgreement: groupedBy(ds, Clause, "agreementId", { seq: "ASC", id: "ASC" }),
    clauseTopicCodes: linkIds(
      ds,
      `SELECT clause_id AS parent_key, topic_code AS child_key FROM relations.clause_topic WHERE clause_id = ANY($1) ORDER BY topic_code`,
      { entity: Topic, loader: primable<Topic | null>(peers, "topicByCode") },
    ),
    clauseSourceIds: linkIds(
      ds,
      `SELECT clause_id AS parent_key, source_id AS child_key FROM relations.clause_source WHERE clause_id = ANY($1) ORDER BY source_id`,
    ),
    /** Pages of the clauses that cover a topic, batched over topics (the only scope). */
    clausePages: pageLoader<ClauseQuery, KeysetResult>(
      (_scope, topics, q) => clausePagesOfTopics(ds, topics, q),
      () => ({ total: 0, rows: [], more: false }),
    ),
  };
}

export type ClauseLoaders = ReturnType<typeof createClauseLoaders>;
