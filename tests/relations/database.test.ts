import type { EntityTarget, ObjectLiteral } from "typeorm";
import { columnOf, metadataOf, tableOf } from "../../src/db/entity-columns.js";
import { readMessyDate } from "../../src/lib/messydate.js";
import { Agreement } from "../../src/subgraphs/relations/agreement/agreement.entity.js";
import { Claim } from "../../src/subgraphs/relations/claim/claim.entity.js";
import { AgreementParty, RatificationStage } from "../../src/subgraphs/relations/ratification/ratification.entity.js";
import { loadNonStateParties } from "../../src/seed/manytreaties/party-codes.js";
import { partyCodes } from "../../src/seed/seed.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedRelations } from "../../src/seed/seed.js";
import { relationsDataset } from "../../src/seed/curated.js";
import { validateRelationsDataset } from "../../src/seed/validate.js";
import { isoCountries } from "../../src/seed/countries.js";
import { startTestApp, type TestApp } from "../support/app.js";
import { tableChecksums } from "../support/checksums.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("relations");
});
afterAll(() => t?.close());

const checksums = () => tableChecksums(t.app.dataSource, "relations");

describe("the database", () => {
  it("matches the entities: generating a migration now would produce nothing (migration:generate --check)", async () => {
    const sql = await t.app.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("has run every committed migration, in its own migrations table", async () => {
    const rows: { name: string }[] = await t.app.dataSource.query(`SELECT name FROM relations.relations_migrations ORDER BY id`);
    expect(rows.map((r) => r.name)).toEqual(t.app.dataSource.migrations.map((m) => m.name));
  });

  it("is seeded idempotently: seeding again leaves exactly the same rows", async () => {
    const before = await checksums();
    // The ISO states and the parties that are not current states (data/non-state-parties.csv).
    expect(Number(before.country.split(":")[0])).toBe(isoCountries().length + loadNonStateParties().length);
    await seedRelations(t.app.dataSource);
    expect(await checksums()).toEqual(before);
  });

  it("rejects an invalid dataset whole, naming every problem, before writing anything", async () => {
    const before = await checksums();
    const broken = structuredClone(relationsDataset);
    broken.agreements[0].sources.push("no-such-source");
    broken.agreements[0].parties[0].stages[0].votesFor = -1;
    broken.statements[0].speaker = "nobody";
    await expect(seedRelations(t.app.dataSource, broken)).rejects.toThrow(/no-such-source[\s\S]*votes must be whole numbers[\s\S]*nobody/);
    expect(await checksums()).toEqual(before);
  });

  it("ships a valid dataset: every reference resolves and every conflict has one preferred, matching claim", () => {
    expect(validateRelationsDataset(relationsDataset, partyCodes())).toEqual([]);
  });

  it("keeps each preferred claim equal to the value the record holds", async () => {
    // A claim's field names the record's property of that name; a party's "country" is its countryCode.
    const m = t.app.dataSource.manager;
    const claim = metadataOf(m, Claim);
    const c = (property: string) => `c.${columnOf(claim, property)}`;
    const actual = (entity: EntityTarget<ObjectLiteral>, fields: Record<string, string> = {}) => {
      const meta = metadataOf(m, entity);
      const column = meta.columns.map((col) => `WHEN '${Object.keys(fields).find((f) => fields[f] === col.propertyName) ?? col.propertyName}' THEN '${col.databaseName}'`);
      return `(SELECT (to_jsonb(r) ->> (CASE ${c("field")} ${column.join(" ")} ELSE ${c("field")} END)) FROM ${tableOf(meta)} r WHERE r.${columnOf(meta, "id")} = ${c("recordId")})`;
    };
    const rows: { record_type: string; record_id: string; field: string; value: string; actual: string | null }[] = await m.query(`
      SELECT ${c("recordType")} AS record_type, ${c("recordId")} AS record_id, ${c("field")} AS field, ${c("value")} AS value,
        CASE ${c("recordType")}
          WHEN 'Agreement' THEN ${actual(Agreement)}
          WHEN 'AgreementParty' THEN ${actual(AgreementParty, { country: "countryCode" })}
          WHEN 'RatificationStage' THEN ${actual(RatificationStage)}
        END AS actual
      FROM ${tableOf(claim)} c WHERE ${c("preferred")}`);
    expect(rows.length).toBeGreaterThan(5);
    // A claim keeping a date's raw notation ("1802-04-18?") holds the date the record reads from it.
    for (const r of rows) expect(r.actual, `${r.record_type} ${r.record_id}.${r.field}`).toBe(readsAs(r.value, r.actual));
  });
});

/** The value a preferred claim stands for: itself, or the first day its date notation reads as (the column holds a full date). */
function readsAs(value: string, actual: string | null): string {
  const d = readMessyDate(value);
  if (d?.kind === "date" && actual?.length === 10) return d.date;
  return value;
}
