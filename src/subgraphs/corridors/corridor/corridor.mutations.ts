import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Field, Float, ID, InputType, Resolver } from "type-graphql";
import type { RecordSpec } from "../../../db/record-writes.js";
import { CrudResolver } from "../../../graphql/crud-resolver.js";
import { DatePrecision } from "../../../graphql/enums.js";
import { countryInput } from "../../../graphql/errors.js";
import { DateScalar } from "../../../graphql/scalars.js";
import { COUNTRY_CODE } from "../../../lib/countries.js";
import { SLUG } from "../../../lib/slug.js";
import { claimsOf, sourceLinks, sourceRefsOf } from "../claim/claim.specs.js";
import { CorridorRoute, CorridorSegment } from "../segment/segment.entity.js";
import { MemberRole } from "./corridor.enums.js";
import { CorridorMember, TradeCorridor } from "./corridor.entity.js";

@InputType({ description: "The fields of a corridor. On update, omitted fields keep their value and null clears an optional one." })
export class CorridorPatch {
  @Field(() => String, { nullable: true, description: "Full name (1–300 characters)." }) @IsOptional() @Length(1, 300) name?: string;
  @Field(() => String, { nullable: true, description: "Acronym (at most 40 characters)." }) @IsOptional() @MaxLength(40) acronym?: string | null;
  @Field(() => String, { nullable: true, description: "Description (at most 5,000 characters)." }) @IsOptional() @MaxLength(5000) description?: string | null;
  @Field(() => Float, { nullable: true, description: "Stated overall length in km (0–100,000)." }) @IsOptional() @Min(0) @Max(100000) lengthKm?: number | null;
  @Field(() => ID, { nullable: true, description: "Founding agreement (an Agreement id of the relations subgraph, at most 160 characters)." }) @IsOptional() @MaxLength(160) foundingAgreementId?: string | null;
  @Field(() => [ID], { nullable: true, description: "Source ids; replaces the list on update; at most 100, each at most 160 characters." }) @IsOptional() @ArrayMaxSize(100) @MaxLength(160, { each: true }) sourceIds?: string[];
}
@InputType({ description: "A new corridor." })
export class CreateCorridorInput extends CorridorPatch {
  @Field(() => ID, { description: "Stable lowercase slug (\"instc\"), 1–80 characters." }) @Length(1, 80) @Matches(SLUG, { message: "id must be a lowercase slug" }) id!: string;
  @Field({ description: "Full name (1–300 characters)." }) @Length(1, 300) override name!: string;
}

@InputType({ description: "The fields of a corridor membership. On update, omitted fields keep their value." })
export class CorridorMemberPatch {
  @Field(() => MemberRole, { nullable: true, description: "Founder, member or observer." }) role?: MemberRole;
  @Field(() => DateScalar, { nullable: true, description: "Since when." }) since?: string | null;
  @Field(() => DatePrecision, { nullable: true, description: "Precision of since; DAY when omitted." }) sincePrecision?: DatePrecision | null;
  @Field(() => [ID], { nullable: true, description: "Source ids; replaces the list on update; at most 100, each at most 160 characters." }) @IsOptional() @ArrayMaxSize(100) @MaxLength(160, { each: true }) sourceIds?: string[];
}
@InputType({ description: "A country joining a corridor." })
export class AddCorridorMemberInput extends CorridorMemberPatch {
  @Field(() => ID, { description: "The corridor." }) corridorId!: string;
  @Field({ description: "The country: ISO alpha-2 or alpha-3 code." }) @Matches(COUNTRY_CODE, { message: "country must be an ISO 3166-1 code" }) country!: string;
  @Field(() => MemberRole, { description: "Founder, member or observer." }) override role!: MemberRole;
}

export const corridorSpec: RecordSpec<TradeCorridor> = {
  type: "TradeCorridor", entity: TradeCorridor, key: "id",
  required: ["name"],
  links: [sourceLinks("TradeCorridor")],
  dependents: [
    { entity: CorridorMember, property: "corridorId", what: "member(s)", onCascade: "delete" },
    { entity: CorridorSegment, property: "corridorId", what: "segment(s)", onCascade: "delete" },
    { entity: CorridorRoute, property: "corridorId", what: "route(s)", onCascade: "delete" },
    claimsOf("TradeCorridor"), sourceRefsOf("TradeCorridor"),
  ],
};
export const memberSpec: RecordSpec<CorridorMember> = {
  type: "CorridorMember", entity: CorridorMember, key: "id",
  required: ["role", "corridorId", "countryCode"],
  refs: [{ field: "corridorId", entity: TradeCorridor, what: "corridor" }],
  links: [sourceLinks("CorridorMember")],
  dependents: [claimsOf("CorridorMember"), sourceRefsOf("CorridorMember")],
  async derive(_m, input, existing) {
    return input.since && !input.sincePrecision && !existing?.sincePrecision ? { sincePrecision: DatePrecision.DAY } : {};
  },
};

const CorridorWrites = CrudResolver({
  spec: corridorSpec,
  returns: TradeCorridor,
  role: "editor",
  idDescription: "The corridor's id.",
  create: { name: "createCorridor", description: "Records a corridor. Needs an editor key.", input: CreateCorridorInput, inputDescription: "The corridor." },
  update: { name: "updateCorridor", description: "Changes a corridor, if unchanged since expectedVersion (else CONFLICT). Needs an editor key.", input: CorridorPatch },
  delete: {
    name: "deleteCorridor",
    description: "Deletes a corridor. Refused while it has members, segments or routes, unless cascade. Needs an editor key.",
    cascade: "Also delete its members, segments, routes, claims and source links.",
  },
});

/** Writes to corridors and their members. Every one needs an editor key and is audited in its transaction. */
@Resolver(() => TradeCorridor)
export class CorridorMutationResolver extends CrudResolver({
  spec: memberSpec,
  returns: CorridorMember,
  role: "editor",
  idDescription: "The membership's id.",
  create: {
    name: "addCorridorMember",
    description: "Adds a member country to a corridor. Needs an editor key.",
    input: AddCorridorMemberInput,
    inputDescription: "The membership.",
    record: (input) => {
      const code = countryInput("country", input.country);
      return { ...input, id: `${input.corridorId}:${code.toLowerCase()}`, countryCode: code };
    },
  },
  update: { name: "updateCorridorMember", description: "Changes a membership, if unchanged since expectedVersion (else CONFLICT). Needs an editor key.", input: CorridorMemberPatch },
  delete: {
    name: "removeCorridorMember",
    description: "Removes a member. Refused while claims refer to it, unless cascade. Needs an editor key.",
    cascade: "Also delete its claims and source links.",
  },
}, CorridorWrites) {}
