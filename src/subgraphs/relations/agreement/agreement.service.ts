import type { DataSource } from "typeorm";
import { keysetPages, type KeysetResult, type KeysetSpec } from "../../../db/keyset.js";
import { Params } from "../../../db/params.js";
import { userInputError } from "../../../graphql/errors.js";
import { decodeCursor, keysetConnection, pageSize, type ConnectionShape } from "../../../graphql/pagination.js";
import { present } from "../../../db/loaders.js";
import { todayUtc } from "../../../lib/dates.js";
import type { RelationsLoaders } from "../relations.loaders.js";
import { ratificationStatus } from "../ratification/ratification.status.js";
import type { CountryService } from "../country/country.service.js";
import type { Agreement } from "./agreement.entity.js";
import { AgreementOrder, AgreementStatus } from "./agreement.enums.js";
import type { AgreementFilter } from "./agreement.inputs.js";
import { agreementStatus, expiresOn } from "./agreement.status.js";

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
  limit: number;
  after: [string, string] | null;
}

export type AgreementScope = "all" | "country" | "topic";

const ORDER: Record<AgreementOrder, Pick<KeysetSpec, "sortKey" | "sortCast" | "dir">> = {
  [AgreementOrder.SIGNED_ON_DESC]: { sortKey: "coalesce(a.signed_on, DATE '0001-01-01')", sortCast: "date", dir: "DESC" },
  [AgreementOrder.SIGNED_ON_ASC]: { sortKey: "coalesce(a.signed_on, DATE '9999-12-31')", sortCast: "date", dir: "ASC" },
  [AgreementOrder.TITLE_ASC]: { sortKey: "a.title", sortCast: "text", dir: "ASC" },
};

/** Agreements: filtering, keyset pages, and status derived from dated facts. */
export class AgreementService {
  constructor(
    private readonly ds: DataSource,
    private readonly countries: CountryService,
  ) {}

  /**
   * A page of agreements, top level or within a parent (a country it is party to, a topic it
   * covers). Validation happens here; the SQL runs in the batched `agreementPages` loader.
   */
  async page(
    loaders: RelationsLoaders,
    scope: AgreementScope,
    parent: string,
    args: { filter?: AgreementFilter | null; orderBy?: AgreementOrder | null; first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<Agreement>> {
    const order = args.orderBy ?? AgreementOrder.SIGNED_ON_DESC;
    const tag = `agreements:${order}`;
    const first = pageSize(args.first);
    const after = decodeCursor(tag, args.after, 2, [ORDER[order].sortCast, "text"]) as [string, string] | null;
    const query = await this.resolveFilter(loaders, args.filter ?? {}, order, first + 1, after);
    const result = await loaders.agreementPages.load({ scope, parent, query });
    const items = present(await loaders.agreementById.loadMany(result.rows.slice(0, first).map((r) => r.id)));
    return keysetConnection(tag, result, first, after, items);
  }

  private async resolveFilter(
    loaders: RelationsLoaders,
    f: AgreementFilter,
    order: AgreementOrder,
    limit: number,
    after: [string, string] | null,
  ): Promise<AgreementQuery> {
    if (f.signedFrom && f.signedTo && f.signedFrom > f.signedTo) {
      throw userInputError("filter.signedFrom", `must not be after filter.signedTo (${f.signedFrom} > ${f.signedTo})`);
    }
    if (f.search !== undefined && f.search !== null && f.search.length > 200) {
      throw userInputError("filter.search", "must be at most 200 characters");
    }
    let partyCodes: string[] | null = null;
    if (f.parties) {
      if (f.parties.length > 20) throw userInputError("filter.parties", "may list at most 20 countries");
      const found = await Promise.all(f.parties.map((c) => this.countries.resolve(loaders, c, "filter.parties")));
      // An unknown but well-formed code matches nothing: keep an impossible code in the list.
      partyCodes = [...new Set(found.map((c) => c?.code ?? "--"))].sort();
    }
    const base: AgreementQuery = {
      partyCodes,
      topic: f.topic ?? null,
      kind: f.kind ?? null,
      signedFrom: f.signedFrom ?? null,
      signedTo: f.signedTo ?? null,
      search: f.search?.trim() ? f.search.trim() : null,
      statusIds: null,
      order,
      limit,
      after,
    };
    if (f.status) base.statusIds = await this.idsWithStatus(base, f.status, f.asOf ?? todayUtc());
    return base;
  }

  /** Batch function of the `agreementPages` loader: one statement for every parent. */
  async runPages(scope: AgreementScope, parents: string[], q: AgreementQuery): Promise<Map<string, KeysetResult>> {
    const p = new Params();
    const spec: KeysetSpec = {
      from: "relations.agreement a",
      parentExpr: "''",
      idExpr: "a.id",
      ...ORDER[q.order],
      where: this.conditions(q, p),
    };
    if (scope === "country") {
      spec.from += ` JOIN relations.agreement_party pp ON pp.agreement_id = a.id AND pp.country_code = ANY(${p.add(parents)})`;
      spec.parentExpr = "pp.country_code";
    } else if (scope === "topic") {
      spec.from += ` JOIN relations.agreement_topic pt ON pt.agreement_id = a.id AND pt.topic_code = ANY(${p.add(parents)})`;
      spec.parentExpr = "pt.topic_code";
    }
    return keysetPages(this.ds, spec, p, q.limit, q.after);
  }

  private conditions(q: Omit<AgreementQuery, "order" | "limit" | "after">, p: Params): string[] {
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
      w.push(`(to_tsvector('english'::regconfig, coalesce(a.title, '') || ' ' || coalesce(a.short_title, '')) @@ websearch_to_tsquery('english', ${s})
              OR EXISTS (SELECT 1 FROM relations.agreement_title t WHERE t.agreement_id = a.id
                         AND to_tsvector('simple'::regconfig, t.text) @@ websearch_to_tsquery('simple', ${s})))`);
    }
    if (q.statusIds) w.push(`a.id = ANY(${p.add(q.statusIds)})`);
    return w;
  }

  /**
   * The status filter. Status is derived in TypeScript (agreement.status.ts), the one place its
   * rules live, so the filter evaluates it over the agreements the other conditions leave, with
   * three statements in all. Cost grows with that candidate set; see docs/decisions.md.
   */
  private async idsWithStatus(q: AgreementQuery, status: AgreementStatus, asOf: string): Promise<string[]> {
    const p = new Params();
    const where = this.conditions(q, p);
    const agreements: (Parameters<typeof agreementStatus>[0] & { id: string })[] = await this.ds.query(
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
      ? await this.ds.query(
          `SELECT pa.agreement_id, pa.id AS party_id, s.seq, s.date, s.date_precision, s.not_after, s.outcome, s.completes_ratification
           FROM relations.agreement_party pa LEFT JOIN relations.ratification_stage s ON s.party_id = pa.id
           WHERE pa.agreement_id = ANY($1)`,
          [ids],
        )
      : [];
    const parties = new Map<string, Map<string, Parameters<typeof ratificationStatus>[0]>>();
    for (const s of stages) {
      const byParty = parties.get(s.agreement_id) ?? new Map();
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
    return agreements
      .filter((a) => {
        const partyStatuses = [...(parties.get(a.id)?.values() ?? [])].map((st) => ratificationStatus(st, a, asOf));
        return agreementStatus(a, partyStatuses, asOf) === status;
      })
      .map((a) => a.id);
  }

  /** Status of one agreement on a date, from its facts and its parties' stages (batched loaders). */
  async status(loaders: RelationsLoaders, a: Agreement, asOf: string): Promise<AgreementStatus> {
    // The parties matter only when the entry-into-force date is unknown; skip the loads otherwise.
    if (!a.signedOn || a.enteredIntoForceOn) return agreementStatus(a, [], asOf);
    // Only parties with stages can decide it (agreement.status.ts, rule 5): load just their stages.
    const stageLists = await loaders.stagedPartiesByAgreement.load(a.id);
    const statuses = stageLists.map((stages) => ratificationStatus(stages, a, asOf));
    return agreementStatus(a, statuses, asOf);
  }

  expiresOn(a: Agreement): string | null {
    return expiresOn(a);
  }
}
