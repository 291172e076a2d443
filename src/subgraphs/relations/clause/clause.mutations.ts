import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType, Resolver } from "type-graphql";
import { CrudResolver } from "../../../graphql/crud-resolver.js";
import type { RecordSpec } from "../../../db/record-writes.js";
import { SLUG } from "../../../lib/slug.js";
import { Agreement } from "../agreement/agreement.entity.js";
import { Clause } from "./clause.entity.js";
import { ObligationKind } from "./clause.enums.js";

@InputType({ description: "The fields of a clause. On update, omitted fields keep their value and null clears an optional one." })
export class ClausePatch {
  @Field(() => String, { nullable: true, description: "Article number as the text gives it (at most 40 characters)." })
  @IsOptional()
  @MaxLength(40)
  number?: string | null;

  @Field(() => String, { nullable: true, description: "Heading (at most 300 characters)." })
  @IsOptional()
  @MaxLength(300)
  title?: string | null;

  @Field(() => String, { nullable: true, description: "What it says, in brief (1–5,000 characters)." })
  @IsOptional()
  @Length(1, 5000)
  summary?: string;

  @Field(() => ObligationKind, { nullable: true, description: "What it binds the parties to." })
  obligation?: ObligationKind | null;

  @Field(() => Boolean, { nullable: true, description: "True once its number and wording are confirmed from a source." })
  verified?: boolean;

  @Field(() => [ID], { nullable: true, description: "Topic codes it covers; replaces the list on update." })
  @IsOptional()
  @ArrayMaxSize(50)
  topicCodes?: string[];

  @Field(() => [ID], { nullable: true, description: "Sources (1–50); replaces the list on update." })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  sourceIds?: string[];
}

@InputType({ description: "A new clause of an agreement, placed after its existing clauses." })
export class CreateClauseInput extends ClausePatch {
  @Field(() => ID, { description: "Stable lowercase slug, 1–200 characters." })
  @Length(1, 200)
  @Matches(SLUG, { message: "id must be a lowercase slug" })
  id!: string;

  @Field(() => ID, { description: "The agreement." })
  agreementId!: string;

  @Field({ description: "What it says, in brief (1–5,000 characters)." })
  @Length(1, 5000)
  override summary!: string;

  @Field(() => [ID], { description: "Sources (1–50)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  override sourceIds!: string[];
}

export const clauseSpec: RecordSpec<Clause> = {
  type: "Clause",
  entity: Clause,
  key: "id",
  required: ["summary", "agreementId", "verified"],
  refs: [{ field: "agreementId", entity: Agreement, what: "agreement" }],
  links: [
    { field: "topicCodes", relation: "topics", what: "topic" },
    { field: "sourceIds", relation: "sources", what: "source" },
  ],
  async derive(m, input, existing) {
    if (existing) return {};
    const last = await m.getRepository(Clause).maximum("seq", { agreementId: String(input.agreementId) });
    return { seq: last === null ? 0 : last + 1, verified: input.verified ?? false };
  },
};

@Resolver(() => Clause)
export class ClauseMutationResolver extends CrudResolver({
  spec: clauseSpec,
  returns: Clause,
  role: "editor",
  idDescription: "The clause's id.",
  create: { name: "createClause", description: "Adds a clause to an agreement. Needs an editor key.", input: CreateClauseInput, inputDescription: "The new clause." },
  update: { name: "updateClause", description: "Changes a clause, if unchanged since expectedVersion (else CONFLICT). Needs an editor key.", input: ClausePatch },
  delete: { name: "deleteClause", description: "Deletes a clause. Needs an editor key." },
}) {}
