import { greatCircleKm } from "../../../lib/geo.js";
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
