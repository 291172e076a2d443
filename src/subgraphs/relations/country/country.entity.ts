import { Node } from "../identity/identity.types.js";
import { Field, ID, ObjectType, Directive } from "type-graphql";
import { Column, Entity, Index, JoinTable, ManyToMany, PrimaryColumn } from "typeorm";
import { SHARED_DOCS } from "../../../graphql/shared-docs.js";
import { DateScalar } from "../../../graphql/scalars.js";
import { PartyKind } from "./country.enums.js";
import { isoNumericCode } from "../../../lib/countries.js";
import { SearchVectorColumn } from "../../../db/search-vector.js";

@Directive('@key(fields: "code")')
@Directive('@key(fields: "nodeId")')
@ObjectType({ implements: Node, description: SHARED_DOCS.Country })
@Entity()
@Index("country_search_vector_idx", { synchronize: false })
export class Country {
  @Field(() => ID, { description: SHARED_DOCS["Country.code"] })
  @PrimaryColumn({ type: "varchar", length: 16 })
  code!: string;

  @Field(() => ID, { description: "Its per-type id, the same as `code` (\"IR\"): what clients normalise a Country by." })
  get id(): string {
    return this.code;
  }

  @Field({
    description:
      "ISO 3166-1 alpha-3 code (\"IRN\"); for a former state its old alpha-3 (\"YUG\"); for a party that never had one, its code.",
  })
  @Column({ type: "varchar", length: 16, unique: true })
  iso3!: string;

  // Computed from the world-countries package at run time (no column): a country row's code is its alpha-2.
  @Field(() => String, {
    nullable: true,
    description:
      "ISO 3166-1 numeric code, three digits with leading zeros as the standard writes it (\"364\" for Iran, \"004\" for Afghanistan); the ids of world-atlas and Natural Earth maps. Null for former states, organisations, sub-national parties and other keys outside ISO 3166-1 (\"XK\").",
  })
  get isoNumeric(): string | null {
    return isoNumericCode(this.code);
  }

  @Field(() => PartyKind, { description: "What kind of party it is: a current state unless it says otherwise." })
  @Column({ type: "enum", enum: PartyKind, default: PartyKind.STATE })
  @Index()
  kind!: PartyKind;

  @Field(() => DateScalar, { nullable: true, description: "For a party that is not an ISO state: since when it existed, where known (1 January for a bare year)." })
  @Column({ type: "date", nullable: true })
  existedFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "For a former state: when it ceased to exist, where known (1 January for a bare year; see `note`)." })
  @Column({ type: "date", nullable: true })
  existedTo!: string | null;

  @Field(() => String, { nullable: true, description: "For a party that is not a current state: what it is and why it has this key." })
  @Column({ type: "text", nullable: true })
  note!: string | null;

  @Field({ description: "Common English name (\"Iran\")." })
  @Column({ type: "varchar", length: 200 })
  @Index()
  name!: string;

  @Field({ description: "Official English name (\"Islamic Republic of Iran\")." })
  @Column({ type: "varchar", length: 300 })
  officialName!: string;

  @Field(() => String, { nullable: true, description: "Region (\"Asia\")." })
  @Column({ type: "varchar", length: 100, nullable: true })
  @Index()
  region!: string | null;

  @Field(() => String, { nullable: true, description: "Subregion (\"Southern Asia\")." })
  @Column({ type: "varchar", length: 100, nullable: true })
  subregion!: string | null;

  @Field(() => String, { nullable: true, description: "Capital city, the first one where there are several." })
  @Column({ type: "varchar", length: 200, nullable: true })
  capital!: string | null;

  /** Land neighbours; read through the neighbours loader, never eagerly. */
  @ManyToMany(() => Country)
  @JoinTable({
    name: "country_neighbour",
    joinColumn: { name: "country_code", referencedColumnName: "code" },
    inverseJoinColumn: { name: "neighbour_code", referencedColumnName: "code" },
  })
  neighbours?: Country[];

  /** Stored full-text vector of the searched text (search.queries.ts); never loaded into the entity. */
  @SearchVectorColumn("to_tsvector('simple'::regconfig, name || ' ' || official_name)")
  searchVector?: string;
}
