import { IsOptional, Length, Matches } from "class-validator";
import { Field, ID, InputType, Resolver } from "type-graphql";
import { CrudResolver } from "../../../graphql/crud-resolver.js";
import type { RecordSpec } from "../../../db/record-writes.js";
import { countryInput, userInputError } from "../../../graphql/errors.js";
import { DatePrecision } from "../../../graphql/enums.js";
import { DateScalar } from "../../../graphql/scalars.js";
import { COUNTRY_CODE } from "../../../lib/countries.js";
import { SLUG } from "../../../lib/slug.js";
import { AgreementParty } from "../ratification/ratification.entity.js";
import { Statement } from "../statement/statement.entity.js";
import { Office, Person, PersonName } from "./person.entity.js";

@InputType({ description: "The fields of a person. On update, omitted fields keep their value." })
export class PersonPatch {
  @Field(() => String, { nullable: true, description: "Name in English (1–300 characters)." })
  @IsOptional()
  @Length(1, 300)
  name?: string;
}

@InputType({ description: "A new person." })
export class CreatePersonInput extends PersonPatch {
  @Field(() => ID, { description: "Stable lowercase slug (\"vladimir-putin\"), 1–120 characters." })
  @Length(1, 120)
  @Matches(SLUG, { message: "id must be a lowercase slug" })
  id!: string;

  @Field({ description: "Name in English (1–300 characters)." })
  @Length(1, 300)
  override name!: string;
}

@InputType({ description: "The fields of an office tenure. On update, omitted fields keep their value and null clears an optional one." })
export class OfficePatch {
  @Field(() => String, { nullable: true, description: "Title of the office (1–300 characters)." })
  @IsOptional()
  @Length(1, 300)
  title?: string;

  @Field(() => String, { nullable: true, description: "Country of the office: ISO alpha-2 or alpha-3 code." })
  @IsOptional()
  @Matches(COUNTRY_CODE, { message: "country must be an ISO 3166-1 alpha-2 or alpha-3 code" })
  country?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Start of the tenure." })
  from?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of from; DAY when omitted." })
  fromPrecision?: DatePrecision | null;

  @Field(() => DateScalar, { nullable: true, description: "End of the tenure." })
  to?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of to; DAY when omitted." })
  toPrecision?: DatePrecision | null;

  @Field(() => [ID], { nullable: true, description: "Sources for the tenure; replaces the list on update." })
  sourceIds?: string[];
}

@InputType({ description: "A new office tenure of a person." })
export class CreateOfficeInput extends OfficePatch {
  @Field(() => ID, { description: "Stable lowercase slug, 1–200 characters." })
  @Length(1, 200)
  @Matches(SLUG, { message: "id must be a lowercase slug" })
  id!: string;

  @Field(() => ID, { description: "The person holding it." })
  personId!: string;

  @Field({ description: "Title of the office (1–300 characters)." })
  @Length(1, 300)
  override title!: string;
}

export const personSpec: RecordSpec<Person> = {
  type: "Person",
  entity: Person,
  key: "id",
  required: ["name"],
  dependents: [
    { entity: Office, property: "personId", what: "office(s)", onCascade: "delete" },
    { entity: Statement, property: "speakerId", what: "statement(s)", onCascade: "delete" },
    { entity: AgreementParty, property: "signatoryId", what: "signature(s)", onCascade: "clear" },
    { entity: PersonName, property: "personId", what: "other name(s)", onCascade: "delete" },
  ],
};

export const officeSpec: RecordSpec<Office> = {
  type: "Office",
  entity: Office,
  key: "id",
  required: ["title", "personId"],
  refs: [{ field: "personId", entity: Person, what: "person" }],
  links: [{ field: "sourceIds", relation: "sources", what: "source" }],
  async derive(_m, input, existing) {
    const out: Record<string, unknown> = {};
    if (input.country !== undefined) {
      out.countryCode = input.country === null ? null : countryInput("country", input.country);
    }
    for (const f of ["from", "to"] as const) {
      if (input[f] && !input[`${f}Precision`] && !existing?.[`${f}Precision`]) out[`${f}Precision`] = DatePrecision.DAY;
    }
    return out;
  },
  check(_m, r) {
    if (r.from && r.to && String(r.to) < String(r.from)) throw userInputError("input.to", `must not be before from (${String(r.to)} < ${String(r.from)})`);
  },
};

const PersonWrites = CrudResolver({
  spec: personSpec,
  returns: Person,
  role: "editor",
  idDescription: "The person's id.",
  create: { name: "createPerson", description: "Adds a person. Needs an editor key.", input: CreatePersonInput, inputDescription: "The new person." },
  update: { name: "updatePerson", description: "Changes a person, if unchanged since expectedVersion (else CONFLICT). Needs an editor key.", input: PersonPatch },
  delete: {
    name: "deletePerson",
    description: "Deletes a person. Refused while offices, statements or signatures refer to them, unless cascade. Needs an editor key.",
    cascade: "Also delete their offices, statements and other names, and clear their signatures.",
  },
});

@Resolver(() => Person)
export class PersonMutationResolver extends CrudResolver({
  spec: officeSpec,
  returns: Office,
  role: "editor",
  idDescription: "The tenure's id.",
  create: { name: "createOffice", description: "Adds an office tenure to a person. Needs an editor key.", input: CreateOfficeInput, inputDescription: "The new tenure." },
  update: { name: "updateOffice", description: "Changes an office tenure, if unchanged since expectedVersion (else CONFLICT). Needs an editor key.", input: OfficePatch },
  delete: { name: "deleteOffice", description: "Deletes an office tenure. Needs an editor key." },
}, PersonWrites) {}
