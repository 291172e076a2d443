import { IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A source's word on one field of one record." })
export class CreateClaimInput {
  @Field({ description: "GraphQL type of the record (\"Agreement\", \"RatificationStage\", \"CorridorSegment\", \"CorridorMember\")." })
  @Length(1, 40)
  recordType!: string;

  @Field(() => ID, { description: "Id of the record." })
  @Length(1, 260)
  recordId!: string;

  @Field({ description: "Name of the record's GraphQL field (\"signedOn\")." })
  @Length(1, 64)
  field!: string;

  @Field({ description: "The value as the source gives it, as text (dates as YYYY-MM-DD), at most 2,000 characters." })
  @MaxLength(2000)
  value!: string;

  @Field(() => ID, { description: "The source making the claim." })
  @Length(1, 160)
  sourceId!: string;

  @Field(() => Boolean, { nullable: true, description: "Make it the preferred claim for the field, demoting the current one." })
  preferred?: boolean | null;

  @Field(() => String, { nullable: true, description: "Why it is, or is not, preferred (at most 2,000 characters)." })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: "Changes to a claim. Omitted fields keep their value." })
export class ClaimPatch {
  @Field(() => String, { nullable: true, description: "The value as the source gives it." })
  @IsOptional()
  @MaxLength(2000)
  value?: string;

  @Field(() => ID, { nullable: true, description: "The source making the claim." })
  @IsOptional()
  @Length(1, 160)
  sourceId?: string;

  @Field(() => String, { nullable: true, description: "Why it is, or is not, preferred." })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
