import type { ObjectLiteral } from "typeorm";
import type { JsonRows } from "../../../db/json-select.js";
import type { KeysetCursor, KeysetResult, KeysetWindow } from "../../../db/keyset.js";
import { present, type Loader, type PageKey } from "../../../db/loaders.js";
import { userInputError } from "../../../graphql/errors.js";
import { keysetConnection, pageWindow, type ConnectionShape, type PageArgs } from "../../../graphql/pagination.js";
import { todayUtc } from "../../../lib/dates.js";
import { ratificationStatus, type StageFacts } from "../ratification/ratification.status.js";
import type { CountryLookups, CountryService } from "../country/country.service.js";
import type { Agreement } from "./agreement.entity.js";
import { AgreementOrder, AgreementStatus } from "./agreement.enums.js";
import type { AgreementFilter } from "./agreement.inputs.js";
import { AGREEMENT_ORDER, type AgreementConditions, type AgreementQuery, type AgreementScope, type AgreementStatusFacts } from "./agreement.queries.js";
import { agreementStatus, expiresOn, type AgreementFacts } from "./agreement.status.js";

/** The loaders agreement pages and statuses use (a page resolves the parties filter's country codes). */
export interface AgreementLoaders extends CountryLookups {
  agreementPages: Loader<PageKey<AgreementQuery>, KeysetResult>;
  agreementById: Loader<string, Agreement | null>;
  stagedPartiesByAgreement: Loader<string, StageFacts[][]>;
}

/** The query the status filter runs (agreement.queries.ts). */
export interface AgreementStatusQueries {
  statusFacts(q: AgreementConditions): Promise<AgreementStatusFacts[]>;
}

/** The loaders a page of agreements reads. */
type PageLoaders = Omit<AgreementLoaders, "stagedPartiesByAgreement">;

/** What a page of agreements is asked with. */
type AgreementPageArgs = { filter?: AgreementFilter | null; orderBy?: AgreementOrder | null } & PageArgs;

/** Agreements: filtering, keyset pages, and status derived from dated facts. */
export class AgreementService {
  constructor(
    private readonly queries: AgreementStatusQueries,
    private readonly countries: Pick<CountryService, "resolve">,
  ) {}

  /**
   * A page of agreements, top level or within a parent (a country it is party to, a topic it
   * covers). Validation happens here; the SQL runs in the batched `agreementPages` loader.
   * With `nodes` (a planned selection, src/graphql/planned-execution.ts), the page's items are its
   * agreements as those JSON objects, read in the page's own statement.
   */
  async page(loaders: PageLoaders, scope: AgreementScope, parent: string, args: AgreementPageArgs): Promise<ConnectionShape<Agreement>>;
  async page(loaders: PageLoaders, scope: AgreementScope, parent: string, args: AgreementPageArgs, nodes: JsonRows): Promise<ConnectionShape<ObjectLiteral>>;
  async page(loaders: PageLoaders, scope: AgreementScope, parent: string, args: AgreementPageArgs, nodes?: JsonRows): Promise<ConnectionShape<Agreement | ObjectLiteral>> {
    const order = args.orderBy ?? AgreementOrder.SIGNED_ON_DESC;
    const tag = `agreements:${order}`;
    const window = pageWindow<KeysetCursor>(tag, args, 2, [AGREEMENT_ORDER[order].sortCast, "text"]);
    const query = { ...(await this.resolveFilter(loaders, args.filter ?? {}, order, window)), nodes: nodes ?? null };
    const result = await loaders.agreementPages.load({ scope, parent, query });
    const items = nodes ? result.rows.flatMap((r) => (r.entity ? [r.entity] : [])) : present(await loaders.agreementById.loadMany(result.rows.map((r) => r.id)));
    return keysetConnection(tag, result, window, items);
  }

  private async resolveFilter(
    loaders: CountryLookups,
    f: AgreementFilter,
    order: AgreementOrder,
    window: KeysetWindow,
  ): Promise<Omit<AgreementQuery, "nodes">> {
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
    const base: Omit<AgreementQuery, "nodes"> = {
      partyCodes,
      topic: f.topic ?? null,
      kind: f.kind ?? null,
      signedFrom: f.signedFrom ?? null,
      signedTo: f.signedTo ?? null,
      search: f.search?.trim() ? f.search.trim() : null,
      statusIds: null,
      order,
      window,
    };
    if (f.status) base.statusIds = await this.idsWithStatus(base, f.status, f.asOf ?? todayUtc());
    return base;
  }

  /**
   * The status filter. Status is derived in TypeScript (agreement.status.ts), the one place its
   * rules live, so the filter evaluates it over the agreements the other conditions leave, with
   * three statements in all. Cost grows with that candidate set; see docs/decisions.md.
   */
  private async idsWithStatus(q: AgreementConditions, status: AgreementStatus, asOf: string): Promise<string[]> {
    const facts = await this.queries.statusFacts(q);
    return facts
      .filter(({ agreement, parties }) => agreementStatus(agreement, parties.map((stages) => ratificationStatus(stages, agreement, asOf)), asOf) === status)
      .map((f) => f.agreement.id);
  }

  /** Status of one agreement on a date, from its facts and its parties' stages (batched loaders). */
  async status(loaders: Pick<AgreementLoaders, "stagedPartiesByAgreement">, a: AgreementFacts & { id: string }, asOf: string): Promise<AgreementStatus> {
    // The parties matter only when the entry-into-force date is unknown; skip the loads otherwise.
    if (!a.signedOn || a.enteredIntoForceOn) return agreementStatus(a, [], asOf);
    // Only parties with stages can decide it (agreement.status.ts, rule 5): load just their stages.
    const stageLists = await loaders.stagedPartiesByAgreement.load(a.id);
    const statuses = stageLists.map((stages) => ratificationStatus(stages, a, asOf));
    return agreementStatus(a, statuses, asOf);
  }

  expiresOn(a: AgreementFacts): string | null {
    return expiresOn(a);
  }
}
