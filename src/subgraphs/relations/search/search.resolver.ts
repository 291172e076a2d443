import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Info, Int, Query, Resolver } from "type-graphql";
import { BeforeArg, LastArg } from "../../../graphql/pagination.js";
import { selectsField } from "../../../graphql/selection.js";
import type { RelationsContext } from "../relations.context.js";
import { SearchConnection } from "./search.types.js";

@Resolver()
export class SearchResolver {
  @Query(() => SearchConnection, {
    description: "Ranked full-text search over agreements (titles in every language), clauses, people, statements and countries.",
  })
  search(
    @Arg("text", { description: "Words to find; web search syntax (\"energy\", \"\\\"strategic partnership\\\"\", \"-sanctions\")." }) text: string,
    @LastArg() last: number | null,
    @BeforeArg() before: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: RelationsContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // totalCount, when asked for, is counted in the statement that ranks the hits (SearchService).
    return ctx.services.search.search(ctx.loaders, { text, first, after, last, before }, { withTotal: selectsField(info, "totalCount") });
  }
}
