import { defineNodeQueries } from "../../../graphql/node.js";
import { defineFeature } from "../../feature.js";
import { CorridorNodeNode, CorridorsAuditEntryNode, CorridorSegmentNode, PortNode, TradeCorridorNode } from "./identity.stubs.js";
import { Node, NodeIdResolver } from "./identity.types.js";

/** Object identification: the Node interface, every type's `nodeId`, and `Query.node` / `nodes`. */
export const identity = defineFeature({
  name: "identity",
  resolvers: [NodeIdResolver, defineNodeQueries(Node)],
  orphanedTypes: [TradeCorridorNode, CorridorNodeNode, CorridorSegmentNode, CorridorsAuditEntryNode, PortNode],
});
