import { defineFeature } from "../../feature.js";
import { CorridorSegment, CorridorRoute, RouteSegment } from "./segment.entity.js";
import { createSegmentLoaders, type SegmentLoaders } from "./segment.loader.js";
import { CorridorSegmentMutationResolver } from "./segment.mutations.js";
import { CorridorSegmentResolver, CorridorRouteResolver, segmentReference } from "./segment.resolver.js";

declare module "../corridors.context.js" {
  interface CorridorsLoaders extends SegmentLoaders {}
}

/** Segments between nodes, and routes along them. */
export const segment = defineFeature({
  name: "segment",
  entities: [CorridorSegment, CorridorRoute, RouteSegment],
  loaders: createSegmentLoaders,
  resolvers: [CorridorSegmentResolver, CorridorRouteResolver, CorridorSegmentMutationResolver],
  references: segmentReference,
});
