import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { encodeGlobalId } from "../../src/graphql/node.js";
import { railLink, readPorts, wpiFile } from "../../src/seed/ports.js";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("corridors", { poolMax: 1 });
});
afterAll(() => t?.close());

async function errorCode(query: string, variables?: Record<string, unknown>): Promise<string> {
  const res = await t.run(query, variables);
  expect(res.errors?.length).toBeGreaterThan(0);
  return res.errors![0].extensions?.code;
}

const FIELDS = `id unlocode name alternateNames region waterBody harborSize harborType harborUse container roRo solidBulk liquidBulk oilTerminal lngTerminal
  railLink maxVesselLengthM channelDepthM latitude longitude country { code }`;

describe("ports of the World Port Index", () => {
  it("loads one row per port of the vendored CSV (less two repeated numbers), every one with an ISO country", async () => {
    const records: unknown[] = parse(readFileSync(wpiFile()), { columns: true, skip_empty_lines: true });
    expect(records.length).toBe(3814);
    const { aliased, duplicates, rows } = readPorts();
    expect(rows).toBe(records.length);
    // Two WPI numbers appear twice, with differing values: the first row of each is kept.
    expect(duplicates).toEqual([{ id: "49460", line: 1311 }, { id: "400", line: 3701 }]);
    const [row] = await t.app.dataSource.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE country_code !~ '^[A-Z]{2}$')::int AS bad FROM corridors.port`);
    expect(row).toEqual({ n: records.length - 2, bad: 0 });
    // The country names world-countries spells otherwise, mapped by an explicit table (src/seed/ports.ts).
    expect(Object.fromEntries(aliased)).toEqual({
      Turkey: 54, "Cabo Verde": 2, "U.S. Virgin Islands": 6, "South Georgia and South Sandwich Islands": 3,
      Svalbard: 3, "Midway Islands": 1, "Johnson Atoll": 1, "Wake Island": 1,
    });
  });

  it("finds Bandar Abbas by UN/LOCODE in any spelling and by WPI number, without float noise", async () => {
    const expected = {
      id: "48520", unlocode: "IRBND", name: "Bandar Abbas", alternateNames: ["Bandar-e Shahid Bahonar"], region: "Iran -- 48410",
      waterBody: "Strait of Hormuz; Indian Ocean", harborSize: "Medium", harborType: "Coastal (Breakwater)", harborUse: "Cargo",
      container: true, roRo: true, solidBulk: true, liquidBulk: true, oilTerminal: true, lngTerminal: false,
      railLink: null, maxVesselLengthM: 366, channelDepthM: 13.5, latitude: 27.15, longitude: 56.2, country: { code: "IR" },
    };
    for (const unlocode of ["IR BND", "irbnd", " Ir Bnd "]) {
      expect((await t.data(`query($u: String) { port(unlocode: $u) { ${FIELDS} } }`, { u: unlocode })).port).toEqual(expected);
    }
    expect((await t.data(`{ port(id: "48520") { ${FIELDS} } }`)).port).toEqual(expected);
    expect((await t.data(`{ a: port(id: "1") { id } b: port(unlocode: "ZZZZZ") { id } }`))).toEqual({ a: null, b: null });
  });

  it("gives null, never false, for Unknown facilities and rail", async () => {
    // Kharg Island Oil Terminal: every facility and both rail columns are Unknown in the index.
    const { port } = await t.data(`{ port(id: "48465") { name container roRo solidBulk liquidBulk oilTerminal lngTerminal railLink } }`);
    expect(port).toEqual({ name: "Kharg Island Oil Terminal", container: null, roRo: null, solidBulk: null, liquidBulk: null, oilTerminal: null, lngTerminal: null, railLink: null });
    // Abu Qir: a bare "EG" for its UN/LOCODE, blank harbour size and type, no depth (0).
    expect((await t.data(`{ port(id: "45164") { unlocode harborSize harborType harborUse channelDepthM maxVesselLengthM } }`)).port)
      .toEqual({ unlocode: null, harborSize: null, harborType: null, harborUse: null, channelDepthM: null, maxVesselLengthM: null });
    const [counts] = await t.app.dataSource.query(`SELECT count(*) FILTER (WHERE container IS NULL)::int AS unknown, count(*) FILTER (WHERE container = false)::int AS no FROM corridors.port`);
    // The CSV has 3,416 Unknown and 156 No; both repeated rows left out say Unknown.
    expect(counts).toEqual({ unknown: 3414, no: 156 });
    expect([railLink("Small", "Unknown"), railLink("Unknown", "Yes"), railLink("None", "Yes"), railLink("None", "No"), railLink("Unknown", "No"), railLink("Unknown", "Unknown")])
      .toEqual([true, true, true, false, false, null]);
  });

  it("lists a country's ports by name then id, paging forwards and backwards, alpha-2 or alpha-3", async () => {
    const page = `query($c: String, $first: Int, $after: String, $last: Int, $before: String) {
      ports(country: $c, first: $first, after: $after, last: $last, before: $before) {
        totalCount nodes { id name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    const all = (await t.data(page, { c: "IRN", first: 100 })).ports;
    expect(all.totalCount).toBe(18);
    expect(all.nodes).toHaveLength(18);
    const names = all.nodes.map((n: { name: string }) => n.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(names).toContain("Bandar Abbas");
    // Forwards in pages of 5.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: any = (await t.data(page, { c: "ir", first: 5, after })).ports;
      seen.push(...p.nodes.map((n: { id: string }) => n.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((n: { id: string }) => n.id));
    // Backwards in pages of 5, from the end.
    const back: string[] = [];
    let before: string | null = null;
    for (;;) {
      const p: any = (await t.data(page, { c: "IR", last: 5, before })).ports;
      back.unshift(...p.nodes.map((n: { id: string }) => n.id));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(back).toEqual(seen);
    expect((await t.data(page, { c: "QQ", first: 5 })).ports).toMatchObject({ totalCount: 0, nodes: [] });
    expect((await t.data(`{ ports(first: 1) { totalCount } }`)).ports.totalCount).toBe(3812);
  });

  it("answers BAD_USER_INPUT for no or two arguments, a malformed UN/LOCODE or country, or a page too large", async () => {
    expect(await errorCode(`{ port { id } }`)).toBe("BAD_USER_INPUT");
    expect(await errorCode(`{ port(id: "48520", unlocode: "IRBND") { id } }`)).toBe("BAD_USER_INPUT");
    expect(await errorCode(`{ port(unlocode: "IR-BND!") { id } }`)).toBe("BAD_USER_INPUT");
    expect(await errorCode(`{ port(unlocode: "IRBNDX") { id } }`)).toBe("BAD_USER_INPUT");
    expect(await errorCode(`{ ports(country: "Iran") { totalCount } }`)).toBe("BAD_USER_INPUT");
    expect(await errorCode(`{ ports(first: 101) { totalCount } }`)).toBe("BAD_USER_INPUT");
    expect(await errorCode(`{ ports(first: 5, last: 5) { totalCount } }`)).toBe("BAD_USER_INPUT");
  });

  it("links INSTC seaport nodes to their port record; Caspian ports have none", async () => {
    const { corridor } = await t.data(`{ corridor(id: "instc") { nodes { id kind port { id unlocode name } } } }`);
    const ports = Object.fromEntries(corridor.nodes.filter((n: { kind: string }) => n.kind === "PORT").map((n: { id: string; port: unknown }) => [n.id, n.port]));
    expect(ports).toEqual({
      "in-nhava-sheva": { id: "48845", unlocode: "INNSA", name: "Jawaharlal Nehru Port (Nhava Shiva)" },
      "ir-bandar-abbas": { id: "48520", unlocode: "IRBND", name: "Bandar Abbas" },
      "ir-chabahar": { id: "48550", unlocode: "IRZBR", name: "Chah Bahar" },
      "ir-bandar-anzali": null,
      "ir-amirabad": null,
      "ru-astrakhan": null,
    });
    expect(corridor.nodes.filter((n: { kind: string; port: unknown }) => n.kind !== "PORT" && n.port !== null)).toEqual([]);
  });

  it("costs the same number of statements for 5 ports as for 100, and for the nodes' ports", async () => {
    const q = (n: number) => `{ ports(first: ${n}) { totalCount nodes { id name country { code } } } }`;
    const five = await t.countStatements(q(5));
    expect(await t.countStatements(q(100))).toBe(five);
    expect(five).toBeLessThanOrEqual(3);
    const back = (n: number) => `{ ports(country: "US", last: ${n}) { nodes { id } } }`;
    expect(await t.countStatements(back(100))).toBe(await t.countStatements(back(5)));
    // Every node's port in one batch.
    expect(await t.countStatements(`{ corridor(id: "instc") { nodes { id port { id name } } } }`)).toBeLessThanOrEqual(4);
  });

  it("resolves a Port by its key and by its global id", async () => {
    const { _entities } = await t.data(`query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Port { id name nodeId } } }`, {
      r: [{ __typename: "Port", id: "48520" }, { __typename: "Port", nodeId: encodeGlobalId("Port", "48550") }, { __typename: "Port", id: "no-such-port" }],
    });
    expect(_entities).toEqual([
      { __typename: "Port", id: "48520", name: "Bandar Abbas", nodeId: encodeGlobalId("Port", "48520") },
      { __typename: "Port", id: "48550", name: "Chah Bahar", nodeId: encodeGlobalId("Port", "48550") },
      null,
    ]);
  });
});
