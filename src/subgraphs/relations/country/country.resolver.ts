import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { present } from "../../../db/loaders.js";
import { BeforeArg, LastArg, connectionType } from "../../../graphql/pagination.js";
import { AgreementOrder } from "../agreement/agreement.enums.js";
import { AgreementFilter } from "../agreement/agreement.inputs.js";
import { AgreementConnection } from "../agreement/agreement.types.js";
import { BilateralRelation } from "../relation/relation.types.js";
import type { RelationsContext } from "../relations.context.js";
import { Country } from "./country.entity.js";
import { CountryFilter } from "./country.inputs.js";

export const CountryConnection = connectionType(Country, "Country", "countries");

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => Country, {
    nullable: true,
    description: "A country by ISO 3166-1 alpha-2 or alpha-3 code, any case; also a former state, organisation or sub-national party by its key (\"CSHH\", \"YUG\", \"ORG-EU\"). Null when unknown.",
  })
  country(@Arg("code", { description: "\"IR\", \"ir\" or \"IRN\"." }) code: string, @Ctx() ctx: RelationsContext) {
    return ctx.services.countries.resolve(ctx.loaders, code, "code");
  }

  @Query(() => CountryConnection, { description: "Countries by name, paginated." })
  countries(
    @Arg("filter", () => CountryFilter, { nullable: true, description: "Narrows the list." }) filter: CountryFilter | null,
    @LastArg() last: number | null,
    @BeforeArg() before: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.countries.page(ctx.loaders, { filter, first, after, last, before });
  }

  @FieldResolver(() => [Country], { description: "Countries it shares a land border with." })
  async neighbours(@Root() c: Country, @Ctx() ctx: RelationsContext) {
    return present(await ctx.loaders.countryByCode.loadMany(await ctx.loaders.neighbourCodes.load(c.code)));
  }

  @FieldResolver(() => AgreementConnection, { description: "Agreements this country is a party to." })
  agreements(
    @Root() c: Country,
    @Arg("filter", () => AgreementFilter, { nullable: true, description: "Narrows the list." }) filter: AgreementFilter | null,
    @Arg("orderBy", () => AgreementOrder, { nullable: true, description: "Order; default SIGNED_ON_DESC." }) orderBy: AgreementOrder | null,
    @LastArg() last: number | null,
    @BeforeArg() before: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.agreements.page(ctx.loaders, "country", c.code, { filter, orderBy, first, after, last, before });
  }

  @FieldResolver(() => [BilateralRelation], { description: "One relation per country it shares at least one agreement with, by the partner's code (at most 400)." })
  relations(
    @Root() c: Country,
    @Arg("first", () => Int, { nullable: true, description: "At most this many, by the partner's code; default and maximum 400." }) first: number | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.relations.ofCountry(ctx.loaders, c.code, first);
  }
}

export const countryReference = {
  Country: {
    // The same key forms as Query.country ("IR", "ir", "IRN"); null for an unknown one.
    __resolveReference: (ref: { code: string }, ctx: RelationsContext) => (typeof ref.code === "string" ? ctx.services.countries.find(ctx.loaders, ref.code) : null),
  },
};

