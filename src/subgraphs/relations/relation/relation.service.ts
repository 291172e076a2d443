import { present } from "../../../db/loaders.js";
import { userInputError } from "../../../graphql/errors.js";
import { todayUtc } from "../../../lib/dates.js";
import type { Agreement } from "../agreement/agreement.entity.js";
import { AgreementStatus } from "../agreement/agreement.enums.js";
import type { AgreementService } from "../agreement/agreement.service.js";
import type { CountryService } from "../country/country.service.js";
import type { RelationsLoaders } from "../relations.loaders.js";
import type { BilateralRelation, TimelineEvent } from "./relation.types.js";
import { agreementTimelines } from "./timeline.service.js";

const RELATION_ID = /^([A-Z]{2})-([A-Z]{2})$/;

function relation(a: string, b: string): BilateralRelation {
  const codes = [a, b].sort() as [string, string];
  return { id: codes.join("-"), codes };
}

/** Bilateral relations: a pair of countries as one node, computed from shared agreements. */
export class RelationService {
  constructor(
    private readonly countries: CountryService,
    private readonly agreementService: AgreementService,
  ) {}

  /** `between` must name exactly two different countries, in either ISO form; unknown ones give null. */
  async between(loaders: RelationsLoaders, between: string[]): Promise<BilateralRelation | null> {
    if (between.length !== 2) throw userInputError("between", `must list exactly two countries; got ${between.length}`);
    const [a, b] = await Promise.all(between.map((c) => this.countries.resolve(loaders, c, "between")));
    if (!a || !b) return null;
    if (a.code === b.code) throw userInputError("between", `must name two different countries; got ${a.code} twice`);
    return relation(a.code, b.code);
  }

  /** Resolves a federation reference "IR-RU"; null when malformed or a country is unknown. */
  async fromId(loaders: RelationsLoaders, id: string): Promise<BilateralRelation | null> {
    const m = RELATION_ID.exec(id);
    if (!m || m[1] >= m[2]) return null;
    const found = await loaders.countryByCode.loadMany([m[1], m[2]]);
    return present(found).length === 2 ? relation(m[1], m[2]) : null;
  }

  async ofCountry(loaders: RelationsLoaders, code: string): Promise<BilateralRelation[]> {
    const partners = await loaders.partnerCodes.load(code);
    return partners.map((p) => relation(code, p));
  }

  async agreements(loaders: RelationsLoaders, r: BilateralRelation): Promise<Agreement[]> {
    return present(await loaders.agreementById.loadMany(await loaders.agreementIdsBetween.load(r.id)));
  }

  /** relationshipLevel of the newest agreement in force today that sets one. */
  async level(loaders: RelationsLoaders, r: BilateralRelation): Promise<string | null> {
    const candidates = (await this.agreements(loaders, r)).filter((a) => a.relationshipLevel);
    const today = todayUtc();
    const statuses = await Promise.all(candidates.map((a) => this.agreementService.status(loaders, a, today)));
    const inForce = candidates
      .filter((_, i) => statuses[i] === AgreementStatus.IN_FORCE)
      .sort((x, y) => (y.signedOn ?? "").localeCompare(x.signedOn ?? ""));
    return inForce[0]?.relationshipLevel ?? null;
  }

  async timeline(loaders: RelationsLoaders, r: BilateralRelation, from?: string | null, to?: string | null): Promise<TimelineEvent[]> {
    if (from && to && from > to) throw userInputError("from", `must not be after "to" (${from} > ${to})`);
    const events = await agreementTimelines(loaders, await this.agreements(loaders, r));
    return events.filter((e) => (!from || e.date >= from) && (!to || e.date <= to));
  }
}
