import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import { CrudResolver } from "../../../graphql/crud-resolver.js";
import type { RecordSpec } from "../../../db/record-writes.js";
import { DatePrecision } from "../../../graphql/enums.js";
import { countryInput, userInputError } from "../../../graphql/errors.js";
import { DateScalar } from "../../../graphql/scalars.js";
import { COUNTRY_CODE } from "../../../lib/countries.js";
import { Claim } from "../claim/claim.entity.js";
import { Clause } from "../clause/clause.entity.js";
import { Person } from "../person/person.entity.js";
import { AgreementParty, RatificationStage } from "../ratification/ratification.entity.js";
import { Statement } from "../statement/statement.entity.js";
import type { RelationsContext } from "../relations.context.js";
import { SLUG } from "../../../lib/slug.js";
import { Agreement } from "./agreement.entity.js";
import { AgreementKind, RenewalKind } from "./agreement.enums.js";

@InputType({ description: "The fields of an agreement. On update, omitted fields keep their value and null clears an optional one." })
export class AgreementPatch {
  @Field(() => String, { nullable: true, description: "Full title in English (1–500 characters)." })
  @IsOptional()
  @Length(1, 500)
  title?: string;

  @Field(() => String, { nullable: true, description: "Short title (at most 200 characters)." })
  @IsOptional()
  @MaxLength(200)
  shortTitle?: string | null;

  @Field(() => AgreementKind, { nullable: true, description: "Kind of instrument." })
  kind?: AgreementKind;

  @Field(() => String, { nullable: true, description: "Relationship level it sets (at most 200 characters)." })
  @IsOptional()
  @MaxLength(200)
  relationshipLevel?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date of signature." })
  signedOn?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of signedOn; DAY when omitted." })
  signedOnPrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: "Place of signature (at most 300 characters)." })
  @IsOptional()
  @MaxLength(300)
  signedAt?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date of entry into force." })
  enteredIntoForceOn?: string | null;

  @Field(() => DatePrecision, { nullable: true, description: "Precision of enteredIntoForceOn; DAY when omitted." })
  enteredIntoForcePrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: "Its rule for entry into force, in words (at most 2,000 characters)." })
  @IsOptional()
  @MaxLength(2000)
  entryIntoForceRule?: string | null;

  @Field(() => Int, { nullable: true, description: "Initial term in years, 1–1,000." })
  @IsOptional()
  @Min(1)
  @Max(1000)
  termYears?: number | null;

  @Field(() => String, { nullable: true, description: "How the term is renewed, in words (at most 2,000 characters)." })
  @IsOptional()
  @MaxLength(2000)
  renewal?: string | null;

  @Field(() => RenewalKind, { nullable: true, description: "How the term is renewed, as a code." })
  renewalKind?: RenewalKind | null;

  @Field(() => Int, { nullable: true, description: "Years per renewal period, 1–1,000." })
  @IsOptional()
  @Min(1)
  @Max(1000)
  renewalPeriodYears?: number | null;

  @Field(() => DateScalar, { nullable: true, description: "Date it was terminated." })
  terminatedOn?: string | null;

  @Field(() => Int, { nullable: true, description: "Number of articles, 0–100,000." })
  @IsOptional()
  @Min(0)
  @Max(100000)
  articleCount?: number | null;

  @Field(() => ID, { nullable: true, description: "The agreement it replaces." })
  supersedesId?: string | null;

  @Field(() => [ID], { nullable: true, description: "Topic codes it covers; replaces the list on update." })
  @IsOptional()
  @ArrayMaxSize(100)
  topicCodes?: string[];

  @Field(() => [ID], { nullable: true, description: "Sources for the agreement as a whole; replaces the list on update." })
  @IsOptional()
  @ArrayMaxSize(100)
  sourceIds?: string[];
}

@InputType({ description: "A new agreement. Add its parties with addAgreementParty." })
export class CreateAgreementInput extends AgreementPatch {
  @Field(() => ID, { description: "Stable lowercase slug, 1–160 characters." })
  @Length(1, 160)
  @Matches(SLUG, { message: "id must be a lowercase slug" })
  id!: string;

  @Field({ description: "Full title in English (1–500 characters)." })
  @Length(1, 500)
  override title!: string;

  @Field(() => AgreementKind, { description: "Kind of instrument." })
  override kind!: AgreementKind;
}

const dateOrder = (r: Record<string, unknown>) => {
  const s = r.signedOn as string | null;
  const e = r.enteredIntoForceOn as string | null;
  const t = r.terminatedOn as string | null;
  if (s && e && e < s) throw userInputError("input.enteredIntoForceOn", `must not be before signedOn (${e} < ${s})`);
  if (t && (e ?? s) && t < (e ?? s)!) throw userInputError("input.terminatedOn", `must not be before entry into force or signature (${t})`);
};

export const agreementSpec: RecordSpec<Agreement> = {
  type: "Agreement",
  entity: Agreement,
  key: "id",
  required: ["title", "kind"],
  refs: [{ field: "supersedesId", entity: Agreement, what: "agreement" }],
  links: [
    { field: "topicCodes", relation: "topics", what: "topic" },
    { field: "sourceIds", relation: "sources", what: "source" },
  ],
  dependents: [
    { entity: AgreementParty, property: "agreementId", what: "party(ies) with their ratification stages", onCascade: "delete" },
    { entity: Clause, property: "agreementId", what: "clause(s)", onCascade: "delete" },
    { entity: Claim, property: "recordId", what: "claim(s)", onCascade: "delete", where: { recordType: "Agreement" } },
    { entity: Statement, property: "agreementId", what: "statement(s) about it", onCascade: "clear" },
    { entity: Agreement, property: "supersedesId", what: "later agreement(s) superseding it", onCascade: "clear" },
  ],
  async derive(_m, input, existing) {
    const out: Record<string, unknown> = {};
    if (input.signedOn && !input.signedOnPrecision && !existing?.signedOnPrecision) out.signedOnPrecision = DatePrecision.DAY;
    if (input.enteredIntoForceOn && !input.enteredIntoForcePrecision && !existing?.enteredIntoForcePrecision) out.enteredIntoForcePrecision = DatePrecision.DAY;
    return out;
  },
  check(_m, r) {
    dateOrder(r);
    if (r.supersedesId && r.supersedesId === r.id) throw userInputError("input.supersedesId", "an agreement cannot supersede itself");
  },
};

@InputType({ description: "A country joining an agreement as a party." })
export class AddAgreementPartyInput {
  @Field(() => ID, { description: "The agreement." })
  agreementId!: string;

  @Field({ description: "The country: ISO alpha-2 or alpha-3 code." })
  @Matches(COUNTRY_CODE, { message: "country must be an ISO 3166-1 alpha-2 or alpha-3 code" })
  country!: string;

  @Field(() => ID, { nullable: true, description: "Who signed for it (a person id)." })
  signatoryId?: string | null;
}

export const partySpec: RecordSpec<AgreementParty> = {
  type: "AgreementParty",
  entity: AgreementParty,
  key: "id",
  required: ["agreementId", "countryCode"],
  refs: [
    { field: "agreementId", entity: Agreement, what: "agreement" },
    { field: "signatoryId", entity: Person, what: "person" },
  ],
  dependents: [{ entity: RatificationStage, property: "partyId", what: "ratification stage(s)", onCascade: "delete" }],
};

const AgreementWrites = CrudResolver({
  spec: agreementSpec,
  returns: Agreement,
  role: "editor",
  idDescription: "The agreement's id.",
  create: { name: "createAgreement", description: "Records an agreement. Needs an editor key.", input: CreateAgreementInput, inputDescription: "The new agreement." },
  update: { name: "updateAgreement", description: "Changes an agreement, if unchanged since expectedVersion (else CONFLICT). Needs an editor key.", input: AgreementPatch },
  delete: {
    name: "deleteAgreement",
    description: "Deletes an agreement. Refused while parties, clauses, claims or statements refer to it, unless cascade. Needs an editor key.",
    cascade: "Also delete its parties, stages, clauses and claims, and detach statements and later agreements.",
  },
});

/** Agreements (created, changed and deleted as every record is) and their parties. */
@Resolver(() => Agreement)
export class AgreementMutationResolver extends AgreementWrites {
  @Authorized("editor")
  @Mutation(() => AgreementParty, { description: "Adds a country as a party to an agreement. Needs an editor key." })
  addAgreementParty(@Arg("input", () => AddAgreementPartyInput, { description: "The party." }) input: AddAgreementPartyInput, @Ctx() ctx: RelationsContext) {
    const code = countryInput("country", input.country);
    return ctx.services.records.create(ctx, partySpec, { id: `${input.agreementId}:${code.toLowerCase()}`, agreementId: input.agreementId, countryCode: code, signatoryId: input.signatoryId ?? undefined });
  }

  @Authorized("editor")
  @Mutation(() => AgreementParty, { description: "Changes who signed for a party, if unchanged since expectedVersion. Needs an editor key." })
  updateAgreementParty(
    @Arg("id", () => ID, { description: "The party's id (\"<agreement id>:<alpha-2 lower case>\")." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Arg("signatoryId", () => ID, { nullable: true, description: "The signatory (a person id), or null to clear." }) signatoryId: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.records.update(ctx, partySpec, id, expectedVersion, { signatoryId });
  }

  @Authorized("editor")
  @Mutation(() => AgreementParty, { description: "Removes a party. Refused while it has ratification stages, unless cascade. Needs an editor key." })
  removeAgreementParty(
    @Arg("id", () => ID, { description: "The party's id." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Arg("cascade", () => Boolean, { defaultValue: false, description: "Also delete its ratification stages." }) cascade: boolean,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.records.delete(ctx, partySpec, id, expectedVersion, cascade);
  }
}
