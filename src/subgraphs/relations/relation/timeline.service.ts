import { present, type ClaimOwner, type Loader } from "../../../db/loaders.js";
import { todayUtc } from "../../../lib/dates.js";
import type { Agreement } from "../agreement/agreement.entity.js";
import { RenewalKind } from "../agreement/agreement.enums.js";
import { expiresOn } from "../agreement/agreement.status.js";
import type { Claim } from "../claim/claim.entity.js";
import type { Country } from "../country/country.entity.js";
import type { Person } from "../person/person.entity.js";
import type { AgreementParty, RatificationStage } from "../ratification/ratification.entity.js";
import { StageOutcome } from "../ratification/ratification.enums.js";
import type { Statement } from "../statement/statement.entity.js";
import { TimelineEventKind, type TimelineEvent } from "./relation.types.js";

/** The loaders a timeline reads its facts through. */
export interface TimelineLoaders {
  partyOf: Loader<string, AgreementParty | null>;
  partiesByAgreement: Loader<string, AgreementParty[]>;
  statementsByAgreement: Loader<string, Statement[]>;
  agreementSourceIds: Loader<string, string[]>;
  claimsByRecord: Loader<ClaimOwner, Claim[]>;
  stagesByParty: Loader<string, RatificationStage[]>;
  countryByCode: Loader<string, Country | null>;
  stageSourceIds: Loader<string, string[]>;
  personById: Loader<string, Person | null>;
}

const KIND_ORDER = Object.values(TimelineEventKind);

function preferredSource(claims: Claim[], field: string): string | null {
  return claims.find((c) => c.field === field && c.preferred)?.sourceId ?? null;
}

/**
 * Timelines, derived from dated facts: signature, every dated ratification stage, completion of
 * ratification, entry into force, expiry or termination, and dated statements about the agreement.
 * Each event names the source of its date: the preferred claim's source, else the record's first.
 */
export async function agreementTimelines(loaders: TimelineLoaders, agreements: Agreement[], onlyCountries?: string[]): Promise<TimelineEvent[]> {
  const events: TimelineEvent[] = [];
  const ids = agreements.map((a) => a.id);
  const [partyLists, statementLists, sourceLists, claimLists] = await Promise.all([
    // A pair's timeline loads only the pair's own parties of each agreement.
    onlyCountries
      ? Promise.all(ids.map(async (id) => present(await loaders.partyOf.loadMany(onlyCountries.map((c) => `${id}|${c}`)))))
      : loaders.partiesByAgreement.loadMany(ids),
    loaders.statementsByAgreement.loadMany(ids),
    loaders.agreementSourceIds.loadMany(ids),
    loaders.claimsByRecord.loadMany(ids.map((id) => ({ type: "Agreement", id }))),
  ]);
  const parties = partyLists.flatMap((l) => (Array.isArray(l) ? l : []));
  const [stageLists, countries] = await Promise.all([
    loaders.stagesByParty.loadMany(parties.map((p) => p.id)),
    loaders.countryByCode.loadMany([...new Set(parties.map((p) => p.countryCode))]),
  ]);
  const countryName = new Map(present(countries).map((c) => [c.code, c.name]));
  const stages = stageLists.flatMap((l) => (Array.isArray(l) ? l : []));
  const [stageSourceLists, stageClaimLists] = await Promise.all([
    loaders.stageSourceIds.loadMany(stages.map((s) => s.id)),
    loaders.claimsByRecord.loadMany(stages.map((s) => ({ type: "RatificationStage", id: s.id }))),
  ]);
  const statements = statementLists.flatMap((l) => (Array.isArray(l) ? l : []));
  const speakers = new Map(present(await loaders.personById.loadMany([...new Set(statements.map((s) => s.speakerId))])).map((p) => [p.id, p.name]));

  agreements.forEach((a, i) => {
    const claims = Array.isArray(claimLists[i]) ? (claimLists[i] as Claim[]) : [];
    const firstSource = Array.isArray(sourceLists[i]) ? ((sourceLists[i] as string[])[0] ?? null) : null;
    const source = (field: string) => preferredSource(claims, field) ?? firstSource;
    const base = { agreementId: a.id, countryCode: null };
    if (a.signedOn) {
      events.push({ ...base, id: `${a.id}:signed`, date: a.signedOn, kind: TimelineEventKind.SIGNED, sourceId: source("signedOn"),
        description: `${a.shortTitle ?? a.title} signed${a.signedAt ? ` at ${a.signedAt}` : ""}` });
    }
    if (a.enteredIntoForceOn) {
      events.push({ ...base, id: `${a.id}:in-force`, date: a.enteredIntoForceOn, kind: TimelineEventKind.ENTERED_INTO_FORCE,
        sourceId: source("enteredIntoForceOn"), description: `${a.shortTitle ?? a.title} entered into force` });
    }
    const end = expiresOn(a);
    if (end && end <= todayUtc() && a.renewalKind === RenewalKind.NONE && !(a.terminatedOn && a.terminatedOn <= end)) {
      events.push({ ...base, id: `${a.id}:expired`, date: end, kind: TimelineEventKind.EXPIRED, sourceId: source("termYears"),
        description: `${a.shortTitle ?? a.title} expired at the end of its ${a.termYears}-year term` });
    }
    if (a.endedOn && a.endedOn !== a.terminatedOn) {
      events.push({ ...base, id: `${a.id}:ended`, date: a.endedOn, kind: a.termEndsOn === a.endedOn ? TimelineEventKind.EXPIRED : TimelineEventKind.TERMINATED,
        sourceId: source("endedOn"), description: `${a.shortTitle ?? a.title} ${a.termEndsOn === a.endedOn ? "expired at the end of its term" : "ended"}` });
    }
    if (a.terminatedOn) {
      events.push({ ...base, id: `${a.id}:terminated`, date: a.terminatedOn, kind: TimelineEventKind.TERMINATED,
        sourceId: source("terminatedOn"), description: `${a.shortTitle ?? a.title} terminated` });
    }
  });

  const partyById = new Map(parties.map((p) => [p.id, p]));
  stages.forEach((s, i) => {
    const party = partyById.get(s.partyId);
    if (!party || !s.date) return;
    const claims = Array.isArray(stageClaimLists[i]) ? (stageClaimLists[i] as Claim[]) : [];
    const sources = Array.isArray(stageSourceLists[i]) ? (stageSourceLists[i] as string[]) : [];
    const sourceId = preferredSource(claims, "date") ?? sources[0] ?? null;
    const country = countryName.get(party.countryCode) ?? party.countryCode;
    const base = { agreementId: party.agreementId, countryCode: party.countryCode, date: s.date, sourceId };
    events.push({ ...base, id: s.id, kind: TimelineEventKind.RATIFICATION_STAGE,
      description: `${country}: ${s.body} — ${s.outcome.toLowerCase()}` });
    if (s.completesRatification && s.outcome === StageOutcome.APPROVED) {
      events.push({ ...base, id: `${party.id}:ratified`, kind: TimelineEventKind.RATIFIED, description: `${country} completed ratification` });
    }
  });

  for (const st of statements) {
    if (!st.date) continue;
    const quote = st.quote.length > 120 ? `${st.quote.slice(0, 117)}...` : st.quote;
    events.push({ id: st.id, date: st.date, kind: TimelineEventKind.STATEMENT, agreementId: st.agreementId, countryCode: null,
      sourceId: st.sourceId, description: `${speakers.get(st.speakerId) ?? st.speakerId}: "${quote}"` });
  }

  return events.sort((x, y) => x.date.localeCompare(y.date) || KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || x.id.localeCompare(y.id));
}
