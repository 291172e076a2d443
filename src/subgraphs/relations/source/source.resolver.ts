import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { CreateSourceInput, SourcePatch } from "./source.inputs.js";
import { sourceSpec } from "./source.writes.js";
import { BeforeArg, LastArg, connectionType } from "../../../graphql/pagination.js";
import type { RelationsContext } from "../relations.context.js";
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
    @LastArg() last: number | null,
    @BeforeArg() before: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.sources.page(ctx.loaders, { first, after, last, before });
  }
}

export const sourceReference = {
  Source: { __resolveReference: (ref: { id: string }, ctx: RelationsContext) => ctx.loaders.sourceById.load(String(ref.id)) },
};

@Resolver(() => Source)
export class SourceMutationResolver {
  @Authorized("editor")
  @Mutation(() => Source, { description: "Records a new source. Needs an editor key." })
  createSource(@Arg("input", () => CreateSourceInput, { description: "The new source." }) input: CreateSourceInput, @Ctx() ctx: RelationsContext) {
    return ctx.services.records.create(ctx, sourceSpec, { ...input });
  }

  @Authorized("editor")
  @Mutation(() => Source, { description: "Changes a source, if nobody changed it since expectedVersion (else CONFLICT). Needs an editor key." })
  updateSource(
    @Arg("id", () => ID, { description: "The source's id." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read; the update fails with CONFLICT if it changed since." }) expectedVersion: number,
    @Arg("input", () => SourcePatch, { description: "Fields to change; omitted fields keep their value." }) input: SourcePatch,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.records.update(ctx, sourceSpec, id, expectedVersion, { ...input });
  }

  @Authorized("editor")
  @Mutation(() => Source, { description: "Deletes a source and returns it as it was. Refused while other records cite it, unless cascade is true. Needs an editor key." })
  deleteSource(
    @Arg("id", () => ID, { description: "The source's id." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Arg("cascade", () => Boolean, { defaultValue: false, description: "Also delete what cites it: its links, claims and the statements it reports." }) cascade: boolean,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.records.delete(ctx, sourceSpec, id, expectedVersion, cascade);
  }
}
