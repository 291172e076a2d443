import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { CorridorClaim } from "../claim/claim.entity.js";
import { TradeCorridor } from "../corridor/corridor.entity.js";
import type { CorridorsContext } from "../corridors.context.js";
import { CorridorNode } from "../node/node.entity.js";
import { AgreementRef, BilateralRelationRef, CountryRef, SourceRefType } from "./refs.types.js";

/** Fields this subgraph adds to the relations subgraph's entities. Nullable, so an outage here nulls only them. */
@Resolver(() => CountryRef)
export class CountryRefResolver {
  @FieldResolver(() => [TradeCorridor], { nullable: true, description: "Corridors this country is a member of." })
  corridors(@Root() c: CountryRef, @Ctx() ctx: CorridorsContext) {
    return ctx.services.corridors.ofCountry(ctx.loaders, c.code);
  }

  @FieldResolver(() => [CorridorNode], { nullable: true, description: "Corridor nodes in this country." })
  corridorNodes(@Root() c: CountryRef, @Ctx() ctx: CorridorsContext) {
    return ctx.loaders.nodesByCountry.load(c.code);
  }
}

@Resolver(() => AgreementRef)
export class AgreementRefResolver {
  @FieldResolver(() => [TradeCorridor], { nullable: true, description: "Corridors this agreement founded." })
  corridors(@Root() a: AgreementRef, @Ctx() ctx: CorridorsContext) {
    return ctx.loaders.corridorsByAgreement.load(a.id);
  }
}

@Resolver(() => BilateralRelationRef)
export class BilateralRelationRefResolver {
  @FieldResolver(() => [TradeCorridor], { nullable: true, description: "Corridors both countries are members of." })
  sharedCorridors(@Root() r: BilateralRelationRef, @Ctx() ctx: CorridorsContext) {
    return ctx.services.corridors.shared(ctx.loaders, r.id);
  }
}

@Resolver(() => CorridorClaim)
export class CorridorClaimResolver {
  @FieldResolver(() => SourceRefType, { description: "The source making the claim." })
  source(@Root() c: CorridorClaim): SourceRefType {
    return { id: c.sourceId };
  }
}

/** A Country's code as this subgraph knows it from a representation (planned execution reads it too). */
export const countryKey = (ref: { code?: unknown }): string => String(ref.code).toUpperCase();

/** The relations subgraph's entities resolve here from their key alone. */
export const refReferences = {
  Country: { __resolveReference: (ref: { code: string }) => ({ code: countryKey(ref) }) },
  Agreement: { __resolveReference: (ref: { id: string }) => ({ id: String(ref.id) }) },
  BilateralRelation: { __resolveReference: (ref: { id: string }) => ({ id: String(ref.id) }) },
};
