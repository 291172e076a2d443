import { Node } from "../identity/identity.types.js";
import { Field, ID, Int, ObjectType, Directive } from "type-graphql";
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryColumn } from "typeorm";
import { DateScalar } from "../../../graphql/scalars.js";
import { DateCertainty, DatePrecision } from "../../../graphql/enums.js";
import { Source } from "../source/source.entity.js";
import { Topic } from "../topic/topic.entity.js";
import { AgreementKind, RenewalKind } from "./agreement.enums.js";
import { SearchVectorColumn } from "../../../db/search-vector.js";

@Directive('@key(fields: "id")')
@Directive('@key(fields: "nodeId")')
@ObjectType({ implements: Node, description: "A treaty, agreement, memorandum or programme between countries." })
@Entity()
@Index("agreement_search_vector_idx", { synchronize: false })
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
  @Column({ type: "varchar", length: 600 })
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

  @Field(() => DateCertainty, { nullable: true, description: "How sure the source is of signedOn (null when there is no date)." })
  @Column({ type: "enum", enum: DateCertainty, nullable: true })
  signedOnCertainty!: DateCertainty | null;

  @Field(() => DateScalar, { nullable: true, description: "When the source gives signature as a range of dates: the last day of the range; signedOn is its start." })
  @Column({ type: "date", nullable: true })
  signedOnUntil!: string | null;

  @Field(() => String, { nullable: true, description: "Place of signature (\"Kremlin, Moscow\")." })
  @Column({ type: "varchar", length: 300, nullable: true })
  signedAt!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date of entry into force (preferred claim), if known." })
  @Column({ type: "date", nullable: true })
  enteredIntoForceOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of enteredIntoForceOn." })
  @Column({ type: "enum", enum: DatePrecision, nullable: true })
  enteredIntoForcePrecision!: DatePrecision | null;

  @Field(() => DateCertainty, { nullable: true, description: "How sure the source is of enteredIntoForceOn." })
  @Column({ type: "enum", enum: DateCertainty, nullable: true })
  enteredIntoForceCertainty!: DateCertainty | null;

  @Field(() => DateScalar, { nullable: true, description: "When entry into force is given as a range: the last day of the range." })
  @Column({ type: "date", nullable: true })
  enteredIntoForceUntil!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When the agreement ended, for whatever reason (termination, replacement, end of its term), where a source gives it. See docs/api.md, \"Status rules\".",
  })
  @Column({ type: "date", nullable: true })
  endedOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of endedOn." })
  @Column({ type: "enum", enum: DatePrecision, nullable: true })
  endedOnPrecision!: DatePrecision | null;

  @Field(() => DateCertainty, { nullable: true, description: "How sure the source is of endedOn." })
  @Column({ type: "enum", enum: DateCertainty, nullable: true })
  endedOnCertainty!: DateCertainty | null;

  @Field(() => DateScalar, { nullable: true, description: "When its initial term ends, as a date, where a source gives one (GGO's Term)." })
  @Column({ type: "date", nullable: true })
  termEndsOn!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of termEndsOn." })
  @Column({ type: "enum", enum: DatePrecision, nullable: true })
  termEndsOnPrecision!: DatePrecision | null;

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

  @Field(() => String, { nullable: true, description: "Its id in the manytreaties GGO dataset (treatyID, \"IRN-RUS_1935A\"), where it comes from there or matches a record there." })
  @Column({ type: "varchar", length: 120, nullable: true })
  @Index()
  treatyId!: string | null;

  @Field(() => String, { nullable: true, description: "Who holds the original text (the depositary), as the source names it." })
  @Column({ type: "text", nullable: true })
  depository!: string | null;

  @Field(() => [String], { description: "Languages of its authentic texts, as the source names them (\"English\", \"French\")." })
  @Column({ type: "varchar", array: true, default: () => "'{}'" })
  languages!: string[];

  @Field(() => String, { nullable: true, description: "Its ambit as GGO codes it (\"Bilateral\", \"Multilateral\", \"Regional\", …)." })
  @Column({ type: "varchar", length: 60, nullable: true })
  ambit!: string | null;

  @Field(() => String, { nullable: true, description: "The region it concerns as GGO codes it (\"Europe\", \"Global\", …)." })
  @Column({ type: "varchar", length: 200, nullable: true })
  geography!: string | null;

  @Field(() => String, { nullable: true, description: "Where its text was found (often ECOLEX or the UN Treaty Collection)." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  textUrl!: string | null;

  @Field(() => String, { nullable: true, description: "The dataset coders' notes on the agreement: where a fact came from, or why it is coded as it is." })
  @Column({ type: "text", nullable: true })
  notes!: string | null;

  @Column({ type: "varchar", length: 160, nullable: true })
  @Index()
  parentId!: string | null;

  @ManyToOne(() => Agreement, { onDelete: "SET NULL" })
  @JoinColumn({ name: "parent_id" })
  parent?: Agreement | null;

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

  /** Stored full-text vector of the searched text (search.queries.ts); never loaded into the entity. */
  @SearchVectorColumn("to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(short_title, ''))")
  searchVector?: string;
}

/** A title in one of the parties' languages, or an alias. Natural key: (agreement, language, text). */
@Entity()
@Index("agreement_title_search_vector_idx", { synchronize: false })
export class AgreementTitle {
  @PrimaryColumn({ type: "varchar", length: 160 })
  agreementId!: string;

  @PrimaryColumn({ type: "varchar", length: 35 })
  language!: string;

  @PrimaryColumn({ type: "varchar", length: 1000 })
  text!: string;

  @ManyToOne(() => Agreement, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agreement_id" })
  agreement?: Agreement;

  /** Stored full-text vector of the searched text (search.queries.ts); never loaded into the entity. */
  @SearchVectorColumn("to_tsvector('simple'::regconfig, text)")
  searchVector?: string;
}
