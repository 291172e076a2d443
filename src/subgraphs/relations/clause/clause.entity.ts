import { Node } from "../identity/identity.types.js";
import { Field, ID, ObjectType, Directive, Int } from "type-graphql";
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryColumn } from "typeorm";
import { Agreement } from "../agreement/agreement.entity.js";
import { Source } from "../source/source.entity.js";
import { Topic } from "../topic/topic.entity.js";
import { ObligationKind } from "./clause.enums.js";
import { SearchVectorColumn } from "../../../db/search-vector.js";

@Directive('@key(fields: "id")')
@Directive('@key(fields: "nodeId")')
@ObjectType({ implements: Node, description: "An article or provision of an agreement." })
@Entity()
@Index("clause_agreement_seq_idx", ["agreementId", "seq"])
@Index("clause_search_vector_idx", { synchronize: false })
export class Clause {
  @Field(() => ID, { description: "Stable slug of the clause." })
  @PrimaryColumn({ type: "varchar", length: 200 })
  id!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Column({ type: "varchar", length: 160 })
  agreementId!: string;

  @ManyToOne(() => Agreement, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agreement_id" })
  agreement?: Agreement;

  /** Order within the agreement. */
  @Column({ type: "int" })
  seq!: number;

  @Field(() => String, { nullable: true, description: "Article number as the text gives it (\"5(4)\"); null when unverified." })
  @Column({ type: "varchar", length: 40, nullable: true })
  number!: string | null;

  @Field(() => String, { nullable: true, description: "Heading of the article, if any." })
  @Column({ type: "varchar", length: 300, nullable: true })
  title!: string | null;

  @Field({ description: "What the clause says, in brief." })
  @Column({ type: "text" })
  summary!: string;

  @Field(() => ObligationKind, { nullable: true, description: "What it binds the parties to." })
  @Column({ type: "enum", enum: ObligationKind, nullable: true })
  obligation!: ObligationKind | null;

  @Field({ description: "False when its number or wording could not be confirmed from a source." })
  @Column({ type: "boolean", default: false })
  verified!: boolean;

  @ManyToMany(() => Topic)
  @JoinTable({
    name: "clause_topic",
    joinColumn: { name: "clause_id", referencedColumnName: "id" },
    inverseJoinColumn: { name: "topic_code", referencedColumnName: "code" },
  })
  topics?: Topic[];

  @ManyToMany(() => Source)
  @JoinTable({
    name: "clause_source",
    joinColumn: { name: "clause_id", referencedColumnName: "id" },
    inverseJoinColumn: { name: "source_id", referencedColumnName: "id" },
  })
  sources?: Source[];

  /** Stored full-text vector of the searched text (search.queries.ts); never loaded into the entity. */
  @SearchVectorColumn("to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || summary)")
  searchVector?: string;
}
