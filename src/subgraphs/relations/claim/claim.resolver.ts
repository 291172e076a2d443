import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Resolver, Root } from "type-graphql";
import { ClaimPatch, CreateClaimInput } from "../../../graphql/claim-inputs.js";
import type { RelationsContext } from "../relations.context.js";
import { Source } from "../source/source.entity.js";
import { Claim } from "./claim.entity.js";

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => Source, { description: "The source making the claim." })
  source(@Root() c: Claim, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.sourceById.load(c.sourceId);
  }
}

@Resolver(() => Claim)
export class ClaimMutationResolver {
  @Authorized("editor")
  @Mutation(() => Claim, { description: "Records a source's word on a field of an Agreement or RatificationStage. Needs an editor key." })
  createClaim(@Arg("input", () => CreateClaimInput, { description: "The claim." }) input: CreateClaimInput, @Ctx() ctx: RelationsContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.claimWrites.create(ctx, info.schema, input);
  }

  @Authorized("editor")
  @Mutation(() => Claim, { description: "Changes a claim's value, source or note, if unchanged since expectedVersion (else CONFLICT). Needs an editor key." })
  updateClaim(
    @Arg("id", () => ID, { description: "The claim's id." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Arg("input", () => ClaimPatch, { description: "Fields to change." }) input: ClaimPatch,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.claimWrites.update(ctx, id, expectedVersion, { ...input });
  }

  @Authorized("editor")
  @Mutation(() => Claim, { description: "Makes a claim the preferred one for its field, demoting the previous one. Update the record's field to match. Needs an editor key." })
  setPreferredClaim(
    @Arg("id", () => ID, { description: "The claim's id." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.claimWrites.prefer(ctx, id, expectedVersion);
  }

  @Authorized("editor")
  @Mutation(() => Claim, { description: "Deletes a claim. Needs an editor key." })
  deleteClaim(
    @Arg("id", () => ID, { description: "The claim's id." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.claimWrites.delete(ctx, id, expectedVersion);
  }
}
