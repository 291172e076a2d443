import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { corridorsDataset, curatedDataDir, curatedFiles, loadCuratedDataset, relationsDataset } from "../../src/seed/curated.js";
import { DatasetSchema } from "../../src/seed/dataset.schema.js";

const dir = curatedDataDir();
const files = ["relations.json", "corridors.json"] as const;
const read = (file: string) => JSON.parse(readFileSync(join(dir, file), "utf8"));

const tmp = mkdtempSync(join(tmpdir(), "curated-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the curated dataset files", () => {
  it("are found under data/curated and parse as whole dataset documents", () => {
    expect(dir.replaceAll("\\", "/")).toMatch(/\/data\/curated$/);
    for (const file of files) {
      const parsed = DatasetSchema.safeParse(read(file));
      expect(parsed.success, `${file}: ${parsed.error?.message}`).toBe(true);
    }
    // Each file holds only its own part.
    expect(read("relations.json").corridors).toEqual({ corridors: [] });
    expect(read("corridors.json").relations).toEqual({ sources: [], topics: [], people: [], agreements: [], statements: [] });
  });

  it("load into the named exports", () => {
    const loaded = loadCuratedDataset();
    expect(loaded.relations).toEqual(relationsDataset);
    expect(loaded.corridors).toEqual(corridorsDataset);
    expect(relationsDataset.agreements.length).toBeGreaterThan(0);
    expect(relationsDataset.sources.length).toBeGreaterThan(0);
    expect(corridorsDataset.corridors.length).toBeGreaterThan(0);
  });

  it("refuses a corrupted copy, naming the file and the problem's path", () => {
    for (const file of files) copyFileSync(join(dir, file), join(tmp, file));
    const doc = read("relations.json");
    doc.relations.agreements[0].kind = "NOPE";
    writeFileSync(join(tmp, "relations.json"), `${JSON.stringify(doc, null, 2)}\n`);
    expect(() => loadCuratedDataset(tmp)).toThrow(/relations\.json is not a valid dataset:\n\s+relations\.agreements\.0\.kind: /);
  });

  it("add every data/curated/corridors/*.json, by name, to the two files; the folder may be absent", () => {
    const many = mkdtempSync(join(tmpdir(), "curated-many-"));
    try {
      for (const file of files) copyFileSync(join(dir, file), join(many, file));
      const base = loadCuratedDataset(many);
      mkdirSync(join(many, "corridors"));
      expect(loadCuratedDataset(many)).toEqual(base);
      const source = { id: "fx-curated-source", title: "Fixture", publisher: "Tests" };
      const corridor = (id: string) => ({ id, name: id, sources: [source.id], claims: [], members: [], nodes: [], segments: [], routes: [] });
      const doc = (corridors: object[], sources: object[] = [source]) => `${JSON.stringify({
        format: "relations-graph/dataset@1",
        relations: { sources, topics: [], people: [], agreements: [], statements: [] },
        corridors: { corridors },
      })}\n`;
      writeFileSync(join(many, "corridors", "b-zeta.json"), doc([corridor("fx-zeta")]));
      writeFileSync(join(many, "corridors", "a-eta.json"), doc([corridor("fx-eta")]));
      writeFileSync(join(many, "corridors", "notes.txt"), "not a dataset");
      expect(curatedFiles(many).map((f) => f.slice(many.length + 1).replaceAll("\\", "/"))).toEqual(["relations.json", "corridors.json", "corridors/a-eta.json", "corridors/b-zeta.json"]);
      const loaded = loadCuratedDataset(many);
      expect(loaded.corridors.corridors.map((c) => c.id)).toEqual([...base.corridors.corridors.map((c) => c.id), "fx-eta", "fx-zeta"]);
      // The source both files carry, identical, is kept once.
      expect(loaded.relations.sources.filter((s) => s.id === source.id)).toHaveLength(1);
      expect(loaded.relations.sources).toHaveLength(base.relations.sources.length + 1);
      // A source repeated with a difference, or a corridor repeated at all, names both files.
      writeFileSync(join(many, "corridors", "b-zeta.json"), doc([corridor("fx-zeta")], [{ ...source, title: "Another title" }]));
      expect(() => loadCuratedDataset(many)).toThrow(/sources "fx-curated-source" is given by both corridors[/\\]a-eta\.json and corridors[/\\]b-zeta\.json/);
      writeFileSync(join(many, "corridors", "b-zeta.json"), doc([corridor("fx-eta")]));
      expect(() => loadCuratedDataset(many)).toThrow(/corridors "fx-eta" is given by both corridors[/\\]a-eta\.json and corridors[/\\]b-zeta\.json/);
      const instc = doc([corridor(base.corridors.corridors[0].id)]);
      writeFileSync(join(many, "corridors", "b-zeta.json"), instc);
      expect(() => loadCuratedDataset(many)).toThrow(new RegExp(`corridors "${base.corridors.corridors[0].id}" is given by both corridors\\.json and corridors[/\\\\]b-zeta\\.json`));
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  });

  // ajv is not a dependency of the project: this part runs only where it is installed.
  const hasAjv = (() => {
    try {
      createRequire(import.meta.url).resolve("ajv/dist/2020.js");
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!hasAjv)("are accepted by the committed JSON Schema (schema/dataset.schema.json)", async () => {
    const name = "ajv/dist/2020.js";
    const mod = await import(/* @vite-ignore */ name);
    const Ajv = mod.default?.default ?? mod.default;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync("schema/dataset.schema.json", "utf8")));
    for (const file of files) expect(validate(read(file)), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  });
});
