import type { DataSource } from "typeorm";
import { byKey, groupedBy, linkIds } from "../../../db/loaders.js";
import { CorridorRoute, CorridorSegment } from "./segment.entity.js";

export function createSegmentLoaders(ds: DataSource) {
  return {
    segmentById: byKey(ds, CorridorSegment, "id"),
    segmentsByCorridor: groupedBy(ds, CorridorSegment, "corridorId", { id: "ASC" }),
    routesByCorridor: groupedBy(ds, CorridorRoute, "corridorId", { id: "ASC" }),
    routeSegmentIds: linkIds(ds, `SELECT route_id AS parent_key, segment_id AS child_key FROM corridors.route_segment WHERE route_id = ANY($1) ORDER BY route_id, seq`),
  };
}

export type SegmentLoaders = ReturnType<typeof createSegmentLoaders>;
