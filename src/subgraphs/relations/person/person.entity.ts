import { Node } from "../identity/identity.types.js";
import { Field, ID, ObjectType, Directive, Int } from "type-graphql";
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryColumn } from "typeorm";
import { DateScalar } from "../../../graphql/scalars.js";
import { DatePrecision } from "../../../graphql/enums.js";
import { Country } from "../country/country.entity.js";
import { Source } from "../source/source.entity.js";
import { SearchVectorColumn } from "../../../db/search-vector.js";

@Directive('@key(fields: "id")')
@Directive('@key(fields: "nodeId")')
@ObjectType({ implements: Node, description: "An official or other person who signed, voted or spoke." })
@Entity()
@Index("person_search_vector_idx", { synchronize: false })
export class Person {
  @Field(() => ID, { description: "Stable slug (\"vladimir-putin\")." })
  @PrimaryColumn({ type: "varchar", length: 120 })
  id!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Field({ description: "Name in English." })
  @Column({ type: "varchar", length: 300 })
  @Index()
  name!: string;

  /** Stored full-text vector of the searched text (search.queries.ts); never loaded into the entity. */
  @SearchVectorColumn("to_tsvector('simple'::regconfig, name)")
  searchVector?: string;
}

/** A person's name in another language or script. */
@Entity()
@Index("person_name_search_vector_idx", { synchronize: false })
export class PersonName {
  @PrimaryColumn({ type: "varchar", length: 120 })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: "CASCADE" })
  @JoinColumn({ name: "person_id" })
  person?: Person;

  @PrimaryColumn({ type: "varchar", length: 35 })
  language!: string;

  @PrimaryColumn({ type: "varchar", length: 300 })
  text!: string;

  /** Stored full-text vector of the searched text (search.queries.ts); never loaded into the entity. */
  @SearchVectorColumn("to_tsvector('simple'::regconfig, text)")
  searchVector?: string;
}

@ObjectType({ description: "An office a person held, over time." })
@Entity()
export class Office {
  @Field(() => ID, { description: "Stable slug of the office tenure." })
  @PrimaryColumn({ type: "varchar", length: 200 })
  id!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Column({ type: "varchar", length: 120 })
  @Index()
  personId!: string;

  @ManyToOne(() => Person, { onDelete: "CASCADE" })
  @JoinColumn({ name: "person_id" })
  person?: Person;

  @Field({ description: "Title of the office (\"President of Russia\")." })
  @Column({ type: "varchar", length: 300 })
  title!: string;

  @Column({ type: "varchar", length: 2, nullable: true })
  @Index()
  countryCode!: string | null;

  @ManyToOne(() => Country, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "country_code" })
  country?: Country | null;

  @Field(() => DateScalar, { nullable: true, description: "Start of the tenure, where a source gives it." })
  @Column({ type: "date", nullable: true })
  from!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of from." })
  @Column({ type: "enum", enum: DatePrecision, nullable: true })
  fromPrecision!: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: "End of the tenure; null while in office or when unknown." })
  @Column({ type: "date", nullable: true })
  to!: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of to." })
  @Column({ type: "enum", enum: DatePrecision, nullable: true })
  toPrecision!: DatePrecision | null;

  @ManyToMany(() => Source)
  @JoinTable({
    name: "office_source",
    joinColumn: { name: "office_id", referencedColumnName: "id" },
    inverseJoinColumn: { name: "source_id", referencedColumnName: "id" },
  })
  sources?: Source[];
}
