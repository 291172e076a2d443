import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSubgraphDataSource, prepareDatabase } from "../../src/root.js";
import { relationsDataset } from "../../src/seed/curated.js";
import { importManyTreaties, summarize, vendoredFiles } from "../../src/seed/manytreaties/import.js";
import { freshDatabase, testDbUrl } from "../support/database.js";

/**
 * The importer on the file's copy of the seeded database, which the seed loaded with the vendored files:
 * a second import changes nothing, an edited copy changes exactly the edited record, and the
 * report accounts for every row. The curated-wins rule runs on a small fixture in a fresh database.
 */
let ds: DataSource;
beforeAll(async () => {
  ds = await openSubgraphDataSource("relations", await testDbUrl());
});
afterAll(() => ds?.destroy());

const files = vendoredFiles();
const dir = mkdtempSync(join(tmpdir(), "rg-ggo-"));

describe("npm run import:manytreaties", () => {
  it("changes nothing on a second run, and its report's counts add up to the files' rows", async () => {
    const reportFile = join(dir, "report.json");
    const { report } = await importManyTreaties(ds, { reportFile });
    expect(report.written).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(report.missing).toEqual([]);
    expect(report.files.agreements.rows).toBe(4532);
    expect(report.files.parties.rows).toBe(98320);
    const a = report.agreementRows;
    const p = report.partyRows;
    expect(a.imported + a.merged + a.refused).toBe(report.files.agreements.rows);
    expect(p.imported + p.merged + p.refused).toBe(report.files.parties.rows);
    expect(report.refusals.length).toBe(a.refused + p.refused);
    for (const r of report.refusals) expect(r.why.length).toBeGreaterThan(5);
    expect(report.agreements.total).toBe(report.agreements.fromAgreementsFile + report.agreements.partyOnly);
    expect(report.values.dropped).toBe(report.droppedValues.length);
    expect(JSON.parse(readFileSync(reportFile, "utf8")).files.parties.rows).toBe(98320);
    expect(summarize(report)).toMatch(/4532 rows = \d+ imported \+ \d+ merged \+ \d+ refused/);
  });

  it("updates exactly the record whose row changed in a copy of the file, bumps its version and audits it", async () => {
    const text = gunzipSync(readFileSync(files.agreements)).toString("utf8");
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    const target = "ggo-irn-rus-1921a";
    const line = rows.find((r) => r.treatyID === "IRN-RUS_1921A")!;
    const edited = text.replace(line.Title, `${line.Title} (Edited)`);
    expect(edited).not.toBe(text);
    const copy = join(dir, "agreements-edited.csv.gz");
    writeFileSync(copy, gzipSync(edited));
    const [{ version: before }] = await ds.query(`SELECT version FROM relations.agreement WHERE id = $1`, [target]);
    try {
      const { report } = await importManyTreaties(ds, { agreementsFile: copy, actor: "test:edited-copy" });
      expect(report.written).toMatchObject({ created: 0, updated: 1 });
      const [row] = await ds.query(`SELECT title, version FROM relations.agreement WHERE id = $1`, [target]);
      expect(row).toEqual({ title: `${line.Title} (Edited)`, version: before + 1 });
      const audit = await ds.query(`SELECT operation, record_type, record_id FROM relations.audit_entry WHERE actor = 'test:edited-copy'`);
      expect(audit).toEqual([{ operation: "UPDATE", record_type: "Agreement", record_id: target }]);
    } finally {
      const { report } = await importManyTreaties(ds, { actor: "test:restore" });
      expect(report.written.updated).toBe(1);
    }
  });

  it("keeps a record missing from a newer file and reports it; --prune deletes it", async () => {
    const text = gunzipSync(readFileSync(files.agreements)).toString("utf8");
    const lines = text.split("\n");
    const i = lines.findIndex((l) => l.startsWith("IRN-RUS_1921A,"));
    const copy = join(dir, "agreements-without.csv.gz");
    writeFileSync(copy, gzipSync([...lines.slice(0, i), ...lines.slice(i + 1)].join("\n")));
    // Its party rows would rebuild it as a party-only treaty: leave them out too.
    const ptext = gunzipSync(readFileSync(files.parties)).toString("utf8");
    const pcopy = join(dir, "parties-without.csv.gz");
    writeFileSync(pcopy, gzipSync(ptext.split("\n").filter((l) => !l.includes(",IRN-RUS_1921A,")).join("\n")));
    const within = async (prune: boolean) => {
      let result: Awaited<ReturnType<typeof importManyTreaties>> | undefined;
      await ds
        .transaction(async (m) => {
          result = await importManyTreaties(ds, { agreementsFile: copy, partiesFile: pcopy, prune, within: m, actor: "test:prune" });
          const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM relations.agreement WHERE id = 'ggo-irn-rus-1921a'`);
          expect(n).toBe(prune ? 0 : 1);
          throw new Error("roll back");
        })
        .catch((e) => {
          if (e.message !== "roll back") throw e;
        });
      return result!.report;
    };
    const kept = await within(false);
    expect(kept.missing).toEqual(["ggo-irn-rus-1921a"]);
    expect(kept.written.deleted).toBe(0);
    const pruned = await within(true);
    expect(pruned.written.deleted).toBe(1);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM relations.agreement WHERE id = 'ggo-irn-rus-1921a'`);
    expect(n).toBe(1);
  });
});

describe("curated data wins", () => {
  it("keeps the curated values preferred where GGO describes the same agreement, with GGO's values as claims beside them", async () => {
    const db = await freshDatabase();
    try {
      await prepareDatabase("relations", db.url, { seed: false });
      const fresh = await openSubgraphDataSource("relations", db.url);
      try {
        const curated = structuredClone(relationsDataset);
        const treaty = curated.agreements.find((a) => a.id === "ir-ru-basis-mutual-relations-2001")!;
        treaty.treatyId = "TEST-FIXTURE_2001A";
        const header = "treatyID,Title,Signature,Force,End,Term,TypeDomain,TypeAgree,TypeAmbit,TypeGeo,TypeSubject,Location,Depository,TitleAlt,Languages,TextURL,Comments,Source";
        const agreementsFile = join(dir, "fixture-agreements.csv");
        writeFileSync(agreementsFile, `${header}\nTEST-FIXTURE_2001A,Treaty On The Basis Of Mutual Relations (fixture),2001-03-13,2002-04-05,,,Security,Agreement,Bilateral,,,Moscow,,,,,,\nFRA-DEU_1999A,A Fixture Agreement,1999,,,,Environment,Agreement,Bilateral,,,,,,,,,\n`);
        const partiesFile = join(dir, "fixture-parties.csv");
        writeFileSync(
          partiesFile,
          "stateID,treatyID,Title,Signature,Force,End,StateSignature,StateRatification,StateForce,StateEnd,Comments\n" +
            "IRN,TEST-FIXTURE_2001A,Treaty On The Basis Of Mutual Relations (fixture),2001-03-12,,,2001-03-12,2001-06-01,,9999-12-31,\n" +
            "RUS,TEST-FIXTURE_2001A,Treaty On The Basis Of Mutual Relations (fixture),2001-03-12,,,2001-03-12,,,,\n" +
            "TUR,TEST-FIXTURE_2001A,Treaty On The Basis Of Mutual Relations (fixture),2001-03-12,,,2001-03-12,,,,\n" +
            "FRA,FRA-DEU_1999A,A Fixture Agreement,1999,,,,,,,\n",
        );
        const { report } = await importManyTreaties(fresh, { agreementsFile, partiesFile, curated });
        expect(report.agreements.mergedIntoCurated).toBe(1);
        expect(report.agreementRows).toEqual({ imported: 1, merged: 1, refused: 0 });
        const [a] = await fresh.query(`SELECT title, signed_on::text AS signed, treaty_id FROM relations.agreement WHERE id = $1`, [treaty.id]);
        expect(a.title).toBe(treaty.title);
        expect(a.signed).toBe(treaty.signedOn);
        expect(a.treaty_id).toBe("TEST-FIXTURE_2001A");
        const claims = await fresh.query(`SELECT field, value, preferred, source_id FROM relations.claim WHERE record_type = 'Agreement' AND record_id = $1 AND field = 'title' ORDER BY preferred DESC`, [treaty.id]);
        expect(claims).toEqual([
          expect.objectContaining({ value: treaty.title, preferred: true }),
          expect.objectContaining({ value: "Treaty On The Basis Of Mutual Relations (fixture)", preferred: false, source_id: "manytreaties-ggo" }),
        ]);
        // A party GGO adds that the curated record lacks is added; the curated parties keep their stages.
        const partiesNow = await fresh.query(`SELECT country_code FROM relations.agreement_party WHERE agreement_id = $1 ORDER BY 1`, [treaty.id]);
        expect(partiesNow.map((r: any) => r.country_code)).toEqual(["IR", "RU", "TR"]);
        const [{ n }] = await fresh.query(`SELECT count(*)::int AS n FROM relations.agreement WHERE id LIKE 'ggo-test-fixture%'`);
        expect(n).toBe(0);
      } finally {
        await fresh.destroy();
      }
    } finally {
      await db.drop();
    }
  });
});
