import type { GraphQLResolveInfo } from "graphql";
import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Arg, Authorized, Ctx, Field, Float, ID, Info, InputType, Int, Mutation, Query, Resolver } from "type-graphql";
import type { RecordSpec } from "../../db/record-writes.js";
import { GraphQLJSON } from "graphql-scalars";
import { ImportReport } from "../../graphql/import-types.js";
import { importPart } from "../../seed/import-mutation.js";
import { ClaimPatch, CreateClaimInput } from "../../graphql/claim-inputs.js";
import { DatePrecision } from "../../graphql/enums.js";
import { userInputError } from "../../graphql/errors.js";
import { connectionType } from "../../graphql/pagination.js";
import { DateScalar } from "../../graphql/scalars.js";
import { COUNTRY_CODE, toAlpha2 } from "../../lib/countries.js";
import { SLUG } from "../../lib/slug.js";
import { AuditEntry } from "./audit/audit.entity.js";
import { CorridorClaim, SourceRef } from "./claim/claim.entity.js";
import { MemberRole, NodeKind, SegmentStatus, TransportMode } from "./corridor/corridor.enums.js";
import { CorridorMember, TradeCorridor } from "./corridor/corridor.entity.js";
import type { CorridorsContext } from "./corridors.services.js";
import { CorridorNode } from "./node/node.entity.js";
import { CorridorRoute, CorridorSegment, RouteSegment } from "./segment/segment.entity.js";

const sources = (type: string) => ({ field: "sourceIds", entity: SourceRef, parent: "recordId", child: "sourceId", fixed: { property: "recordType", value: type } });
const claimsOf = (type: string) => ({ entity: CorridorClaim, property: "recordId", what: "claim(s)", onCascade: "delete" as const, where: { recordType: type } });
const refsOf = (type: string) => ({ entity: SourceRef, property: "recordId", what: "source link(s)", onCascade: "delete" as const, where: { recordType: type } });
const country = (field: string, value: unknown): string => {
  const code = toAlpha2(String(value));
  if (!code) throw userInputError(`input.${field}`, `no country with code "${String(value)}"`);
  return code;
};

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

@InputType({ description: "The fields of a corridor node. On update, omitted fields keep their value and null clears an optional one." })
export class CorridorNodePatch {
  @Field(() => String, { nullable: true, description: "Name (1–300 characters)." }) @IsOptional() @Length(1, 300) name?: string;
  @Field(() => NodeKind, { nullable: true, description: "What the node is." }) kind?: NodeKind;
  @Field(() => String, { nullable: true, description: "Country: ISO alpha-2 or alpha-3 code." }) @IsOptional() @Matches(COUNTRY_CODE, { message: "country must be an ISO 3166-1 code" }) country?: string;
  @Field(() => Float, { nullable: true, description: "Latitude, −90 to 90." }) @IsOptional() @Min(-90) @Max(90) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: "Longitude, −180 to 180." }) @IsOptional() @Min(-180) @Max(180) longitude?: number | null;
  @Field(() => ID, { nullable: true, description: "Source of the coordinates (a Source id, at most 160 characters)." }) @IsOptional() @MaxLength(160) coordinatesSourceId?: string | null;
  @Field(() => [ID], { nullable: true, description: "Source ids; replaces the list on update; at most 100, each at most 160 characters." }) @IsOptional() @ArrayMaxSize(100) @MaxLength(160, { each: true }) sourceIds?: string[];
}
@InputType({ description: "A new corridor node." })
export class CreateCorridorNodeInput extends CorridorNodePatch {
  @Field(() => ID, { description: "\"<alpha-2 lower case>-<slug>\", 1–120 characters." }) @Length(1, 120) @Matches(SLUG, { message: "id must be a lowercase slug" }) id!: string;
  @Field({ description: "Name (1–300 characters)." }) @Length(1, 300) override name!: string;
  @Field(() => NodeKind, { description: "What the node is." }) override kind!: NodeKind;
  @Field({ description: "Country: ISO alpha-2 or alpha-3 code." }) @Matches(COUNTRY_CODE, { message: "country must be an ISO 3166-1 code" }) override country!: string;
}

@InputType({ description: "The fields of a segment. On update, omitted fields keep their value and null clears an optional one." })
export class CorridorSegmentPatch {
  @Field(() => TransportMode, { nullable: true, description: "How goods move on it." }) mode?: TransportMode;
  @Field(() => SegmentStatus, { nullable: true, description: "Whether it carries traffic." }) status?: SegmentStatus;
  @Field(() => Float, { nullable: true, description: "Length a source states, in km (0–100,000); null to estimate it." }) @IsOptional() @Min(0) @Max(100000) lengthKm?: number | null;
  @Field(() => String, { nullable: true, description: "Note (at most 5,000 characters)." }) @IsOptional() @MaxLength(5000) note?: string | null;
  @Field(() => [ID], { nullable: true, description: "Source ids (at least one); replaces the list on update; at most 100, each at most 160 characters." }) @IsOptional() @ArrayMaxSize(100) @MaxLength(160, { each: true }) sourceIds?: string[];
}
@InputType({ description: "A new segment between two nodes of a corridor." })
export class CreateCorridorSegmentInput extends CorridorSegmentPatch {
  @Field(() => ID, { description: "\"<from>--<to>--<mode>\", 1–260 characters." }) @Length(1, 260) @Matches(SLUG, { message: "id must be a lowercase slug" }) id!: string;
  @Field(() => ID, { description: "The corridor." }) corridorId!: string;
  @Field(() => ID, { description: "One end (a node id)." }) fromNodeId!: string;
  @Field(() => ID, { description: "The other end (a node id)." }) toNodeId!: string;
  @Field(() => TransportMode, { description: "How goods move on it." }) override mode!: TransportMode;
  @Field(() => SegmentStatus, { description: "Whether it carries traffic." }) override status!: SegmentStatus;
}

@InputType({ description: "The fields of a route. On update, omitted fields keep their value." })
export class CorridorRoutePatch {
  @Field(() => String, { nullable: true, description: "Name (1–200 characters)." }) @IsOptional() @Length(1, 200) name?: string;
  @Field(() => [ID], { nullable: true, description: "Segment ids in order along the route; replaces the list on update." }) @IsOptional() @ArrayMaxSize(500) segmentIds?: string[];
}
@InputType({ description: "A new named route of a corridor." })
export class CreateCorridorRouteInput extends CorridorRoutePatch {
  @Field(() => ID, { description: "\"<corridor id>-<slug>\", 1–120 characters." }) @Length(1, 120) @Matches(SLUG, { message: "id must be a lowercase slug" }) id!: string;
  @Field(() => ID, { description: "The corridor." }) corridorId!: string;
  @Field({ description: "Name (1–200 characters)." }) @Length(1, 200) override name!: string;
}

export const corridorSpec: RecordSpec<TradeCorridor> = {
  type: "TradeCorridor", entity: TradeCorridor, key: "id",
  required: ["name"],
  links: [sources("TradeCorridor")],
  dependents: [
    { entity: CorridorMember, property: "corridorId", what: "member(s)", onCascade: "delete" },
    { entity: CorridorSegment, property: "corridorId", what: "segment(s)", onCascade: "delete" },
    { entity: CorridorRoute, property: "corridorId", what: "route(s)", onCascade: "delete" },
    claimsOf("TradeCorridor"), refsOf("TradeCorridor"),
  ],
};
export const memberSpec: RecordSpec<CorridorMember> = {
  type: "CorridorMember", entity: CorridorMember, key: "id",
  required: ["role", "corridorId", "countryCode"],
  refs: [{ field: "corridorId", entity: TradeCorridor, what: "corridor" }],
  links: [sources("CorridorMember")],
  dependents: [claimsOf("CorridorMember"), refsOf("CorridorMember")],
  async derive(_m, input, existing) {
    return input.since && !input.sincePrecision && !existing?.sincePrecision ? { sincePrecision: DatePrecision.DAY } : {};
  },
};
export const nodeSpec: RecordSpec<CorridorNode> = {
  type: "CorridorNode", entity: CorridorNode, key: "id",
  required: ["name", "kind", "countryCode"],
  links: [sources("CorridorNode")],
  dependents: [
    { entity: CorridorSegment, property: "fromNodeId", what: "segment(s) starting there", onCascade: "delete" },
    { entity: CorridorSegment, property: "toNodeId", what: "segment(s) ending there", onCascade: "delete" },
    refsOf("CorridorNode"),
  ],
  async derive(_m, input) {
    return input.country !== undefined ? { countryCode: country("country", input.country) } : {};
  },
};
export const segmentSpec: RecordSpec<CorridorSegment> = {
  type: "CorridorSegment", entity: CorridorSegment, key: "id",
  fields: { lengthKm: "statedLengthKm" },
  required: ["corridorId", "fromNodeId", "toNodeId", "mode", "status"],
  refs: [
    { field: "corridorId", entity: TradeCorridor, what: "corridor" },
    { field: "fromNodeId", entity: CorridorNode, what: "node" },
    { field: "toNodeId", entity: CorridorNode, what: "node" },
  ],
  links: [sources("CorridorSegment")],
  dependents: [{ entity: RouteSegment, property: "segmentId", what: "route step(s)", onCascade: "delete" }, claimsOf("CorridorSegment"), refsOf("CorridorSegment")],
  check(_m, r) {
    if (r.fromNodeId === r.toNodeId) throw userInputError("input.toNodeId", "must differ from fromNodeId");
    if (Array.isArray(r.sourceIds) && r.sourceIds.length === 0) throw userInputError("input.sourceIds", "a segment must name at least one source");
  },
};
export const routeSpec: RecordSpec<CorridorRoute> = {
  type: "CorridorRoute", entity: CorridorRoute, key: "id",
  required: ["name", "corridorId"],
  refs: [{ field: "corridorId", entity: TradeCorridor, what: "corridor" }],
  links: [{ field: "segmentIds", entity: RouteSegment, parent: "routeId", child: "segmentId", order: "seq", target: { entity: CorridorSegment, what: "segment" } }],
};

export const CorridorsAuditConnection = connectionType(AuditEntry, "CorridorsAuditEntry", "audit entries");


/** Writes to the corridors subgraph. Every one needs an editor key and is audited in its transaction. */
@Resolver()
export class CorridorsMutationResolver {
  @Authorized("editor") @Mutation(() => TradeCorridor, { description: "Records a corridor. Needs an editor key." })
  createCorridor(@Arg("input", () => CreateCorridorInput, { description: "The corridor." }) input: CreateCorridorInput, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.create(ctx, corridorSpec, { ...input });
  }
  @Authorized("editor") @Mutation(() => TradeCorridor, { description: "Changes a corridor, if unchanged since expectedVersion (else CONFLICT). Needs an editor key." })
  updateCorridor(@Arg("id", () => ID, { description: "The corridor's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number,
    @Arg("input", () => CorridorPatch, { description: "Fields to change." }) input: CorridorPatch, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.update(ctx, corridorSpec, id, v, { ...input });
  }
  @Authorized("editor") @Mutation(() => TradeCorridor, { description: "Deletes a corridor. Refused while it has members, segments or routes, unless cascade. Needs an editor key." })
  deleteCorridor(@Arg("id", () => ID, { description: "The corridor's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number,
    @Arg("cascade", () => Boolean, { defaultValue: false, description: "Also delete its members, segments, routes, claims and source links." }) cascade: boolean, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.delete(ctx, corridorSpec, id, v, cascade);
  }

  @Authorized("editor") @Mutation(() => CorridorMember, { description: "Adds a member country to a corridor. Needs an editor key." })
  addCorridorMember(@Arg("input", () => AddCorridorMemberInput, { description: "The membership." }) input: AddCorridorMemberInput, @Ctx() ctx: CorridorsContext) {
    const code = country("country", input.country);
    return ctx.services.records.create(ctx, memberSpec, { ...input, id: `${input.corridorId}:${code.toLowerCase()}`, countryCode: code });
  }
  @Authorized("editor") @Mutation(() => CorridorMember, { description: "Changes a membership, if unchanged since expectedVersion (else CONFLICT). Needs an editor key." })
  updateCorridorMember(@Arg("id", () => ID, { description: "The membership's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number,
    @Arg("input", () => CorridorMemberPatch, { description: "Fields to change." }) input: CorridorMemberPatch, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.update(ctx, memberSpec, id, v, { ...input });
  }
  @Authorized("editor") @Mutation(() => CorridorMember, { description: "Removes a member. Refused while claims refer to it, unless cascade. Needs an editor key." })
  removeCorridorMember(@Arg("id", () => ID, { description: "The membership's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number,
    @Arg("cascade", () => Boolean, { defaultValue: false, description: "Also delete its claims and source links." }) cascade: boolean, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.delete(ctx, memberSpec, id, v, cascade);
  }

  @Authorized("editor") @Mutation(() => CorridorNode, { description: "Records a node. Needs an editor key." })
  createCorridorNode(@Arg("input", () => CreateCorridorNodeInput, { description: "The node." }) input: CreateCorridorNodeInput, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.create(ctx, nodeSpec, { ...input });
  }
  @Authorized("editor") @Mutation(() => CorridorNode, { description: "Changes a node, if unchanged since expectedVersion (else CONFLICT). Needs an editor key." })
  updateCorridorNode(@Arg("id", () => ID, { description: "The node's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number,
    @Arg("input", () => CorridorNodePatch, { description: "Fields to change." }) input: CorridorNodePatch, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.update(ctx, nodeSpec, id, v, { ...input });
  }
  @Authorized("editor") @Mutation(() => CorridorNode, { description: "Deletes a node. Refused while segments use it, unless cascade. Needs an editor key." })
  deleteCorridorNode(@Arg("id", () => ID, { description: "The node's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number,
    @Arg("cascade", () => Boolean, { defaultValue: false, description: "Also delete the segments that use it." }) cascade: boolean, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.delete(ctx, nodeSpec, id, v, cascade);
  }

  @Authorized("editor") @Mutation(() => CorridorSegment, { description: "Records a segment. Needs an editor key." })
  createCorridorSegment(@Arg("input", () => CreateCorridorSegmentInput, { description: "The segment." }) input: CreateCorridorSegmentInput, @Ctx() ctx: CorridorsContext) {
    if (!input.sourceIds?.length) throw userInputError("input.sourceIds", "a segment must name at least one source");
    return ctx.services.records.create(ctx, segmentSpec, { ...input });
  }
  @Authorized("editor") @Mutation(() => CorridorSegment, { description: "Changes a segment (its status when a railway opens), if unchanged since expectedVersion (else CONFLICT). Needs an editor key." })
  updateCorridorSegment(@Arg("id", () => ID, { description: "The segment's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number,
    @Arg("input", () => CorridorSegmentPatch, { description: "Fields to change." }) input: CorridorSegmentPatch, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.update(ctx, segmentSpec, id, v, { ...input });
  }
  @Authorized("editor") @Mutation(() => CorridorSegment, { description: "Deletes a segment. Refused while routes or claims use it, unless cascade. Needs an editor key." })
  deleteCorridorSegment(@Arg("id", () => ID, { description: "The segment's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number,
    @Arg("cascade", () => Boolean, { defaultValue: false, description: "Also remove it from routes and delete its claims." }) cascade: boolean, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.delete(ctx, segmentSpec, id, v, cascade);
  }

  @Authorized("editor") @Mutation(() => CorridorRoute, { description: "Records a named route. Needs an editor key." })
  createCorridorRoute(@Arg("input", () => CreateCorridorRouteInput, { description: "The route." }) input: CreateCorridorRouteInput, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.create(ctx, routeSpec, { ...input });
  }
  @Authorized("editor") @Mutation(() => CorridorRoute, { description: "Changes a route, if unchanged since expectedVersion (else CONFLICT). Needs an editor key." })
  updateCorridorRoute(@Arg("id", () => ID, { description: "The route's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number,
    @Arg("input", () => CorridorRoutePatch, { description: "Fields to change." }) input: CorridorRoutePatch, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.update(ctx, routeSpec, id, v, { ...input });
  }
  @Authorized("editor") @Mutation(() => CorridorRoute, { description: "Deletes a route (its segments stay). Needs an editor key." })
  deleteCorridorRoute(@Arg("id", () => ID, { description: "The route's id." }) id: string, @Arg("expectedVersion", () => Int, { description: "The version you read." }) v: number, @Ctx() ctx: CorridorsContext) {
    return ctx.services.records.delete(ctx, routeSpec, id, v, false);
  }

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

  @Authorized("admin")
  @Mutation(() => ImportReport, {
    description: "Imports the corridors part of a dataset file (schema/dataset.schema.json): validated whole, then written in one transaction. Idempotent. Needs an admin key.",
  })
  importCorridorsDataset(@Arg("dataset", () => GraphQLJSON, { description: "The whole dataset file, as JSON." }) dataset: unknown, @Ctx() ctx: CorridorsContext) {
    return importPart("corridors", ctx.services.dataSource, ctx.services.writes, ctx, dataset);
  }

  @Authorized("admin")
  @Query(() => CorridorsAuditConnection, { description: "The corridors subgraph's audit log, newest first. Needs an admin key." })
  corridorsAuditLog(
    @Arg("recordType", () => String, { nullable: true, description: "Only writes to records of this GraphQL type (\"CorridorSegment\")." }) recordType: string | null,
    @Arg("recordId", () => ID, { nullable: true, description: "Only writes to this record." }) recordId: string | null,
    @Arg("actor", () => String, { nullable: true, description: "Only writes by the key with this name." }) actor: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: CorridorsContext,
  ) {
    return ctx.services.auditLog({ recordType, recordId, actor, first, after });
  }
}
