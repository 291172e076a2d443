import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { Person } from "../person/person.entity.js";
import type { RelationsContext } from "../relations.context.js";
import { Source } from "../source/source.entity.js";
import { Statement } from "./statement.entity.js";

@Resolver(() => Statement)
export class StatementResolver {
  @Query(() => Statement, { nullable: true, description: "A statement by id. Null when unknown." })
  statement(@Arg("id", () => ID, { description: "The statement's slug." }) id: string, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.statementById.load(id);
  }

  @FieldResolver(() => Person, { description: "Who said it." })
  speaker(@Root() s: Statement, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.personById.load(s.speakerId);
  }

  @FieldResolver(() => Source, { description: "Where it is reported." })
  source(@Root() s: Statement, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.sourceById.load(s.sourceId);
  }
}

export const statementReference = {
  Statement: { __resolveReference: (ref: { id: string }, ctx: RelationsContext) => ctx.loaders.statementById.load(String(ref.id)) },
};
