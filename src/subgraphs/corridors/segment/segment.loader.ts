import type { DataSource } from "typeorm";
import { byKey, groupedBy, linkIds, primable, type Peers } from "../../../db/loaders.js";
import { TradeCorridor } from "../corridor/corridor.entity.js";
import { CorridorRoute, CorridorSegment } from "./segment.entity.js";

/**
 * Which corridors a segment belongs to: the one that defines it (corridor_id, `o` 0) and every
 * corridor with a route that uses it (`o` 1). The loaders below select from it.
 */
export const SEGMENT_MEMBERSHIP = `SELECT id AS segment_id, corridor_id, 0 AS o FROM corridors.corridor_segment
   UNION ALL
   SELECT rs.segment_id, r.corridor_id, 1 FROM corridors.route_segment rs JOIN corridors.corridor_route r ON r.id = rs.route_id`;

export function createSegmentLoaders(ds: DataSource, peers: Peers = {}) {
  return {
    segmentById: byKey(ds, CorridorSegment, "id"),
    /** A corridor's segments, by id: those it defines and those its routes use; the segments come in the same statement. */
    segmentIdsByCorridor: linkIds(
      ds,
      `SELECT DISTINCT corridor_id AS parent_key, segment_id AS child_key FROM (${SEGMENT_MEMBERSHIP}) m WHERE corridor_id = ANY($1) ORDER BY 1, 2`,
      { entity: CorridorSegment, loader: primable<CorridorSegment | null>(peers, "segmentById") },
    ),
    /** The corridors a segment belongs to: its own first, then those whose routes use it, by id; the corridors come in the same statement. */
    corridorIdsBySegment: linkIds(
      ds,
      `SELECT segment_id AS parent_key, corridor_id AS child_key FROM (${SEGMENT_MEMBERSHIP}) m WHERE segment_id = ANY($1)
       GROUP BY segment_id, corridor_id ORDER BY segment_id, min(o), corridor_id`,
      { entity: TradeCorridor, loader: primable<TradeCorridor | null>(peers, "corridorById") },
    ),
    routesByCorridor: groupedBy(ds, CorridorRoute, "corridorId", { id: "ASC" }),
    routeSegmentIds: linkIds(ds, `SELECT route_id AS parent_key, segment_id AS child_key FROM corridors.route_segment WHERE route_id = ANY($1) ORDER BY route_id, seq`),
  };
}

export type SegmentLoaders = ReturnType<typeof createSegmentLoaders>;
