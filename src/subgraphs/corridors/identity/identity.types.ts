import { defineNode } from "../../../graphql/node.js";

/**
 * Relay's Node as this subgraph sees it: a plain interface its entities implement, so each has a
 * `nodeId` and a `@key(fields: "nodeId")`. The relations subgraph defines the entity interface and
 * serves `Query.node` (docs/decisions.md "Node and global ids").
 */
export const { Node, NodeIdResolver } = defineNode({ entity: false });
