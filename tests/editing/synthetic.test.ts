import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { datasetSources, openSubgraphDataSource } from "../../src/root.js";
import { removeSynthetic, SYNTHETIC_PUBLISHER, syntheticDataset } from "../../src/seed/synthetic.js";
import { importDataset } from "../../src/seed/transfer.js";
import { tableChecksums } from "../support/checksums.js";
import { testDbUrl } from "../support/database.js";

let relations: DataSource;
let corridors: DataSource;
beforeAll(async () => {
  relations = await openSubgraphDataSource("relations", await testDbUrl());
  corridors = await openSubgraphDataSource("corridors", await testDbUrl());
});
afterAll(async () => {
  await relations?.destroy();
  await corridors?.destroy();
});

describe("synthetic benchmark data", () => {
  it("is deterministic for a seed, sized by scale, and clearly marked", () => {
    const a = syntheticDataset(1, 7);
    expect(syntheticDataset(1, 7)).toEqual(a);
    expect(syntheticDataset(1, 8)).not.toEqual(a);
    expect(a.relations.agreements).toHaveLength(2000);
    expect(a.relations.agreements.every((x) => x.clauses.length === 10 && x.parties.length >= 2 && x.parties.length <= 6)).toBe(true);
    expect(a.relations.agreements.flatMap((x) => x.parties).every((p) => p.stages.length >= 2 && p.stages.length <= 4)).toBe(true);
    expect(a.corridors.corridors).toHaveLength(20);
    expect(a.corridors.corridors.every((c) => c.nodes.length === 30 && c.segments.length <= 40 && c.segments.length >= 29)).toBe(true);
    expect(a.relations.sources.every((s) => s.id.startsWith("syn-") && s.publisher === SYNTHETIC_PUBLISHER)).toBe(true);
    expect(syntheticDataset(10, 7).relations.agreements).toHaveLength(20000);
  });

  it("goes in through the import path and comes out with one command, leaving the real data as it was", async () => {
    const before = { ...(await tableChecksums(relations, "relations")), ...(await tableChecksums(corridors, "corridors")) };
    await importDataset(datasetSources({ relations, corridors }), { format: "relations-graph/dataset@1", ...syntheticDataset(0.02, 3) });
    const [{ n }] = await relations.query(`SELECT count(*)::int AS n FROM relations.agreement WHERE id LIKE 'syn-%'`);
    expect(n).toBe(40);
    await removeSynthetic({ relations, corridors });
    expect({ ...(await tableChecksums(relations, "relations")), ...(await tableChecksums(corridors, "corridors")) }).toEqual(before);
  });
});
