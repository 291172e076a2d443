import { Node } from "../identity/identity.types.js";
import { Field, ID, ObjectType, Directive, Int } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { DateScalar } from "../../../graphql/scalars.js";
import { Agreement } from "../agreement/agreement.entity.js";
import { Person } from "../person/person.entity.js";
import { Source } from "../source/source.entity.js";
import { SearchVectorColumn } from "../../../db/search-vector.js";

@Directive('@key(fields: "id")')
@Directive('@key(fields: "nodeId")')
@ObjectType({ implements: Node, description: "A quoted or reported statement." })
@Entity()
@Index("statement_search_vector_idx", { synchronize: false })
export class Statement {
  @Field(() => ID, { description: "Stable slug of the statement." })
  @PrimaryColumn({ type: "varchar", length: 200 })
  id!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Column({ type: "varchar", length: 120 })
  @Index()
  speakerId!: string;

  @ManyToOne(() => Person, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "speaker_id" })
  speaker?: Person;

  @Field(() => DateScalar, { nullable: true, description: "When it was said, if known." })
  @Column({ type: "date", nullable: true })
  date!: string | null;

  @Field({ description: "The words, as quoted by the source (or a paraphrase, as its context says)." })
  @Column({ type: "text" })
  quote!: string;

  @Field(() => String, { nullable: true, description: "Where and how it was said." })
  @Column({ type: "text", nullable: true })
  context!: string | null;

  @Column({ type: "varchar", length: 160 })
  @Index()
  sourceId!: string;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id" })
  source?: Source;

  @Column({ type: "varchar", length: 160, nullable: true })
  @Index()
  agreementId!: string | null;

  @ManyToOne(() => Agreement, { onDelete: "SET NULL" })
  @JoinColumn({ name: "agreement_id" })
  agreement?: Agreement | null;

  /** Stored full-text vector of the searched text (search.queries.ts); never loaded into the entity. */
  @SearchVectorColumn("to_tsvector('english'::regconfig, quote || ' ' || coalesce(context, ''))")
  searchVector?: string;
}
