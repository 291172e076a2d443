import { Node } from "../identity/identity.types.js";
import { SHARED_DOCS } from "../../../graphql/shared-docs.js";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../../graphql/scalars.js";

@Directive('@key(fields: "id")')
@Directive('@key(fields: "nodeId")')
@ObjectType({ implements: Node, description: "A pair of countries, as one node: their shared agreements and their timeline." })
export class BilateralRelation {
  @Field(() => ID, { description: SHARED_DOCS["BilateralRelation.id"] })
  id!: string;

  /** The two alpha-2 codes, sorted. */
  codes!: [string, string];
}

export enum TimelineEventKind {
  SIGNED = "SIGNED",
  RATIFICATION_STAGE = "RATIFICATION_STAGE",
  RATIFIED = "RATIFIED",
  ENTERED_INTO_FORCE = "ENTERED_INTO_FORCE",
  EXPIRED = "EXPIRED",
  TERMINATED = "TERMINATED",
  STATEMENT = "STATEMENT",
  OTHER = "OTHER",
}
registerEnumType(TimelineEventKind, {
  name: "TimelineEventKind",
  description: "What happened at a timeline event.",
  valuesConfig: {
    SIGNED: { description: "An agreement was signed." },
    RATIFICATION_STAGE: { description: "A party's ratification passed a stage." },
    RATIFIED: { description: "A party completed ratification." },
    ENTERED_INTO_FORCE: { description: "An agreement entered into force." },
    EXPIRED: { description: "An agreement's term ended without renewal." },
    TERMINATED: { description: "An agreement was terminated." },
    STATEMENT: { description: "A dated statement about an agreement." },
    OTHER: { description: "Anything else." },
  },
});

@ObjectType({ description: "A dated event, derived from the dated facts of agreements, ratifications and statements." })
export class TimelineEvent {
  @Field(() => ID, { description: "Stable id, derived from the record the event comes from." })
  id!: string;

  @Field(() => DateScalar, { description: "When it happened (first day of the period for coarse dates)." })
  date!: string;

  @Field(() => TimelineEventKind, { description: "What happened." })
  kind!: TimelineEventKind;

  @Field({ description: "One line saying what happened." })
  description!: string;

  agreementId!: string | null;
  countryCode!: string | null;
  sourceId!: string | null;
}
