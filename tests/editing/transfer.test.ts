import { readFileSync } from "node:fs";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { datasetSources, openSubgraphDataSource } from "../../src/root.js";
import { corridorsDataset, readDatasetFile, relationsDataset } from "../../src/seed/curated.js";
import { datasetJsonSchema } from "../../src/seed/dataset.schema.js";
import { exportDataset, importDataset, InvalidDatasetError } from "../../src/seed/transfer.js";
import { tableChecksums } from "../support/checksums.js";
import { freshDatabase, testDbUrl } from "../support/database.js";

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

const shipped = () => structuredClone({ format: "relations-graph/dataset@1" as const, relations: relationsDataset, corridors: corridorsDataset });
const state = async () => ({ ...(await tableChecksums(relations, "relations")), ...(await tableChecksums(corridors, "corridors")) });

describe("import and export", () => {
  it("commits the JSON Schema the code describes (npm run schema:dataset)", () => {
    expect(readFileSync("schema/dataset.schema.json", "utf8")).toBe(datasetJsonSchema());
  });

  it("exports everything, and an import of the export into an empty database reproduces it exactly", { timeout: 600_000 }, async () => {
    const exported = await exportDataset(datasetSources({ relations, corridors }));
    // The curated dataset and the manytreaties GGO data the seed merged under it.
    const [{ n: agreementRows }] = await relations.query(`SELECT count(*)::int AS n FROM relations.agreement`);
    const [{ n: sourceRows }] = await relations.query(`SELECT count(*)::int AS n FROM relations.source`);
    expect(exported.relations.agreements).toHaveLength(agreementRows);
    expect(agreementRows).toBeGreaterThan(relationsDataset.agreements.length + 4500);
    expect(exported.relations.sources).toHaveLength(sourceRows);
    const instc = corridorsDataset.corridors[0];
    expect(exported.corridors.corridors.find((c) => c.id === instc.id)?.segments).toHaveLength(instc.segments.length);
    const fresh = await freshDatabase();
    const [r2, c2] = [await openSubgraphDataSource("relations", fresh.url), await openSubgraphDataSource("corridors", fresh.url)];
    try {
      await importDataset(datasetSources({ relations: r2, corridors: c2 }), JSON.parse(JSON.stringify(exported)));
      expect(await exportDataset(datasetSources({ relations: r2, corridors: c2 }))).toEqual(exported);
    } finally {
      await r2.destroy();
      await c2.destroy();
      await fresh.drop();
    }
  });

  it("changes nothing when the same file is imported twice (the seed goes through this path)", async () => {
    const before = await state();
    await importDataset(datasetSources({ relations, corridors }), shipped());
    expect(await state()).toEqual(before);
  });

  it("rejects an invalid file whole, naming every bad record and field, and writes nothing", async () => {
    const before = await state();
    const bad = shipped() as any;
    bad.relations.agreements[0].parties[0].stages[0].votesFor = -3;
    bad.relations.sources[1].url = "not a url";
    bad.corridors.corridors[0].segments[0].mode = "TELEPORT";
    const error = await importDataset(datasetSources({ relations, corridors }), bad).catch((e) => e);
    expect(error).toBeInstanceOf(InvalidDatasetError);
    const problems = (error as InvalidDatasetError).problems.join("\n");
    expect(problems).toMatch(/relations\.agreements\.0\.parties\.0\.stages\.0\.votesFor/);
    expect(problems).toMatch(/relations\.sources\.1\.url/);
    expect(problems).toMatch(/corridors\.corridors\.0\.segments\.0\.mode/);
    const dangling = shipped() as any;
    dangling.corridors.corridors[0].segments[0].sources = ["no-such-source"];
    dangling.relations.statements[0].speaker = "nobody";
    const refs = (await importDataset(datasetSources({ relations, corridors }), dangling).catch((e) => e)) as InvalidDatasetError;
    expect(refs.problems.join("\n")).toMatch(/no-such-source[\s\S]*|nobody/);
    expect(refs.problems.some((p) => p.includes("nobody"))).toBe(true);
    expect(refs.problems.some((p) => p.includes("no-such-source"))).toBe(true);
    expect(await state()).toEqual(before);
  });

  it("leaves the database unchanged when a part fails halfway through its transaction", async () => {
    const before = await state();
    // A trigger makes PostgreSQL refuse one statement row: the failure comes late, after sources,
    // people and agreements of the same transaction were already written.
    await relations.query(`CREATE FUNCTION relations.test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.id = 'test-refused-statement' THEN RAISE EXCEPTION 'refused by test trigger'; END IF; RETURN NEW; END $$`);
    await relations.query(`CREATE TRIGGER test_refuse BEFORE INSERT ON relations.statement FOR EACH ROW EXECUTE FUNCTION relations.test_refuse()`);
    try {
      const halfway = shipped() as any;
      halfway.relations.sources[0].title = "changed before the failure";
      halfway.relations.statements.push({ ...halfway.relations.statements[0], id: "test-refused-statement" });
      await expect(importDataset(datasetSources({ relations, corridors }), halfway)).rejects.toThrow(/refused by test trigger/);
    } finally {
      await relations.query(`DROP TRIGGER test_refuse ON relations.statement`);
      await relations.query(`DROP FUNCTION relations.test_refuse()`);
    }
    expect(await state()).toEqual(before);
  });
});

describe("the admin import mutations", () => {
  it("import each subgraph's part through the gateway, idempotently and audited, for admins only", async () => {
    const { startTestStack } = await import("../support/app.js");
    const { Role } = await import("../../src/auth/api-key.entity.js");
    const stack = await startTestStack();
    try {
      const admin = { authorization: `Bearer ${(await stack.auth.create("test import admin", Role.ADMIN)).key}` };
      const editor = { authorization: `Bearer ${(await stack.auth.create("test import editor", Role.EDITOR)).key}` };
      // The first two curated files: the whole curated data (~500 KB) is over the default BODY_LIMIT (100kb), and
      // `npm run import` is the way for files that size.
      const file = {
        format: "relations-graph/dataset@1" as const,
        relations: readDatasetFile("data/curated/relations.json").relations,
        corridors: readDatasetFile("data/curated/corridors.json").corridors,
      };
      const q = `mutation($d: JSON!) { r: importRelationsDataset(dataset: $d) { records digest } c: importCorridorsDataset(dataset: $d) { records digest } }`;
      expect((await stack.post(q, { d: file }, editor)).body.errors[0].extensions.code).toBe("FORBIDDEN");
      const before = await state();
      const res = await stack.post(q, { d: file }, admin);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.r.records).toBeGreaterThan(50);
      expect(res.body.data.r.digest).toBe(res.body.data.c.digest);
      const after = await state();
      const { audit_entry: _a, ...rest } = after;
      const { audit_entry: _b, ...restBefore } = before;
      expect(rest).toEqual(restBefore); // the same file again changes no data, only the audit logs grow
      const bad = structuredClone(file) as any;
      bad.corridors.corridors[0].nodes[0].latitude = 123;
      const refused = await stack.post(q, { d: bad }, admin);
      expect(refused.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(refused.body.errors[0].message).toMatch(/corridors\.corridors\.0\.nodes\.0\.latitude/);
    } finally {
      await stack.close();
    }
  });
});

describe("imports and editors", () => {
  it("bump the version of a record an import changed, so an editor holding the old one gets CONFLICT", async () => {
    const [{ version: before }] = await relations.query(`SELECT version FROM relations.source WHERE id = 'rbth-instc'`);
    const changed = shipped() as any;
    const src = changed.relations.sources.find((s: any) => s.id === "rbth-instc");
    const original = src.excerpt;
    src.excerpt = "changed by an import";
    await importDataset(datasetSources({ relations, corridors }), changed);
    const [{ version: after, excerpt }] = await relations.query(`SELECT version, excerpt FROM relations.source WHERE id = 'rbth-instc'`);
    expect([after, excerpt]).toEqual([before + 1, "changed by an import"]);
    src.excerpt = original;
    await importDataset(datasetSources({ relations, corridors }), changed);
    const [{ version: restored }] = await relations.query(`SELECT version FROM relations.source WHERE id = 'rbth-instc'`);
    expect(restored).toBe(before + 2);
    await importDataset(datasetSources({ relations, corridors }), changed); // unchanged: no bump
    const [{ version: same }] = await relations.query(`SELECT version FROM relations.source WHERE id = 'rbth-instc'`);
    expect(same).toBe(before + 2);
  });
});
