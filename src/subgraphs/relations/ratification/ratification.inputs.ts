import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { DatePrecision } from "../../../graphql/enums.js";
import { DateScalar } from "../../../graphql/scalars.js";
import { SLUG } from "../../../lib/slug.js";
import { StageKind, StageOutcome } from "./ratification.enums.js";

@InputType({ description: "The fields of a ratification stage. On update, omitted fields keep their value and null clears an optional one." })
export class RatificationStagePatch {
  @Field(() => String, { nullable: true, description: "The body or office acting (1–300 characters)." })
  @IsOptional()
  @Length(1, 300)
  body?: string;

  @Field(() => StageKind, { nullable: true, description: "What kind of step it is." })
  kind?: StageKind;

  @Field(() => DateScalar, { nullable: true, description: "When it happened." })
  date?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of date; DAY when a date is given without one." })
  datePrecision?: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: "For an undated stage: the latest date by which it had happened." })
  notAfter?: string | null;

  @Field(() => StageOutcome, { nullable: true, description: "Result of the stage." })
  outcome?: StageOutcome;

  @Field(() => Boolean, { nullable: true, description: "True on the stage that completes the party's ratification." })
  completesRatification?: boolean;

  @Field(() => Int, { nullable: true, description: "Votes in favour, 0–100,000." })
  @IsOptional()
  @Min(0)
  @Max(100000)
  votesFor?: number | null;

  @Field(() => Int, { nullable: true, description: "Votes against, 0–100,000." })
  @IsOptional()
  @Min(0)
  @Max(100000)
  votesAgainst?: number | null;

  @Field(() => Int, { nullable: true, description: "Abstentions, 0–100,000." })
  @IsOptional()
  @Min(0)
  @Max(100000)
  votesAbstaining?: number | null;

  @Field(() => Int, { nullable: true, description: "Members present, 0–100,000." })
  @IsOptional()
  @Min(0)
  @Max(100000)
  votesPresent?: number | null;

  @Field(() => String, { nullable: true, description: "Editorial note, at most 5,000 characters." })
  @IsOptional()
  @MaxLength(5000)
  note?: string | null;

  @Field(() => [ID], { nullable: true, description: "Ids of the sources for this stage (1–50); replaces the list on update." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  sourceIds?: string[];
}

@InputType({ description: "A new stage in one party's ratification of an agreement." })
export class CreateRatificationStageInput extends RatificationStagePatch {
  @Field(() => ID, { description: "Stable lowercase slug, 1–200 characters." })
  @Length(1, 200)
  @Matches(SLUG, { message: "id must be a lowercase slug: letters, digits and dashes" })
  id!: string;

  @Field(() => ID, { description: "The agreement." })
  @Length(1, 160)
  agreementId!: string;

  @Field({ description: "The party: ISO alpha-2 or alpha-3 code of a country that is party to the agreement." })
  @Length(2, 3)
  country!: string;

  @Field({ description: "The body or office acting (1–300 characters)." })
  @Length(1, 300)
  override body!: string;

  @Field(() => StageKind, { description: "What kind of step it is." })
  override kind!: StageKind;

  @Field(() => StageOutcome, { description: "Result of the stage." })
  override outcome!: StageOutcome;

  @Field(() => [ID], { description: "Ids of the sources for this stage (1–50)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  override sourceIds!: string[];

  @Field(() => Int, { nullable: true, description: "Position among the party's stages, from 0; at the end when omitted." })
  @IsOptional()
  @Min(0)
  @Max(1000)
  position?: number | null;
}
