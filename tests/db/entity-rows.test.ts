import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entityRows } from "../../src/db/loaders.js";
import { SUBGRAPH_NAMES } from "../../src/subgraphs/registry.js";
import { startTestApp, type TestApp } from "../support/app.js";

/**
 * The loaders read rows with their own statements and turn them into entities with
 * `entityRows(...).read` (src/db/loaders.ts), which skips TypeORM's value conversion for the
 * column types it leaves unchanged. Here, for every entity of both subgraphs, on the seeded data,
 * the entities it makes must equal what `repository.find()` makes of the same rows: the same
 * class, the same properties, the same values and types.
 */
const apps: TestApp[] = [];
beforeAll(async () => {
  for (const name of SUBGRAPH_NAMES) apps.push(await startTestApp(name, { poolMax: 1 }));
});
afterAll(async () => {
  for (const a of apps) await a.close();
});

describe("entity rows read by the loaders", () => {
  it("equal TypeORM's own entities for every entity type, row by row", async () => {
    let compared = 0;
    const typesWithRows: string[] = [];
    for (const { app } of apps) {
      const ds = app.dataSource;
      // Junction tables of many-to-many relations are not entities of their own: no loader reads them as such.
      for (const meta of ds.entityMetadatas.filter((m) => !m.isJunction)) {
        const reader = entityRows(ds, meta.target);
        const key = meta.primaryColumns[0];
        const raw: Record<string, unknown>[] = await ds.query(`SELECT ${reader.columns("t")} FROM ${reader.table} t ORDER BY t.${reader.key} LIMIT 200`);
        if (!raw.length) continue;
        typesWithRows.push(meta.name);
        const found = await ds.getRepository(meta.target).find({ order: { [key.propertyName]: "ASC" }, take: 200 });
        const mine = raw.map((r) => reader.read(r));
        expect(mine.length, meta.name).toBe(found.length);
        for (let i = 0; i < mine.length; i++) {
          expect(Object.getPrototypeOf(mine[i]), `${meta.name} row ${i}: class`).toBe(Object.getPrototypeOf(found[i]));
          expect(mine[i], `${meta.name} row ${i}`).toStrictEqual(found[i]);
          compared++;
        }
      }
    }
    // The seeded data has rows for the main entities of both subgraphs: the comparison ran on them.
    expect(typesWithRows).toEqual(expect.arrayContaining(["Agreement", "AgreementParty", "RatificationStage", "Country", "Clause", "TradeCorridor", "CorridorNode", "CorridorSegment"]));
    expect(compared).toBeGreaterThan(1000);
  });
});
