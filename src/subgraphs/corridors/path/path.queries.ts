import type { DataSource } from "typeorm";
import type { SegmentStatus, TransportMode } from "../corridor/corridor.enums.js";

/** A segment a path may use, with its stated and sea-route lengths and its end nodes' coordinates and countries. */
export interface SegmentEdgeRow {
  id: string;
  a: string;
  b: string;
  mode: TransportMode;
  stated: number | null;
  /** Length along its maritime route; the path search never reads the geometry. */
  route: number | null;
  a_lat: number | null;
  a_lon: number | null;
  b_lat: number | null;
  b_lon: number | null;
  a_cc: string;
  b_cc: string;
}

/** Every segment of one of `modes` with one of `statuses`, by id: one statement. */
export function segmentEdges(ds: DataSource, modes: TransportMode[], statuses: SegmentStatus[]): Promise<SegmentEdgeRow[]> {
  return ds.query(
    `SELECT s.id, s.from_node_id AS a, s.to_node_id AS b, s.mode, s.stated_length_km AS stated, s.route_length_km AS route,
            f.latitude AS a_lat, f.longitude AS a_lon, t.latitude AS b_lat, t.longitude AS b_lon, f.country_code AS a_cc, t.country_code AS b_cc
     FROM corridors.corridor_segment s
     JOIN corridors.corridor_node f ON f.id = s.from_node_id
     JOIN corridors.corridor_node t ON t.id = s.to_node_id
     WHERE s.mode::text = ANY($1) AND s.status::text = ANY($2)
     ORDER BY s.id`,
    [modes, statuses],
  );
}
