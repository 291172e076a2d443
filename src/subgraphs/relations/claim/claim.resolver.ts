import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RelationsContext } from "../relations.services.js";
import { Source } from "../source/source.entity.js";
import { Claim } from "./claim.entity.js";

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => Source, { description: "The source making the claim." })
  source(@Root() c: Claim, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.sourceById.load(c.sourceId);
  }
}
