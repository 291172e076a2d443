import { IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { RecordSpec } from "../../../db/record-writes.js";
import { DateScalar } from "../../../graphql/scalars.js";
import type { RelationsContext } from "../relations.services.js";
import { SLUG } from "../source/source.inputs.js";
import { Statement } from "./statement.entity.js";

@InputType({ description: "The fields of a statement. On update, omitted fields keep their value and null clears an optional one." })
export class StatementPatch {
  @Field(() => ID, { nullable: true, description: "Who said it (a person id)." })
  speakerId?: string;

  @Field(() => DateScalar, { nullable: true, description: "When it was said." })
  date?: string | null;

  @Field(() => String, { nullable: true, description: "The words (1–5,000 characters)." })
  @IsOptional()
  @Length(1, 5000)
  quote?: string;

  @Field(() => String, { nullable: true, description: "Where and how it was said (at most 5,000 characters)." })
  @IsOptional()
  @MaxLength(5000)
  context?: string | null;

  @Field(() => ID, { nullable: true, description: "Where it is reported (a source id)." })
  sourceId?: string;

  @Field(() => ID, { nullable: true, description: "The agreement it is about, if any." })
  agreementId?: string | null;
}

@InputType({ description: "A new statement." })
export class CreateStatementInput extends StatementPatch {
  @Field(() => ID, { description: "Stable lowercase slug, 1–200 characters." })
  @Length(1, 200)
  @Matches(SLUG, { message: "id must be a lowercase slug" })
  id!: string;

  @Field(() => ID, { description: "Who said it (a person id)." })
  override speakerId!: string;

  @Field({ description: "The words (1–5,000 characters)." })
  @Length(1, 5000)
  override quote!: string;

  @Field(() => ID, { description: "Where it is reported (a source id)." })
  override sourceId!: string;
}

export const statementSpec: RecordSpec<Statement> = {
  type: "Statement",
  entity: Statement,
  table: "relations.statement",
  key: "id",
  columns: { id: "id", speakerId: "speaker_id", date: "date", quote: "quote", context: "context", sourceId: "source_id", agreementId: "agreement_id" },
  required: ["speakerId", "quote", "sourceId"],
  refs: [
    { field: "speakerId", table: "relations.person", column: "id", what: "person" },
    { field: "sourceId", table: "relations.source", column: "id", what: "source" },
    { field: "agreementId", table: "relations.agreement", column: "id", what: "agreement" },
  ],
};

@Resolver(() => Statement)
export class StatementMutationResolver {
  @Authorized("editor")
  @Mutation(() => Statement, { description: "Records a statement. Needs an editor key." })
  createStatement(@Arg("input", () => CreateStatementInput, { description: "The new statement." }) input: CreateStatementInput, @Ctx() ctx: RelationsContext) {
    return ctx.services.records.create(ctx, statementSpec, { ...input });
  }

  @Authorized("editor")
  @Mutation(() => Statement, { description: "Changes a statement, if unchanged since expectedVersion (else CONFLICT). Needs an editor key." })
  updateStatement(
    @Arg("id", () => ID, { description: "The statement's id." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Arg("input", () => StatementPatch, { description: "Fields to change." }) input: StatementPatch,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.records.update(ctx, statementSpec, id, expectedVersion, { ...input });
  }

  @Authorized("editor")
  @Mutation(() => Statement, { description: "Deletes a statement. Needs an editor key." })
  deleteStatement(
    @Arg("id", () => ID, { description: "The statement's id." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.records.delete(ctx, statementSpec, id, expectedVersion, false);
  }
}
