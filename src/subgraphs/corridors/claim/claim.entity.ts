import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { SHARED_DOCS } from "../../../graphql/shared-docs.js";

/**
 * The corridors subgraph's claims: same shape as the relations subgraph's (Claim is @shareable),
 * stored in this subgraph's own schema. Sources are referred to by id only.
 */
@Directive("@shareable")
@ObjectType("Claim", { description: SHARED_DOCS.Claim })
@Entity("claim")
@Index("claim_record_idx", ["recordType", "recordId", "field"])
@Index("claim_one_preferred_key", ["recordType", "recordId", "field"], { unique: true, where: "preferred" })
export class CorridorClaim {
  @Field(() => ID, { description: SHARED_DOCS["Claim.id"] })
  @PrimaryColumn({ type: "varchar", length: 400 })
  id!: string;

  /** GraphQL type name of the record ("CorridorSegment", "CorridorMember"). */
  @Column({ type: "varchar", length: 40 })
  recordType!: string;

  @Column({ type: "varchar", length: 260 })
  recordId!: string;

  @Field(() => Int, { description: SHARED_DOCS["Claim.version"] })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Field({ description: SHARED_DOCS["Claim.field"] })
  @Column({ type: "varchar", length: 64 })
  field!: string;

  @Field({ description: SHARED_DOCS["Claim.value"] })
  @Column({ type: "text" })
  value!: string;

  /** A Source id of the relations subgraph. */
  @Column({ type: "varchar", length: 160 })
  @Index()
  sourceId!: string;

  @Field({ description: SHARED_DOCS["Claim.preferred"] })
  @Column({ type: "boolean" })
  preferred!: boolean;

  @Field(() => String, { nullable: true, description: SHARED_DOCS["Claim.note"] })
  @Column({ type: "text", nullable: true })
  note!: string | null;
}

/** Which sources back a record of this subgraph. Source ids refer to the relations subgraph. */
@Entity()
@Index("source_ref_source_idx", ["sourceId"])
export class SourceRef {
  @PrimaryColumn({ type: "varchar", length: 40 })
  recordType!: string;

  @PrimaryColumn({ type: "varchar", length: 260 })
  recordId!: string;

  @PrimaryColumn({ type: "varchar", length: 160 })
  sourceId!: string;
}
