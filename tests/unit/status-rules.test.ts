import { describe, expect, it } from "vitest";
import { DatePrecision } from "../../src/graphql/enums.js";
import { AgreementStatus, RenewalKind } from "../../src/subgraphs/relations/agreement/agreement.enums.js";
import { agreementStatus, expiresOn, partyStatus, type AgreementFacts, type PartyFacts } from "../../src/subgraphs/relations/agreement/agreement.status.js";
import { RatificationStatus, StageOutcome } from "../../src/subgraphs/relations/ratification/ratification.enums.js";
import { ratificationCompletedOn, ratificationStatus, stageStates, type StageFacts } from "../../src/subgraphs/relations/ratification/ratification.status.js";

const { DAY, MONTH, YEAR } = DatePrecision;

function agreement(over: Partial<AgreementFacts> = {}): AgreementFacts {
  return {
    signedOn: "2000-01-10",
    signedOnPrecision: DAY,
    enteredIntoForceOn: null,
    enteredIntoForcePrecision: null,
    termYears: null,
    renewalKind: null,
    terminatedOn: null,
    ...over,
  };
}

function stage(seq: number, over: Partial<StageFacts> = {}): StageFacts {
  return { seq, date: null, datePrecision: null, notAfter: null, outcome: StageOutcome.APPROVED, completesRatification: false, ...over };
}

describe("agreementStatus", () => {
  it("is UNKNOWN without a signature date, whatever the parties", () => {
    expect(agreementStatus(agreement({ signedOn: null }), [RatificationStatus.IN_PROGRESS], "2020-01-01")).toBe(AgreementStatus.UNKNOWN);
  });

  it("is NOT_YET_SIGNED before the signature, UNKNOWN inside a coarse signature period", () => {
    expect(agreementStatus(agreement(), [], "2000-01-09")).toBe(AgreementStatus.NOT_YET_SIGNED);
    const coarse = agreement({ signedOn: "2000-05-01", signedOnPrecision: MONTH });
    expect(agreementStatus(coarse, [], "2000-05-20")).toBe(AgreementStatus.UNKNOWN);
    expect(agreementStatus(coarse, [], "2000-06-01")).toBe(AgreementStatus.UNKNOWN); // no entry into force, no parties
  });

  it("is TERMINATED from the termination date on, before the entry-into-force rules", () => {
    const a = agreement({ enteredIntoForceOn: "2000-02-01", enteredIntoForcePrecision: DAY, terminatedOn: "2010-01-01" });
    expect(agreementStatus(a, [], "2009-12-31")).toBe(AgreementStatus.IN_FORCE);
    expect(agreementStatus(a, [], "2010-01-01")).toBe(AgreementStatus.TERMINATED);
  });

  it("reads an end date: EXPIRED when it is the term end, TERMINATED otherwise, UNKNOWN inside a coarse one", () => {
    const base = { enteredIntoForceOn: "2000-02-01", enteredIntoForcePrecision: DAY };
    expect(agreementStatus(agreement({ ...base, endedOn: "2005-02-01", endedOnPrecision: DAY, termEndsOn: "2005-02-01" }), [], "2006-01-01")).toBe(AgreementStatus.EXPIRED);
    expect(agreementStatus(agreement({ ...base, endedOn: "2005-02-01", endedOnPrecision: DAY }), [], "2006-01-01")).toBe(AgreementStatus.TERMINATED);
    expect(agreementStatus(agreement({ ...base, endedOn: "2005-01-01", endedOnPrecision: YEAR }), [], "2005-07-01")).toBe(AgreementStatus.UNKNOWN);
    expect(agreementStatus(agreement({ ...base, endedOn: "2005-01-01", endedOnPrecision: YEAR }), [], "2004-12-31")).toBe(AgreementStatus.IN_FORCE);
  });

  it("with an entry-into-force date: SIGNED before it, UNKNOWN inside a coarse one, IN_FORCE from it", () => {
    const a = agreement({ enteredIntoForceOn: "2001-01-01", enteredIntoForcePrecision: YEAR });
    expect(agreementStatus(a, [], "2000-12-31")).toBe(AgreementStatus.SIGNED);
    expect(agreementStatus(a, [], "2001-06-30")).toBe(AgreementStatus.UNKNOWN);
    expect(agreementStatus(a, [], "2002-01-01")).toBe(AgreementStatus.IN_FORCE);
  });

  it("after the initial term: EXPIRED without renewal, IN_FORCE with automatic renewal, UNKNOWN otherwise", () => {
    const term = { enteredIntoForceOn: "2000-02-01", enteredIntoForcePrecision: DAY, termYears: 5 };
    expect(agreementStatus(agreement({ ...term, renewalKind: RenewalKind.NONE }), [], "2005-01-31")).toBe(AgreementStatus.IN_FORCE);
    expect(agreementStatus(agreement({ ...term, renewalKind: RenewalKind.NONE }), [], "2005-02-01")).toBe(AgreementStatus.EXPIRED);
    expect(agreementStatus(agreement({ ...term, renewalKind: RenewalKind.AUTOMATIC }), [], "2030-01-01")).toBe(AgreementStatus.IN_FORCE);
    expect(agreementStatus(agreement({ ...term, renewalKind: RenewalKind.BY_AGREEMENT }), [], "2005-02-01")).toBe(AgreementStatus.UNKNOWN);
    expect(agreementStatus(agreement({ ...term, renewalKind: null }), [], "2005-02-01")).toBe(AgreementStatus.UNKNOWN);
  });

  it("without an entry-into-force date, a party not yet ratified makes it SIGNED; otherwise it is UNKNOWN", () => {
    for (const s of [RatificationStatus.NOT_STARTED, RatificationStatus.IN_PROGRESS, RatificationStatus.REJECTED]) {
      expect(agreementStatus(agreement(), [RatificationStatus.COMPLETED, s], "2001-01-01")).toBe(AgreementStatus.SIGNED);
    }
    expect(agreementStatus(agreement(), [RatificationStatus.COMPLETED, RatificationStatus.UNKNOWN], "2001-01-01")).toBe(AgreementStatus.UNKNOWN);
    expect(agreementStatus(agreement(), [], "2001-01-01")).toBe(AgreementStatus.UNKNOWN);
  });
});

describe("expiresOn", () => {
  it("adds the term to a day-precise entry into force, 29 February falling back to the 28th", () => {
    expect(expiresOn(agreement({ enteredIntoForceOn: "2000-02-29", enteredIntoForcePrecision: DAY, termYears: 5 }))).toBe("2005-02-28");
    expect(expiresOn(agreement({ enteredIntoForceOn: "2000-02-29", enteredIntoForcePrecision: DAY, termYears: 4 }))).toBe("2004-02-29");
  });

  it("else takes a day-precise term end, else nothing", () => {
    expect(expiresOn(agreement({ enteredIntoForceOn: "2000-02-01", enteredIntoForcePrecision: MONTH, termYears: 5, termEndsOn: "2005-03-15", termEndsOnPrecision: DAY }))).toBe("2005-03-15");
    expect(expiresOn(agreement({ enteredIntoForceOn: "2000-02-01", enteredIntoForcePrecision: MONTH, termYears: 5 }))).toBeNull();
    expect(expiresOn(agreement({ termEndsOn: "2005-01-01", termEndsOnPrecision: YEAR }))).toBeNull();
  });
});

describe("partyStatus", () => {
  const party = (over: Partial<PartyFacts> = {}): PartyFacts => ({
    signedOn: null, signedOnPrecision: null, enteredIntoForceOn: null, enteredIntoForcePrecision: null, endedOn: null, endedOnPrecision: null, ...over,
  });
  const a = agreement({ enteredIntoForceOn: "2001-01-01", enteredIntoForcePrecision: DAY, termEndsOn: "2020-01-01" });

  it("the party's own end comes first: EXPIRED at the agreement's term end, TERMINATED otherwise", () => {
    expect(partyStatus(party({ endedOn: "2010-01-01", endedOnPrecision: DAY }), a, AgreementStatus.IN_FORCE, RatificationStatus.COMPLETED, "2011-01-01")).toBe(AgreementStatus.TERMINATED);
    expect(partyStatus(party({ endedOn: "2020-01-01", endedOnPrecision: DAY }), a, AgreementStatus.IN_FORCE, RatificationStatus.COMPLETED, "2021-01-01")).toBe(AgreementStatus.EXPIRED);
  });

  it("an agreement that ended has ended for every party", () => {
    expect(partyStatus(party({ enteredIntoForceOn: "2001-01-01", enteredIntoForcePrecision: DAY }), a, AgreementStatus.TERMINATED, RatificationStatus.COMPLETED, "2015-01-01")).toBe(AgreementStatus.TERMINATED);
  });

  it("follows the party's own signature and entry into force", () => {
    const p = party({ signedOn: "2003-01-01", signedOnPrecision: DAY, enteredIntoForceOn: "2004-01-01", enteredIntoForcePrecision: DAY });
    expect(partyStatus(p, a, AgreementStatus.IN_FORCE, RatificationStatus.UNKNOWN, "2002-06-01")).toBe(AgreementStatus.NOT_YET_SIGNED);
    expect(partyStatus(p, a, AgreementStatus.IN_FORCE, RatificationStatus.UNKNOWN, "2003-06-01")).toBe(AgreementStatus.SIGNED);
    expect(partyStatus(p, a, AgreementStatus.IN_FORCE, RatificationStatus.UNKNOWN, "2004-01-01")).toBe(AgreementStatus.IN_FORCE);
  });

  it("without its own entry into force, a party that has not ratified is SIGNED where the agreement is IN_FORCE", () => {
    expect(partyStatus(party(), a, AgreementStatus.IN_FORCE, RatificationStatus.IN_PROGRESS, "2005-01-01")).toBe(AgreementStatus.SIGNED);
    expect(partyStatus(party(), a, AgreementStatus.IN_FORCE, RatificationStatus.COMPLETED, "2005-01-01")).toBe(AgreementStatus.IN_FORCE);
  });

  it("a party that signed first is SIGNED while the agreement is NOT_YET_SIGNED", () => {
    expect(partyStatus(party({ signedOn: "1999-01-01", signedOnPrecision: DAY }), a, AgreementStatus.NOT_YET_SIGNED, RatificationStatus.UNKNOWN, "1999-06-01")).toBe(AgreementStatus.SIGNED);
  });
});

describe("stageStates", () => {
  it("a stage cannot have passed while an earlier one had not, whatever order the stages come in", () => {
    const early = stage(1, { date: "2020-06-01", datePrecision: DAY });
    const later = stage(2, { date: "2020-01-01", datePrecision: DAY }); // dated earlier, but comes second
    expect(stageStates([later, early], "2020-03-01")).toEqual(["NOT_YET", "NOT_YET"]);
    expect(stageStates([later, early], "2020-06-01")).toEqual(["PASSED", "PASSED"]);
  });

  it("is UNCERTAIN inside a coarse date, and for an undated stage until its not-after date", () => {
    expect(stageStates([stage(1, { date: "2020-03-01", datePrecision: MONTH })], "2020-03-15")).toEqual(["UNCERTAIN"]);
    expect(stageStates([stage(1, { notAfter: "2020-05-01" })], "2020-04-30")).toEqual(["UNCERTAIN"]);
    expect(stageStates([stage(1, { notAfter: "2020-05-01" })], "2020-05-01")).toEqual(["PASSED"]);
  });
});

describe("ratificationStatus", () => {
  const signed = { signedOn: "2019-12-01", enteredIntoForceOn: null, enteredIntoForcePrecision: null };
  const stages = [stage(1, { date: "2020-01-10", datePrecision: DAY }), stage(2, { date: "2020-03-01", datePrecision: DAY, completesRatification: true })];

  it("walks NOT_STARTED, IN_PROGRESS, COMPLETED as the stages pass", () => {
    expect(ratificationStatus(stages, signed, "2019-11-30")).toBe(RatificationStatus.NOT_STARTED);
    expect(ratificationStatus(stages, signed, "2020-01-01")).toBe(RatificationStatus.NOT_STARTED);
    expect(ratificationStatus(stages, signed, "2020-02-01")).toBe(RatificationStatus.IN_PROGRESS);
    expect(ratificationStatus(stages, signed, "2020-03-01")).toBe(RatificationStatus.COMPLETED);
  });

  it("is UNKNOWN while the completing stage's coarse date is under way after an earlier stage passed", () => {
    const coarse = [stages[0], stage(2, { date: "2020-03-01", datePrecision: MONTH, completesRatification: true })];
    expect(ratificationStatus(coarse, signed, "2020-03-15")).toBe(RatificationStatus.UNKNOWN);
    expect(ratificationStatus(coarse, signed, "2020-04-01")).toBe(RatificationStatus.COMPLETED);
  });

  it("is REJECTED once a rejecting stage has passed", () => {
    const rejected = [stages[0], stage(2, { date: "2020-02-01", datePrecision: DAY, outcome: StageOutcome.REJECTED })];
    expect(ratificationStatus(rejected, signed, "2020-01-31")).toBe(RatificationStatus.IN_PROGRESS);
    expect(ratificationStatus(rejected, signed, "2020-02-01")).toBe(RatificationStatus.REJECTED);
  });

  it("is COMPLETED once the agreement's entry into force has passed, else UNKNOWN without stages", () => {
    const inForce = { ...signed, enteredIntoForceOn: "2021-01-01", enteredIntoForcePrecision: YEAR };
    expect(ratificationStatus([], inForce, "2021-06-01")).toBe(RatificationStatus.UNKNOWN);
    expect(ratificationStatus([], inForce, "2022-01-01")).toBe(RatificationStatus.COMPLETED);
    expect(ratificationStatus([], signed, "2030-01-01")).toBe(RatificationStatus.UNKNOWN);
  });
});

describe("ratificationCompletedOn", () => {
  it("is the day-precise date of the approving completing stage only", () => {
    expect(ratificationCompletedOn([stage(1, { date: "2020-03-01", datePrecision: DAY, completesRatification: true })])).toBe("2020-03-01");
    expect(ratificationCompletedOn([stage(1, { date: "2020-03-01", datePrecision: MONTH, completesRatification: true })])).toBeNull();
    expect(ratificationCompletedOn([stage(1, { date: "2020-03-01", datePrecision: DAY, completesRatification: true, outcome: StageOutcome.REJECTED })])).toBeNull();
  });
});
