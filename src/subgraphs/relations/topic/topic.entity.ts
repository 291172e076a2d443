import { Field, ID, ObjectType, Directive } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Directive('@key(fields: "code")')
@ObjectType({ description: "A coded area of cooperation (defense, energy, ...)." })
@Entity()
export class Topic {
  @Field(() => ID, { description: "Stable lowercase code (\"energy\")." })
  @PrimaryColumn({ type: "varchar", length: 64 })
  code!: string;

  @Field({ description: "Human-readable name (\"Energy\")." })
  @Column({ type: "varchar", length: 200 })
  name!: string;
}
