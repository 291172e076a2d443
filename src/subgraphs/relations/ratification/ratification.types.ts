import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "One party's ratification of an agreement: its stages and its status over time." })
export class Ratification {
  @Field(() => ID, { description: "\"<party id>:ratification\"." })
  id!: string;

  partyId!: string;
  agreementId!: string;
}
