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
}

/** End of the initial term: entry into force (day-precise) plus termYears; null when either is unknown. */
export function expiresOn(a: AgreementFacts): string | null {
  if (!a.enteredIntoForceOn || a.enteredIntoForcePrecision !== DatePrecision.DAY || !a.termYears) return null;
  return addYears(a.enteredIntoForceOn, a.termYears);
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
