import TinyQueue from "tinyqueue";
import type { TransportMode } from "../corridor/corridor.enums.js";
import { segmentLength } from "../segment/segment.length.js";
import type { SegmentEdgeRow } from "./path.queries.js";

export interface CorridorPathResult {
  fromNodeId: string;
  toNodeId: string;
  segmentIds: string[];
  lengthKm: number;
  lengthIsEstimate: boolean;
  modes: TransportMode[];
}

/** Where a path starts or ends: one node, or any node in a country (alpha-2 code). */
export interface PathEndpoint {
  kind: "node" | "country";
  value: string;
}

interface Edge {
  id: string;
  a: string;
  b: string;
  mode: TransportMode;
  km: number;
  estimate: boolean;
}

/**
 * The shortest path over `rows`, treating segments as undirected and weighting each by the length
 * the API gives it (segmentLength: stated, else sea route, else great circle); a segment with none is left out. Null when no path
 * joins the endpoints. Pure: the segments come from one query (path.queries.ts).
 */
export function shortestPath(rows: SegmentEdgeRow[], from: PathEndpoint, to: PathEndpoint): CorridorPathResult | null {
  const adjacency = new Map<string, Edge[]>();
  const countryOf = new Map<string, string>();
  for (const r of rows) {
    const len = segmentLength({ statedLengthKm: r.stated, routeLengthKm: r.route, mode: r.mode }, { latitude: r.a_lat, longitude: r.a_lon }, { latitude: r.b_lat, longitude: r.b_lon });
    if (len.lengthKm === null) continue; // no stated length and no coordinates: cannot be weighed
    const edge: Edge = { id: r.id, a: r.a, b: r.b, mode: r.mode, km: len.lengthKm, estimate: len.lengthIsEstimate };
    for (const n of [r.a, r.b]) {
      let list = adjacency.get(n);
      if (!list) adjacency.set(n, (list = []));
      list.push(edge);
    }
    countryOf.set(r.a, r.a_cc);
    countryOf.set(r.b, r.b_cc);
  }
  const nodes = [...adjacency.keys()];
  const sources = from.kind === "node" ? [from.value].filter((n) => adjacency.has(n)) : nodes.filter((n) => countryOf.get(n) === from.value);
  const isTarget = (n: string) => (to.kind === "node" ? n === to.value : countryOf.get(n) === to.value);
  return dijkstra(adjacency, sources, isTarget);
}

function dijkstra(adjacency: Map<string, Edge[]>, sources: string[], isTarget: (n: string) => boolean): CorridorPathResult | null {
  const dist = new Map<string, number>(sources.map((s) => [s, 0]));
  const via = new Map<string, { edge: Edge; prev: string }>();
  const done = new Set<string>();
  // A binary heap of [node, distance] (tinyqueue); stale entries are skipped below.
  const queue = new TinyQueue<[string, number]>(sources.map((s) => [s, 0]), (x, y) => x[1] - y[1]);
  while (queue.length) {
    const [node, d] = queue.pop()!;
    if (done.has(node)) continue;
    done.add(node);
    if (isTarget(node)) {
      const edges: Edge[] = [];
      let cur = node;
      while (via.has(cur)) {
        const step = via.get(cur)!;
        edges.unshift(step.edge);
        cur = step.prev;
      }
      return {
        fromNodeId: cur,
        toNodeId: node,
        segmentIds: edges.map((e) => e.id),
        lengthKm: Math.round(d * 10) / 10,
        lengthIsEstimate: edges.some((e) => e.estimate),
        modes: [...new Set(edges.map((e) => e.mode))],
      };
    }
    for (const e of adjacency.get(node) ?? []) {
      const next = e.a === node ? e.b : e.a;
      const nd = d + e.km;
      if (nd < (dist.get(next) ?? Infinity)) {
        dist.set(next, nd);
        via.set(next, { edge: e, prev: node });
        queue.push([next, nd]);
      }
    }
  }
  return null;
}
