import { defineFeature } from "../../feature.js";
import { CorridorSegment, CorridorRoute, RouteSegment } from "./segment.entity.js";
import { CorridorNode } from "../node/node.entity.js";
import { segmentLengthSql } from "./segment.length.js";
import { createSegmentLoaders, SEGMENT_MEMBERSHIP, type SegmentLoaders } from "./segment.loader.js";
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
  plans: {
    // As segmentIdsByCorridor reads them: each segment once, by id.
    "TradeCorridor.segments": {
      kind: "through",
      entity: CorridorSegment,
      table: `(SELECT DISTINCT corridor_id, segment_id FROM (${SEGMENT_MEMBERSHIP}) m)`,
      parentColumn: "corridor_id",
      childColumn: "segment_id",
    },
    "CorridorSegment.from": { kind: "one", entity: CorridorNode, via: "fromNodeId" },
    "CorridorSegment.to": { kind: "one", entity: CorridorNode, via: "toNodeId" },
    "CorridorSegment.lengthKm": { kind: "value", sql: segmentLengthSql },
  },
});
