import { Field, ID, ObjectType, Directive } from "type-graphql";
import { Column, Entity, Index, JoinTable, ManyToMany, PrimaryColumn } from "typeorm";

@Directive('@key(fields: "code")')
@ObjectType({ description: "A country or territory with an ISO 3166-1 code, from the world-countries data package." })
@Entity()
@Index("country_search_idx", { synchronize: false })
export class Country {
  @Field(() => ID, { description: "ISO 3166-1 alpha-2 code, upper case (\"IR\")." })
  @PrimaryColumn({ type: "varchar", length: 2 })
  code!: string;

  @Field({ description: "ISO 3166-1 alpha-3 code (\"IRN\")." })
  @Column({ type: "varchar", length: 3, unique: true })
  iso3!: string;

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

}
