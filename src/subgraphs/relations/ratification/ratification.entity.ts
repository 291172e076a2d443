import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryColumn, Unique } from "typeorm";
import { DateScalar } from "../../../graphql/scalars.js";
import { DateCertainty, DatePrecision } from "../../../graphql/enums.js";
import { Agreement } from "../agreement/agreement.entity.js";
import { Country } from "../country/country.entity.js";
import { Person } from "../person/person.entity.js";
import { Source } from "../source/source.entity.js";
import { StageKind, StageOutcome } from "./ratification.enums.js";

@ObjectType({ description: "A country's place in an agreement: who signed for it and how it ratified." })
@Entity()
@Unique("agreement_party_agreement_country_key", ["agreementId", "countryCode"])
export class AgreementParty {
  @Field(() => ID, { description: "\"<agreement id>:<party code, lower case>\" (the alpha-2 code for a current state)." })
  @PrimaryColumn({ type: "varchar", length: 180 })
  id!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Column({ type: "varchar", length: 160 })
  @Index()
  agreementId!: string;

  @ManyToOne(() => Agreement, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agreement_id" })
  agreement?: Agreement;

  @Column({ type: "varchar", length: 16 })
  @Index()
  countryCode!: string;

  @ManyToOne(() => Country, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "country_code" })
  country?: Country;

  @Column({ type: "varchar", length: 120, nullable: true })
  @Index()
  signatoryId!: string | null;

  @ManyToOne(() => Person, { onDelete: "SET NULL" })
  @JoinColumn({ name: "signatory_id" })
  signatory?: Person | null;

  @Field(() => DateScalar, { nullable: true, description: "When this party signed, where known (its own date; the agreement's signedOn is the first signature)." })
  @Column({ type: "date", nullable: true })
  signedOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of signedOn." })
  @Column({ type: "enum", enum: DatePrecision, nullable: true })
  signedOnPrecision!: DatePrecision | null;

  @Field(() => DateCertainty, { nullable: true, description: "How sure the source is of signedOn." })
  @Column({ type: "enum", enum: DateCertainty, nullable: true })
  signedOnCertainty!: DateCertainty | null;

  @Field(() => DateScalar, { nullable: true, description: "When the agreement entered into force for this party, where known." })
  @Column({ type: "date", nullable: true })
  enteredIntoForceOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of enteredIntoForceOn." })
  @Column({ type: "enum", enum: DatePrecision, nullable: true })
  enteredIntoForcePrecision!: DatePrecision | null;

  @Field(() => DateCertainty, { nullable: true, description: "How sure the source is of enteredIntoForceOn." })
  @Column({ type: "enum", enum: DateCertainty, nullable: true })
  enteredIntoForceCertainty!: DateCertainty | null;

  @Field(() => DateScalar, { nullable: true, description: "When the agreement ended for this party (withdrawal, denunciation, or the agreement's end), where known." })
  @Column({ type: "date", nullable: true })
  endedOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of endedOn." })
  @Column({ type: "enum", enum: DatePrecision, nullable: true })
  endedOnPrecision!: DatePrecision | null;

  @Field(() => DateCertainty, { nullable: true, description: "How sure the source is of endedOn." })
  @Column({ type: "enum", enum: DateCertainty, nullable: true })
  endedOnCertainty!: DateCertainty | null;

  @Field(() => String, { nullable: true, description: "The dataset coders' notes on this party's participation." })
  @Column({ type: "text", nullable: true })
  notes!: string | null;
}

@ObjectType({ description: "One step of one party's ratification." })
@Entity()
@Index("ratification_stage_party_seq_idx", ["partyId", "seq"])
export class RatificationStage {
  @Field(() => ID, { description: "Stable slug of the stage." })
  @PrimaryColumn({ type: "varchar", length: 200 })
  id!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Column({ type: "varchar", length: 180 })
  partyId!: string;

  @ManyToOne(() => AgreementParty, { onDelete: "CASCADE" })
  @JoinColumn({ name: "party_id" })
  party?: AgreementParty;

  /** Order of the stage within its party's procedure. */
  @Column({ type: "int" })
  seq!: number;

  @Field({ description: "The body or office acting (\"State Duma\")." })
  @Column({ type: "varchar", length: 300 })
  body!: string;

  @Field(() => StageKind, { description: "What kind of step it is." })
  @Column({ type: "enum", enum: StageKind })
  kind!: StageKind;

  @Field(() => DateScalar, { nullable: true, description: "When it happened (preferred claim); null when unknown." })
  @Column({ type: "date", nullable: true })
  @Index()
  date!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of date." })
  @Column({ type: "enum", enum: DatePrecision, nullable: true })
  datePrecision!: DatePrecision | null;

  @Field(() => DateCertainty, { nullable: true, description: "How sure the source is of date." })
  @Column({ type: "enum", enum: DateCertainty, nullable: true })
  dateCertainty!: DateCertainty | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When the date is unknown: the latest date by which a source says the stage had happened.",
  })
  @Column({ type: "date", nullable: true })
  notAfter!: string | null;

  @Field(() => StageOutcome, { description: "Result of the stage." })
  @Column({ type: "enum", enum: StageOutcome })
  outcome!: StageOutcome;

  @Field({ description: "True on the stage that completes this party's domestic ratification." })
  @Column({ type: "boolean", default: false })
  completesRatification!: boolean;

  @Field(() => Int, { nullable: true, description: "Votes in favour (preferred claim)." })
  @Column({ type: "int", nullable: true })
  votesFor!: number | null;

  @Field(() => Int, { nullable: true, description: "Votes against (preferred claim)." })
  @Column({ type: "int", nullable: true })
  votesAgainst!: number | null;

  @Field(() => Int, { nullable: true, description: "Abstentions (preferred claim)." })
  @Column({ type: "int", nullable: true })
  votesAbstaining!: number | null;

  @Field(() => Int, { nullable: true, description: "Members present at the vote, where a source gives it." })
  @Column({ type: "int", nullable: true })
  votesPresent!: number | null;

  @Field(() => String, { nullable: true, description: "Editorial note on the stage and its sources." })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @ManyToMany(() => Source)
  @JoinTable({
    name: "ratification_stage_source",
    joinColumn: { name: "stage_id", referencedColumnName: "id" },
    inverseJoinColumn: { name: "source_id", referencedColumnName: "id" },
  })
  sources?: Source[];
}
