import { createHash } from "node:crypto";
import { Arg, Ctx, Field, FieldResolver, Float, ID, ObjectType, Query, Resolver, Root } from "type-graphql";
import { present } from "../../../db/loaders.js";
import { SegmentStatus, TransportMode } from "../corridor/corridor.enums.js";
import type { CorridorsContext } from "../corridors.context.js";
import { CorridorNode } from "../node/node.entity.js";
import { CorridorSegment } from "../segment/segment.entity.js";
import { TradeCorridor } from "../corridor/corridor.entity.js";
import type { CorridorPathFound } from "./path.service.js";

@ObjectType({ description: "The shortest path between two places over corridor segments." })
export class CorridorPath implements Omit<CorridorPathFound, "segmentIds" | "fromNodeId" | "toNodeId" | "corridorIds"> {
  fromNodeId!: string;
  toNodeId!: string;
  segmentIds!: string[];
  corridorIds!: string[];

  @Field(() => Float, { description: "Total length in km: the sum of its segments' lengths." })
  lengthKm!: number;

  @Field({ description: "True when any segment's length is an estimate (a sea route or a great circle; see CorridorSegment.lengthBasis)." })
  lengthIsEstimate!: boolean;

  @Field(() => [TransportMode], { description: "The modes used, in order of first use." })
  modes!: TransportMode[];
}

/**
 * A path's id: its ends and a digest of its segments in order. The same path always has the same id,
 * whichever filters found it, and two different paths never share one.
 */
export function corridorPathId(p: Pick<CorridorPath, "fromNodeId" | "toNodeId" | "segmentIds">): string {
  const digest = createHash("sha256").update(p.segmentIds.join("\n")).digest("base64url").slice(0, 16);
  return `${p.fromNodeId}~${p.toNodeId}~${digest}`;
}

@Resolver(() => CorridorPath)
export class CorridorPathResolver {
  @Query(() => CorridorPath, {
    nullable: true,
    description: "Shortest path by length over undirected segments, filtered by mode, status, corridor and countries to avoid. Null when there is none.",
  })
  corridorPath(
    @Arg("from", { description: "A node id (\"in-nhava-sheva\"), or a country code: then the node in that country that gives the shortest path." }) from: string,
    @Arg("to", { description: "A node id or a country code, as for `from`." }) to: string,
    @Arg("modes", () => [TransportMode], { nullable: true, description: "Modes allowed; all when omitted." }) modes: TransportMode[] | null,
    @Arg("statuses", () => [SegmentStatus], { nullable: true, defaultValue: [SegmentStatus.OPERATIONAL], description: "Segment statuses allowed; operational only by default." })
    statuses: SegmentStatus[] | null,
    @Arg("corridors", () => [ID], {
      nullable: true,
      description: "Only segments belonging to one of these corridors (see CorridorSegment.corridors); every corridor's when omitted. An unknown id is BAD_USER_INPUT.",
    })
    corridors: string[] | null,
    @Arg("avoidCountries", () => [String], {
      nullable: true,
      description: 'ISO country codes (alpha-2 or alpha-3) the path must not enter: a segment with an end in one is left out, and a path from or to one is null. ["RU", "BY"] gives the routes from China to Europe that avoid Russia and Belarus.',
    })
    avoidCountries: string[] | null,
    @Ctx() ctx: CorridorsContext,
  ) {
    return ctx.services.paths.shortest({ from, to, modes, statuses, corridors, avoidCountries }, ctx.loaders);
  }

  @FieldResolver(() => ID, { description: 'Deterministic id: its ends and a digest of its segments in order ("ir-bandar-abbas~ru-astrakhan~…"). The same path always has the same id, so clients can cache it.' })
  id(@Root() p: CorridorPath): string {
    return corridorPathId(p);
  }

  @FieldResolver(() => CorridorNode, { description: "Where the path starts." })
  from(@Root() p: CorridorPath, @Ctx() ctx: CorridorsContext) {
    return ctx.loaders.nodeById.load(p.fromNodeId);
  }

  @FieldResolver(() => CorridorNode, { description: "Where the path ends." })
  to(@Root() p: CorridorPath, @Ctx() ctx: CorridorsContext) {
    return ctx.loaders.nodeById.load(p.toNodeId);
  }

  @FieldResolver(() => [CorridorSegment], { description: "Its segments, in order from `from` to `to`." })
  async segments(@Root() p: CorridorPath, @Ctx() ctx: CorridorsContext) {
    return present(await ctx.loaders.segmentById.loadMany(p.segmentIds));
  }

  @FieldResolver(() => [TradeCorridor], {
    description: "The corridors its segments belong to (CorridorSegment.corridors), in order of first use along the path.",
  })
  async corridors(@Root() p: CorridorPath, @Ctx() ctx: CorridorsContext) {
    return present(await ctx.loaders.corridorById.loadMany(p.corridorIds));
  }
}
