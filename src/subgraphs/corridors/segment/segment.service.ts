import { greatCircleKm } from "../../../lib/geo.js";
import type { CorridorsLoaders } from "../corridors.loaders.js";
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

/** Segments and routes: lengths, stated or estimated. */
export class SegmentService {
  async length(loaders: CorridorsLoaders, s: CorridorSegment): Promise<SegmentLength> {
    if (s.statedLengthKm !== null) return { lengthKm: s.statedLengthKm, lengthIsEstimate: false };
    const [from, to] = await loaders.nodeById.loadMany([s.fromNodeId, s.toNodeId]);
    return segmentLength(s, from instanceof Error ? null : from, to instanceof Error ? null : to);
  }

  /** Sum of a route's segment lengths; null when one of them cannot be known or estimated. */
  async routeLength(loaders: CorridorsLoaders, routeId: string): Promise<number | null> {
    const segments = await loaders.segmentById.loadMany(await loaders.routeSegmentIds.load(routeId));
    const lengths = await Promise.all(segments.map((s) => (s && !(s instanceof Error) ? this.length(loaders, s) : { lengthKm: null })));
    if (lengths.some((l) => l.lengthKm === null)) return null;
    return Math.round(lengths.reduce((sum, l) => sum + l.lengthKm!, 0) * 10) / 10;
  }
}
