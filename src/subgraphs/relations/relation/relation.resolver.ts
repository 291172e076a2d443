import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { present } from "../../../db/loaders.js";
import { DateScalar } from "../../../graphql/scalars.js";
import { Agreement } from "../agreement/agreement.entity.js";
import { Country } from "../country/country.entity.js";
import type { RelationsContext } from "../relations.context.js";
import { Source } from "../source/source.entity.js";
import { BilateralRelation, TimelineEvent } from "./relation.types.js";

@Resolver(() => BilateralRelation)
export class BilateralRelationResolver {
  @Query(() => BilateralRelation, { nullable: true, description: "The relation between exactly two countries, in any order and either ISO form. Null when a code is unknown." })
  bilateralRelation(
    @Arg("between", () => [String], { description: "Two country codes, e.g. [\"IR\", \"RU\"]." }) between: string[],
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.relations.between(ctx.loaders, between);
  }

  @FieldResolver(() => [Country], { description: "The two countries, by code." })
  async countries(@Root() r: BilateralRelation, @Ctx() ctx: RelationsContext) {
    return present(await ctx.loaders.countryByCode.loadMany(r.codes));
  }

  @FieldResolver(() => String, { nullable: true, description: "relationshipLevel of the newest agreement in force today that sets one." })
  level(@Root() r: BilateralRelation, @Ctx() ctx: RelationsContext) {
    return ctx.services.relations.level(ctx.loaders, r);
  }

  @FieldResolver(() => [Agreement], {
    description:
      "Every agreement both are parties to, bilateral or not, newest first (at most 1000; to page through them, use Query.agreements with filter.parties).",
  })
  agreements(
    @Root() r: BilateralRelation,
    @Arg("bilateralOnly", () => Boolean, { nullable: true, description: "Only agreements with exactly these two parties; default false." }) bilateralOnly: boolean | null,
    @Arg("first", () => Int, { nullable: true, description: "At most this many, newest first; default and maximum 1000." }) first: number | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.relations.agreements(ctx.loaders, r, { bilateralOnly, first });
  }

  @FieldResolver(() => [TimelineEvent], { description: "Dated events of their shared agreements, oldest first. Ratification events are the two countries' own, never those of the other parties to a multilateral agreement." })
  timeline(
    @Root() r: BilateralRelation,
    @Arg("from", () => DateScalar, { nullable: true, description: "Only events on or after this date." }) from: string | null,
    @Arg("to", () => DateScalar, { nullable: true, description: "Only events on or before this date." }) to: string | null,
    @Arg("bilateralOnly", () => Boolean, { nullable: true, description: "Only events of agreements with exactly these two parties; default false." }) bilateralOnly: boolean | null,
    @Arg("first", () => Int, { nullable: true, description: "At most this many events, oldest first; default and maximum 5000." }) first: number | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.relations.timeline(ctx.loaders, r, from, to, { bilateralOnly, first });
  }
}

@Resolver(() => TimelineEvent)
export class TimelineEventResolver {
  @FieldResolver(() => Agreement, { nullable: true, description: "The agreement the event belongs to." })
  agreement(@Root() e: TimelineEvent, @Ctx() ctx: RelationsContext) {
    return e.agreementId ? ctx.loaders.agreementById.load(e.agreementId) : null;
  }

  @FieldResolver(() => Country, { nullable: true, description: "The country acting, for ratification events." })
  country(@Root() e: TimelineEvent, @Ctx() ctx: RelationsContext) {
    return e.countryCode ? ctx.loaders.countryByCode.load(e.countryCode) : null;
  }

  @FieldResolver(() => Source, { nullable: true, description: "The source of the event's date." })
  source(@Root() e: TimelineEvent, @Ctx() ctx: RelationsContext) {
    return e.sourceId ? ctx.loaders.sourceById.load(e.sourceId) : null;
  }
}

export const relationReference = {
  BilateralRelation: {
    __resolveReference: (ref: { id: string }, ctx: RelationsContext) => ctx.services.relations.fromId(ctx.loaders, String(ref.id)),
  },
};
