import { Field, ID, Int, ObjectType, Directive } from "type-graphql";
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryColumn } from "typeorm";
import { DateScalar } from "../../../graphql/scalars.js";
import { DatePrecision } from "../../../graphql/enums.js";
import { Source } from "../source/source.entity.js";
import { Topic } from "../topic/topic.entity.js";
import { AgreementKind, RenewalKind } from "./agreement.enums.js";

@Directive('@key(fields: "id")')
@ObjectType({ description: "A treaty, agreement, memorandum or programme between countries." })
@Entity()
@Index("agreement_search_idx", { synchronize: false })
@Index("agreement_signed_desc_keyset_idx", { synchronize: false })
@Index("agreement_signed_asc_keyset_idx", { synchronize: false })
@Index("agreement_title_keyset_idx", { synchronize: false })
export class Agreement {
  @Field(() => ID, { description: "Stable slug, e.g. \"ir-ru-comprehensive-strategic-partnership-2025\"." })
  @PrimaryColumn({ type: "varchar", length: 160 })
  id!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Field({ description: "Full title in English." })
  @Column({ type: "varchar", length: 500 })
  @Index()
  title!: string;

  @Field(() => String, { nullable: true, description: "A short English title, if one is common." })
  @Column({ type: "varchar", length: 200, nullable: true })
  shortTitle!: string | null;

  @Field(() => AgreementKind, { description: "What kind of instrument it is." })
  @Column({ type: "enum", enum: AgreementKind })
  @Index()
  kind!: AgreementKind;

  @Field(() => String, {
    nullable: true,
    description: "The level of relationship it sets between its parties, if any (\"Comprehensive strategic partnership\").",
  })
  @Column({ type: "varchar", length: 200, nullable: true })
  relationshipLevel!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date of signature (preferred claim). See signedOnPrecision." })
  @Column({ type: "date", nullable: true })
  @Index()
  signedOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of signedOn." })
  @Column({ type: "enum", enum: DatePrecision, nullable: true })
  signedOnPrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: "Place of signature (\"Kremlin, Moscow\")." })
  @Column({ type: "varchar", length: 300, nullable: true })
  signedAt!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date of entry into force (preferred claim), if known." })
  @Column({ type: "date", nullable: true })
  enteredIntoForceOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of enteredIntoForceOn." })
  @Column({ type: "enum", enum: DatePrecision, nullable: true })
  enteredIntoForcePrecision!: DatePrecision | null;

  @Field(() => String, { nullable: true, description: "The agreement's own rule for entry into force, in words." })
  @Column({ type: "text", nullable: true })
  entryIntoForceRule!: string | null;

  @Field(() => Int, { nullable: true, description: "Initial term in years; null when open-ended or unknown." })
  @Column({ type: "int", nullable: true })
  termYears!: number | null;

  @Field(() => String, { nullable: true, description: "How the term is renewed, in the preferred source's words." })
  @Column({ type: "text", nullable: true })
  renewal!: string | null;

  @Field(() => RenewalKind, { nullable: true, description: "How the term is renewed, as a code the status rules use." })
  @Column({ type: "enum", enum: RenewalKind, nullable: true })
  renewalKind!: RenewalKind | null;

  @Field(() => Int, { nullable: true, description: "Length of each renewal period in years." })
  @Column({ type: "int", nullable: true })
  renewalPeriodYears!: number | null;

  @Field(() => DateScalar, { nullable: true, description: "Date it was terminated or denounced, if it was." })
  @Column({ type: "date", nullable: true })
  terminatedOn!: string | null;

  @Field(() => Int, { nullable: true, description: "Number of articles, if known." })
  @Column({ type: "int", nullable: true })
  articleCount!: number | null;

  @Column({ type: "varchar", length: 160, nullable: true })
  @Index()
  supersedesId!: string | null;

  @ManyToOne(() => Agreement, { onDelete: "SET NULL" })
  @JoinColumn({ name: "supersedes_id" })
  supersedes?: Agreement | null;

  @ManyToMany(() => Topic)
  @JoinTable({
    name: "agreement_topic",
    joinColumn: { name: "agreement_id", referencedColumnName: "id" },
    inverseJoinColumn: { name: "topic_code", referencedColumnName: "code" },
  })
  topics?: Topic[];

  @ManyToMany(() => Source)
  @JoinTable({
    name: "agreement_source",
    joinColumn: { name: "agreement_id", referencedColumnName: "id" },
    inverseJoinColumn: { name: "source_id", referencedColumnName: "id" },
  })
  sources?: Source[];

}

/** A title in one of the parties' languages, or an alias. Natural key: (agreement, language, text). */
@Entity()
@Index("agreement_title_search_idx", { synchronize: false })
export class AgreementTitle {
  @PrimaryColumn({ type: "varchar", length: 160 })
  agreementId!: string;

  @PrimaryColumn({ type: "varchar", length: 35 })
  language!: string;

  @PrimaryColumn({ type: "varchar", length: 500 })
  text!: string;

  @ManyToOne(() => Agreement, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agreement_id" })
  agreement?: Agreement;

}
