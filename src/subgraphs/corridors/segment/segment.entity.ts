import { SHARED_DOCS } from "../../../graphql/shared-docs.js";
import { Node } from "../identity/identity.types.js";
import { Directive, Field, ID, ObjectType, Int } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { SegmentStatus, TransportMode } from "../corridor/corridor.enums.js";
import { TradeCorridor } from "../corridor/corridor.entity.js";
import { CorridorNode } from "../node/node.entity.js";

@Directive('@key(fields: "id")')
@Directive('@key(fields: "nodeId")')
@ObjectType({ implements: Node, description: SHARED_DOCS.CorridorSegment })
@Entity()
export class CorridorSegment {
  @Field(() => ID, { description: "\"<from id>--<to id>--<mode>\"." })
  @PrimaryColumn({ type: "varchar", length: 260 })
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

  @Column({ type: "varchar", length: 120 })
  @Index()
  fromNodeId!: string;

  @ManyToOne(() => CorridorNode, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "from_node_id" })
  fromNode?: CorridorNode;

  @Column({ type: "varchar", length: 120 })
  @Index()
  toNodeId!: string;

  @ManyToOne(() => CorridorNode, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "to_node_id" })
  toNode?: CorridorNode;

  @Field(() => TransportMode, { description: "How goods move on it." })
  @Column({ type: "enum", enum: TransportMode })
  @Index()
  mode!: TransportMode;

  @Field(() => SegmentStatus, { description: "Whether it carries traffic (preferred claim)." })
  @Column({ type: "enum", enum: SegmentStatus })
  @Index()
  status!: SegmentStatus;

  /** Length a source gives; null when none does (the API then estimates it). */
  @Column({ type: "double precision", nullable: true })
  statedLengthKm!: number | null;

  /** Length along its maritime route (a SEA segment's, from data/sea-routes.json at seed time); null when it has none. */
  @Column({ type: "double precision", nullable: true })
  routeLengthKm!: number | null;

  /** The maritime route as GeoJSON LineString coordinates, [longitude, latitude], from its from node to its to node; null when it has none. */
  @Column({ type: "jsonb", nullable: true })
  routeGeometry!: [number, number][] | null;

  @Field(() => String, { nullable: true, description: "Editorial note on the segment and its sources." })
  @Column({ type: "text", nullable: true })
  note!: string | null;
}

@ObjectType({ description: "A named, ordered chain of segments (e.g. the western branch)." })
@Entity()
export class CorridorRoute {
  @Field(() => ID, { description: "\"<corridor id>-<slug>\", e.g. \"instc-western\"." })
  @PrimaryColumn({ type: "varchar", length: 120 })
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

  @Field({ description: "Name of the route." })
  @Column({ type: "varchar", length: 200 })
  name!: string;
}

/** One step of a named route: its position and segment. */
@Entity()
@Index("route_segment_segment_idx", ["segmentId"])
export class RouteSegment {
  @PrimaryColumn({ type: "varchar", length: 120 })
  routeId!: string;

  @PrimaryColumn({ type: "int" })
  seq!: number;

  @Column({ type: "varchar", length: 260 })
  segmentId!: string;

  @ManyToOne(() => CorridorSegment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "segment_id" })
  segment?: CorridorSegment;

  @ManyToOne(() => CorridorRoute, { onDelete: "CASCADE" })
  @JoinColumn({ name: "route_id" })
  route?: CorridorRoute;
}
