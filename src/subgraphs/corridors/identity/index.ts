import { defineFeature } from "../../feature.js";
import { NodeIdResolver } from "./identity.types.js";

/** Object identification: every Node type's `nodeId` (the relations subgraph serves `Query.node`). */
export const identity = defineFeature({
  name: "identity",
  resolvers: [NodeIdResolver],
});
