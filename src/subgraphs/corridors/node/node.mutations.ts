import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min } from "class-validator";
import { Field, Float, ID, InputType, Resolver } from "type-graphql";
import type { RecordSpec } from "../../../db/record-writes.js";
import { CrudResolver } from "../../../graphql/crud-resolver.js";
import { countryInput } from "../../../graphql/errors.js";
import { COUNTRY_CODE } from "../../../lib/countries.js";
import { SLUG } from "../../../lib/slug.js";
import { sourceLinks, sourceRefsOf } from "../claim/claim.specs.js";
import { NodeKind } from "../corridor/corridor.enums.js";
import { CorridorSegment } from "../segment/segment.entity.js";
import { CorridorNode } from "./node.entity.js";

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

export const nodeSpec: RecordSpec<CorridorNode> = {
  type: "CorridorNode", entity: CorridorNode, key: "id",
  required: ["name", "kind", "countryCode"],
  links: [sourceLinks("CorridorNode")],
  dependents: [
    { entity: CorridorSegment, property: "fromNodeId", what: "segment(s) starting there", onCascade: "delete" },
    { entity: CorridorSegment, property: "toNodeId", what: "segment(s) ending there", onCascade: "delete" },
    sourceRefsOf("CorridorNode"),
  ],
  async derive(_m, input) {
    return input.country !== undefined ? { countryCode: countryInput("country", input.country) } : {};
  },
};
/** Writes to corridor nodes. Every one needs an editor key and is audited in its transaction. */
@Resolver(() => CorridorNode)
export class CorridorNodeMutationResolver extends CrudResolver({
  spec: nodeSpec,
  returns: CorridorNode,
  role: "editor",
  idDescription: "The node's id.",
  create: { name: "createCorridorNode", description: "Records a node. Needs an editor key.", input: CreateCorridorNodeInput, inputDescription: "The node." },
  update: { name: "updateCorridorNode", description: "Changes a node, if unchanged since expectedVersion (else CONFLICT). Needs an editor key.", input: CorridorNodePatch },
  delete: {
    name: "deleteCorridorNode",
    description: "Deletes a node. Refused while segments use it, unless cascade. Needs an editor key.",
    cascade: "Also delete the segments that use it.",
  },
}) {}
