import { present, type Loader } from "../../../db/loaders.js";
import { userInputError } from "../../../graphql/errors.js";
import { todayUtc } from "../../../lib/dates.js";
import { parseRelationId } from "../../../lib/party-code.js";
import type { Agreement } from "../agreement/agreement.entity.js";
import { AgreementStatus } from "../agreement/agreement.enums.js";
import type { AgreementLoaders, AgreementService } from "../agreement/agreement.service.js";
import type { CountryLookups, CountryService } from "../country/country.service.js";
import type { BilateralRelation, TimelineEvent } from "./relation.types.js";
import { agreementTimelines, type TimelineLoaders } from "./timeline.service.js";

/** The loaders bilateral relations use: look-ups, partners, shared agreements, their status and timeline. */
export interface RelationLoaders extends CountryLookups, TimelineLoaders, Pick<AgreementLoaders, "stagedPartiesByAgreement"> {
  partnerCodes: Loader<string, string[]>;
  agreementIdsBetween: Loader<string, string[]>;
  bilateralAgreementIdsBetween: Loader<string, string[]>;
  agreementById: Loader<string, Agreement | null>;
}


/** Caps of the relation lists (docs/api.md, "Long lists"): more than any pair or country has in the data. */
export const MAX_SHARED = 1000;
export const MAX_RELATIONS = 400;
export const MAX_EVENTS = 5000;

function boundedFirst(first: number | null | undefined, max: number, argument: string): number {
  if (first === null || first === undefined) return max;
  if (!Number.isInteger(first) || first < 0 || first > max) throw userInputError(argument, `must be between 0 and ${max}; got ${first}`);
  return first;
}

function relation(a: string, b: string): BilateralRelation {
  const codes = [a, b].sort() as [string, string];
  return { id: codes.join("-"), codes };
}

/** Bilateral relations: a pair of countries as one node, computed from shared agreements. */
export class RelationService {
  constructor(
    private readonly countries: Pick<CountryService, "resolve">,
    private readonly agreementService: Pick<AgreementService, "status">,
  ) {}

  /** `between` must name exactly two different countries, in either ISO form; unknown ones give null. */
  async between(loaders: CountryLookups, between: string[]): Promise<BilateralRelation | null> {
    if (between.length !== 2) throw userInputError("between", `must list exactly two countries; got ${between.length}`);
    const [a, b] = await Promise.all(between.map((c) => this.countries.resolve(loaders, c, "between")));
    if (!a || !b) return null;
    if (a.code === b.code) throw userInputError("between", `must name two different countries; got ${a.code} twice`);
    return relation(a.code, b.code);
  }

  /** Resolves a federation reference "IR-RU"; null when malformed or a country is unknown. */
  async fromId(loaders: Pick<RelationLoaders, "countryByCode">, id: string): Promise<BilateralRelation | null> {
    const codes = parseRelationId(id);
    if (!codes) return null;
    const found = await loaders.countryByCode.loadMany(codes);
    return present(found).length === 2 ? relation(codes[0], codes[1]) : null;
  }

  /** One relation per partner, by partner code; `first` caps the list (at most MAX_RELATIONS). */
  async ofCountry(loaders: Pick<RelationLoaders, "partnerCodes">, code: string, first?: number | null): Promise<BilateralRelation[]> {
    const n = boundedFirst(first, MAX_RELATIONS, "first");
    const partners = await loaders.partnerCodes.load(code);
    return partners.slice(0, n).map((p) => relation(code, p));
  }

  /** Shared agreements, newest first: all (at most MAX_SHARED), or only those with exactly these two parties. */
  async agreements(loaders: Pick<RelationLoaders, "agreementIdsBetween" | "bilateralAgreementIdsBetween" | "agreementById">, r: BilateralRelation, opts: { bilateralOnly?: boolean | null; first?: number | null } = {}): Promise<Agreement[]> {
    const n = boundedFirst(opts.first, MAX_SHARED, "first");
    const ids = await (opts.bilateralOnly ? loaders.bilateralAgreementIdsBetween : loaders.agreementIdsBetween).load(r.id);
    return present(await loaders.agreementById.loadMany(ids.slice(0, n)));
  }

  /** relationshipLevel of the newest agreement in force today that sets one. */
  async level(loaders: RelationLoaders, r: BilateralRelation): Promise<string | null> {
    const candidates = (await this.agreements(loaders, r)).filter((a) => a.relationshipLevel);
    const today = todayUtc();
    const statuses = await Promise.all(candidates.map((a) => this.agreementService.status(loaders, a, today)));
    const inForce = candidates
      .filter((_, i) => statuses[i] === AgreementStatus.IN_FORCE)
      .sort((x, y) => (y.signedOn ?? "").localeCompare(x.signedOn ?? ""));
    return inForce[0]?.relationshipLevel ?? null;
  }

  /**
   * Dated events of their shared agreements, oldest first. Only the two countries' own ratification
   * stages count, not those of every other party to a multilateral agreement.
   */
  async timeline(loaders: RelationLoaders, r: BilateralRelation, from?: string | null, to?: string | null, opts: { bilateralOnly?: boolean | null; first?: number | null } = {}): Promise<TimelineEvent[]> {
    if (from && to && from > to) throw userInputError("from", `must not be after "to" (${from} > ${to})`);
    const n = boundedFirst(opts.first, MAX_EVENTS, "first");
    const events = await agreementTimelines(loaders, await this.agreements(loaders, r, { bilateralOnly: opts.bilateralOnly }), r.codes);
    return events.filter((e) => (!from || e.date >= from) && (!to || e.date <= to)).slice(0, n);
  }
}
