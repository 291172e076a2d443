import { Field, ObjectType } from "type-graphql";

@ObjectType({ description: "A text in one language: a title in a party's language, an alias, a name in another script." })
export class LocalizedText {
  @Field({ description: "BCP 47 language tag (\"fa\", \"ru\", \"en\")." })
  language!: string;

  @Field({ description: "The text in that language." })
  text!: string;
}
