import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { CorridorsContext } from "../corridors.context.js";
import { CountryRef } from "../refs/refs.types.js";
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
}

export const nodeReference = {
  CorridorNode: { __resolveReference: (ref: { id: string }, ctx: CorridorsContext) => ctx.loaders.nodeById.load(String(ref.id)) },
};
