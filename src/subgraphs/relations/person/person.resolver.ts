import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { LocalizedText } from "../../../graphql/localized-text.js";
import { BeforeArg, LastArg, connectionType } from "../../../graphql/pagination.js";
import { Country } from "../country/country.entity.js";
import type { RelationsContext } from "../relations.context.js";
import { Statement } from "../statement/statement.entity.js";
import { Office, Person } from "./person.entity.js";

export const PersonConnection = connectionType(Person, "Person", "people");

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: "A person by id. Null when unknown." })
  person(@Arg("id", () => ID, { description: "The person's slug (\"vladimir-putin\")." }) id: string, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.personById.load(id);
  }

  @Query(() => PersonConnection, { description: "People by name, paginated; `search` matches name prefixes in any language or script." })
  people(
    @Arg("search", () => String, { nullable: true, description: "Words names start with (\"putin\", \"Путин\")." }) search: string | null,
    @LastArg() last: number | null,
    @BeforeArg() before: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.people.page(ctx.loaders, { search, first, after, last, before });
  }

  @FieldResolver(() => [LocalizedText], { description: "The name in other languages and scripts." })
  alternativeNames(@Root() p: Person, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.namesByPerson.load(p.id);
  }

  @FieldResolver(() => [Office], { description: "Offices held, earliest first." })
  offices(@Root() p: Person, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.officesByPerson.load(p.id);
  }

  @FieldResolver(() => [Statement], { description: "Statements by this person, earliest first." })
  statements(@Root() p: Person, @Ctx() ctx: RelationsContext) {
    return ctx.loaders.statementsBySpeaker.load(p.id);
  }
}

@Resolver(() => Office)
export class OfficeResolver {
  @FieldResolver(() => Country, { nullable: true, description: "The country the office belongs to, if any." })
  country(@Root() o: Office, @Ctx() ctx: RelationsContext) {
    return o.countryCode ? ctx.loaders.countryByCode.load(o.countryCode) : null;
  }
}

export const personReference = {
  Person: { __resolveReference: (ref: { id: string }, ctx: RelationsContext) => ctx.loaders.personById.load(String(ref.id)) },
};
