import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { present } from "../../../db/loaders.js";
import { connectionType } from "../../../graphql/pagination.js";
import { Agreement } from "../agreement/agreement.entity.js";
import type { RelationsContext } from "../relations.context.js";
import { Source } from "../source/source.entity.js";
import { Topic } from "../topic/topic.entity.js";
import { Clause } from "./clause.entity.js";

export const ClauseConnection = connectionType(Clause, "Clause", "clauses");

@Resolver(() => Clause)
export class ClauseResolver {
  @Query(() => Clause, { nullable: true, description: "A clause by id. Null when unknown." })
  clause(@Arg("id", () => ID, { description: "The clause's slug." }) id: string, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.clauseById.load(id);
  }

  @FieldResolver(() => Agreement, { description: "The agreement it belongs to." })
  agreement(@Root() c: Clause, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.agreementById.load(c.agreementId);
  }

  @FieldResolver(() => [Topic], { description: "Areas of cooperation it covers." })
  async topics(@Root() c: Clause, @Ctx() ctx: RelationsContext) {
    return present(await ctx.loaders.topicByCode.loadMany(await ctx.loaders.clauseTopicCodes.load(c.id)));
  }

  @FieldResolver(() => [Source], { description: "Sources for its number and content." })
  async sources(@Root() c: Clause, @Ctx() ctx: RelationsContext) {
    return present(await ctx.loaders.sourceById.loadMany(await ctx.loaders.clauseSourceIds.load(c.id)));
  }
}

export const clauseReference = {
  Clause: { __resolveReference: (ref: { id: string }, ctx: RelationsContext) => ctx.loaders.clauseById.load(String(ref.id)) },
};
