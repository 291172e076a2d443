import { defineNode } from "../../../graphql/node.js";

/**
 * Relay's Node, as a federation entity interface (`@key(fields: "nodeId")`): this subgraph defines
 * it and serves `Query.node`, so it must define every type that implements it, the corridors
 * subgraph's ones included (docs/decisions.md "Node and global ids").
 */
export const { Node, NodeIdResolver } = defineNode({ entity: true });
