import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "../support/app.js";
import { corridorsDataset } from "../../src/seed/curated.js";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

async function query(q: string, variables?: Record<string, unknown>) {
  const res = await stack.post(q, variables);
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}

const PATH = `query($from: String!, $to: String!, $statuses: [SegmentStatus!], $modes: [TransportMode!]) {
  corridorPath(from: $from, to: $to, statuses: $statuses, modes: $modes) {
    from { id } to { id } lengthKm lengthIsEstimate modes segments { id mode status }
  }
}`;

describe("one graph through the gateway", () => {
  it("answers the Iran–Russia relation, its agreements, shared corridors and the INSTC western branch in one query", async () => {
    const data = await query(`{
      bilateralRelation(between: ["IR", "RU"]) {
        id level agreements { id status }
        sharedCorridors { id acronym routes { id name segments { id mode status from { name } to { name } } } }
      }
    }`);
    const r = data.bilateralRelation;
    expect(r.level).toBe("Comprehensive strategic partnership");
    expect(r.agreements.map((a: any) => a.id)).toContain("ir-ru-comprehensive-strategic-partnership-2025");
    const instc = r.sharedCorridors.find((c: any) => c.id === "instc");
    expect(instc.acronym).toBe("INSTC");
    const western = instc.routes.find((x: any) => x.id === "instc-western");
    expect(western.segments.length).toBeGreaterThan(3);
    expect(western.segments.some((s: any) => s.status === "UNDER_CONSTRUCTION" && s.mode === "RAIL")).toBe(true);
  });

  it("crosses the subgraph boundary both ways: Country → corridors → nodes → country", async () => {
    const data = await query(`{ country(code: "AZ") { name corridors { id nodes(country: "AZ") { id country { code name } } } corridorNodes { id name kind latitude longitude country { name } } } }`);
    const az = data.country;
    expect(az.name).toBe("Azerbaijan");
    // Every curated corridor Azerbaijan is a member of (the INSTC, the Middle Corridor, TRACECA…).
    const memberOf = corridorsDataset.corridors.filter((c) => c.members.some((m) => m.country === "AZ")).map((c) => c.id);
    expect(memberOf).toContain("instc");
    expect(az.corridors.map((c: any) => c.id).sort()).toEqual(memberOf.sort());
    const instc = az.corridors.find((c: any) => c.id === "instc");
    expect(instc.nodes.length).toBeGreaterThan(0);
    for (const c of az.corridors) for (const n of c.nodes) expect(n.country).toEqual({ code: "AZ", name: "Azerbaijan" });
    expect(az.corridorNodes.map((n: any) => n.id)).toContain("az-astara");
    for (const n of az.corridorNodes) expect(typeof n.latitude).toBe("number");
  });

  it("crosses it the other way: corridor → founding agreement → parties", async () => {
    const data = await query(`{ corridor(id: "instc") { name lengthKm foundingAgreement { id signedOn enteredIntoForceOn parties { country { code } } corridors { id } }
      members { country { code name } role since sincePrecision claims { field value preferred source { id publisher } } } } }`);
    const c = data.corridor;
    expect(c.foundingAgreement.signedOn).toBe("2000-09-12");
    expect(c.foundingAgreement.parties.map((p: any) => p.country.code)).toEqual(["IN", "IR", "RU"]);
    expect(c.foundingAgreement.corridors).toEqual([{ id: "instc" }]);
    expect(c.members).toHaveLength(13);
    const founders = c.members.filter((m: any) => m.role === "FOUNDER").map((m: any) => m.country.code).sort();
    expect(founders).toEqual(["IN", "IR", "RU"]);
    const withClaims = c.members.filter((m: any) => m.claims.length > 0);
    expect(withClaims.length).toBeGreaterThan(0);
    for (const m of withClaims) for (const cl of m.claims) expect(cl.source.publisher).toBeTruthy();
  });

  it("resolves, in the relations subgraph, every source id the corridors data refers to", async () => {
    const ids: string[] = (
      await stack.apps.corridors.dataSource.query(`SELECT source_id FROM corridors.source_ref UNION SELECT source_id FROM corridors.claim`)
    ).map((r: { source_id: string }) => r.source_id);
    expect(ids.length).toBeGreaterThan(3);
    // In chunks of 10 aliases: the gateway's alias limit (15 by default) applies to tests too.
    const data: Record<string, unknown> = {};
    for (let from = 0; from < ids.length; from += 10) {
      const aliases = ids.slice(from, from + 10).map((id, j) => `s${from + j}: source(id: ${JSON.stringify(id)}) { id title }`).join("\n");
      Object.assign(data, await query(`{ ${aliases} }`));
    }
    const missing = ids.filter((_, i) => data[`s${i}`] === null);
    expect(missing).toEqual([]);
  });

  it("names a source for every segment, through the graph", async () => {
    const data = await query(`{ corridor(id: "instc") { segments { id lengthKm lengthIsEstimate sources { id title publisher } } } }`);
    for (const s of data.corridor.segments) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      expect(s.sources[0].title, s.id).toBeTruthy();
      expect(s.lengthKm, s.id).toBeGreaterThan(0);
    }
    expect(data.corridor.segments.some((s: any) => s.lengthIsEstimate)).toBe(true);
    expect(data.corridor.segments.some((s: any) => !s.lengthIsEstimate)).toBe(true);
  });
});

describe("corridorPath", () => {
  it("finds the shortest operational path from Nhava Sheva to Moscow, and the path once construction ends", async () => {
    const now = (await query(PATH, { from: "in-nhava-sheva", to: "ru-moscow" })).corridorPath;
    expect(now.from.id).toBe("in-nhava-sheva");
    expect(now.to.id).toBe("ru-moscow");
    expect(now.segments.every((s: any) => s.status === "OPERATIONAL")).toBe(true);
    expect(now.modes).toEqual(expect.arrayContaining(["SEA", "RAIL"]));
    expect(now.lengthKm).toBeGreaterThan(3000);
    // The path is the sum of its segments, and segments chain from `from` to `to`.
    const all = await query(`{ corridor(id: "instc") { segments { id lengthKm from { id } to { id } } } }`);
    const byId = new Map<string, any>(all.corridor.segments.map((s: any) => [s.id, s]));
    expect(now.lengthKm).toBeCloseTo(now.segments.reduce((acc: number, s: any) => acc + byId.get(s.id).lengthKm, 0), 0);
    let at = "in-nhava-sheva";
    for (const s of now.segments) {
      const seg = byId.get(s.id);
      expect([seg.from.id, seg.to.id]).toContain(at);
      at = seg.from.id === at ? seg.to.id : seg.from.id;
    }
    expect(at).toBe("ru-moscow");
    // Allowing segments under construction can only shorten it (with this data, the sea route stays shortest).
    const later = (await query(PATH, { from: "in-nhava-sheva", to: "ru-moscow", statuses: ["OPERATIONAL", "UNDER_CONSTRUCTION"] })).corridorPath;
    expect(later.lengthKm).toBeLessThanOrEqual(now.lengthKm);
  });

  it("changes branch when the Rasht–Astara railway is allowed: rail from Bandar Abbas to Moscow", async () => {
    const vars = { from: "ir-bandar-abbas", to: "ru-moscow", modes: ["RAIL"] };
    const now = (await query(PATH, vars)).corridorPath;
    const later = (await query(PATH, { ...vars, statuses: ["OPERATIONAL", "UNDER_CONSTRUCTION"] })).corridorPath;
    expect(now.modes).toEqual(["RAIL"]);
    expect(now.segments.some((s: any) => s.id.startsWith("tm-") || s.id.includes("--tm-"))).toBe(true); // eastern branch
    expect(later.segments.map((s: any) => s.id)).toContain("ir-rasht--ir-astara--rail"); // western branch
    expect(later.lengthKm).toBeLessThan(now.lengthKm);
  });

  it("takes countries as endpoints and picks the best node in each", async () => {
    const data = (await query(PATH, { from: "IND", to: "ru" })).corridorPath;
    expect(data.from.id).toBe("in-nhava-sheva");
    expect(data.to.id.startsWith("ru-")).toBe(true);
  });

  it("respects the mode filter at a branch point, and is null when no path exists", async () => {
    // By rail alone, the only operational way round is the eastern branch and back down the west coast of the Caspian.
    const rail = (await query(PATH, { from: "ir-rasht", to: "az-astara", modes: ["RAIL"] })).corridorPath;
    expect(rail.segments.map((s: any) => s.id)).not.toContain("ir-rasht--ir-astara--rail");
    expect(rail.lengthKm).toBeGreaterThan(3000);
    const road = (await query(PATH, { from: "ir-rasht", to: "az-astara", modes: ["RAIL", "ROAD"] })).corridorPath;
    expect(road.modes).toEqual(["ROAD", "RAIL"]);
    expect(road.lengthKm).toBeLessThan(300);
    const building = (await query(PATH, { from: "ir-rasht", to: "az-astara", modes: ["RAIL"], statuses: ["OPERATIONAL", "UNDER_CONSTRUCTION"] })).corridorPath;
    expect(building.segments.map((s: any) => s.id)).toEqual(["ir-rasht--ir-astara--rail", "ir-astara--az-astara--rail"]);
    expect((await query(PATH, { from: "ir-rasht", to: "az-astara", modes: ["SEA"] })).corridorPath).toBeNull();
    expect((await query(PATH, { from: "in-nhava-sheva", to: "ru-moscow", modes: ["INLAND_WATERWAY"] })).corridorPath).toBeNull();
    expect((await query(PATH, { from: "in-nhava-sheva", to: "no-such-node" })).corridorPath).toBeNull();
  });

  it("rejects a malformed endpoint with BAD_USER_INPUT", async () => {
    const res = await stack.post(`{ corridorPath(from: "Nhava Sheva!", to: "RU") { lengthKm } }`);
    expect(res.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(res.body.errors[0].message).toMatch(/from/);
  });
});

describe("the gateway passes client headers on", () => {
  it("forwards Authorization, x-request-id and the client's address, and sends the router secret", async () => {
    const seen: Record<string, string | undefined>[] = [];
    const { createServer } = await import("node:http");
    const { createGatewayServer } = await import("../../src/gateway/gateway.js");
    const { serveGateway } = await import("../../src/http/serve.js");
    const { testHttpSettings } = await import("../support/app.js");
    const { committedSubgraphs, composeSupergraph } = await import("../../src/gateway/compose.js");
    const pino = (await import("pino")).default;
    // A recording proxy in front of the relations subgraph.
    const proxy = createServer(async (req, res) => {
      seen.push({
        authorization: req.headers.authorization,
        requestId: req.headers["x-request-id"] as string | undefined,
        forwardedFor: req.headers["x-forwarded-for"] as string | undefined,
        secret: req.headers["router-authorization"] as string | undefined,
      });
      const body = await new Promise<string>((ok) => {
        let b = "";
        req.on("data", (c) => (b += c));
        req.on("end", () => ok(b));
      });
      const upstream = await fetch(stack.urls.relations, { method: "POST", headers: { "content-type": "application/json" }, body });
      res.writeHead(upstream.status, { "content-type": "application/json" });
      res.end(await upstream.text());
    });
    await new Promise<void>((ok) => proxy.listen(0, "127.0.0.1", ok));
    const port = (proxy.address() as { port: number }).port;
    const gateway = createGatewayServer({
      supergraphSdl: composeSupergraph(committedSubgraphs()).supergraphSdl,
      urls: { relations: `http://127.0.0.1:${port}/graphql`, corridors: stack.urls.corridors },
      log: pino({ level: "silent" }),
      exposeInternals: true,
      routerSecret: "a-shared-secret-of-some-length",
    });
    const served = await serveGateway(gateway, {}, 0, testHttpSettings(), pino({ level: "silent" }));
    const url = served.url;
    try {
      const res = await fetch(`${url}graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer test-key", "x-request-id": "req-123" },
        body: JSON.stringify({ query: "{ country(code: \"IR\") { name } }" }),
      });
      expect(((await res.json()) as any).data.country.name).toBe("Iran");
      expect(res.headers.get("x-request-id")).toBe("req-123");
      expect(seen).toEqual([{ authorization: "Bearer test-key", requestId: "req-123", forwardedFor: "127.0.0.1", secret: "a-shared-secret-of-some-length" }]);
    } finally {
      await served.stop();
      proxy.close();
    }
  });
});
