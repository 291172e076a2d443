import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { SHARED_DOCS } from "../../../graphql/shared-docs.js";
import { Node } from "../identity/identity.types.js";

/**
 * A seaport of the World Port Index (NGA Publication 150), vendored as
 * data/world-port-index/wpi-ports.csv. Reference data: loaded from that file at seed time, like the
 * ISO countries, and not part of the dataset file. "Unknown" and blank values are null, never false.
 */
@Directive('@key(fields: "id")')
@Directive('@key(fields: "nodeId")')
@ObjectType({ implements: Node, description: SHARED_DOCS.Port })
@Entity()
@Index(["name", "id"])
export class Port {
  @Field(() => ID, { description: "The World Port Index number (\"48520\" for Bandar Abbas)." })
  @PrimaryColumn({ type: "varchar", length: 12 })
  id!: string;

  @Field(() => String, { nullable: true, description: "UN/LOCODE without the space, upper case (\"IRBND\"); null when the index gives none or a malformed one." })
  @Column({ type: "varchar", length: 5, nullable: true })
  @Index()
  unlocode!: string | null;

  @Field({ description: "The main port name, as the index spells it." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => [String], { description: "Other names of the port; empty when the index gives none." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  alternateNames!: string[];

  /** ISO alpha-2, mapped from the index's country name (src/seed/ports.ts). */
  @Column({ type: "varchar", length: 2 })
  @Index()
  countryCode!: string;

  @Field(() => String, { nullable: true, description: "The index's region (\"Iran -- 48460\"): a name and its region number." })
  @Column({ type: "varchar", length: 200, nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true, description: "The body of water the port lies on; several are separated by \"; \"." })
  @Column({ type: "varchar", length: 200, nullable: true })
  waterBody!: string | null;

  @Field(() => String, { nullable: true, description: "Harbour size: \"Very Small\", \"Small\", \"Medium\" or \"Large\"." })
  @Column({ type: "varchar", length: 40, nullable: true })
  harborSize!: string | null;

  @Field(() => String, { nullable: true, description: "Harbour type, e.g. \"Coastal (Natural)\", \"River (Basins)\", \"Open Roadstead\"." })
  @Column({ type: "varchar", length: 60, nullable: true })
  harborType!: string | null;

  @Field(() => String, { nullable: true, description: "Harbour use: \"Cargo\", \"Fishing\", \"Ferry\" or \"Military\"." })
  @Column({ type: "varchar", length: 40, nullable: true })
  harborUse!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Has container facilities; null when unknown." })
  @Column({ type: "boolean", nullable: true })
  container!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Has roll-on/roll-off facilities; null when unknown." })
  @Column({ type: "boolean", nullable: true })
  roRo!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Has solid bulk facilities; null when unknown." })
  @Column({ type: "boolean", nullable: true })
  solidBulk!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Has liquid bulk facilities; null when unknown." })
  @Column({ type: "boolean", nullable: true })
  liquidBulk!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Has an oil terminal; null when unknown." })
  @Column({ type: "boolean", nullable: true })
  oilTerminal!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Has an LNG terminal; null when unknown." })
  @Column({ type: "boolean", nullable: true })
  lngTerminal!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Linked to the railway: true when the index's \"Railway\" gives a size (Small, Medium, Large) or its \"Communications - Rail\" says Yes; false when neither does and one says None or No; null when both are unknown.",
  })
  @Column({ type: "boolean", nullable: true })
  railLink!: boolean | null;

  @Field(() => Float, { nullable: true, description: "Longest vessel the port takes, in metres, to 0.1 m; null when the index gives none (0)." })
  @Column({ type: "double precision", nullable: true })
  maxVesselLengthM!: number | null;

  @Field(() => Float, { nullable: true, description: "Channel depth in metres, to 0.1 m; null when the index gives none (0)." })
  @Column({ type: "double precision", nullable: true })
  channelDepthM!: number | null;

  @Field(() => Float, { description: "Latitude in decimal degrees (WGS 84), to 6 decimals." })
  @Column({ type: "double precision" })
  latitude!: number;

  @Field(() => Float, { description: "Longitude in decimal degrees (WGS 84), to 6 decimals." })
  @Column({ type: "double precision" })
  longitude!: number;
}
