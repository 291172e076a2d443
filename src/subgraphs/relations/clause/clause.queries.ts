import type { DataSource } from "typeorm";
import { keysetPages, type KeysetResult, type KeysetWindow } from "../../../db/keyset.js";
import { Params } from "../../../db/params.js";

/** A page request for the clauses of topics, in a form that can key a DataLoader. */
export type ClauseQuery = KeysetWindow;

/** One keyset page of clauses per topic in `topics`, ordered by id: one statement for all of them. */
export function clausePagesOfTopics(ds: DataSource, topics: string[], q: ClauseQuery): Promise<Map<string, KeysetResult>> {
  const p = new Params();
  return keysetPages(
    ds,
    {
      from: `relations.clause c JOIN relations.clause_topic ct ON ct.clause_id = c.id AND ct.topic_code = ANY(${p.add(topics)})`,
      parentExpr: "ct.topic_code",
      idExpr: "c.id",
      sortKey: "c.id",
      sortCast: "text",
      dir: "ASC",
      where: [],
    },
    p,
    q,
  );
}
