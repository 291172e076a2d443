import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import { present } from "../../../db/loaders.js";
import { LocalizedText } from "../../../graphql/localized-text.js";
import { BeforeArg, LastArg } from "../../../graphql/pagination.js";
import { DateScalar } from "../../../graphql/scalars.js";
import { todayUtc } from "../../../lib/dates.js";
import { Claim } from "../claim/claim.entity.js";
import { Clause } from "../clause/clause.entity.js";
import { AgreementParty } from "../ratification/ratification.entity.js";
import { TimelineEvent } from "../relation/relation.types.js";
import { agreementTimelines } from "../relation/timeline.service.js";
import type { RelationsContext } from "../relations.context.js";
import { Source } from "../source/source.entity.js";
import { Topic } from "../topic/topic.entity.js";
import { Agreement } from "./agreement.entity.js";
import { AgreementOrder, AgreementStatus } from "./agreement.enums.js";
import { AgreementFilter } from "./agreement.inputs.js";
import { AgreementConnection } from "./agreement.types.js";

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => Agreement, { nullable: true, description: "An agreement by its slug id. Null when unknown." })
  agreement(@Arg("id", () => ID, { description: "The agreement's slug." }) id: string, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.agreementById.load(id);
  }

  @Query(() => AgreementConnection, { description: "Agreements, filtered and ordered, paginated." })
  agreements(
    @Arg("filter", () => AgreementFilter, { nullable: true, description: "Narrows the list." }) filter: AgreementFilter | null,
    @Arg("orderBy", () => AgreementOrder, { nullable: true, description: "Order; default SIGNED_ON_DESC." }) orderBy: AgreementOrder | null,
    @LastArg() last: number | null,
    @BeforeArg() before: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.agreements.page(ctx.loaders, "all", "", { filter, orderBy, first, after, last, before });
  }

  @FieldResolver(() => [LocalizedText], { description: "Titles in the parties' languages, and aliases." })
  alternativeTitles(@Root() a: Agreement, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.titlesByAgreement.load(a.id);
  }

  @FieldResolver(() => Boolean, { description: "True when it has exactly two parties." })
  async isBilateral(@Root() a: Agreement, @Ctx() ctx: RelationsContext) {
    return (await ctx.loaders.partiesByAgreement.load(a.id)).length === 2;
  }

  @FieldResolver(() => [AgreementParty], { description: "The parties, by country code." })
  parties(@Root() a: Agreement, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.partiesByAgreement.load(a.id);
  }

  @FieldResolver(() => AgreementStatus, { description: "Status on a date, derived from dated facts (see docs/api.md, \"Status rules\")." })
  status(
    @Root() a: Agreement,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The date; defaults to today (UTC)." }) asOf: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.agreements.status(ctx.loaders, a, asOf ?? todayUtc());
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: "End of the initial term: entry into force plus termYears, else the source's own day-precise term end (termEndsOn). With automatic renewal it continues after this date unless a party gives notice.",
  })
  expiresOn(@Root() a: Agreement, @Ctx() ctx: RelationsContext) {
    return ctx.services.agreements.expiresOn(a);
  }

  @FieldResolver(() => [Clause], { description: "Its clauses in article order, optionally only those covering a topic." })
  clauses(
    @Root() a: Agreement,
    @Arg("topic", () => ID, { nullable: true, description: "Topic code (\"energy\")." }) topic: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.clauses.ofAgreement(ctx.loaders, a.id, topic);
  }

  @FieldResolver(() => [Topic], { description: "Areas of cooperation it covers." })
  async topics(@Root() a: Agreement, @Ctx() ctx: RelationsContext) {
    return present(await ctx.loaders.topicByCode.loadMany(await ctx.loaders.agreementTopicCodes.load(a.id)));
  }

  @FieldResolver(() => Agreement, { nullable: true, description: "The earlier agreement this one replaces." })
  supersedes(@Root() a: Agreement, @Ctx() ctx: RelationsContext) {
    return a.supersedesId ? ctx.loaders.agreementById.load(a.supersedesId) : null;
  }

  @FieldResolver(() => Agreement, { nullable: true, description: "For a protocol or amendment: the agreement it belongs to (GGO's \"CHILD:PARENT\" treatyID)." })
  parent(@Root() a: Agreement, @Ctx() ctx: RelationsContext) {
    return a.parentId ? ctx.loaders.agreementById.load(a.parentId) : null;
  }

  @FieldResolver(() => [Agreement], { description: "Its protocols and amendments (the agreements whose parent it is), oldest first." })
  protocols(@Root() a: Agreement, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.childrenOf.load(a.id);
  }

  @FieldResolver(() => Agreement, { nullable: true, description: "The later agreement that replaces this one." })
  async supersededBy(@Root() a: Agreement, @Ctx() ctx: RelationsContext) {
    return (await ctx.loaders.supersededBy.load(a.id))[0] ?? null;
  }

  @FieldResolver(() => [TimelineEvent], { description: "Its dated events: signature, ratification stages, entry into force, statements." })
  timeline(@Root() a: Agreement, @Ctx() ctx: RelationsContext) {
    return agreementTimelines(ctx.loaders, [a]);
  }

  @FieldResolver(() => [Source], { description: "Sources for the agreement as a whole." })
  async sources(@Root() a: Agreement, @Ctx() ctx: RelationsContext) {
    return present(await ctx.loaders.sourceById.loadMany(await ctx.loaders.agreementSourceIds.load(a.id)));
  }

  @FieldResolver(() => [Claim], { description: "Every source's word on its fields, conflicting ones included." })
  claims(
    @Root() a: Agreement,
    @Arg("field", () => String, { nullable: true, description: "A field name of Agreement (\"signedOn\"); all fields when omitted." }) field: string | null,
    @Ctx() ctx: RelationsContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.claims.of(ctx.loaders, info.parentType, a.id, field);
  }
}

export const agreementReference = {
  Agreement: { __resolveReference: (ref: { id: string }, ctx: RelationsContext) => ctx.loaders.agreementById.load(String(ref.id)) },
};
