import { Node } from "../identity/identity.types.js";
import { Field, ID, ObjectType, Directive, Int } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { DateScalar } from "../../../graphql/scalars.js";

@Directive('@key(fields: "id")')
@Directive('@key(fields: "nodeId")')
@ObjectType({ implements: Node, description: "Where a fact comes from: an article, a statement, an official text." })
@Entity()
export class Source {
  @Field(() => ID, { description: "Stable slug of the source." })
  @PrimaryColumn({ type: "varchar", length: 160 })
  id!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Field({ description: "Title of the article or document." })
  @Column({ type: "varchar", length: 500 })
  title!: string;

  @Field({ description: "Who published it (\"Tehran Times\", \"TASS\")." })
  @Column({ type: "varchar", length: 200 })
  @Index()
  publisher!: string;

  @Field(() => String, { nullable: true, description: "Where it can be read, if known." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "An archived copy, if any." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  archiveUrl!: string | null;

  @Field(() => String, { nullable: true, description: "BCP 47 language of the source (\"en\", \"fa\", \"ru\")." })
  @Column({ type: "varchar", length: 35, nullable: true })
  language!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Publication date." })
  @Column({ type: "date", nullable: true })
  publishedOn!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When the source was last read for this dataset." })
  @Column({ type: "date", nullable: true })
  accessedOn!: string | null;

  @Field(() => String, { nullable: true, description: "A short excerpt or summary of what the source is cited for." })
  @Column({ type: "text", nullable: true })
  excerpt!: string | null;
}
