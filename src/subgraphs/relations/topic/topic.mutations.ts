import { IsOptional, Length, Matches } from "class-validator";
import { Field, ID, InputType, Resolver } from "type-graphql";
import { CrudResolver } from "../../../graphql/crud-resolver.js";
import type { RecordSpec } from "../../../db/record-writes.js";
import { SLUG } from "../../../lib/slug.js";
import { Agreement } from "../agreement/agreement.entity.js";
import { Clause } from "../clause/clause.entity.js";
import { Topic } from "./topic.entity.js";

@InputType({ description: "The fields of a topic. On update, omitted fields keep their value." })
export class TopicPatch {
  @Field(() => String, { nullable: true, description: "Human-readable name (1–200 characters)." })
  @IsOptional()
  @Length(1, 200)
  name?: string;
}

@InputType({ description: "A new topic." })
export class CreateTopicInput extends TopicPatch {
  @Field(() => ID, { description: "Stable lowercase code (\"energy\"), 1–64 characters." })
  @Length(1, 64)
  @Matches(SLUG, { message: "code must be a lowercase slug" })
  code!: string;

  @Field({ description: "Human-readable name (1–200 characters)." })
  @Length(1, 200)
  override name!: string;
}

export const topicSpec: RecordSpec<Topic> = {
  type: "Topic",
  entity: Topic,
  key: "code",
  required: ["name"],
  dependents: [
    { entity: Agreement, relation: "topics", what: "agreement link(s)", onCascade: "delete" },
    { entity: Clause, relation: "topics", what: "clause link(s)", onCascade: "delete" },
  ],
};

@Resolver(() => Topic)
export class TopicMutationResolver extends CrudResolver({
  spec: topicSpec,
  returns: Topic,
  role: "editor",
  idDescription: "The topic's code.",
  create: { name: "createTopic", description: "Adds a topic. Needs an editor key.", input: CreateTopicInput, inputDescription: "The new topic." },
  update: { name: "updateTopic", description: "Renames a topic, if unchanged since expectedVersion (else CONFLICT). Needs an editor key.", input: TopicPatch },
  delete: {
    name: "deleteTopic",
    description: "Deletes a topic and returns it as it was. Refused while agreements or clauses use it, unless cascade. Needs an editor key.",
    cascade: "Also remove it from the agreements and clauses that use it.",
  },
}) {}
