import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../src/auth/api-key.entity.js";
import { seedCorridors, validateCorridorsDataset } from "../../src/seed/corridors.seed.js";
import type { CorridorsDataset } from "../../src/seed/corridors.types.js";
import { isoCountries } from "../../src/seed/countries.js";
import { exportCorridors } from "../../src/seed/transfer.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { tableChecksums } from "../support/checksums.js";

/**
 * Two small corridors that share places and a segment, imported through importCorridorsDataset (so the
 * tests do not depend on the curated data still being researched):
 *
 *   fx-a2 ──s3 road 50── fx-a1 ──s1 rail 100── fx-hub ──s2 rail 100── fx-b1
 *     └────────────────s5 road 300──────────────┘
 *
 * fx-alpha defines s1 and s3; fx-beta defines s2 and s5, and its route uses s1. fx-hub and fx-a2 are on both.
 */
const S1 = "fx-a1--fx-hub--rail";
const S2 = "fx-hub--fx-b1--rail";
const S3 = "fx-a1--fx-a2--road";
const S5 = "fx-a2--fx-hub--road";

const node = (id: string, country: string, latitude: number, longitude: number, sources = ["fx-source"]) => ({
  id, name: id, kind: "RAIL_HUB" as const, country, latitude, longitude, coordinatesSource: "fx-source", sources,
});
const segment = (id: string, mode: "RAIL" | "ROAD", lengthKm: number) => {
  const [from, to] = id.split("--");
  return { id, from, to, mode, status: "OPERATIONAL" as const, lengthKm, sources: ["fx-source"], claims: [] };
};
const member = (country: string) => ({ country, role: "MEMBER" as const, sources: ["fx-source"], claims: [] });

function fixture(): CorridorsDataset {
  return {
    corridors: [
      {
        id: "fx-alpha", name: "Alpha test corridor", sources: ["fx-source"], claims: [], members: [member("TR"), member("GE")],
        nodes: [node("fx-a1", "TR", 41.0, 29.0), node("fx-a2", "TR", 40.0, 32.8), node("fx-hub", "GE", 41.7, 44.8)],
        segments: [segment(S1, "RAIL", 100), segment(S3, "ROAD", 50)],
        routes: [{ id: "fx-alpha-main", name: "Alpha main line", segments: [S3, S1] }],
      },
      {
        id: "fx-beta", name: "Beta test corridor", sources: ["fx-source-2"], claims: [], members: [member("GE"), member("AZ")],
        // The shared nodes again, alike but for their sources (merged when stored).
        nodes: [node("fx-hub", "GE", 41.7, 44.8, ["fx-source-2"]), node("fx-a2", "TR", 40.0, 32.8), node("fx-b1", "AZ", 40.4, 49.9)],
        segments: [segment(S2, "RAIL", 100), segment(S5, "ROAD", 300)],
        // s1 is fx-alpha's: this route borrows it.
        routes: [{ id: "fx-beta-main", name: "Beta main line", segments: [S1, S2] }],
      },
    ],
  };
}

const SOURCES = ["fx-source", "fx-source-2"].map((id) => ({ id, title: `Fixture ${id}`, publisher: "Tests" }));
const file = (corridors: CorridorsDataset) => ({
  format: "relations-graph/dataset@1",
  relations: { sources: SOURCES, topics: [], people: [], agreements: [], statements: [] },
  corridors,
});
const validate = (d: CorridorsDataset, stored: string[] = []) =>
  validateCorridorsDataset(d, new Set(SOURCES.map((s) => s.id)), new Set(), new Set(isoCountries().map((c) => c.code)), new Set(stored));

let t: TestApp;
let admin: string;
beforeAll(async () => {
  // No response cache: the statement counts run operations earlier tests ran.
  t = await startTestApp("corridors", { poolMax: 1, cache: { RESPONSE_CACHE: "off" } });
  admin = `Bearer ${(await t.auth.create("test shared corridors admin", Role.ADMIN)).key}`;
});
afterAll(() => t?.close());

const IMPORT = `mutation($d: JSON!) { importCorridorsDataset(dataset: $d) { records } }`;

const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe("validation of shared nodes and segments", () => {
  it("accepts the fixture: a shared node, a route using another corridor's segment", () => {
    expect(validate(fixture())).toEqual([]);
  });

  it("names a shared node whose records differ, and the field", () => {
    const d = fixture();
    d.corridors[1].nodes[0].latitude = 41.9;
    d.corridors[1].nodes[0].name = "Hub";
    expect(validate(d)).toEqual([
      'node fx-hub.name: corridor fx-alpha gives "fx-hub", corridor fx-beta "Hub"',
      "node fx-hub.latitude: corridor fx-alpha gives 41.7, corridor fx-beta 41.9",
    ]);
  });

  it("names a route's unknown segment, unless it is already stored", () => {
    const d = fixture();
    d.corridors[1].routes[0].segments.push("fx-nowhere--fx-b1--rail");
    expect(validate(d)).toEqual(['route fx-beta-main: unknown segment "fx-nowhere--fx-b1--rail"']);
    expect(validate(d, ["fx-nowhere--fx-b1--rail"])).toEqual([]);
  });

  it("refuses a segment two corridors define, and a segment whose node its own corridor does not list", () => {
    const d = fixture();
    d.corridors[1].segments.push(segment(S1, "RAIL", 100));
    expect(validate(d)).toContain(`segment ${S1}: unknown node "fx-a1" (corridor fx-beta does not list it)`);
    expect(validate(d)).toContain(`segment ${S1}: defined by both corridor fx-alpha and corridor fx-beta (a route of one may use the other's)`);
  });

  it("refuses such a file through importCorridorsDataset, naming the problem", async () => {
    const d = fixture();
    d.corridors[1].nodes[0].longitude = 45;
    const res = await t.run(IMPORT, { d: file(d) }, admin);
    expect(res.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0].message).toMatch(/node fx-hub\.longitude: corridor fx-alpha gives 44\.8, corridor fx-beta 45/);
  });
});

describe("two corridors sharing a node and a segment", () => {
  beforeAll(async () => {
    const res = await t.run(IMPORT, { d: file(fixture()) }, admin);
    expect(res.errors).toBeUndefined();
  });

  it("stores a shared node once, with the union of its sources", async () => {
    const { corridorNode } = await t.data(`{ corridorNode(id: "fx-hub") { id latitude sources { id } } }`);
    expect(corridorNode).toEqual({ id: "fx-hub", latitude: 41.7, sources: [{ id: "fx-source" }, { id: "fx-source-2" }] });
    const [{ n }] = await t.app.dataSource.query(`SELECT count(*)::int AS n FROM corridors.corridor_node WHERE id = 'fx-hub'`);
    expect(n).toBe(1);
  });

  it("gives each segment its corridors: the owner first, then those whose routes use it", async () => {
    const { corridor } = await t.data(`{ corridor(id: "fx-beta") { segments { id corridors { id } } } }`);
    expect(corridor.segments).toEqual([
      { id: S1, corridors: [{ id: "fx-alpha" }, { id: "fx-beta" }] },
      { id: S5, corridors: [{ id: "fx-beta" }] },
      { id: S2, corridors: [{ id: "fx-beta" }] },
    ]);
    const { _entities } = await t.data(`query($r: [_Any!]!) { _entities(representations: $r) { ... on CorridorSegment { id corridors { id name } } } }`, {
      r: [S3, S1].map((id) => ({ __typename: "CorridorSegment", id })),
    });
    expect(_entities).toEqual([
      { id: S3, corridors: [{ id: "fx-alpha", name: "Alpha test corridor" }] },
      { id: S1, corridors: [{ id: "fx-alpha", name: "Alpha test corridor" }, { id: "fx-beta", name: "Beta test corridor" }] },
    ]);
  });

  it("lists a corridor's borrowed segments and their nodes in TradeCorridor.segments and nodes", async () => {
    const { alpha, beta } = await t.data(`{
      alpha: corridor(id: "fx-alpha") { segments { id } nodes { id } routes { id segments { id } } }
      beta: corridor(id: "fx-beta") { segments { id } nodes { id } ge: nodes(country: "GEO") { id } routes { id lengthKm segments { id } } } }`);
    expect(ids(alpha.segments)).toEqual([S3, S1]);
    expect(ids(alpha.nodes)).toEqual(["fx-a1", "fx-a2", "fx-hub"]);
    expect(ids(beta.segments)).toEqual([S1, S5, S2]);
    expect(ids(beta.nodes)).toEqual(["fx-a1", "fx-a2", "fx-b1", "fx-hub"]);
    expect(ids(beta.ge)).toEqual(["fx-hub"]);
    expect(beta.routes).toEqual([{ id: "fx-beta-main", lengthKm: 200, segments: [{ id: S1 }, { id: S2 }] }]);
  });

  it("reads every corridor's segments and their corridors in a constant number of statements", async () => {
    const q = (id: string) => `{ corridor(id: "${id}") { segments { id corridors { id name } } nodes { id sources { id } } } }`;
    const fixtureCount = await t.countStatements(q("fx-beta"));
    expect(await t.countStatements(q("instc"))).toBe(fixtureCount);
    // The corridor, its segments (with them), their corridors (with them), its node ids, the nodes, their sources.
    expect(fixtureCount).toBeLessThanOrEqual(6);
  });

  const PATH = `query($from: String!, $to: String!, $corridors: [ID!]) {
    corridorPath(from: $from, to: $to, corridors: $corridors) {
      lengthKm from { id } to { id } segments { id corridors { id } } corridors { id name } } }`;

  it("finds a path that crosses from one corridor to the other, naming each segment's corridors and the path's", async () => {
    const { corridorPath } = await t.data(PATH, { from: "fx-a2", to: "fx-b1" });
    expect(corridorPath).toEqual({
      lengthKm: 250,
      from: { id: "fx-a2" },
      to: { id: "fx-b1" },
      segments: [
        { id: S3, corridors: [{ id: "fx-alpha" }] },
        { id: S1, corridors: [{ id: "fx-alpha" }, { id: "fx-beta" }] },
        { id: S2, corridors: [{ id: "fx-beta" }] },
      ],
      corridors: [{ id: "fx-alpha", name: "Alpha test corridor" }, { id: "fx-beta", name: "Beta test corridor" }],
    });
    expect((await t.data(PATH, { from: "fx-a2", to: "fx-b1", corridors: ["fx-alpha", "fx-beta"] })).corridorPath).toEqual(corridorPath);
  });

  it("keeps to the corridors asked for: a longer path through one, none through the other", async () => {
    const beta = (await t.data(PATH, { from: "fx-a2", to: "fx-b1", corridors: ["fx-beta"] })).corridorPath;
    expect(beta).toMatchObject({ lengthKm: 400, segments: [{ id: S5 }, { id: S2 }], corridors: [{ id: "fx-beta" }] });
    expect((await t.data(PATH, { from: "fx-a2", to: "fx-b1", corridors: ["fx-alpha"] })).corridorPath).toBeNull();
    // The borrowed segment counts for the corridor whose route uses it.
    expect((await t.data(PATH, { from: "fx-a1", to: "fx-b1", corridors: ["fx-beta"] })).corridorPath).toMatchObject({ lengthKm: 200, segments: [{ id: S1 }, { id: S2 }] });
    expect((await t.data(PATH, { from: "fx-a2", to: "fx-b1", corridors: [] })).corridorPath).toBeNull();
  });

  it("refuses an unknown corridor id with BAD_USER_INPUT naming it", async () => {
    const res = await t.run(PATH, { from: "fx-a2", to: "fx-b1", corridors: ["fx-alpha", "fx-nowhere"] });
    expect(res.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "corridors" });
    expect(res.errors?.[0].message).toMatch(/"fx-nowhere"/);
    expect(res.errors?.[0].message).not.toMatch(/"fx-alpha"/);
  });

  it("costs the same number of statements for any path, filtered or not", async () => {
    const short = await t.countStatements(PATH, { from: "fx-a1", to: "fx-hub" });
    expect(await t.countStatements(PATH, { from: "fx-a2", to: "fx-b1" })).toBe(short);
    expect(await t.countStatements(PATH, { from: "in-nhava-sheva", to: "ru-moscow" })).toBe(short);
    // Filtered: at most one more, the check of the corridor ids (it also loads corridors the path may name).
    const filtered = await t.countStatements(PATH, { from: "fx-a2", to: "fx-b1", corridors: ["fx-beta"] });
    expect(filtered).toBeGreaterThanOrEqual(short);
    expect(filtered).toBeLessThanOrEqual(short + 1);
    // The curated corridors that borrow the INSTC's segments are named on this path but are not among the ids checked.
    expect(await t.countStatements(PATH, { from: "in-nhava-sheva", to: "ru-moscow", corridors: ["instc", "fx-alpha", "fx-beta"] })).toBeLessThanOrEqual(short + 1);
    expect(short).toBeLessThanOrEqual(5);
  });

  it("accepts on a later import a route using a segment already stored; the owner stays first", async () => {
    // "fx-a-gamma" sorts before "fx-beta", which defines the segment its route uses.
    const gamma: CorridorsDataset = {
      corridors: [{ id: "fx-a-gamma", name: "Gamma test corridor", sources: ["fx-source"], claims: [], members: [member("AZ")], nodes: [], segments: [],
        routes: [{ id: "fx-a-gamma-main", name: "Gamma line", segments: [S2] }] }],
    };
    const res = await t.run(IMPORT, { d: file(gamma) }, admin);
    expect(res.errors).toBeUndefined();
    const { segment, gammaCorridor } = await t.data(`{
      segment: _entities(representations: [{ __typename: "CorridorSegment", id: "${S2}" }]) { ... on CorridorSegment { corridors { id } } }
      gammaCorridor: corridor(id: "fx-a-gamma") { segments { id } nodes { id } } }`);
    expect(segment[0].corridors).toEqual([{ id: "fx-beta" }, { id: "fx-a-gamma" }]);
    expect(gammaCorridor).toEqual({ segments: [{ id: S2 }], nodes: [{ id: "fx-b1" }, { id: "fx-hub" }] });
    const path = (await t.data(PATH, { from: "fx-a2", to: "fx-b1" })).corridorPath;
    expect(path.segments.map((x: { corridors: { id: string }[] }) => x.corridors.map((c) => c.id))).toEqual([["fx-alpha"], ["fx-alpha", "fx-beta"], ["fx-beta", "fx-a-gamma"]]);
    expect(ids(path.corridors)).toEqual(["fx-alpha", "fx-beta", "fx-a-gamma"]);
    expect((await t.data(PATH, { from: "fx-hub", to: "fx-b1", corridors: ["fx-a-gamma"] })).corridorPath).toMatchObject({ lengthKm: 100, corridors: [{ id: "fx-beta" }, { id: "fx-a-gamma" }] });
    expect((await t.data(PATH, { from: "fx-a2", to: "fx-b1", corridors: ["fx-a-gamma"] })).corridorPath).toBeNull();
  });

  it("exports the shared node in each corridor and the borrowed segment in the route; the export validates and re-imports unchanged", async () => {
    const exported = await exportCorridors(t.app.dataSource);
    const fx = exported.corridors.filter((c) => c.id.startsWith("fx-"));
    expect(fx.map((c) => c.id)).toEqual(["fx-a-gamma", "fx-alpha", "fx-beta"]);
    const hub = fx.slice(1).map((c) => c.nodes.find((n) => n.id === "fx-hub"));
    expect(hub[0]).toEqual(hub[1]);
    // Its coordinates' source is written as coordinatesSource, not among its sources.
    expect(hub[0]?.sources).toEqual(["fx-source-2"]);
    expect(fx[2].routes).toEqual([{ id: "fx-beta-main", name: "Beta main line", segments: [S1, S2] }]);
    expect(fx[0].routes).toEqual([{ id: "fx-a-gamma-main", name: "Gamma line", segments: [S2] }]);
    expect(validate({ corridors: fx })).toEqual([]);
    const before = await tableChecksums(t.app.dataSource, "corridors");
    await seedCorridors(t.app.dataSource, exported, { checked: true });
    expect(await tableChecksums(t.app.dataSource, "corridors")).toEqual(before);
  });
});
