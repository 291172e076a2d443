import { Field, ID, ObjectType, Directive, Int } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Directive('@key(fields: "code")')
@ObjectType({ description: "A coded area of cooperation (defense, energy, ...)." })
@Entity()
export class Topic {
  @Field(() => ID, { description: "Stable lowercase code (\"energy\")." })
  @PrimaryColumn({ type: "varchar", length: 64 })
  code!: string;

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Field({ description: "Human-readable name (\"Energy\")." })
  @Column({ type: "varchar", length: 200 })
  name!: string;
}
