import { defineFeature } from "../../feature.js";
import { CorridorNode } from "./node.entity.js";
import { createNodeLoaders, type NodeLoaders } from "./node.loader.js";
import { CorridorNodeMutationResolver } from "./node.mutations.js";
import { CorridorNodeResolver, nodeReference } from "./node.resolver.js";

declare module "../corridors.context.js" {
  interface CorridorsLoaders extends NodeLoaders {}
}

/** Corridor nodes: ports, cities, border crossings. */
export const node = defineFeature({
  name: "node",
  entities: [CorridorNode],
  loaders: createNodeLoaders,
  resolvers: [CorridorNodeResolver, CorridorNodeMutationResolver],
  references: nodeReference,
});
