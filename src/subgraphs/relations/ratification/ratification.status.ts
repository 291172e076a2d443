import { periodEnd } from "../../../lib/dates.js";
import type { DatePrecision } from "../../../graphql/enums.js";
import { RatificationStatus, StageOutcome } from "./ratification.enums.js";

/** The dated facts of a stage that its status depends on. */
export interface StageFacts {
  seq: number;
  date: string | null;
  datePrecision: DatePrecision | null;
  notAfter: string | null;
  outcome: StageOutcome;
  completesRatification: boolean;
}

/** The agreement facts a party's ratification status depends on. */
export interface AgreementDates {
  signedOn: string | null;
  enteredIntoForceOn: string | null;
  enteredIntoForcePrecision: DatePrecision | null;
}

export type StageState = "PASSED" | "NOT_YET" | "UNCERTAIN";

/**
 * Where each stage stood on `asOf`, in procedure order. A stage passed when its whole date period
 * (or its not-after date) is on or before asOf; it is uncertain while asOf falls inside a coarse
 * period or before the not-after date of an undated stage. Stages happen in order, so a stage
 * cannot have passed while an earlier one had not.
 */
export function stageStates(stages: StageFacts[], asOf: string): StageState[] {
  const ordered = [...stages].sort((a, b) => a.seq - b.seq);
  let blocked = false;
  const bySeq = new Map<StageFacts, StageState>();
  for (const s of ordered) {
    let state: StageState;
    if (blocked) state = "NOT_YET";
    else if (s.date) {
      if (periodEnd(s.date, s.datePrecision) <= asOf) state = "PASSED";
      else if (asOf < s.date) state = "NOT_YET";
      else state = "UNCERTAIN";
    } else if (s.notAfter && s.notAfter <= asOf) state = "PASSED";
    else state = "UNCERTAIN";
    if (state === "NOT_YET") blocked = true;
    bySeq.set(s, state);
  }
  return stages.map((s) => bySeq.get(s)!);
}

/**
 * A party's ratification status on `asOf` (rules in docs/api.md, "Status rules"):
 * 1. before signature: NOT_STARTED;
 * 2. a REJECTED stage that had passed: REJECTED;
 * 3. the completing stage had passed: COMPLETED;
 * 4. the agreement had entered into force (preferred date): COMPLETED, since entry into force
 *    implies every party had completed ratification by then;
 * 5. the completing stage is uncertain while an earlier stage passed: UNKNOWN;
 * 6. some approving stage had passed: IN_PROGRESS;
 * 7. stages are recorded and none had happened yet: NOT_STARTED;
 * 8. otherwise (no stages recorded): UNKNOWN.
 */
export function ratificationStatus(stages: StageFacts[], agreement: AgreementDates, asOf: string): RatificationStatus {
  if (agreement.signedOn && asOf < agreement.signedOn) return RatificationStatus.NOT_STARTED;
  const states = stageStates(stages, asOf);
  if (stages.some((s, i) => s.outcome === StageOutcome.REJECTED && states[i] === "PASSED")) return RatificationStatus.REJECTED;
  const completingIndex = stages.findIndex((s) => s.completesRatification && s.outcome === StageOutcome.APPROVED);
  if (completingIndex >= 0 && states[completingIndex] === "PASSED") return RatificationStatus.COMPLETED;
  if (agreement.enteredIntoForceOn && periodEnd(agreement.enteredIntoForceOn, agreement.enteredIntoForcePrecision) <= asOf) {
    return RatificationStatus.COMPLETED;
  }
  const anyPassed = stages.some((s, i) => s.outcome === StageOutcome.APPROVED && states[i] === "PASSED");
  if (completingIndex >= 0 && states[completingIndex] === "UNCERTAIN" && anyPassed) return RatificationStatus.UNKNOWN;
  if (anyPassed) return RatificationStatus.IN_PROGRESS;
  if (stages.length > 0 && states.every((s) => s === "NOT_YET")) return RatificationStatus.NOT_STARTED;
  return RatificationStatus.UNKNOWN;
}

/** The day the party completed ratification, when its completing stage has a day-precise date. */
export function ratificationCompletedOn(stages: StageFacts[]): string | null {
  const s = stages.find((x) => x.completesRatification && x.outcome === StageOutcome.APPROVED);
  return s?.date && s.datePrecision === "DAY" ? s.date : null;
}
