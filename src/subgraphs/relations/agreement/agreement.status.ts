import { addYears, periodEnd } from "../../../lib/dates.js";
import { DatePrecision } from "../../../graphql/enums.js";
import { RatificationStatus } from "../ratification/ratification.enums.js";
import { AgreementStatus, RenewalKind } from "./agreement.enums.js";

export interface AgreementFacts {
  signedOn: string | null;
  signedOnPrecision: DatePrecision | null;
  enteredIntoForceOn: string | null;
  enteredIntoForcePrecision: DatePrecision | null;
  termYears: number | null;
  renewalKind: RenewalKind | null;
  terminatedOn: string | null;
  endedOn?: string | null;
  endedOnPrecision?: DatePrecision | null;
  termEndsOn?: string | null;
  termEndsOnPrecision?: DatePrecision | null;
}

/** The end an agreement (or a party's participation) reached by `asOf`: TERMINATED, EXPIRED, UNKNOWN while a coarse end date is under way, or null. */
function endStatus(endedOn: string | null | undefined, precision: DatePrecision | null | undefined, termEndsOn: string | null | undefined, asOf: string): AgreementStatus | null {
  if (!endedOn || asOf < endedOn) return null;
  if (asOf < periodEnd(endedOn, precision)) return AgreementStatus.UNKNOWN;
  return termEndsOn && termEndsOn === endedOn ? AgreementStatus.EXPIRED : AgreementStatus.TERMINATED;
}

/**
 * End of the initial term: entry into force (day-precise) plus termYears; else the source's own
 * term end date (termEndsOn) where it is day-precise; null when neither is known.
 */
export function expiresOn(a: AgreementFacts): string | null {
  if (a.enteredIntoForceOn && a.enteredIntoForcePrecision === DatePrecision.DAY && a.termYears) return addYears(a.enteredIntoForceOn, a.termYears);
  return a.termEndsOn && a.termEndsOnPrecision === DatePrecision.DAY ? a.termEndsOn : null;
}

/**
 * An agreement's status on `asOf` (rules in docs/api.md, "Status rules"). `partyStatuses` are the
 * parties' ratification statuses on the same date; they decide only when the entry-into-force date
 * is unknown: a party that had not completed ratification means the agreement was not in force yet.
 */
export function agreementStatus(a: AgreementFacts, partyStatuses: RatificationStatus[], asOf: string): AgreementStatus {
  if (!a.signedOn) return AgreementStatus.UNKNOWN;
  if (asOf < a.signedOn) return AgreementStatus.NOT_YET_SIGNED;
  if (asOf < periodEnd(a.signedOn, a.signedOnPrecision)) return AgreementStatus.UNKNOWN;
  if (a.terminatedOn && a.terminatedOn <= asOf) return AgreementStatus.TERMINATED;
  const ended = endStatus(a.endedOn, a.endedOnPrecision, a.termEndsOn, asOf);
  if (ended) return ended;
  if (a.enteredIntoForceOn) {
    if (asOf < a.enteredIntoForceOn) return AgreementStatus.SIGNED;
    if (asOf < periodEnd(a.enteredIntoForceOn, a.enteredIntoForcePrecision)) return AgreementStatus.UNKNOWN;
    const end = expiresOn(a);
    if (!end || asOf < end) return AgreementStatus.IN_FORCE;
    if (a.renewalKind === RenewalKind.AUTOMATIC) return AgreementStatus.IN_FORCE;
    if (a.renewalKind === RenewalKind.NONE) return AgreementStatus.EXPIRED;
    return AgreementStatus.UNKNOWN;
  }
  const notYetRatified = new Set([RatificationStatus.NOT_STARTED, RatificationStatus.IN_PROGRESS, RatificationStatus.REJECTED]);
  if (partyStatuses.some((s) => notYetRatified.has(s))) return AgreementStatus.SIGNED;
  return AgreementStatus.UNKNOWN;
}

/** A party's own dates, where the data gives them. */
export interface PartyFacts {
  signedOn: string | null;
  signedOnPrecision: DatePrecision | null;
  enteredIntoForceOn: string | null;
  enteredIntoForcePrecision: DatePrecision | null;
  endedOn: string | null;
  endedOnPrecision: DatePrecision | null;
}

/**
 * The agreement's status for one party on `asOf` (docs/api.md, "Status rules"):
 * 1. the party's own end had passed: TERMINATED (EXPIRED when it is the agreement's term end);
 *    UNKNOWN while asOf falls inside a coarse end date;
 * 2. the agreement as a whole had ended (TERMINATED, EXPIRED): that;
 * 3. before the party's own signature: NOT_YET_SIGNED (UNKNOWN inside a coarse signature period);
 * 4. with an entry-into-force date for the party: IN_FORCE from it (UNKNOWN inside a coarse
 *    period); before it SIGNED once the party (or, lacking its date, the agreement) had signed,
 *    NOT_YET_SIGNED before the agreement's signature, else UNKNOWN;
 * 5. without one: a party whose ratification was REJECTED, or had not been completed
 *    (NOT_STARTED, IN_PROGRESS), is SIGNED where the agreement is IN_FORCE;
 * 6. a party that had signed is SIGNED where the agreement is NOT_YET_SIGNED (its own signature
 *    came first);
 * 7. otherwise the agreement's status.
 */
export function partyStatus(
  p: PartyFacts,
  a: AgreementFacts,
  agreement: AgreementStatus,
  ratification: RatificationStatus,
  asOf: string,
): AgreementStatus {
  const ended = endStatus(p.endedOn, p.endedOnPrecision, a.termEndsOn, asOf);
  if (ended) return ended;
  if (agreement === AgreementStatus.TERMINATED || agreement === AgreementStatus.EXPIRED) return agreement;
  if (p.signedOn) {
    if (asOf < p.signedOn) return AgreementStatus.NOT_YET_SIGNED;
    if (asOf < periodEnd(p.signedOn, p.signedOnPrecision)) return AgreementStatus.UNKNOWN;
  }
  if (p.enteredIntoForceOn) {
    if (asOf < p.enteredIntoForceOn) {
      if (p.signedOn) return AgreementStatus.SIGNED;
      if (!a.signedOn) return AgreementStatus.UNKNOWN;
      if (asOf < a.signedOn) return AgreementStatus.NOT_YET_SIGNED;
      return asOf < periodEnd(a.signedOn, a.signedOnPrecision) ? AgreementStatus.UNKNOWN : AgreementStatus.SIGNED;
    }
    if (asOf < periodEnd(p.enteredIntoForceOn, p.enteredIntoForcePrecision)) return AgreementStatus.UNKNOWN;
    return AgreementStatus.IN_FORCE;
  }
  const notRatified = [RatificationStatus.NOT_STARTED, RatificationStatus.IN_PROGRESS, RatificationStatus.REJECTED];
  if (agreement === AgreementStatus.IN_FORCE && notRatified.includes(ratification)) return AgreementStatus.SIGNED;
  if (p.signedOn && agreement === AgreementStatus.NOT_YET_SIGNED) return AgreementStatus.SIGNED;
  return agreement;
}
