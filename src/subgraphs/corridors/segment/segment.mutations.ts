import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Field, Float, ID, InputType, Resolver } from "type-graphql";
import type { RecordSpec } from "../../../db/record-writes.js";
import { CrudResolver } from "../../../graphql/crud-resolver.js";
import { userInputError } from "../../../graphql/errors.js";
import { SLUG } from "../../../lib/slug.js";
import { claimsOf, sourceLinks, sourceRefsOf } from "../claim/claim.specs.js";
import { SegmentStatus, TransportMode } from "../corridor/corridor.enums.js";
import { TradeCorridor } from "../corridor/corridor.entity.js";
import { CorridorNode } from "../node/node.entity.js";
import { CorridorRoute, CorridorSegment, RouteSegment } from "./segment.entity.js";

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

export const segmentSpec: RecordSpec<CorridorSegment> = {
  type: "CorridorSegment", entity: CorridorSegment, key: "id",
  fields: { lengthKm: "statedLengthKm" },
  required: ["corridorId", "fromNodeId", "toNodeId", "mode", "status"],
  refs: [
    { field: "corridorId", entity: TradeCorridor, what: "corridor" },
    { field: "fromNodeId", entity: CorridorNode, what: "node" },
    { field: "toNodeId", entity: CorridorNode, what: "node" },
  ],
  links: [sourceLinks("CorridorSegment")],
  dependents: [{ entity: RouteSegment, property: "segmentId", what: "route step(s)", onCascade: "delete" }, claimsOf("CorridorSegment"), sourceRefsOf("CorridorSegment")],
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

const SegmentWrites = CrudResolver({
  spec: segmentSpec,
  returns: CorridorSegment,
  role: "editor",
  idDescription: "The segment's id.",
  create: {
    name: "createCorridorSegment",
    description: "Records a segment. Needs an editor key.",
    input: CreateCorridorSegmentInput,
    inputDescription: "The segment.",
    record: (input) => {
      if (!input.sourceIds?.length) throw userInputError("input.sourceIds", "a segment must name at least one source");
      return { ...input };
    },
  },
  update: {
    name: "updateCorridorSegment",
    description: "Changes a segment (its status when a railway opens), if unchanged since expectedVersion (else CONFLICT). Needs an editor key.",
    input: CorridorSegmentPatch,
  },
  delete: {
    name: "deleteCorridorSegment",
    description: "Deletes a segment. Refused while routes or claims use it, unless cascade. Needs an editor key.",
    cascade: "Also remove it from routes and delete its claims.",
  },
});

/** Writes to segments and routes. Every one needs an editor key and is audited in its transaction. */
@Resolver(() => CorridorSegment)
export class CorridorSegmentMutationResolver extends CrudResolver({
  spec: routeSpec,
  returns: CorridorRoute,
  role: "editor",
  idDescription: "The route's id.",
  create: { name: "createCorridorRoute", description: "Records a named route. Needs an editor key.", input: CreateCorridorRouteInput, inputDescription: "The route." },
  update: { name: "updateCorridorRoute", description: "Changes a route, if unchanged since expectedVersion (else CONFLICT). Needs an editor key.", input: CorridorRoutePatch },
  delete: { name: "deleteCorridorRoute", description: "Deletes a route (its segments stay). Needs an editor key." },
}, SegmentWrites) {}
