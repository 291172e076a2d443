import type { DataSource } from "typeorm";
import { keysetPages, type KeysetResult, type KeysetSpec, type KeysetWindow } from "../../../db/keyset.js";
import type { JsonRows } from "../../../db/json-select.js";
import { entityRows } from "../../../db/loaders.js";
import { Params } from "../../../db/params.js";
import { Agreement } from "./agreement.entity.js";
import type { StageFacts } from "../ratification/ratification.status.js";
import { AgreementOrder } from "./agreement.enums.js";
import type { AgreementFacts } from "./agreement.status.js";

/** Filter arguments after validation, in a form that can key a DataLoader. */
export interface AgreementQuery {
  partyCodes: string[] | null;
  topic: string | null;
  kind: string | null;
  signedFrom: string | null;
  signedTo: string | null;
  search: string | null;
  /** Ids allowed by the status filter, or null when there is none. */
  statusIds: string[] | null;
  order: AgreementOrder;
  /** The page: its size, cursors and the end it is counted from. */
  window: KeysetWindow;
  /** The page's agreements read as JSON objects of a planned selection (db/json-select.ts); null: as entities. */
  nodes: JsonRows | null;
}

/** The parent of a page of agreements: none, a country it is party to, or a topic it covers. */
export type AgreementScope = "all" | "country" | "topic";

/** The filter conditions of an AgreementQuery, without its order and page. */
export type AgreementConditions = Omit<AgreementQuery, "order" | "window" | "nodes">;

/** Sort key of each order; the cursor's first value is cast to `sortCast`. */
export const AGREEMENT_ORDER: Record<AgreementOrder, Pick<KeysetSpec, "sortKey" | "sortCast" | "dir">> = {
  [AgreementOrder.SIGNED_ON_DESC]: { sortKey: "coalesce(a.signed_on, DATE '0001-01-01')", sortCast: "date", dir: "DESC" },
  [AgreementOrder.SIGNED_ON_ASC]: { sortKey: "coalesce(a.signed_on, DATE '9999-12-31')", sortCast: "date", dir: "ASC" },
  [AgreementOrder.TITLE_ASC]: { sortKey: "a.title", sortCast: "text", dir: "ASC" },
};

function conditions(q: AgreementConditions, p: Params): string[] {
  const w: string[] = [];
  if (q.partyCodes) {
    w.push(`a.id IN (SELECT agreement_id FROM relations.agreement_party WHERE country_code = ANY(${p.add(q.partyCodes)})
              GROUP BY agreement_id HAVING count(*) = ${p.add(q.partyCodes.length)})`);
  }
  if (q.topic) w.push(`EXISTS (SELECT 1 FROM relations.agreement_topic t WHERE t.agreement_id = a.id AND t.topic_code = ${p.add(q.topic)})`);
  if (q.kind) w.push(`a.kind = ${p.add(q.kind)}`);
  if (q.signedFrom) w.push(`a.signed_on >= ${p.add(q.signedFrom)}::date`);
  if (q.signedTo) w.push(`a.signed_on <= ${p.add(q.signedTo)}::date`);
  if (q.search) {
    const s = p.add(q.search);
    // The stored vectors (search_vector, GIN-indexed) of the English title and of every alternative title.
    w.push(`(a.search_vector @@ websearch_to_tsquery('english', ${s})
              OR EXISTS (SELECT 1 FROM relations.agreement_title t WHERE t.agreement_id = a.id
                         AND t.search_vector @@ websearch_to_tsquery('simple', ${s})))`);
  }
  if (q.statusIds) w.push(`a.id = ANY(${p.add(q.statusIds)})`);
  return w;
}

/** Batch function of the `agreementPages` loader: one keyset page per parent, in one statement. */
export function agreementPages(ds: DataSource, scope: AgreementScope, parents: string[], q: AgreementQuery): Promise<Map<string, KeysetResult>> {
  const p = new Params();
  const spec: KeysetSpec = {
    from: "relations.agreement a",
    parentExpr: "''",
    idExpr: "a.id",
    ...AGREEMENT_ORDER[q.order],
    where: conditions(q, p),
    rows: q.nodes ?? entityRows(ds, Agreement),
  };
  if (scope === "country") {
    spec.from += ` JOIN relations.agreement_party pp ON pp.agreement_id = a.id AND pp.country_code = ANY(${p.add(parents)})`;
    spec.parentExpr = "pp.country_code";
  } else if (scope === "topic") {
    spec.from += ` JOIN relations.agreement_topic pt ON pt.agreement_id = a.id AND pt.topic_code = ANY(${p.add(parents)})`;
    spec.parentExpr = "pt.topic_code";
  }
  return keysetPages(ds, spec, p, q.window);
}

/** What an agreement's status is derived from: its dated facts, and each party's stages. */
export interface AgreementStatusFacts {
  agreement: AgreementFacts & { id: string };
  /** One list per party, parties without stages included (an empty list). */
  parties: StageFacts[][];
}

/**
 * The status facts of every agreement that meets `q`'s conditions, with two statements: the
 * agreements, then all their parties' stages.
 */
export async function agreementStatusFacts(ds: DataSource, q: AgreementConditions): Promise<AgreementStatusFacts[]> {
  const p = new Params();
  const where = conditions(q, p);
  const agreements: (AgreementFacts & { id: string })[] = await ds.query(
    `SELECT a.id, a.signed_on AS "signedOn", a.signed_on_precision AS "signedOnPrecision",
              a.entered_into_force_on AS "enteredIntoForceOn", a.entered_into_force_precision AS "enteredIntoForcePrecision",
              a.term_years AS "termYears", a.renewal_kind AS "renewalKind", a.terminated_on AS "terminatedOn",
              a.ended_on AS "endedOn", a.ended_on_precision AS "endedOnPrecision", a.term_ends_on AS "termEndsOn", a.term_ends_on_precision AS "termEndsOnPrecision"
       FROM relations.agreement a ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`,
    p.values,
  );
  const ids = agreements.map((a) => a.id);
  const stages: {
    agreement_id: string;
    party_id: string;
    seq: number | null;
    date: string | null;
    date_precision: never;
    not_after: string | null;
    outcome: never;
    completes_ratification: boolean | null;
  }[] = ids.length
    ? await ds.query(
        `SELECT pa.agreement_id, pa.id AS party_id, s.seq, s.date, s.date_precision, s.not_after, s.outcome, s.completes_ratification
           FROM relations.agreement_party pa LEFT JOIN relations.ratification_stage s ON s.party_id = pa.id
           WHERE pa.agreement_id = ANY($1)`,
        [ids],
      )
    : [];
  const parties = new Map<string, Map<string, StageFacts[]>>();
  for (const s of stages) {
    const byParty = parties.get(s.agreement_id) ?? new Map<string, StageFacts[]>();
    parties.set(s.agreement_id, byParty);
    const list = byParty.get(s.party_id) ?? [];
    byParty.set(s.party_id, list);
    if (s.seq !== null) {
      list.push({
        seq: s.seq,
        date: s.date,
        datePrecision: s.date_precision,
        notAfter: s.not_after,
        outcome: s.outcome,
        completesRatification: !!s.completes_ratification,
      });
    }
  }
  return agreements.map((agreement) => ({ agreement, parties: [...(parties.get(agreement.id)?.values() ?? [])] }));
}
