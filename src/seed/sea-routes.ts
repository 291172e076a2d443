/**
 * Sea routes of the curated SEA segments, precomputed on a maritime network by `npm run data:sea-routes`
 * (src/seed/sea-routes.generate.ts) and committed as data/sea-routes.json. The seed copies an entry into
 * its segment's route columns when the entry was computed for the segment's current end coordinates.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../lib/package-root.js";
import type { CorridorsDataset } from "./corridors.types.js";

/** A point as GeoJSON writes it: [longitude, latitude]. */
export type LonLat = [number, number];

/** The route of one segment, from its `from` node to its `to` node. */
export interface SeaRoute {
  /** The end coordinates it was computed for: the segment's nodes' [longitude, latitude]. */
  from: LonLat;
  to: LonLat;
  /** Along the geometry, in km (0.1). */
  lengthKm: number;
  /** GeoJSON LineString coordinates, [longitude, latitude] with 4 decimals, from `from` to `to`. */
  geometry: LonLat[];
}

/** A SEA segment the network gives no acceptable route for: its great-circle estimate stays. */
export interface OffNetwork {
  from: LonLat;
  to: LonLat;
  reason: string;
}

export interface SeaRoutesFile {
  about: string;
  network: { package: string; data: string; licence: string; snapLimitKm: number };
  /** By segment id. */
  routes: Record<string, SeaRoute>;
  offNetwork: Record<string, OffNetwork>;
}

export function seaRoutesFile(): string {
  return join(packageRoot(), "data", "sea-routes.json");
}

let cached: SeaRoutesFile | undefined;

export function readSeaRoutes(file: string = seaRoutesFile()): SeaRoutesFile {
  if (file !== seaRoutesFile()) return JSON.parse(readFileSync(file, "utf8")) as SeaRoutesFile;
  return (cached ??= JSON.parse(readFileSync(file, "utf8")) as SeaRoutesFile);
}

/** The SEA segments of a dataset, each with its end nodes' coordinates as [longitude, latitude]. */
export function seaSegments(d: CorridorsDataset): { id: string; from: LonLat; to: LonLat }[] {
  const nodes = new Map(d.corridors.flatMap((c) => c.nodes.map((n) => [n.id, n] as const)));
  const out = new Map<string, { id: string; from: LonLat; to: LonLat }>();
  for (const c of d.corridors) {
    for (const s of c.segments) {
      const a = nodes.get(s.from);
      const b = nodes.get(s.to);
      if (s.mode !== "SEA" || !a || !b) continue;
      out.set(s.id, { id: s.id, from: [a.longitude, a.latitude], to: [b.longitude, b.latitude] });
    }
  }
  return [...out.values()].sort((x, y) => x.id.localeCompare(y.id));
}

const same = (p: LonLat, q: LonLat) => p[0] === q[0] && p[1] === q[1];

/**
 * The route columns of a segment: its entry's length and geometry when the entry was computed for
 * exactly these end coordinates (a node moved since: none, so the great-circle estimate stands).
 */
export function routeColumns(routes: SeaRoutesFile, segmentId: string, mode: string, from: LonLat | null, to: LonLat | null): { routeLengthKm: number | null; routeGeometry: LonLat[] | null } {
  const r = routes.routes[segmentId];
  if (mode !== "SEA" || !r || !from || !to || !same(r.from, from) || !same(r.to, to)) return { routeLengthKm: null, routeGeometry: null };
  return { routeLengthKm: r.lengthKm, routeGeometry: r.geometry };
}
