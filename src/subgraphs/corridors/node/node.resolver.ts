import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { CorridorsContext } from "../corridors.context.js";
import { CountryRef, SourceRefType } from "../refs/refs.types.js";
import { CorridorNode } from "./node.entity.js";

@Resolver(() => CorridorNode)
export class CorridorNodeResolver {
  @Query(() => CorridorNode, { nullable: true, description: "A corridor node by id (\"ir-astara\"). Null when unknown." })
  corridorNode(@Arg("id", () => ID, { description: "The node's id." }) id: string, @Ctx() ctx: CorridorsContext) {
    return ctx.loaders.nodeById.load(id);
  }

  @FieldResolver(() => CountryRef, { nullable: true, description: "The country it is in (resolved by the relations subgraph)." })
  country(@Root() n: CorridorNode): CountryRef {
    return { code: n.countryCode };
  }

  @FieldResolver(() => [SourceRefType], {
    description: "Sources for the node: what and where it is, the source of its coordinates included. A node several corridors share has the sources each gives.",
  })
  async sources(@Root() n: CorridorNode, @Ctx() ctx: CorridorsContext) {
    return (await ctx.loaders.sourceIds.load(`CorridorNode:${n.id}`)).map((id) => ({ id }));
  }
}

export const nodeReference = {
  CorridorNode: { __resolveReference: (ref: { id: string }, ctx: CorridorsContext) => ctx.loaders.nodeById.load(String(ref.id)) },
};
