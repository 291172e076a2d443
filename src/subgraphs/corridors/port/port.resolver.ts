import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { BeforeArg, LastArg, connectionType } from "../../../graphql/pagination.js";
import type { CorridorsContext } from "../corridors.context.js";
import { CorridorNode } from "../node/node.entity.js";
import { CountryRef } from "../refs/refs.types.js";
import { Port } from "./port.entity.js";

export const PortConnection = connectionType(Port, "Port", "ports");

@Resolver(() => Port)
export class PortResolver {
  @Query(() => Port, { nullable: true, description: "A seaport of the World Port Index, by WPI number or by UN/LOCODE (give exactly one, else BAD_USER_INPUT). Null when unknown." })
  port(
    @Arg("id", () => ID, { nullable: true, description: "The World Port Index number (\"48520\")." }) id: string | null,
    @Arg("unlocode", () => String, { nullable: true, description: "UN/LOCODE, with or without the space, any case (\"IR BND\", \"irbnd\"). Where two ports share one, the lower WPI number answers." }) unlocode: string | null,
    @Ctx() ctx: CorridorsContext,
  ) {
    return ctx.services.ports.one(ctx.loaders, { id, unlocode });
  }

  @Query(() => PortConnection, { description: "Seaports of the World Port Index by name then id, paginated; optionally those of one country." })
  ports(
    @Arg("country", () => String, { nullable: true, description: "ISO 3166-1 alpha-2 or alpha-3 code; a well-formed code of no country gives an empty list." }) country: string | null,
    @LastArg() last: number | null,
    @BeforeArg() before: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: CorridorsContext,
  ) {
    return ctx.services.ports.page(ctx.loaders, { country, first, after, last, before });
  }

  @FieldResolver(() => CountryRef, { nullable: true, description: "The country it is in (resolved by the relations subgraph)." })
  country(@Root() p: Port): CountryRef {
    return { code: p.countryCode };
  }
}

/** The link from a corridor node to its World Port Index record. */
@Resolver(() => CorridorNode)
export class CorridorNodePortResolver {
  @FieldResolver(() => Port, { nullable: true, description: "Its World Port Index record, for a seaport the curated data links to one; null otherwise (Caspian and inland ports are not in the index)." })
  port(@Root() n: CorridorNode, @Ctx() ctx: CorridorsContext) {
    return n.portId ? ctx.loaders.portById.load(n.portId) : null;
  }
}

export const portReference = {
  Port: { __resolveReference: (ref: { id: string }, ctx: CorridorsContext) => ctx.loaders.portById.load(String(ref.id)) },
};
