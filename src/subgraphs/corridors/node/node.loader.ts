import type { DataSource } from "typeorm";
import { byKey, groupedBy, linkIds } from "../../../db/loaders.js";
import { CorridorNode } from "./node.entity.js";

export function createNodeLoaders(ds: DataSource) {
  return {
    nodeById: byKey(ds, CorridorNode, "id"),
    nodesByCountry: groupedBy(ds, CorridorNode, "countryCode", { id: "ASC" }),
    /** Nodes a corridor's segments touch. */
    nodeIdsByCorridor: linkIds(
      ds,
      `SELECT DISTINCT corridor_id AS parent_key, node_id AS child_key FROM (
         SELECT corridor_id, from_node_id AS node_id FROM corridors.corridor_segment UNION ALL SELECT corridor_id, to_node_id FROM corridors.corridor_segment
       ) n WHERE corridor_id = ANY($1) ORDER BY 1, 2`,
    ),
  };
}

export type NodeLoaders = ReturnType<typeof createNodeLoaders>;
