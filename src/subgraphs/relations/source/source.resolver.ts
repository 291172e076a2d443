import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { connectionType } from "../../../graphql/pagination.js";
import type { RelationsContext } from "../relations.services.js";
import { Source } from "./source.entity.js";

export const SourceConnection = connectionType(Source, "Source", "sources");

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: "A source by id. Null when unknown." })
  source(@Arg("id", () => ID, { description: "The source's slug." }) id: string, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.sourceById.load(id);
  }

  @Query(() => SourceConnection, { description: "Every source, by id, paginated." })
  sources(
    @Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.sources.page(ctx.loaders, { first, after });
  }
}

export const sourceReference = {
  Source: { __resolveReference: (ref: { id: string }, ctx: RelationsContext) => ctx.loaders.sourceById.load(String(ref.id)) },
};
