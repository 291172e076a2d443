import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../../graphql/scalars.js";
import { AgreementKind, AgreementStatus } from "./agreement.enums.js";

@InputType({ description: "Narrows a list of agreements. All given conditions must hold." })
export class AgreementFilter {
  @Field(() => [String], {
    nullable: true,
    description: "Countries (ISO alpha-2 or alpha-3, any case) that must all be parties. An unknown code matches nothing.",
  })
  parties?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Topic code the agreement covers (\"energy\")." })
  topic?: string | null;

  @Field(() => AgreementKind, { nullable: true, description: "Kind of instrument." })
  kind?: AgreementKind | null;

  @Field(() => AgreementStatus, { nullable: true, description: "Status on asOf (default today, UTC)." })
  status?: AgreementStatus | null;

  @Field(() => DateScalar, { nullable: true, description: "Date at which `status` is evaluated; defaults to today (UTC)." })
  asOf?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Signed on or after this date." })
  signedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Signed on or before this date." })
  signedTo?: string | null;

  @Field(() => String, { nullable: true, description: "Full-text search over titles in every language (web search syntax)." })
  search?: string | null;
}
