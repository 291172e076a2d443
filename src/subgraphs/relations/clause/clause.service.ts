import type { KeysetCursor, KeysetResult } from "../../../db/keyset.js";
import { present, type Loader, type PageKey } from "../../../db/loaders.js";
import { keysetConnection, pageWindow, type ConnectionShape, type PageArgs } from "../../../graphql/pagination.js";
import type { Clause } from "./clause.entity.js";
import type { ClauseQuery } from "./clause.queries.js";

/** The loaders the clause lists use. */
export interface ClauseLoaders {
  clauseById: Loader<string, Clause | null>;
  clausesByAgreement: Loader<string, Clause[]>;
  clauseTopicCodes: Loader<string, string[]>;
  clausePages: Loader<PageKey<ClauseQuery>, KeysetResult>;
}

/** Clauses: per-agreement lists with a topic filter, and per-topic pages. */
export class ClauseService {
  /** An agreement's clauses in article order, optionally only those covering `topic`. */
  async ofAgreement(loaders: Pick<ClauseLoaders, "clausesByAgreement" | "clauseTopicCodes">, agreementId: string, topic?: string | null): Promise<Clause[]> {
    const clauses = await loaders.clausesByAgreement.load(agreementId);
    if (!topic) return clauses;
    const topicLists = await loaders.clauseTopicCodes.loadMany(clauses.map((c) => c.id));
    return clauses.filter((_, i) => {
      const codes = topicLists[i];
      return Array.isArray(codes) && codes.includes(topic);
    });
  }

  /** A page of the clauses that cover a topic, ordered by id. */
  async pageOfTopic(loaders: Pick<ClauseLoaders, "clausePages" | "clauseById">, topic: string, args: PageArgs): Promise<ConnectionShape<Clause>> {
    const tag = "clauses:id";
    const window = pageWindow<KeysetCursor>(tag, args, 2, ["text", "text"]);
    const result = await loaders.clausePages.load({ scope: "topic", parent: topic, query: window });
    const items = present(await loaders.clauseById.loadMany(result.rows.map((r) => r.id)));
    return keysetConnection(tag, result, window, items);
  }
}
