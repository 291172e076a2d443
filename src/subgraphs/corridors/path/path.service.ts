import type { DataSource } from "typeorm";
import { userInputError } from "../../../graphql/errors.js";
import { COUNTRY_CODE, toAlpha2 } from "../../../lib/countries.js";
import { SegmentStatus, TransportMode } from "../corridor/corridor.enums.js";
import { segmentLength } from "../segment/segment.service.js";

export interface CorridorPathResult {
  fromNodeId: string;
  toNodeId: string;
  segmentIds: string[];
  lengthKm: number;
  lengthIsEstimate: boolean;
  modes: TransportMode[];
}

interface Edge {
  id: string;
  a: string;
  b: string;
  mode: TransportMode;
  km: number;
  estimate: boolean;
}

const NODE_ID = /^[a-z0-9][a-z0-9-]{0,119}$/;

/**
 * Shortest paths over corridor segments: Dijkstra over one query's worth of edges (the segments
 * that pass the mode and status filters), treating segments as undirected and weighting each by
 * its stated length, or its great-circle estimate.
 */
export class PathService {
  constructor(private readonly ds: DataSource) {}

  async shortest(args: { from: string; to: string; modes?: TransportMode[] | null; statuses?: SegmentStatus[] | null }): Promise<CorridorPathResult | null> {
    const from = this.endpoint(args.from, "from");
    const to = this.endpoint(args.to, "to");
    if (!from || !to) return null;
    const statuses = args.statuses ?? [SegmentStatus.OPERATIONAL];
    const modes = args.modes ?? Object.values(TransportMode);
    const rows: {
      id: string; a: string; b: string; mode: TransportMode; stated: number | null;
      a_lat: number | null; a_lon: number | null; b_lat: number | null; b_lon: number | null; a_cc: string; b_cc: string;
    }[] = await this.ds.query(
      `SELECT s.id, s.from_node_id AS a, s.to_node_id AS b, s.mode, s.stated_length_km AS stated,
              f.latitude AS a_lat, f.longitude AS a_lon, t.latitude AS b_lat, t.longitude AS b_lon, f.country_code AS a_cc, t.country_code AS b_cc
       FROM corridors.corridor_segment s
       JOIN corridors.corridor_node f ON f.id = s.from_node_id
       JOIN corridors.corridor_node t ON t.id = s.to_node_id
       WHERE s.mode::text = ANY($1) AND s.status::text = ANY($2)
       ORDER BY s.id`,
      [modes, statuses],
    );
    const adjacency = new Map<string, Edge[]>();
    const countryOf = new Map<string, string>();
    for (const r of rows) {
      const len = segmentLength({ statedLengthKm: r.stated }, { latitude: r.a_lat, longitude: r.a_lon }, { latitude: r.b_lat, longitude: r.b_lon });
      if (len.lengthKm === null) continue; // no stated length and no coordinates: cannot be weighed
      const edge: Edge = { id: r.id, a: r.a, b: r.b, mode: r.mode, km: len.lengthKm, estimate: len.lengthIsEstimate };
      for (const n of [r.a, r.b]) adjacency.set(n, [...(adjacency.get(n) ?? []), edge]);
      countryOf.set(r.a, r.a_cc);
      countryOf.set(r.b, r.b_cc);
    }
    const nodes = [...adjacency.keys()];
    const sources = from.kind === "node" ? [from.value].filter((n) => adjacency.has(n)) : nodes.filter((n) => countryOf.get(n) === from.value);
    const isTarget = (n: string) => (to.kind === "node" ? n === to.value : countryOf.get(n) === to.value);
    return dijkstra(adjacency, sources, isTarget);
  }

  /** A node id, or a country code in either ISO form (then every node in that country). */
  private endpoint(value: string, argument: string): { kind: "node" | "country"; value: string } | null {
    const v = value.trim();
    if (COUNTRY_CODE.test(v)) {
      const code = toAlpha2(v);
      return code ? { kind: "country", value: code } : null;
    }
    if (NODE_ID.test(v)) return { kind: "node", value: v };
    throw userInputError(argument, `must be a corridor node id such as "ir-astara" or an ISO country code such as "IR"; got ${JSON.stringify(value)}`);
  }
}

function dijkstra(adjacency: Map<string, Edge[]>, sources: string[], isTarget: (n: string) => boolean): CorridorPathResult | null {
  const dist = new Map<string, number>(sources.map((s) => [s, 0]));
  const via = new Map<string, { edge: Edge; prev: string }>();
  const done = new Set<string>();
  const queue = new MinQueue();
  for (const s of sources) queue.push(s, 0);
  while (queue.size) {
    const [node, d] = queue.pop();
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
        queue.push(next, nd);
      }
    }
  }
  return null;
}

/** A binary min-heap of (node, distance); stale entries are skipped by the caller. */
class MinQueue {
  private heap: [string, number][] = [];
  get size() {
    return this.heap.length;
  }
  push(node: string, d: number) {
    const h = this.heap;
    h.push([node, d]);
    for (let i = h.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (h[p][1] <= h[i][1]) break;
      [h[p], h[i]] = [h[i], h[p]];
      i = p;
    }
  }
  pop(): [string, number] {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l][1] < h[m][1]) m = l;
        if (r < h.length && h[r][1] < h[m][1]) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]];
        i = m;
      }
    }
    return top;
  }
}
