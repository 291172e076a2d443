import { Field, InputType } from "type-graphql";

@InputType({ description: "Narrows the list of countries." })
export class CountryFilter {
  @Field(() => String, { nullable: true, description: "Region or subregion, any case (\"Asia\", \"Southern Asia\")." })
  region?: string | null;

  @Field(() => String, { nullable: true, description: "Words the common or official name starts with (\"iran\", \"russian fed\")." })
  search?: string | null;
}
