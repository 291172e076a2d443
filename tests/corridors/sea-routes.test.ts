import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { greatCircleKm } from "../../src/lib/geo.js";
import { corridorsDataset } from "../../src/seed/curated.js";
import { isoCountries } from "../../src/seed/countries.js";
import { buildNetwork, computeSeaRoutes, formatSeaRoutes, seaRoute } from "../../src/seed/sea-routes.generate.js";
import { readSeaRoutes, seaRoutesFile, seaSegments, type LonLat } from "../../src/seed/sea-routes.js";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("corridors", { poolMax: 1 });
});
afterAll(() => t?.close());

const gc = (a: LonLat, b: LonLat) => greatCircleKm(a[1], a[0], b[1], b[0]);
const file = readSeaRoutes();

describe("data/sea-routes.json", () => {
  it("has an entry or an off-network reason for every curated SEA segment, for its nodes' coordinates, and nothing else", () => {
    const segments = seaSegments(corridorsDataset);
    expect(segments.length).toBeGreaterThan(0);
    const listed = [...Object.keys(file.routes), ...Object.keys(file.offNetwork)].sort();
    expect(listed).toEqual(segments.map((s) => s.id).sort());
    for (const s of segments) {
      const entry = file.routes[s.id] ?? file.offNetwork[s.id];
      expect({ id: s.id, from: entry.from, to: entry.to }).toEqual(s);
      if (file.offNetwork[s.id]) expect(file.offNetwork[s.id].reason.length, s.id).toBeGreaterThan(10);
    }
  });

  it("is what `npm run data:sea-routes` writes now (current for the curated data and the network)", () => {
    expect(readFileSync(seaRoutesFile(), "utf8")).toBe(formatSeaRoutes(computeSeaRoutes(corridorsDataset)));
  });

  it("gives routes no shorter than the great circle, running from one port to the other in [longitude, latitude] with 4 decimals", () => {
    expect(Object.keys(file.routes).length).toBeGreaterThan(0);
    for (const [id, r] of Object.entries(file.routes)) {
      expect(r.lengthKm, id).toBeGreaterThanOrEqual(Math.round(gc(r.from, r.to) * 10) / 10);
      expect(r.geometry.length, id).toBeGreaterThan(2);
      const round = (p: LonLat) => p.map((x) => Math.round(x * 1e4) / 1e4);
      expect(r.geometry[0]).toEqual(round(r.from));
      expect(r.geometry.at(-1)).toEqual(round(r.to));
      for (const p of r.geometry) {
        expect(p).toEqual(round(p as LonLat));
        expect(Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90, `${id} ${p}`).toBe(true);
      }
    }
  });

  it("leaves the Caspian legs off the network (its Caspian lines are a coarse piece not joined to the oceans, and not used)", () => {
    for (const id of ["ir-bandar-anzali--ru-astrakhan--sea", "ir-amirabad--ru-astrakhan--sea"]) {
      expect(file.offNetwork[id]?.reason, id).toMatch(/km from the nearest point of the maritime network/);
    }
  });
});

describe("the generator (src/seed/sea-routes.generate.ts)", () => {
  // An L-shaped ocean lane round a cape, a lane across ±180°, and a loose piece that touches neither.
  const net = buildNetwork([
    [[0, 0], [1, 0], [2, 0], [2, 1], [2, 2]],
    [[2, 2], [179.5, 2], [180, 2]],
    [[-180, 2], [-179.5, 2]],
    [[10, 10], [10.5, 10]],
  ]);

  it("joins each port to the nearest vertex of the connected ocean lines and follows them", () => {
    const r = seaRoute(net, [0.1, -0.1], [1.9, 2.1]);
    expect("geometry" in r && r.geometry).toEqual([[0.1, -0.1], [0, 0], [1, 0], [2, 0], [2, 1], [2, 2], [1.9, 2.1]]);
    expect("lengthKm" in r && r.lengthKm).toBeGreaterThan(gc([0.1, -0.1], [1.9, 2.1]));
  });

  it("crosses the antimeridian where the lines meet at ±180°", () => {
    const r = seaRoute(net, [179.5, 2.05], [-179.5, 2.05]);
    expect("lengthKm" in r && r.lengthKm).toBeCloseTo(122.2, 0); // 5.6 + 55.6 + 55.6 + 5.6, not round the world
  });

  it("refuses a port farther than 100 km from the ocean lines, naming the distance, and ignores loose pieces", () => {
    const r = seaRoute(net, [10.2, 10], [2, 2]);
    expect(r).toMatchObject({ reason: expect.stringMatching(/^from is \d+ km from the nearest point of the maritime network/) });
  });
});

describe("CorridorSegment.lengthBasis and geometry", () => {
  const FIELDS = "id mode lengthKm lengthIsEstimate lengthBasis geometry from { latitude longitude } to { latitude longitude }";

  it("measures a sea leg with a route along it, flagged as an estimate, with the route's shape", async () => {
    const [id, route] = Object.entries(file.routes)[0];
    const { _entities } = await t.data(`query($r: [_Any!]!) { _entities(representations: $r) { ... on CorridorSegment { ${FIELDS} } } }`, {
      r: [{ __typename: "CorridorSegment", id }],
    });
    const corridorSegment = _entities[0];
    expect(corridorSegment).toMatchObject({ id, mode: "SEA", lengthKm: route.lengthKm, lengthIsEstimate: true, lengthBasis: "SEA_ROUTE" });
    expect(corridorSegment.geometry.length).toBeGreaterThan(2);
    expect(corridorSegment.geometry).toEqual(route.geometry);
    const [row] = await t.app.dataSource.query(`SELECT route_length_km, jsonb_array_length(route_geometry) AS points FROM corridors.corridor_segment WHERE id = $1`, [id]);
    expect(row).toEqual({ route_length_km: route.lengthKm, points: route.geometry.length });
  });

  it("gives other segments their two ends, a stated length as STATED and the rest as GREAT_CIRCLE", async () => {
    const { corridors } = await t.data(`{ corridors { segments { ${FIELDS} } } }`);
    // Every corridor's segments, each once (a segment a route borrows is listed by both corridors).
    const segments = [...new Map(corridors.flatMap((c: any) => c.segments).map((s: any) => [s.id, s])).values()] as any[];
    const corridor = { segments };
    const rail = corridor.segments.find((s: any) => s.id === "ir-rasht--ir-astara--rail");
    expect(rail).toMatchObject({ lengthBasis: "STATED", lengthIsEstimate: false, lengthKm: 162 });
    for (const s of corridor.segments) {
      expect(s.lengthIsEstimate, s.id).toBe(s.lengthBasis !== "STATED");
      if (file.routes[s.id]) continue;
      expect(s.geometry, s.id).toEqual([[s.from.longitude, s.from.latitude], [s.to.longitude, s.to.latitude]]);
      if (s.lengthBasis === "GREAT_CIRCLE") {
        expect(s.lengthKm, s.id).toBeCloseTo(greatCircleKm(s.from.latitude, s.from.longitude, s.to.latitude, s.to.longitude), 0);
      }
    }
    // Off-network sea legs keep their great-circle estimate, flagged.
    for (const id of Object.keys(file.offNetwork)) {
      expect(corridor.segments.find((s: any) => s.id === id), id).toMatchObject({ lengthBasis: "GREAT_CIRCLE", lengthIsEstimate: true });
    }
    expect(corridor.segments.filter((s: any) => s.mode === "RAIL").every((s: any) => s.geometry.length === 2)).toBe(true);
  });

  it("weighs corridorPath by the sea route: a path over a routed leg is as long as its segments", async () => {
    const [id, route] = Object.entries(file.routes)[0];
    const [from, to] = id.split("--");
    const { corridorPath } = await t.data(`{ corridorPath(from: "${from}", to: "${to}", modes: [SEA]) { lengthKm lengthIsEstimate segments { id } } }`);
    expect(corridorPath).toEqual({ lengthKm: route.lengthKm, lengthIsEstimate: true, segments: [{ id }] });
  });

  it("costs no more statements with lengthBasis and geometry, and as many for 100 countries' segments as for 5", async () => {
    const page = (fields: string) => `{ corridor(id: "instc") { segments { ${fields} } } }`;
    expect(await t.countStatements(page("id lengthKm lengthIsEstimate lengthBasis geometry"))).toBe(await t.countStatements(page("id lengthKm lengthIsEstimate")));
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { corridors { id segments { id lengthKm lengthBasis geometry } } } } }`;
    const reps = (n: number) => [...isoCountries().slice(0, n - 1).map((c) => ({ __typename: "Country", code: c.code })), { __typename: "Country", code: "IR" }];
    expect(await t.countStatements(q, { r: reps(100) })).toBe(await t.countStatements(q, { r: reps(5) }));
  });
});
