import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corridorsDataset } from "../../src/seed/curated.js";
import { startTestApp, type TestApp } from "../support/app.js";

/**
 * Every record of the seeded curated corridors data names at least one source, as the API shows it:
 * each corridor, member, node and segment (TradeCorridor.sources, CorridorMember.sources,
 * CorridorNode.sources, CorridorSegment.sources). Every corridor file added to data/curated/ is held to it.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("corridors");
});
afterAll(() => t?.close());

type Sourced = { id: string; sources: { id: string }[] };
const unsourced = (kind: string, list: Sourced[]) => list.filter((r) => r.sources.length === 0).map((r) => `${kind} ${r.id}`);

describe("sources of the curated corridors data", () => {
  const corridorIds = [...new Set(corridorsDataset.corridors.map((c) => c.id))].sort();
  const nodeIds = [...new Set(corridorsDataset.corridors.flatMap((c) => c.nodes.map((n) => n.id)))].sort();
  const segmentIds = [...new Set(corridorsDataset.corridors.flatMap((c) => c.segments.map((s) => s.id)))].sort();
  const memberIds = corridorsDataset.corridors.flatMap((c) => c.members.map((m) => `${c.id}:${m.country.toLowerCase()}`)).sort();

  it("holds every curated corridor, member, node and segment", () => {
    expect(corridorIds.length).toBeGreaterThan(0);
    expect(nodeIds.length).toBeGreaterThan(0);
    expect(segmentIds.length).toBeGreaterThan(0);
    expect(memberIds.length).toBeGreaterThan(0);
  });

  it("gives every corridor and every member at least one source", async () => {
    const { corridors } = await t.data<{ corridors: (Sourced & { members: Sourced[] })[] }>(`{ corridors { id sources { id } members { id sources { id } } } }`);
    const curated = corridors.filter((c) => corridorIds.includes(c.id));
    expect(curated.map((c) => c.id)).toEqual(corridorIds);
    const members = curated.flatMap((c) => c.members);
    expect(members.map((m) => m.id).sort()).toEqual(memberIds);
    expect([...unsourced("corridor", curated), ...unsourced("member", members)]).toEqual([]);
  });

  it("gives every node and every segment at least one source, whether or not a corridor's segments reach it", async () => {
    const reps = [...nodeIds.map((id) => ({ __typename: "CorridorNode", id })), ...segmentIds.map((id) => ({ __typename: "CorridorSegment", id }))];
    const { _entities } = await t.data<{ _entities: ((Sourced & { __typename: string }) | null)[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on CorridorNode { id sources { id } } ... on CorridorSegment { id sources { id } } } }`,
      { r: reps },
    );
    // Every curated record is stored.
    expect(_entities.map((e) => e && `${e.__typename}:${e.id}`)).toEqual(reps.map((r) => `${r.__typename}:${r.id}`));
    const found = _entities as (Sourced & { __typename: string })[];
    expect([
      ...unsourced("node", found.filter((e) => e.__typename === "CorridorNode")),
      ...unsourced("segment", found.filter((e) => e.__typename === "CorridorSegment")),
    ]).toEqual([]);
  });

  it("shows the same sources through TradeCorridor.nodes and segments", async () => {
    const { corridors } = await t.data<{ corridors: { id: string; nodes: Sourced[]; segments: Sourced[] }[] }>(
      `{ corridors { id nodes { id sources { id } } segments { id sources { id } } } }`,
    );
    const curated = corridors.filter((c) => corridorIds.includes(c.id));
    expect(curated.flatMap((c) => [...unsourced(`${c.id} node`, c.nodes), ...unsourced(`${c.id} segment`, c.segments)])).toEqual([]);
  });
});
