import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Resolver, Root } from "type-graphql";
import { CreateRatificationStageInput, RatificationStagePatch } from "./ratification.inputs.js";
import { present } from "../../../db/loaders.js";
import { DateScalar } from "../../../graphql/scalars.js";
import { todayUtc } from "../../../lib/dates.js";
import { Claim } from "../claim/claim.entity.js";
import { Country } from "../country/country.entity.js";
import { Person } from "../person/person.entity.js";
import type { RelationsContext } from "../relations.context.js";
import { Source } from "../source/source.entity.js";
import { AgreementParty, RatificationStage } from "./ratification.entity.js";
import { RatificationStatus } from "./ratification.enums.js";
import { ratificationCompletedOn, ratificationStatus } from "./ratification.status.js";
import { AgreementStatus } from "../agreement/agreement.enums.js";
import { partyStatus } from "../agreement/agreement.status.js";
import { Ratification } from "./ratification.types.js";

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => Country, { description: "The party." })
  country(@Root() p: AgreementParty, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.countryByCode.load(p.countryCode);
  }

  @FieldResolver(() => Person, { nullable: true, description: "Who signed for it, if known." })
  signatory(@Root() p: AgreementParty, @Ctx() ctx: RelationsContext) {
    return p.signatoryId ? ctx.loaders.personById.load(p.signatoryId) : null;
  }

  @FieldResolver(() => AgreementStatus, {
    description: "The agreement's status for this party on a date: its own signature, entry into force and end where known, else the agreement's (docs/api.md, \"Status rules\").",
  })
  async status(
    @Root() p: AgreementParty,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The date; defaults to today (UTC)." }) asOf: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    const agreement = await ctx.loaders.agreementById.load(p.agreementId);
    if (!agreement) return AgreementStatus.UNKNOWN;
    const day = asOf ?? todayUtc();
    const [own, stages] = await Promise.all([ctx.services.agreements.status(ctx.loaders, agreement, day), ctx.loaders.stagesByParty.load(p.id)]);
    return partyStatus(p, agreement, own, ratificationStatus(stages, agreement, day), day);
  }

  @FieldResolver(() => [Claim], { description: "Every source's word on its fields (its dates, an inferred party), conflicting ones included." })
  claims(
    @Root() p: AgreementParty,
    @Arg("field", () => String, { nullable: true, description: "A field name of AgreementParty (\"signedOn\"); all fields when omitted." }) field: string | null,
    @Ctx() ctx: RelationsContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.claims.of(ctx.loaders, info.parentType, p.id, field);
  }

  @FieldResolver(() => Ratification, { description: "Its ratification: stages and status." })
  ratification(@Root() p: AgreementParty): Ratification {
    return { id: `${p.id}:ratification`, partyId: p.id, agreementId: p.agreementId };
  }
}

@Resolver(() => Ratification)
export class RatificationResolver {
  @FieldResolver(() => RatificationStatus, { description: "Status on a date, derived from the dated stages (see docs/api.md, \"Status rules\")." })
  async status(
    @Root() r: Ratification,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "The date; defaults to today (UTC)." }) asOf: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    const [stages, agreement] = await Promise.all([ctx.loaders.stagesByParty.load(r.partyId), ctx.loaders.agreementById.load(r.agreementId)]);
    if (!agreement) return RatificationStatus.UNKNOWN;
    return ratificationStatus(stages, agreement, asOf ?? todayUtc());
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: "The day the completing stage passed, when that day is known." })
  async completedOn(@Root() r: Ratification, @Ctx() ctx: RelationsContext) {
    return ratificationCompletedOn(await ctx.loaders.stagesByParty.load(r.partyId));
  }

  @FieldResolver(() => [RatificationStage], { description: "Its stages in procedure order." })
  stages(@Root() r: Ratification, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.stagesByParty.load(r.partyId);
  }
}

@Resolver(() => RatificationStage)
export class RatificationStageResolver {
  @FieldResolver(() => [Source], { description: "Sources for this stage." })
  async sources(@Root() s: RatificationStage, @Ctx() ctx: RelationsContext) {
    return present(await ctx.loaders.sourceById.loadMany(await ctx.loaders.stageSourceIds.load(s.id)));
  }

  @FieldResolver(() => [Claim], { description: "Every source's word on its fields (date, votes), conflicting ones included." })
  claims(
    @Root() s: RatificationStage,
    @Arg("field", () => String, { nullable: true, description: "A field name of RatificationStage (\"date\"); all fields when omitted." }) field: string | null,
    @Ctx() ctx: RelationsContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.claims.of(ctx.loaders, info.parentType, s.id, field);
  }
}

@Resolver(() => RatificationStage)
export class RatificationStageMutationResolver {
  @Authorized("editor")
  @Mutation(() => RatificationStage, { description: "Records a stage of one party's ratification (a vote, a signature). Needs an editor key." })
  createRatificationStage(
    @Arg("input", () => CreateRatificationStageInput, { description: "The new stage." }) input: CreateRatificationStageInput,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.stageWrites.create(ctx, input);
  }

  @Authorized("editor")
  @Mutation(() => RatificationStage, { description: "Changes a stage, if nobody changed it since expectedVersion (else CONFLICT). Needs an editor key." })
  updateRatificationStage(
    @Arg("id", () => ID, { description: "The stage's id." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read; the update fails with CONFLICT if it changed since." }) expectedVersion: number,
    @Arg("input", () => RatificationStagePatch, { description: "Fields to change; omitted fields keep their value." }) input: RatificationStagePatch,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.stageWrites.update(ctx, id, expectedVersion, input);
  }

  @Authorized("editor")
  @Mutation(() => RatificationStage, { description: "Deletes a stage and returns it as it was. Refused while claims refer to it, unless cascade is true. Needs an editor key." })
  deleteRatificationStage(
    @Arg("id", () => ID, { description: "The stage's id." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Arg("cascade", () => Boolean, { defaultValue: false, description: "Also delete the claims about it." }) cascade: boolean,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.stageWrites.delete(ctx, id, expectedVersion, cascade);
  }
}
