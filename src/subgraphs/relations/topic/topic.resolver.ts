import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { BeforeArg, LastArg } from "../../../graphql/pagination.js";
import { AgreementConnection } from "../agreement/agreement.types.js";
import { ClauseConnection } from "../clause/clause.resolver.js";
import type { RelationsContext } from "../relations.context.js";
import { Topic } from "./topic.entity.js";

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => [Topic], { description: "Every topic, by code. A short list, so not paginated." })
  topics(@Ctx() ctx: RelationsContext) {
    return ctx.services.topics.all();
  }

  @Query(() => Topic, { nullable: true, description: "A topic by code. Null when unknown." })
  topic(@Arg("code", () => ID, { description: "Topic code (\"energy\")." }) code: string, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.topicByCode.load(code);
  }

  @FieldResolver(() => AgreementConnection, { description: "Agreements covering this topic, newest first." })
  agreements(
    @Root() t: Topic,
    @LastArg() last: number | null,
    @BeforeArg() before: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.agreements.page(ctx.loaders, "topic", t.code, { first, after, last, before });
  }

  @FieldResolver(() => ClauseConnection, { description: "Clauses covering this topic, by id." })
  clauses(
    @Root() t: Topic,
    @LastArg() last: number | null,
    @BeforeArg() before: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.clauses.pageOfTopic(ctx.loaders, t.code, { first, after, last, before });
  }
}

export const topicReference = {
  Topic: { __resolveReference: (ref: { code: string }, ctx: RelationsContext) => ctx.loaders.topicByCode.load(String(ref.code)) },
};
