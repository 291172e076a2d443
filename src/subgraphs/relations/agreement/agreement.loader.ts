import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { byKey, groupedBy, linkIds, pageLoader, primable, type Peers } from "../../../db/loaders.js";
import { Topic } from "../topic/topic.entity.js";
import type { KeysetResult } from "../../../db/keyset.js";
import { parseRelationId } from "../../../lib/party-code.js";
import { Agreement, AgreementTitle } from "./agreement.entity.js";
import { agreementPages, type AgreementQuery, type AgreementScope } from "./agreement.queries.js";

/**
 * The agreements each pair of countries are both parties to, newest first. The second party is one
 * probe of the (agreement_id, country_code) unique index per agreement of the first: joined plainly,
 * PostgreSQL read every party of each agreement through the agreement_id index and filtered them
 * (IR–RU: 45,457 rows read for 362 kept, as the multilateral ones have up to 198 parties); the
 * lateral subquery with OFFSET 0 is not flattened, so its two conditions stay one index lookup.
 */
function between(ds: DataSource, bilateralOnly: boolean) {
  return new DataLoader<string, string[]>(async (pairs) => {
    const codes = pairs.map((p) => parseRelationId(p) ?? ["", ""]);
    const rows: { pair: string; agreement_id: string }[] = await ds.query(
      `SELECT x.a || '-' || x.b AS pair, p1.agreement_id
       FROM unnest($1::varchar[], $2::varchar[]) AS x(a, b)
       JOIN relations.agreement_party p1 ON p1.country_code = x.a
       JOIN LATERAL (SELECT 1 FROM relations.agreement_party p2 WHERE p2.agreement_id = p1.agreement_id AND p2.country_code = x.b OFFSET 0) p2 ON true
       JOIN relations.agreement ag ON ag.id = p1.agreement_id
       ${bilateralOnly ? "WHERE (SELECT count(*) FROM relations.agreement_party p3 WHERE p3.agreement_id = p1.agreement_id) = 2" : ""}
       ORDER BY ag.signed_on DESC NULLS LAST, ag.id`,
      [codes.map((c) => c[0]), codes.map((c) => c[1])],
    );
    const groups = new Map<string, string[]>(pairs.map((p) => [p, []]));
    for (const r of rows) groups.get(r.pair)?.push(r.agreement_id);
    return pairs.map((p) => groups.get(p)!);
  });
}

export function createAgreementLoaders(ds: DataSource, peers: Peers = {}) {
  const agreementById = byKey(ds, Agreement, "id");
  return {
    agreementById,
    titlesByAgreement: groupedBy(ds, AgreementTitle, "agreementId", { language: "ASC", text: "ASC" }),
    /** Protocols and amendments of an agreement, oldest first. */
    childrenOf: groupedBy(ds, Agreement, "parentId", { signedOn: { direction: "ASC", nulls: "LAST" }, id: "ASC" }),
    supersededBy: groupedBy(ds, Agreement, "supersedesId", { signedOn: { direction: "ASC", nulls: "LAST" }, id: "ASC" }),
    agreementTopicCodes: linkIds(
      ds,
      `SELECT agreement_id AS parent_key, topic_code AS child_key FROM relations.agreement_topic WHERE agreement_id = ANY($1) ORDER BY topic_code`,
      // The topics themselves come along and prime topicByCode.
      { entity: Topic, loader: primable<Topic | null>(peers, "topicByCode") },
    ),
    agreementSourceIds: linkIds(
      ds,
      `SELECT agreement_id AS parent_key, source_id AS child_key FROM relations.agreement_source WHERE agreement_id = ANY($1) ORDER BY source_id`,
    ),
    agreementPages: pageLoader<AgreementQuery, KeysetResult>(
      async (scope, parents, q) => {
        const pages = await agreementPages(ds, scope as AgreementScope, parents, q);
        // The page read its agreements too: resolving them costs no second statement (as JSON
        // objects of a planned selection, they are no entities and prime nothing).
        if (!q.nodes) for (const page of pages.values()) for (const row of page.rows) if (row.entity) agreementById.prime(row.id, row.entity as Agreement);
        return pages;
      },
      () => ({ total: 0, rows: [], more: false }),
    ),
    /** Ids of the agreements both countries of a pair ("IR-RU") are parties to, newest first. */
    agreementIdsBetween: between(ds, false),
    /** The same, only the agreements with exactly these two parties. */
    bilateralAgreementIdsBetween: between(ds, true),
  };
}

export type AgreementLoaders = ReturnType<typeof createAgreementLoaders>;
