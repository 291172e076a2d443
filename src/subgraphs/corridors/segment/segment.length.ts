import { EARTH_RADIUS_KM, greatCircleKm } from "../../../lib/geo.js";
import { LengthBasis, TransportMode } from "../corridor/corridor.enums.js";
import type { CorridorNode } from "../node/node.entity.js";
import type { CorridorSegment } from "./segment.entity.js";

export interface SegmentLength {
  lengthKm: number | null;
  lengthIsEstimate: boolean;
  /** Null when there is no length. */
  basis: LengthBasis | null;
}

/**
 * A segment's length: the stated one, else the length of its maritime route (SEA segments that have
 * one), else the great-circle distance between its nodes. Only a stated length is not an estimate.
 */
export function segmentLength(
  s: Pick<CorridorSegment, "statedLengthKm" | "routeLengthKm" | "mode">,
  from: Pick<CorridorNode, "latitude" | "longitude"> | null,
  to: Pick<CorridorNode, "latitude" | "longitude"> | null,
): SegmentLength {
  if (s.statedLengthKm !== null) return { lengthKm: s.statedLengthKm, lengthIsEstimate: false, basis: LengthBasis.STATED };
  if (hasSeaRoute(s)) return { lengthKm: s.routeLengthKm, lengthIsEstimate: true, basis: LengthBasis.SEA_ROUTE };
  if (from?.latitude == null || from.longitude == null || to?.latitude == null || to.longitude == null) return { lengthKm: null, lengthIsEstimate: true, basis: null };
  return { lengthKm: Math.round(greatCircleKm(from.latitude, from.longitude, to.latitude, to.longitude) * 10) / 10, lengthIsEstimate: true, basis: LengthBasis.GREAT_CIRCLE };
}

/** A route counts only on a SEA segment (one whose mode an editor changed keeps its columns until the next seed). */
export function hasSeaRoute(s: Pick<CorridorSegment, "routeLengthKm" | "mode">): s is Pick<CorridorSegment, "mode"> & { routeLengthKm: number } {
  return s.routeLengthKm !== null && s.mode === TransportMode.SEA;
}

/**
 * `segmentLength`'s lengthKm as SQL over the segment row `s` (planned execution, #14): the same
 * cases, and `greatCircleKm` (lib/geo.ts) term for term in double precision, rounded to 0.1 km as
 * Math.round rounds. PostgreSQL's sin, cos and asin are the C library's and V8's are its own: they
 * may differ in the last bit of a double, which changes the rounded length only at an exact half.
 */
export function segmentLengthSql(s: string): string {
  const rad = "(pi() / 180)";
  const gc =
    `2 * ${EARTH_RADIUS_KM}::float8 * asin(least(1::float8, sqrt(power(sin((t.latitude - f.latitude) * ${rad} / 2), 2)` +
    ` + cos(f.latitude * ${rad}) * cos(t.latitude * ${rad}) * power(sin((t.longitude - f.longitude) * ${rad} / 2), 2))))`;
  return (
    `CASE WHEN ${s}.stated_length_km IS NOT NULL THEN ${s}.stated_length_km` +
    ` WHEN ${s}.route_length_km IS NOT NULL AND ${s}.mode = '${TransportMode.SEA}' THEN ${s}.route_length_km` +
    ` ELSE (SELECT floor(${gc} * 10 + 0.5) / 10 FROM corridors.corridor_node f, corridors.corridor_node t WHERE f.id = ${s}.from_node_id AND t.id = ${s}.to_node_id) END`
  );
}
