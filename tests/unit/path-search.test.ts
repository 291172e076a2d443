import { describe, expect, it } from "vitest";
import { SegmentStatus, TransportMode } from "../../src/subgraphs/corridors/corridor/corridor.enums.js";
import type { SegmentEdgeRow } from "../../src/subgraphs/corridors/path/path.queries.js";
import { shortestPath } from "../../src/subgraphs/corridors/path/path.search.js";
import { PathService } from "../../src/subgraphs/corridors/path/path.service.js";

const { RAIL, ROAD, SEA } = TransportMode;

function seg(id: string, a: string, b: string, stated: number | null, over: Partial<SegmentEdgeRow> = {}): SegmentEdgeRow {
  return { id, a, b, mode: RAIL, stated, route: null, a_lat: null, a_lon: null, b_lat: null, b_lon: null, a_cc: a.slice(0, 2).toUpperCase(), b_cc: b.slice(0, 2).toUpperCase(), ...over };
}

const node = (value: string) => ({ kind: "node" as const, value });
const country = (value: string) => ({ kind: "country" as const, value });

describe("shortestPath", () => {
  // ir-a --10-- ir-b --10-- ru-c, and a direct ir-a --25-- ru-c by sea.
  const rows = [seg("s1", "ir-a", "ir-b", 10), seg("s2", "ir-b", "ru-c", 10, { mode: ROAD }), seg("s3", "ir-a", "ru-c", 25, { mode: SEA })];

  it("takes the shorter way over two segments, reporting modes in order of first use", () => {
    expect(shortestPath(rows, node("ir-a"), node("ru-c"))).toEqual({
      fromNodeId: "ir-a", toNodeId: "ru-c", segmentIds: ["s1", "s2"], lengthKm: 20, lengthIsEstimate: false, modes: [RAIL, ROAD],
    });
  });

  it("treats segments as undirected", () => {
    expect(shortestPath(rows, node("ru-c"), node("ir-a"))?.segmentIds).toEqual(["s2", "s1"]);
  });

  it("from a country, starts at whichever of its nodes gives the shortest path", () => {
    expect(shortestPath(rows, country("IR"), node("ru-c"))).toMatchObject({ fromNodeId: "ir-b", segmentIds: ["s2"], lengthKm: 10 });
    expect(shortestPath(rows, node("ir-a"), country("RU"))).toMatchObject({ toNodeId: "ru-c", lengthKm: 20 });
  });

  it("a node already in the target country is a path of no segments", () => {
    expect(shortestPath(rows, node("ir-a"), country("IR"))).toEqual({ fromNodeId: "ir-a", toNodeId: "ir-a", segmentIds: [], lengthKm: 0, lengthIsEstimate: false, modes: [] });
  });

  it("is null when nothing joins the endpoints, or an endpoint is on no usable segment", () => {
    const apart = [seg("s1", "ir-a", "ir-b", 10), seg("s2", "ru-c", "ru-d", 10)];
    expect(shortestPath(apart, node("ir-a"), node("ru-d"))).toBeNull();
    expect(shortestPath(rows, node("fi-x"), node("ru-c"))).toBeNull();
    expect(shortestPath([], country("IR"), country("RU"))).toBeNull();
  });

  it("weighs a segment without a stated length by the great-circle distance of its nodes, as an estimate", () => {
    // One degree of latitude is about 111.2 km.
    const estimated = [seg("s1", "ir-a", "ir-b", null, { a_lat: 30, a_lon: 50, b_lat: 31, b_lon: 50 })];
    const path = shortestPath(estimated, node("ir-a"), node("ir-b"))!;
    expect(path.lengthIsEstimate).toBe(true);
    expect(path.lengthKm).toBeGreaterThan(110);
    expect(path.lengthKm).toBeLessThan(112.5);
  });

  it("weighs a SEA segment with a maritime route by the route's length (an estimate), not the great circle", () => {
    // ir-a and ru-c 111.2 km apart by great circle; by sea 400 km around a cape, by rail 300 km.
    const ends = { a_lat: 30, a_lon: 50, b_lat: 31, b_lon: 50 };
    const rows = [seg("sea", "ir-a", "ru-c", null, { ...ends, mode: SEA, route: 400 }), seg("rail", "ir-a", "ru-c", 300)];
    expect(shortestPath(rows, node("ir-a"), node("ru-c"))).toMatchObject({ segmentIds: ["rail"], lengthKm: 300, lengthIsEstimate: false });
    const path = shortestPath([rows[0]], node("ir-a"), node("ru-c"))!;
    expect(path).toMatchObject({ segmentIds: ["sea"], lengthKm: 400, lengthIsEstimate: true });
    // A route left on a segment that is no longer SEA does not count: the great circle does.
    expect(shortestPath([{ ...rows[0], mode: ROAD }], node("ir-a"), node("ru-c"))?.lengthKm).toBe(111.2);
  });

  it("leaves out a segment that can be neither measured nor estimated", () => {
    const unknown = [seg("s1", "ir-a", "ru-c", null), seg("s2", "ir-a", "ir-b", 5), seg("s3", "ir-b", "ru-c", 500)];
    expect(shortestPath(unknown, node("ir-a"), node("ru-c"))?.segmentIds).toEqual(["s2", "s3"]);
  });

  it("rounds the total to a tenth of a km", () => {
    expect(shortestPath([seg("s1", "ir-a", "ir-b", 1.04), seg("s2", "ir-b", "ru-c", 2.03)], node("ir-a"), node("ru-c"))?.lengthKm).toBe(3.1);
  });

  it("finds the shortest path on a larger graph, not the one with fewest segments", () => {
    // A chain of 30 one-km segments beats a single 31-km shortcut.
    const chain = Array.from({ length: 30 }, (_, i) => seg(`c${String(i).padStart(2, "0")}`, `ir-${i}`, `ir-${i + 1}`, 1));
    const path = shortestPath([...chain, seg("short", "ir-0", "ir-30", 31)], node("ir-0"), node("ir-30"))!;
    expect(path.segmentIds).toHaveLength(30);
    expect(path.lengthKm).toBe(30);
  });
});

describe("PathService", () => {
  function service(rows: SegmentEdgeRow[]) {
    const calls: { modes: TransportMode[]; statuses: SegmentStatus[] }[] = [];
    const paths = new PathService({ segmentEdges: async (modes, statuses) => (calls.push({ modes, statuses }), rows) });
    return { paths, calls };
  }

  it("reads country codes in either ISO form, and defaults to operational segments of every mode", async () => {
    const { paths, calls } = service([seg("s1", "ir-a", "ru-c", 7)]);
    expect(await paths.shortest({ from: "irn", to: "RU" })).toMatchObject({ segmentIds: ["s1"], lengthKm: 7 });
    expect(calls).toEqual([{ modes: Object.values(TransportMode), statuses: [SegmentStatus.OPERATIONAL] }]);
  });

  it("answers null for an unknown country without querying", async () => {
    const { paths, calls } = service([]);
    expect(await paths.shortest({ from: "QQ", to: "RU" })).toBeNull();
    expect(calls).toHaveLength(0);
  });

  it("refuses an endpoint that is neither a node id nor a country code, naming the argument", async () => {
    const { paths } = service([]);
    await expect(paths.shortest({ from: "ir-a", to: "Not A Node" })).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "to" } });
  });
});
