import { Node } from "../identity/identity.types.js";
import { Field, ID, ObjectType, Directive, Int } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@Directive('@key(fields: "code")')
@Directive('@key(fields: "nodeId")')
@ObjectType({ implements: Node, description: "A coded area of cooperation (defense, energy, ...)." })
@Entity()
export class Topic {
  @Field(() => ID, { description: "Stable lowercase code (\"energy\")." })
  @PrimaryColumn({ type: "varchar", length: 64 })
  code!: string;

  @Field(() => ID, { description: "Its per-type id, the same as `code` (\"energy\"): what clients normalise a Topic by." })
  get id(): string {
    return this.code;
  }

  @Field(() => Int, { description: "Increases by one with every update; send it back as expectedVersion." })
  @Column({ type: "int", default: 1 })
  version!: number;

  @Field({ description: "Human-readable name (\"Energy\")." })
  @Column({ type: "varchar", length: 200 })
  name!: string;
}
