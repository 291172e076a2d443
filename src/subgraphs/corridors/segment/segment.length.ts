import { greatCircleKm } from "../../../lib/geo.js";
import type { CorridorNode } from "../node/node.entity.js";
import type { CorridorSegment } from "./segment.entity.js";

export interface SegmentLength {
  lengthKm: number | null;
  lengthIsEstimate: boolean;
}

/** A segment's length: the stated one, else the great-circle distance between its nodes (an estimate). */
export function segmentLength(s: Pick<CorridorSegment, "statedLengthKm">, from: Pick<CorridorNode, "latitude" | "longitude"> | null, to: Pick<CorridorNode, "latitude" | "longitude"> | null): SegmentLength {
  if (s.statedLengthKm !== null) return { lengthKm: s.statedLengthKm, lengthIsEstimate: false };
  if (from?.latitude == null || from.longitude == null || to?.latitude == null || to.longitude == null) return { lengthKm: null, lengthIsEstimate: true };
  return { lengthKm: Math.round(greatCircleKm(from.latitude, from.longitude, to.latitude, to.longitude) * 10) / 10, lengthIsEstimate: true };
}
