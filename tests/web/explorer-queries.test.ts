import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "../support/app.js";
import type { Operation } from "../../web/src/api.js";
import { AgreementDetail, CorridorMap, CorridorPathQuery, Countries, Relation, type CountriesData } from "../../web/src/operations.js";

/** The explorer's own operations, sent through the gateway as the page sends them, with their typed results. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

async function run<D, V>(op: Operation<D, V>, variables: V): Promise<D> {
  const res = await stack.post(op.toString(), variables as Record<string, unknown>);
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  return res.body.data as D;
}

const TREATY = "ir-ru-comprehensive-strategic-partnership-2025";

describe("the explorer's operations through the gateway", () => {
  it("pages through every party for the pickers: current states and the other kinds of party", async () => {
    const nodes: CountriesData["countries"]["nodes"] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const d: CountriesData = await run(Countries, { after });
      nodes.push(...d.countries.nodes);
      if (!d.countries.pageInfo.hasNextPage) break;
      after = d.countries.pageInfo.endCursor;
    }
    const codes = nodes.map((c) => c.code);
    expect(codes).toContain("IR");
    expect(new Set(codes).size).toBe(codes.length);
    expect(nodes.filter((c) => c.kind === "STATE").length).toBeGreaterThan(200);
    // Exactly what countries lists when asked for every kind, not only the default (current states).
    const all = await stack.post(`{ countries(filter: { kinds: [STATE, UNLISTED_STATE, FORMER_STATE, ORGANIZATION, SUBNATIONAL] }) { totalCount } }`);
    expect(all.body.errors).toBeUndefined();
    expect(codes.length).toBe(all.body.data.countries.totalCount);
  });

  it("lists the pair's bilateral agreements alone with bilateralOnly, and counts both lists", async () => {
    const only = await run(Relation, { between: ["IR", "RU"], bilateralOnly: true });
    const every = await run(Relation, { between: ["IR", "RU"], bilateralOnly: false });
    const ids = (list: { id: string }[]) => list.map((x) => x.id);
    expect(ids(only.bilateralRelation!.agreements)).toEqual(ids(only.bilateralRelation!.bilateral));
    expect(ids(only.bilateralRelation!.agreements)).toContain(TREATY);
    expect(ids(every.bilateralRelation!.agreements)).toEqual(ids(every.bilateralRelation!.shared));
    expect(every.bilateralRelation!.shared.length).toBeGreaterThanOrEqual(only.bilateralRelation!.bilateral.length);
  });

  it("gives the relation's agreements and the treaty's status on the slider's date", async () => {
    const before = await run(Relation, { between: ["IR", "RU"], asOf: "2025-05-01" });
    const later = await run(Relation, { between: ["IR", "RU"], asOf: "2025-11-01" });
    const status = (d: typeof before) => d.bilateralRelation!.agreements.find((a) => a.id === TREATY)!.status;
    expect(status(before)).toBe("SIGNED");
    expect(status(later)).toBe("IN_FORCE");
    const detail = await run(AgreementDetail, { id: TREATY, asOf: "2025-05-01" });
    const ratified = Object.fromEntries(detail.agreement!.parties.map((p) => [p.country.code, p.ratification.status]));
    expect(ratified).toEqual({ IR: "NOT_STARTED", RU: "COMPLETED" });
    expect(detail.agreement!.parties.every((p) => p.ratification.stages.length > 0)).toBe(true);
    expect(detail.agreement!.topics.length).toBeGreaterThan(0);
  });

  it("gives every corridor with its members' ISO numeric codes and its segments, and corridor.nodes lists the same nodes", async () => {
    const map = await run(CorridorMap, {});
    const instc = map.corridors.find((c) => c.id === "instc")!;
    expect(instc).toBeDefined();
    const ends = new Set(instc.segments.flatMap((s) => [s.from.id, s.to.id]));
    const res = await stack.post(`{ corridor(id: "instc") { nodes { id latitude longitude } } }`);
    expect(res.body.errors).toBeUndefined();
    const nodes: { id: string; latitude: number | null }[] = res.body.data.corridor.nodes;
    expect(new Set(nodes.map((n) => n.id))).toEqual(ends);
    expect(nodes.every((n) => n.latitude !== null)).toBe(true);
    expect(instc.segments.some((s) => s.status === "UNDER_CONSTRUCTION")).toBe(true);
    // The map fills members by world-atlas's ids: ISO 3166-1 numeric, three digits.
    const iran = instc.members.find((m) => m.country?.code === "IR");
    expect(iran?.country?.isoNumeric).toBe("364");
    for (const m of instc.members) expect(m.country?.isoNumeric, m.id).toMatch(/^\d{3}$/);
  });

  it("finds the path the map draws, across every corridor, with each leg as the map draws it", async () => {
    const map = await run(CorridorMap, {});
    const segments = new Map(map.corridors.flatMap((c) => c.segments.map((s) => [s.id, s] as const)));
    const { corridorPath } = await run(CorridorPathQuery, { from: "in-nhava-sheva", to: "ru-moscow", statuses: ["OPERATIONAL"] });
    expect(corridorPath!.from.id).toBe("in-nhava-sheva");
    expect(corridorPath!.to.id).toBe("ru-moscow");
    expect(corridorPath!.segments.every((s) => segments.has(s.id))).toBe(true);
    expect(corridorPath!.segments.every((s) => s.status === "OPERATIONAL")).toBe(true);
    expect([...new Set(corridorPath!.segments.map((s) => s.mode))].sort()).toEqual([...corridorPath!.modes].sort());
    const sum = corridorPath!.segments.map((s) => s.lengthKm ?? 0).reduce((a, b) => a + b, 0);
    expect(corridorPath!.lengthKm).toBeCloseTo(sum, 0);
    expect(corridorPath!.lengthIsEstimate).toBe(corridorPath!.segments.some((s) => s.lengthIsEstimate));
  });
});
