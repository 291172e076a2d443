import { registerEnumType } from "type-graphql";

export enum StageKind {
  LOWER_HOUSE = "LOWER_HOUSE",
  UPPER_HOUSE = "UPPER_HOUSE",
  LEGISLATURE = "LEGISLATURE",
  CONSTITUTIONAL_REVIEW = "CONSTITUTIONAL_REVIEW",
  HEAD_OF_STATE = "HEAD_OF_STATE",
  INSTRUMENT_EXCHANGE = "INSTRUMENT_EXCHANGE",
  OTHER = "OTHER",
}
registerEnumType(StageKind, {
  name: "StageKind",
  description: "The kind of body or act a ratification stage is.",
  valuesConfig: {
    LOWER_HOUSE: { description: "Lower chamber of a bicameral legislature (e.g. the State Duma)." },
    UPPER_HOUSE: { description: "Upper chamber (e.g. the Federation Council)." },
    LEGISLATURE: { description: "A unicameral legislature (e.g. Iran's Islamic Consultative Assembly)." },
    CONSTITUTIONAL_REVIEW: { description: "Review by a constitutional body (e.g. Iran's Guardian Council)." },
    HEAD_OF_STATE: { description: "The head of state signs or promulgates the ratification." },
    INSTRUMENT_EXCHANGE: { description: "Exchange or deposit of instruments, or the final notification." },
    OTHER: { description: "Any other step." },
  },
});

export enum StageOutcome {
  APPROVED = "APPROVED",
  REJECTED = "REJECTED",
  PENDING = "PENDING",
}
registerEnumType(StageOutcome, {
  name: "StageOutcome",
  description: "The result of a ratification stage.",
  valuesConfig: {
    APPROVED: { description: "The body approved." },
    REJECTED: { description: "The body rejected." },
    PENDING: { description: "Before the body, not decided yet." },
  },
});

export enum RatificationStatus {
  NOT_STARTED = "NOT_STARTED",
  IN_PROGRESS = "IN_PROGRESS",
  COMPLETED = "COMPLETED",
  REJECTED = "REJECTED",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(RatificationStatus, {
  name: "RatificationStatus",
  description: "One party's ratification on a date, derived from its dated stages (see docs/api.md, \"Status rules\").",
  valuesConfig: {
    NOT_STARTED: { description: "No recorded stage had happened by that date." },
    IN_PROGRESS: { description: "Some stages passed, the completing one not yet." },
    COMPLETED: { description: "The completing stage passed, or the agreement had entered into force." },
    REJECTED: { description: "A stage rejected it by that date." },
    UNKNOWN: { description: "The facts needed to decide are missing; never a guess." },
  },
});
