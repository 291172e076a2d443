import { SHARED_DOCS } from "../../../graphql/shared-docs.js";
import { Node } from "../identity/identity.types.js";
import { Directive, Field, Float, ID, ObjectType, Int } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from "typeorm";
import { DatePrecision } from "../../../graphql/enums.js";
import { DateScalar } from "../../../graphql/scalars.js";
import { MemberRole } from "./corridor.enums.js";

@Directive('@key(fields: "id")')
@Directive('@key(fields: "nodeId")')
@ObjectType({ implements: Node, description: SHARED_DOCS.TradeCorridor })
@Entity()
export class TradeCorridor {
  @Field(() => ID, { description: "Stable slug (\"instc\")." })
  @PrimaryColumn({ type: "varchar", length: 80 })
  id!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Field({ description: "Full name." })
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field(() => String, { nullable: true, description: "Acronym (\"INSTC\")." })
  @Column({ type: "varchar", length: 40, nullable: true })
  acronym!: string | null;

  @Field(() => String, { nullable: true, description: "What the corridor is, in a few sentences." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Field(() => Float, { nullable: true, description: "Overall length as its sources state it (not the sum of segments)." })
  @Column({ type: "double precision", nullable: true })
  lengthKm!: number | null;

  /** Agreement id in the relations subgraph; a reference by key, no foreign key across subgraphs. */
  @Column({ type: "varchar", length: 160, nullable: true })
  @Index()
  foundingAgreementId!: string | null;
}

@ObjectType({ description: "A country's membership of a corridor." })
@Entity()
@Unique("corridor_member_corridor_country_key", ["corridorId", "countryCode"])
export class CorridorMember {
  @Field(() => ID, { description: "\"<corridor id>:<alpha-2 code, lower case>\"." })
  @PrimaryColumn({ type: "varchar", length: 90 })
  id!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Column({ type: "varchar", length: 80 })
  @Index()
  corridorId!: string;

  @ManyToOne(() => TradeCorridor, { onDelete: "CASCADE" })
  @JoinColumn({ name: "corridor_id" })
  corridor?: TradeCorridor;

  /** ISO alpha-2; the Country entity lives in the relations subgraph. */
  @Column({ type: "varchar", length: 2 })
  @Index()
  countryCode!: string;

  @Field(() => MemberRole, { description: "Founder, member or observer (preferred claim)." })
  @Column({ type: "enum", enum: MemberRole })
  role!: MemberRole;

  @Field(() => DateScalar, { nullable: true, description: "Since when (preferred claim); see sincePrecision." })
  @Column({ type: "date", nullable: true })
  since!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of since." })
  @Column({ type: "enum", enum: DatePrecision, nullable: true })
  sincePrecision!: DatePrecision | null;
}
