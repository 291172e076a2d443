import { describe, expect, it } from "vitest";
import type { Loader } from "../../src/db/loaders.js";
import type { TradeCorridor } from "../../src/subgraphs/corridors/corridor/corridor.entity.js";
import { CorridorService } from "../../src/subgraphs/corridors/corridor/corridor.service.js";
import type { CorridorNode } from "../../src/subgraphs/corridors/node/node.entity.js";
import type { CorridorSegment } from "../../src/subgraphs/corridors/segment/segment.entity.js";
import { SegmentService } from "../../src/subgraphs/corridors/segment/segment.service.js";

/** A loader over a fixed map; unknown keys give `missing`. */
function mapLoader<V>(entries: Record<string, V>, missing: V): Loader<string, V> {
  const get = (k: string) => (k in entries ? entries[k] : missing);
  return { load: async (k) => get(k), loadMany: async (ks) => Array.from(ks, get) };
}

const corridor = (id: string) => ({ id }) as TradeCorridor;

describe("CorridorService", () => {
  const loaders = {
    corridorById: mapLoader<TradeCorridor | null>({ instc: corridor("instc"), middle: corridor("middle"), tract: corridor("tract") }, null),
    corridorIdsByMember: mapLoader<string[]>({ IR: ["instc", "tract"], RU: ["instc", "middle"], AZ: ["instc", "middle", "tract"] }, []),
  };
  let allCalls = 0;
  const service = new CorridorService({ allCorridors: async () => (allCalls++, [corridor("all")]) });

  it("list: every corridor without a country, a member's corridors with one in either ISO form", async () => {
    expect((await service.list(loaders, null)).map((c) => c.id)).toEqual(["all"]);
    expect(allCalls).toBe(1);
    expect((await service.list(loaders, "irn")).map((c) => c.id)).toEqual(["instc", "tract"]);
    expect(await service.list(loaders, "QQ")).toEqual([]);
    await expect(service.list(loaders, "Iran")).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "country" } });
    expect(allCalls).toBe(1);
  });

  it("shared: the corridors both countries of a relation id are members of; none for a malformed id", async () => {
    expect((await service.shared(loaders, "AZ-RU")).map((c) => c.id)).toEqual(["instc", "middle"]);
    expect(await service.shared(loaders, "not-a-relation")).toEqual([]);
  });
});

describe("SegmentService", () => {
  const node = (latitude: number | null, longitude: number | null) => ({ latitude, longitude }) as CorridorNode;
  const segment = (id: string, statedLengthKm: number | null, fromNodeId = "a", toNodeId = "b") => ({ id, statedLengthKm, fromNodeId, toNodeId }) as CorridorSegment;
  const nodes = mapLoader<CorridorNode | null>({ a: node(0, 0), b: node(0, 1), c: node(null, null) }, null);

  it("length: the stated one, else an estimate from the nodes, else unknown", async () => {
    const service = new SegmentService();
    expect(await service.length({ nodeById: nodes }, segment("s", 12.5))).toEqual({ lengthKm: 12.5, lengthIsEstimate: false, basis: "STATED" });
    const est = await service.length({ nodeById: nodes }, segment("s", null));
    expect(est.lengthIsEstimate).toBe(true);
    expect(est.basis).toBe("GREAT_CIRCLE");
    expect(est.lengthKm).toBeCloseTo(111.2, 0);
    expect(await service.length({ nodeById: nodes }, segment("s", null, "a", "c"))).toEqual({ lengthKm: null, lengthIsEstimate: true, basis: null });
  });

  it("routeLength: the sum of its segments to a tenth of a km, null when one cannot be measured", async () => {
    const service = new SegmentService();
    const segments = mapLoader<CorridorSegment | null>({ s1: segment("s1", 10.04), s2: segment("s2", 5.03), s3: segment("s3", null, "a", "c") }, null);
    const route = (ids: Record<string, string[]>) => ({ nodeById: nodes, segmentById: segments, routeSegmentIds: mapLoader(ids, []) });
    expect(await service.routeLength(route({ r: ["s1", "s2"] }), "r")).toBe(15.1);
    expect(await service.routeLength(route({ r: ["s1", "s3"] }), "r")).toBeNull();
    expect(await service.routeLength(route({ r: ["s1", "gone"] }), "r")).toBeNull();
  });
});
