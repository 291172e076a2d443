import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, ID, Info, Int, Mutation, Resolver } from "type-graphql";
import { ClaimPatch, CreateClaimInput } from "../../../graphql/claim-inputs.js";
import type { CorridorsContext } from "../corridors.context.js";
import { CorridorClaim } from "./claim.entity.js";

/** Writes to the corridors subgraph's claims. Every one needs an editor key and is audited in its transaction. */
@Resolver(() => CorridorClaim)
export class CorridorClaimMutationResolver {
  @Authorized("editor") @Mutation(() => CorridorClaim, { description: "Records a source's word on a field of a CorridorSegment, CorridorMember or TradeCorridor. Needs an editor key." })
  createCorridorClaim(@Arg("input", () => CreateClaimInput, { description: "The claim." }) input: CreateClaimInput, @Ctx() ctx: CorridorsContext, @Info() info: GraphQLResolveInfo) {
    return ctx.services.claimWrites.create(ctx, info.schema, input);
  }
  @Authorized("editor") @Mutation(() => CorridorClaim, { description: "Changes a corridor claim, if unchanged since expectedVersion (else CONFLICT). Needs an editor key." })
  updateCorridorClaim(@Arg("id", () => ID, { description: "The claim's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number,
    @Arg("input", () => ClaimPatch, { description: "Fields to change." }) input: ClaimPatch, @Ctx() ctx: CorridorsContext) {
    return ctx.services.claimWrites.update(ctx, id, v, { ...input });
  }
  @Authorized("editor") @Mutation(() => CorridorClaim, { description: "Makes a corridor claim the preferred one for its field, demoting the previous one. Needs an editor key." })
  setPreferredCorridorClaim(@Arg("id", () => ID, { description: "The claim's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number, @Ctx() ctx: CorridorsContext) {
    return ctx.services.claimWrites.prefer(ctx, id, v);
  }
  @Authorized("editor") @Mutation(() => CorridorClaim, { description: "Deletes a corridor claim. Needs an editor key." })
  deleteCorridorClaim(@Arg("id", () => ID, { description: "The claim's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number, @Ctx() ctx: CorridorsContext) {
    return ctx.services.claimWrites.delete(ctx, id, v);
  }
}
