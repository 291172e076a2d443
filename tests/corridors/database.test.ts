import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCorridors, validateCorridorsDataset } from "../../src/seed/corridors.seed.js";
import { isoCountries } from "../../src/seed/countries.js";
import { corridorsDataset, relationsDataset } from "../../src/seed/curated.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { tableChecksums } from "../support/checksums.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("corridors", { poolMax: 1 });
});
afterAll(() => t?.close());

const checksums = () => tableChecksums(t.app.dataSource, "corridors");

describe("the corridors database", () => {
  it("matches the entities (migration:generate --check) and keeps its own migrations table", async () => {
    const sql = await t.app.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
    const rows: { name: string }[] = await t.app.dataSource.query(`SELECT name FROM corridors.corridors_migrations ORDER BY id`);
    expect(rows.map((r) => r.name)).toEqual(t.app.dataSource.migrations.map((m) => m.name));
  });

  it("never reaches into the relations schema: no foreign key points outside its own schema", async () => {
    const rows: { target: string }[] = await t.app.dataSource.query(`
      SELECT DISTINCT ccu.table_schema AS target FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.constraint_schema = tc.constraint_schema
      WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'corridors'`);
    expect(rows.map((r) => r.target)).toEqual(["corridors"]);
  });

  it("is seeded idempotently", async () => {
    const before = await checksums();
    expect(Number(before.corridor_segment.split(":")[0])).toBeGreaterThan(10);
    await seedCorridors(t.app.dataSource);
    expect(await checksums()).toEqual(before);
  });

  it("ships a valid dataset: sources exist, segments join nodes, one preferred claim per field", () => {
    expect(
      validateCorridorsDataset(
        corridorsDataset,
        new Set(relationsDataset.sources.map((s) => s.id)),
        new Set(relationsDataset.agreements.map((a) => a.id)),
        new Set(isoCountries().map((c) => c.code)),
      ),
    ).toEqual([]);
  });

  it("marks the Rasht–Astara railway as under construction, with the conflicting lengths as claims", async () => {
    const { data, errors } = await t.run(`{ corridor(id: "instc") { segments { id status lengthKm lengthIsEstimate claims(field: "lengthKm") { value preferred note } } } }`);
    expect(errors).toBeUndefined();
    const rail = data.corridor.segments.find((s: any) => s.id === "ir-rasht--ir-astara--rail");
    expect(rail).toMatchObject({ status: "UNDER_CONSTRUCTION", lengthKm: 162, lengthIsEstimate: false });
    expect(rail.claims.find((c: any) => c.preferred).value).toBe("162");
    expect(rail.claims.some((c: any) => !c.preferred && c.value === "170")).toBe(true);
  });

  it("keeps statements per request constant as the countries asked about grow", async () => {
    const q = (codes: string[]) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { corridors { id segments { from { id } to { id } lengthKm sources { id } claims { value } } routes { lengthKm segments { id } } members { claims { value } } } corridorNodes { id } } } }`;
    const reps = (n: number) => isoCountries().slice(0, n).map((c) => ({ __typename: "Country", code: c.code }));
    const five = await t.countStatements(q([]), { r: [...reps(4), { __typename: "Country", code: "IR" }] });
    const hundred = await t.countStatements(q([]), { r: [...reps(99), { __typename: "Country", code: "IR" }] });
    expect(hundred).toBe(five);
  });
});
