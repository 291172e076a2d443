import { Field, InputType } from "type-graphql";
import { PartyKind } from "./country.enums.js";

@InputType({ description: "Narrows the list of countries." })
export class CountryFilter {
  @Field(() => String, { nullable: true, description: "Region or subregion, any case (\"Asia\", \"Southern Asia\")." })
  region?: string | null;

  @Field(() => String, { nullable: true, description: "Words the common or official name starts with (\"iran\", \"russian fed\")." })
  search?: string | null;

  @Field(() => [PartyKind], {
    nullable: true,
    description: "Kinds of party to list; default [STATE], the current states. Add UNLISTED_STATE (Kosovo), FORMER_STATE, ORGANIZATION or SUBNATIONAL to list the other parties of agreements.",
  })
  kinds?: PartyKind[] | null;
}
