import type { DataSource } from "typeorm";
import { keysetPages, type KeysetResult } from "../../../db/keyset.js";
import { present } from "../../../db/loaders.js";
import { Params } from "../../../db/params.js";
import { decodeCursor, keysetConnection, pageSize, type ConnectionShape } from "../../../graphql/pagination.js";
import type { RelationsLoaders } from "../relations.loaders.js";
import type { Clause } from "./clause.entity.js";

export interface ClauseQuery {
  limit: number;
  after: [string, string] | null;
}

/** Clauses: per-agreement lists with a topic filter, and per-topic pages. */
export class ClauseService {
  constructor(private readonly ds: DataSource) {}

  /** An agreement's clauses in article order, optionally only those covering `topic`. */
  async ofAgreement(loaders: RelationsLoaders, agreementId: string, topic?: string | null): Promise<Clause[]> {
    const clauses = await loaders.clausesByAgreement.load(agreementId);
    if (!topic) return clauses;
    const topicLists = await loaders.clauseTopicCodes.loadMany(clauses.map((c) => c.id));
    return clauses.filter((_, i) => {
      const codes = topicLists[i];
      return Array.isArray(codes) && codes.includes(topic);
    });
  }

  /** A page of the clauses that cover a topic, ordered by id. */
  async pageOfTopic(loaders: RelationsLoaders, topic: string, args: { first?: number | null; after?: string | null }): Promise<ConnectionShape<Clause>> {
    const tag = "clauses:id";
    const first = pageSize(args.first);
    const after = decodeCursor(tag, args.after, 2, ["text", "text"]) as [string, string] | null;
    const result = await loaders.clausePages.load({ scope: "topic", parent: topic, query: { limit: first + 1, after } });
    const items = present(await loaders.clauseById.loadMany(result.rows.slice(0, first).map((r) => r.id)));
    return keysetConnection(tag, result, first, after, items);
  }

  /** Batch function of the `clausePages` loader. */
  runPages(parents: string[], q: ClauseQuery): Promise<Map<string, KeysetResult>> {
    const p = new Params();
    return keysetPages(
      this.ds,
      {
        from: `relations.clause c JOIN relations.clause_topic ct ON ct.clause_id = c.id AND ct.topic_code = ANY(${p.add(parents)})`,
        parentExpr: "ct.topic_code",
        idExpr: "c.id",
        sortKey: "c.id",
        sortCast: "text",
        dir: "ASC",
        where: [],
      },
      p,
      q.limit,
      q.after,
    );
  }
}
