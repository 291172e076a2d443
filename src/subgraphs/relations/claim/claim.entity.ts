import { SHARED_DOCS } from "../../../graphql/shared-docs.js";
import { Field, ID, Int, ObjectType, Directive } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Source } from "../source/source.entity.js";

/**
 * One source's word on one field of one record. The record's own column holds the preferred
 * value; claims keep every source's value beside it, so disagreements stay visible.
 */
@Directive("@shareable")
@ObjectType({ description: "One source's word on one field of one record." })
@Entity()
@Index("claim_record_idx", ["recordType", "recordId", "field"])
@Index("claim_one_preferred_key", ["recordType", "recordId", "field"], { unique: true, where: "preferred" })
export class Claim {
  @Field(() => ID, { description: "Stable id of the claim." })
  @PrimaryColumn({ type: "varchar", length: 400 })
  id!: string;

  /** GraphQL type name of the record ("Agreement", "RatificationStage"). */
  @Column({ type: "varchar", length: 40 })
  recordType!: string;

  @Column({ type: "varchar", length: 200 })
  recordId!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Field({ description: "Name of the record's GraphQL field the claim is about (\"signedOn\")." })
  @Column({ type: "varchar", length: 64 })
  field!: string;

  @Field({ description: SHARED_DOCS["Claim.value"] })
  @Column({ type: "text" })
  value!: string;

  @Column({ type: "varchar", length: 160 })
  @Index()
  sourceId!: string;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id" })
  source?: Source;

  @Field({ description: "True for the claim the dataset uses as the field's value." })
  @Column({ type: "boolean" })
  preferred!: boolean;

  @Field(() => String, { nullable: true, description: "Why this claim is, or is not, preferred." })
  @Column({ type: "text", nullable: true })
  note!: string | null;
}
