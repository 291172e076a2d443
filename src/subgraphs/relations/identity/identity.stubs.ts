import { Directive, Field, ID, ObjectType } from "type-graphql";
import { NODE_DOCS } from "../../../graphql/node.js";
import { SHARED_DOCS } from "../../../graphql/shared-docs.js";
import { Node } from "./identity.types.js";

/**
 * The corridors subgraph's Node types, as this subgraph knows them: by global id only. `Query.node`
 * answers one of these with its global id, and the router asks the corridors subgraph for the rest.
 */
@Directive('@key(fields: "nodeId")')
@ObjectType("TradeCorridor", { implements: Node, description: SHARED_DOCS.TradeCorridor })
export class TradeCorridorNode {
  @Field(() => ID, { description: NODE_DOCS["Node.nodeId"] })
  nodeId!: string;
}

@Directive('@key(fields: "nodeId")')
@ObjectType("CorridorNode", { implements: Node, description: SHARED_DOCS.CorridorNode })
export class CorridorNodeNode {
  @Field(() => ID, { description: NODE_DOCS["Node.nodeId"] })
  nodeId!: string;
}

@Directive('@key(fields: "nodeId")')
@ObjectType("CorridorsAuditEntry", { implements: Node, description: SHARED_DOCS.CorridorsAuditEntry })
export class CorridorsAuditEntryNode {
  @Field(() => ID, { description: NODE_DOCS["Node.nodeId"] })
  nodeId!: string;
}

@Directive('@key(fields: "nodeId")')
@ObjectType("CorridorSegment", { implements: Node, description: SHARED_DOCS.CorridorSegment })
export class CorridorSegmentNode {
  @Field(() => ID, { description: NODE_DOCS["Node.nodeId"] })
  nodeId!: string;
}

@Directive('@key(fields: "nodeId")')
@ObjectType("Port", { implements: Node, description: SHARED_DOCS.Port })
export class PortNode {
  @Field(() => ID, { description: NODE_DOCS["Node.nodeId"] })
  nodeId!: string;
}
