import type { Loader } from "../../../db/loaders.js";
import type { CorridorNode } from "../node/node.entity.js";
import type { CorridorSegment } from "./segment.entity.js";
import { hasSeaRoute, segmentLength, type SegmentLength } from "./segment.length.js";
import { TransportMode } from "../corridor/corridor.enums.js";

/** The loaders segment and route lengths use. */
export interface SegmentLoaders {
  nodeById: Loader<string, CorridorNode | null>;
  segmentById: Loader<string, CorridorSegment | null>;
  routeSegmentIds: Loader<string, string[]>;
}

/** Segments and routes: lengths, stated or estimated, and a segment's geometry. */
export class SegmentService {
  async length(loaders: Pick<SegmentLoaders, "nodeById">, s: CorridorSegment): Promise<SegmentLength> {
    if (s.statedLengthKm !== null || hasSeaRoute(s)) return segmentLength(s, null, null);
    const [from, to] = await loaders.nodeById.loadMany([s.fromNodeId, s.toNodeId]);
    return segmentLength(s, from instanceof Error ? null : from, to instanceof Error ? null : to);
  }

  /** GeoJSON LineString coordinates: along its maritime route when it has one, else its two end nodes (none without coordinates). */
  async geometry(loaders: Pick<SegmentLoaders, "nodeById">, s: CorridorSegment): Promise<[number, number][]> {
    if (s.routeGeometry && s.mode === TransportMode.SEA) return s.routeGeometry;
    const ends = await loaders.nodeById.loadMany([s.fromNodeId, s.toNodeId]);
    const points = ends.map((n) => (n && !(n instanceof Error) && n.latitude != null && n.longitude != null ? ([n.longitude, n.latitude] as [number, number]) : null));
    return points[0] && points[1] ? [points[0], points[1]] : [];
  }

  /** Sum of a route's segment lengths; null when one of them cannot be known or estimated. */
  async routeLength(loaders: SegmentLoaders, routeId: string): Promise<number | null> {
    const segments = await loaders.segmentById.loadMany(await loaders.routeSegmentIds.load(routeId));
    const lengths = await Promise.all(segments.map((s) => (s && !(s instanceof Error) ? this.length(loaders, s) : { lengthKm: null })));
    if (lengths.some((l) => l.lengthKm === null)) return null;
    return Math.round(lengths.reduce((sum, l) => sum + l.lengthKm!, 0) * 10) / 10;
  }
}
