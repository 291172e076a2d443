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
  /** The corridor that defines it. */
  owner?: string;
  /** The other corridors whose routes use it, by id; null for most, which belong to their owner alone. */
  others?: string[] | null;
}

/**
 * Every segment of one of `modes` with one of `statuses` (and, when `corridors` is given, belonging to
 * one of them), by id, with the corridors each belongs to (`owner` and `others`): one statement.
 */
export function segmentEdges(ds: DataSource, modes: TransportMode[], statuses: SegmentStatus[], corridors: string[] | null = null): Promise<SegmentEdgeRow[]> {
  // The corridors of every segment come from one grouped read of the routes, joined by hash: a
  // subquery per segment (LATERAL) took 225 ms for the 7,000 segments of the bench's scale 10. Only
  // the few segments of several corridors carry an array: parsing one per row was 6% of the
  // search's CPU there (#14).
  return ds.query(
    `SELECT s.id, s.from_node_id AS a, s.to_node_id AS b, s.mode, s.stated_length_km AS stated, s.route_length_km AS route,
            f.latitude AS a_lat, f.longitude AS a_lon, t.latitude AS b_lat, t.longitude AS b_lon, f.country_code AS a_cc, t.country_code AS b_cc,
            s.corridor_id AS owner, u.others
     FROM corridors.corridor_segment s
     JOIN corridors.corridor_node f ON f.id = s.from_node_id
     JOIN corridors.corridor_node t ON t.id = s.to_node_id
     LEFT JOIN (
       SELECT rs.segment_id, array_agg(DISTINCT r.corridor_id::text ORDER BY r.corridor_id::text) AS others
       FROM corridors.route_segment rs
       JOIN corridors.corridor_route r ON r.id = rs.route_id
       JOIN corridors.corridor_segment o ON o.id = rs.segment_id AND r.corridor_id <> o.corridor_id
       GROUP BY rs.segment_id
     ) u ON u.segment_id = s.id
     CROSS JOIN LATERAL (SELECT array_prepend(s.corridor_id::text, coalesce(u.others, '{}'::text[])) AS corridors) m
     WHERE s.mode::text = ANY($1) AND s.status::text = ANY($2) AND ($3::text[] IS NULL OR m.corridors && $3::text[])
     ORDER BY s.id`,
    [modes, statuses, corridors],
  );
}
