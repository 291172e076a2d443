import type { DataSource } from "typeorm";
import { byKey, groupedBy, linkIds } from "../../../db/loaders.js";
import { SEGMENT_MEMBERSHIP } from "../segment/segment.loader.js";
import { CorridorNode } from "./node.entity.js";

export function createNodeLoaders(ds: DataSource) {
  return {
    nodeById: byKey(ds, CorridorNode, "id"),
    nodesByCountry: groupedBy(ds, CorridorNode, "countryCode", { id: "ASC" }),
    /** Nodes a corridor's segments touch: those it defines and those its routes use (segment.loader.ts). */
    nodeIdsByCorridor: linkIds(
      ds,
      `SELECT DISTINCT m.corridor_id AS parent_key, n.node_id AS child_key
       FROM (${SEGMENT_MEMBERSHIP}) m
       JOIN corridors.corridor_segment s ON s.id = m.segment_id
       CROSS JOIN LATERAL (VALUES (s.from_node_id), (s.to_node_id)) n(node_id)
       WHERE m.corridor_id = ANY($1) ORDER BY 1, 2`,
    ),
  };
}

export type NodeLoaders = ReturnType<typeof createNodeLoaders>;
