import { IsOptional, IsUrl, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../../graphql/scalars.js";
import { LANGUAGE_TAG, SLUG } from "../../../lib/slug.js";


@InputType({ description: "The fields of a source. On update, omitted fields keep their value and null clears an optional one." })
export class SourcePatch {
  @Field(() => String, { nullable: true, description: "Title of the article or document (1–500 characters)." })
  @IsOptional()
  @Length(1, 500)
  title?: string;

  @Field(() => String, { nullable: true, description: "Publisher (1–200 characters)." })
  @IsOptional()
  @Length(1, 200)
  publisher?: string;

  @Field(() => String, { nullable: true, description: "An http(s) URL, at most 2,000 characters." })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ protocols: ["http", "https"], require_protocol: true })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "An archived copy's http(s) URL." })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ protocols: ["http", "https"], require_protocol: true })
  archiveUrl?: string | null;

  @Field(() => String, { nullable: true, description: "BCP 47 language tag (\"en\", \"fa\", \"ru\")." })
  @IsOptional()
  @Matches(LANGUAGE_TAG, { message: "language must be a BCP 47 tag such as en, fa or pt-BR" })
  language?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Publication date." })
  publishedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When it was last read for the dataset." })
  accessedOn?: string | null;

  @Field(() => String, { nullable: true, description: "Short excerpt or summary, at most 5,000 characters." })
  @IsOptional()
  @MaxLength(5000)
  excerpt?: string | null;
}

@InputType({ description: "A new source." })
export class CreateSourceInput extends SourcePatch {
  @Field(() => ID, { description: "Stable lowercase slug (\"tass-2025-04-08-duma\"), 1–160 characters." })
  @Length(1, 160)
  @Matches(SLUG, { message: "id must be a lowercase slug: letters, digits and dashes" })
  id!: string;

  @Field({ description: "Title of the article or document (1–500 characters)." })
  @Length(1, 500)
  override title!: string;

  @Field({ description: "Publisher (1–200 characters)." })
  @Length(1, 200)
  override publisher!: string;
}
