import { SHARED_DOCS } from "../../../graphql/shared-docs.js";
import { Node } from "../identity/identity.types.js";
import { Directive, Field, Float, ID, ObjectType, Int } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { Port } from "../port/port.entity.js";
import { NodeKind } from "../corridor/corridor.enums.js";

@Directive('@key(fields: "id")')
@Directive('@key(fields: "nodeId")')
@ObjectType({ implements: Node, description: SHARED_DOCS.CorridorNode })
@Entity()
export class CorridorNode {
  @Field(() => ID, { description: "\"<alpha-2 code, lower case>-<slug>\", e.g. \"ir-astara\"." })
  @PrimaryColumn({ type: "varchar", length: 120 })
  id!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Field({ description: "Name in English." })
  @Column({ type: "varchar", length: 300 })
  name!: string;

  @Field(() => NodeKind, { description: "What the node is." })
  @Column({ type: "enum", enum: NodeKind })
  kind!: NodeKind;

  /** ISO alpha-2; the Country entity lives in the relations subgraph. */
  @Column({ type: "varchar", length: 2 })
  @Index()
  countryCode!: string;

  @Field(() => Float, { nullable: true, description: "Latitude in decimal degrees (WGS 84)." })
  @Column({ type: "double precision", nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: "Longitude in decimal degrees (WGS 84)." })
  @Column({ type: "double precision", nullable: true })
  longitude!: number | null;

  /** Its World Port Index record (a Port id), set from the curated data; null for a node the index does not cover. */
  @Column({ type: "varchar", length: 12, nullable: true })
  portId!: string | null;

  @ManyToOne(() => Port, { nullable: true })
  @JoinColumn({ name: "port_id" })
  portRecord?: Port | null;

  /** Source of the coordinates (a Source id in the relations subgraph). */
  @Column({ type: "varchar", length: 160, nullable: true })
  coordinatesSourceId!: string | null;
}
