import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, Float, Info, Resolver, Root } from "type-graphql";
import { present } from "../../../db/loaders.js";
import { assertClaimField, claimsAbout } from "../../../graphql/claims.js";
import { SHARED_DOCS } from "../../../graphql/shared-docs.js";
import { CorridorClaim } from "../claim/claim.entity.js";
import type { CorridorsContext } from "../corridors.context.js";
import { TradeCorridor } from "../corridor/corridor.entity.js";
import { LengthBasis } from "../corridor/corridor.enums.js";
import { CorridorNode } from "../node/node.entity.js";
import { SourceRefType } from "../refs/refs.types.js";
import { CorridorRoute, CorridorSegment } from "./segment.entity.js";

@Resolver(() => CorridorSegment)
export class CorridorSegmentResolver {
  @FieldResolver(() => CorridorNode, { description: "One end (segments are undirected)." })
  from(@Root() s: CorridorSegment, @Ctx() ctx: CorridorsContext) {
    return ctx.loaders.nodeById.load(s.fromNodeId);
  }

  @FieldResolver(() => CorridorNode, { description: "The other end." })
  to(@Root() s: CorridorSegment, @Ctx() ctx: CorridorsContext) {
    return ctx.loaders.nodeById.load(s.toNodeId);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Length in km: as a source states it, else along its maritime route (a sea leg that has one), else the great-circle distance between its nodes (see lengthBasis and lengthIsEstimate).",
  })
  async lengthKm(@Root() s: CorridorSegment, @Ctx() ctx: CorridorsContext) {
    return (await ctx.services.segments.length(ctx.loaders, s)).lengthKm;
  }

  @FieldResolver(() => Boolean, { description: "True when lengthKm is an estimate (a sea route or the great circle) rather than a stated length: lengthBasis is not STATED." })
  async lengthIsEstimate(@Root() s: CorridorSegment, @Ctx() ctx: CorridorsContext) {
    return (await ctx.services.segments.length(ctx.loaders, s)).lengthIsEstimate;
  }

  @FieldResolver(() => [TradeCorridor], {
    description: "Every corridor it belongs to: the one that defines it first, then, by id, each corridor with a route that uses it.",
  })
  async corridors(@Root() s: CorridorSegment, @Ctx() ctx: CorridorsContext) {
    return present(await ctx.loaders.corridorById.loadMany(await ctx.loaders.corridorIdsBySegment.load(s.id)));
  }

  @FieldResolver(() => LengthBasis, { nullable: true, description: "Where lengthKm comes from; null when there is no length." })
  async lengthBasis(@Root() s: CorridorSegment, @Ctx() ctx: CorridorsContext) {
    return (await ctx.services.segments.length(ctx.loaders, s)).basis;
  }

  @FieldResolver(() => [[Float]], {
    description:
      "Its shape as GeoJSON LineString coordinates, [longitude, latitude] pairs from `from` to `to`: along the maritime route for a sea leg that has one, else its two end nodes.",
  })
  geometry(@Root() s: CorridorSegment, @Ctx() ctx: CorridorsContext) {
    return ctx.services.segments.geometry(ctx.loaders, s);
  }

  @FieldResolver(() => [SourceRefType], { description: "Sources for its existence, mode, status and length." })
  async sources(@Root() s: CorridorSegment, @Ctx() ctx: CorridorsContext) {
    return (await ctx.loaders.sourceIds.load(`CorridorSegment:${s.id}`)).map((id) => ({ id }));
  }

  @FieldResolver(() => [CorridorClaim], { description: SHARED_DOCS.claimsField })
  async claims(
    @Root() s: CorridorSegment,
    @Arg("field", () => String, { nullable: true, description: SHARED_DOCS.claimsArg }) field: string | null,
    @Ctx() ctx: CorridorsContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    assertClaimField(info.parentType, field);
    return claimsAbout(await ctx.loaders.claimsByRecord.load({ type: "CorridorSegment", id: s.id }), field);
  }
}

@Resolver(() => CorridorRoute)
export class CorridorRouteResolver {
  @FieldResolver(() => [CorridorSegment], { description: "Its segments in order along the route." })
  async segments(@Root() r: CorridorRoute, @Ctx() ctx: CorridorsContext) {
    return present(await ctx.loaders.segmentById.loadMany(await ctx.loaders.routeSegmentIds.load(r.id)));
  }

  @FieldResolver(() => Float, { nullable: true, description: "Sum of its segments' lengths, estimates included; null if one cannot be known." })
  lengthKm(@Root() r: CorridorRoute, @Ctx() ctx: CorridorsContext) {
    return ctx.services.segments.routeLength(ctx.loaders, r.id);
  }
}

export const segmentReference = {
  CorridorSegment: { __resolveReference: (ref: { id: string }, ctx: CorridorsContext) => ctx.loaders.segmentById.load(String(ref.id)) },
};
