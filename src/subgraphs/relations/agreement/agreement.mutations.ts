import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { RecordSpec } from "../../../db/record-writes.js";
import { DatePrecision } from "../../../graphql/enums.js";
import { userInputError } from "../../../graphql/errors.js";
import { DateScalar } from "../../../graphql/scalars.js";
import { COUNTRY_CODE, toAlpha2 } from "../../../lib/countries.js";
import { AgreementParty } from "../ratification/ratification.entity.js";
import type { RelationsContext } from "../relations.services.js";
import { SLUG } from "../source/source.inputs.js";
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
  table: "relations.agreement",
  key: "id",
  columns: {
    id: "id", title: "title", shortTitle: "short_title", kind: "kind", relationshipLevel: "relationship_level", signedOn: "signed_on",
    signedOnPrecision: "signed_on_precision", signedAt: "signed_at", enteredIntoForceOn: "entered_into_force_on",
    enteredIntoForcePrecision: "entered_into_force_precision", entryIntoForceRule: "entry_into_force_rule", termYears: "term_years",
    renewal: "renewal", renewalKind: "renewal_kind", renewalPeriodYears: "renewal_period_years", terminatedOn: "terminated_on",
    articleCount: "article_count", supersedesId: "supersedes_id",
  },
  required: ["title", "kind"],
  refs: [{ field: "supersedesId", table: "relations.agreement", column: "id", what: "agreement" }],
  links: [
    { field: "topicCodes", table: "relations.agreement_topic", parentColumn: "agreement_id", childColumn: "topic_code", target: { table: "relations.topic", column: "code", what: "topic" } },
    { field: "sourceIds", table: "relations.agreement_source", parentColumn: "agreement_id", childColumn: "source_id", target: { table: "relations.source", column: "id", what: "source" } },
  ],
  dependents: [
    { table: "relations.agreement_party", column: "agreement_id", what: "party(ies) with their ratification stages", onCascade: "delete" },
    { table: "relations.clause", column: "agreement_id", what: "clause(s)", onCascade: "delete" },
    { table: "relations.claim", column: "record_id", what: "claim(s)", onCascade: "delete", where: "record_type = 'Agreement'" },
    { table: "relations.statement", column: "agreement_id", what: "statement(s) about it", onCascade: "clear" },
    { table: "relations.agreement", column: "supersedes_id", what: "later agreement(s) superseding it", onCascade: "clear" },
  ],
  async derive(_m, input, existing) {
    const out: Record<string, unknown> = {};
    if (input.signedOn && !input.signedOnPrecision && !existing?.signed_on_precision) out.signedOnPrecision = DatePrecision.DAY;
    if (input.enteredIntoForceOn && !input.enteredIntoForcePrecision && !existing?.entered_into_force_precision) out.enteredIntoForcePrecision = DatePrecision.DAY;
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
  table: "relations.agreement_party",
  key: "id",
  columns: { id: "id", agreementId: "agreement_id", countryCode: "country_code", signatoryId: "signatory_id" },
  required: ["agreementId", "countryCode"],
  refs: [
    { field: "agreementId", table: "relations.agreement", column: "id", what: "agreement" },
    { field: "signatoryId", table: "relations.person", column: "id", what: "person" },
  ],
  dependents: [{ table: "relations.ratification_stage", column: "party_id", what: "ratification stage(s)", onCascade: "delete" }],
};

@Resolver(() => Agreement)
export class AgreementMutationResolver {
  @Authorized("editor")
  @Mutation(() => Agreement, { description: "Records an agreement. Needs an editor key." })
  createAgreement(@Arg("input", () => CreateAgreementInput, { description: "The new agreement." }) input: CreateAgreementInput, @Ctx() ctx: RelationsContext) {
    return ctx.services.records.create(ctx, agreementSpec, { ...input });
  }

  @Authorized("editor")
  @Mutation(() => Agreement, { description: "Changes an agreement, if unchanged since expectedVersion (else CONFLICT). Needs an editor key." })
  updateAgreement(
    @Arg("id", () => ID, { description: "The agreement's id." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Arg("input", () => AgreementPatch, { description: "Fields to change." }) input: AgreementPatch,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.records.update(ctx, agreementSpec, id, expectedVersion, { ...input });
  }

  @Authorized("editor")
  @Mutation(() => Agreement, { description: "Deletes an agreement. Refused while parties, clauses, claims or statements refer to it, unless cascade. Needs an editor key." })
  deleteAgreement(
    @Arg("id", () => ID, { description: "The agreement's id." }) id: string,
    @Arg("expectedVersion", () => Int, { description: "The version you read." }) expectedVersion: number,
    @Arg("cascade", () => Boolean, { defaultValue: false, description: "Also delete its parties, stages, clauses and claims, and detach statements and later agreements." }) cascade: boolean,
    @Ctx() ctx: RelationsContext,
  ) {
    return ctx.services.records.delete(ctx, agreementSpec, id, expectedVersion, cascade);
  }

  @Authorized("editor")
  @Mutation(() => AgreementParty, { description: "Adds a country as a party to an agreement. Needs an editor key." })
  addAgreementParty(@Arg("input", () => AddAgreementPartyInput, { description: "The party." }) input: AddAgreementPartyInput, @Ctx() ctx: RelationsContext) {
    const code = toAlpha2(input.country);
    if (!code) throw userInputError("input.country", `no country with code "${input.country}"`);
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
