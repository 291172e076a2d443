import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { present } from "../../../db/loaders.js";
import { assertClaimField, claimsAbout } from "../../../graphql/claims.js";
import { SHARED_DOCS } from "../../../graphql/shared-docs.js";
import { CorridorClaim } from "../claim/claim.entity.js";
import type { CorridorsContext } from "../corridors.context.js";
import { CorridorNode } from "../node/node.entity.js";
import { AgreementRef, CountryRef, SourceRefType } from "../refs/refs.types.js";
import { CorridorRoute, CorridorSegment } from "../segment/segment.entity.js";
import { CorridorMember, TradeCorridor } from "./corridor.entity.js";

@Resolver(() => TradeCorridor)
export class TradeCorridorResolver {
  @Query(() => TradeCorridor, { nullable: true, description: "A corridor by id (\"instc\"). Null when unknown." })
  corridor(@Arg("id", () => ID, { description: "The corridor's slug." }) id: string, @Ctx() ctx: CorridorsContext) {
    return ctx.loaders.corridorById.load(id);
  }

  @Query(() => [TradeCorridor], { description: "Every corridor, or those a country is a member of. A short list, so not paginated." })
  corridors(
    @Arg("country", () => String, { nullable: true, description: "ISO alpha-2 or alpha-3 code, any case." }) country: string | null,
    @Ctx() ctx: CorridorsContext,
  ) {
    return ctx.services.corridors.list(ctx.loaders, country);
  }

  @FieldResolver(() => [CorridorMember], { description: "Member countries, by code." })
  members(@Root() c: TradeCorridor, @Ctx() ctx: CorridorsContext) {
    return ctx.loaders.membersByCorridor.load(c.id);
  }

  @FieldResolver(() => [CorridorNode], {
    description: "Nodes its segments connect (those it defines and those its routes use from other corridors), by id, optionally only those in one country.",
  })
  async nodes(
    @Root() c: TradeCorridor,
    @Arg("country", () => String, { nullable: true, description: "ISO alpha-2 or alpha-3 code, any case." }) country: string | null,
    @Ctx() ctx: CorridorsContext,
  ) {
    // An omitted argument arrives as undefined, not null.
    const code = country == null ? null : ctx.services.corridors.countryCode(country, "country");
    if (country != null && !code) return [];
    const nodes = present(await ctx.loaders.nodeById.loadMany(await ctx.loaders.nodeIdsByCorridor.load(c.id)));
    return code ? nodes.filter((n) => n.countryCode === code) : nodes;
  }

  @FieldResolver(() => [CorridorSegment], {
    description: "All its segments, by id: those it defines and those its routes use from other corridors (see CorridorSegment.corridors).",
  })
  async segments(@Root() c: TradeCorridor, @Ctx() ctx: CorridorsContext) {
    return present(await ctx.loaders.segmentById.loadMany(await ctx.loaders.segmentIdsByCorridor.load(c.id)));
  }

  @FieldResolver(() => [CorridorRoute], { description: "Its named routes (branches)." })
  routes(@Root() c: TradeCorridor, @Ctx() ctx: CorridorsContext) {
    return ctx.loaders.routesByCorridor.load(c.id);
  }

  @FieldResolver(() => AgreementRef, { nullable: true, description: "The agreement that founded it (resolved by the relations subgraph)." })
  foundingAgreement(@Root() c: TradeCorridor): AgreementRef | null {
    return c.foundingAgreementId ? { id: c.foundingAgreementId } : null;
  }

  @FieldResolver(() => [SourceRefType], { description: "Sources for the corridor as a whole." })
  async sources(@Root() c: TradeCorridor, @Ctx() ctx: CorridorsContext) {
    return (await ctx.loaders.sourceIds.load(`TradeCorridor:${c.id}`)).map((id) => ({ id }));
  }
}

@Resolver(() => CorridorMember)
export class CorridorMemberResolver {
  @FieldResolver(() => CountryRef, { nullable: true, description: "The member country (resolved by the relations subgraph)." })
  country(@Root() m: CorridorMember): CountryRef {
    return { code: m.countryCode };
  }

  @FieldResolver(() => [SourceRefType], { description: "Sources for the membership: the country's role and since when." })
  async sources(@Root() m: CorridorMember, @Ctx() ctx: CorridorsContext) {
    return (await ctx.loaders.sourceIds.load(`CorridorMember:${m.id}`)).map((id) => ({ id }));
  }

  @FieldResolver(() => [CorridorClaim], { description: SHARED_DOCS.claimsField })
  async claims(
    @Root() m: CorridorMember,
    @Arg("field", () => String, { nullable: true, description: SHARED_DOCS.claimsArg }) field: string | null,
    @Ctx() ctx: CorridorsContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    assertClaimField(info.parentType, field);
    return claimsAbout(await ctx.loaders.claimsByRecord.load({ type: "CorridorMember", id: m.id }), field);
  }
}

export const corridorReference = {
  TradeCorridor: { __resolveReference: (ref: { id: string }, ctx: CorridorsContext) => ctx.loaders.corridorById.load(String(ref.id)) },
};
