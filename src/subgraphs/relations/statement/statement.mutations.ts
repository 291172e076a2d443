import { IsOptional, Length, Matches, MaxLength } from "class-validator";
import { Field, ID, InputType, Resolver } from "type-graphql";
import { CrudResolver } from "../../../graphql/crud-resolver.js";
import type { RecordSpec } from "../../../db/record-writes.js";
import { DateScalar } from "../../../graphql/scalars.js";
import { SLUG } from "../../../lib/slug.js";
import { Agreement } from "../agreement/agreement.entity.js";
import { Person } from "../person/person.entity.js";
import { Source } from "../source/source.entity.js";
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
  key: "id",
  required: ["speakerId", "quote", "sourceId"],
  refs: [
    { field: "speakerId", entity: Person, what: "person" },
    { field: "sourceId", entity: Source, what: "source" },
    { field: "agreementId", entity: Agreement, what: "agreement" },
  ],
};

@Resolver(() => Statement)
export class StatementMutationResolver extends CrudResolver({
  spec: statementSpec,
  returns: Statement,
  role: "editor",
  idDescription: "The statement's id.",
  create: { name: "createStatement", description: "Records a statement. Needs an editor key.", input: CreateStatementInput, inputDescription: "The new statement." },
  update: { name: "updateStatement", description: "Changes a statement, if unchanged since expectedVersion (else CONFLICT). Needs an editor key.", input: StatementPatch },
  delete: { name: "deleteStatement", description: "Deletes a statement. Needs an editor key." },
}) {}
