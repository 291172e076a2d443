/**
 * The curated seed dataset: data/curated/relations.json, data/curated/corridors.json and every
 * data/curated/corridors/*.json (by name), each a whole dataset document (format
 * "relations-graph/dataset@1"), validated against DatasetSchema when loaded, their parts concatenated.
 * Editors' notes that do not fit a record's note field are in data/curated/NOTES.md.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { packageRoot } from "../lib/package-root.js";
import type { CorridorsDataset } from "./corridors.types.js";
import { DatasetSchema, type Dataset } from "./dataset.schema.js";
import type { RelationsDataset } from "./dataset.types.js";

export interface CuratedDataset {
  relations: RelationsDataset;
  corridors: CorridorsDataset;
}

/** data/curated under the package root: the nearest directory above this module holding package.json (src/seed/ or dist/src/seed/). */
export function curatedDataDir(): string {
  return join(packageRoot(), "data", "curated");
}

/** Reads and validates one dataset document; throws naming the file and every problem's path. */
export function readDatasetFile(file: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file}: cannot read the dataset: ${(e as Error).message}`);
  }
  const parsed = DatasetSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`);
    throw new Error(`${file} is not a valid dataset:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

/** The curated files in load order: relations.json, corridors.json, then corridors/*.json sorted by name. */
export function curatedFiles(dir: string = curatedDataDir()): string[] {
  const more = join(dir, "corridors");
  const extra = existsSync(more) ? readdirSync(more).filter((f) => f.endsWith(".json")).sort() : [];
  return [join(dir, "relations.json"), join(dir, "corridors.json"), ...extra.map((f) => join(more, f))];
}

/** Each part's record lists and how a record of each is keyed. */
const RELATIONS_LISTS = { sources: "id", topics: "code", people: "id", agreements: "id", statements: "id" } as const;

/**
 * Concatenates the parts of several dataset documents, in order. A record id that two files give is an
 * error naming both files, except a source the files repeat identically (kept once).
 */
export function mergeDatasets(files: { name: string; dataset: Dataset }[]): CuratedDataset {
  const problems: string[] = [];
  const relations: RelationsDataset = { sources: [], topics: [], people: [], agreements: [], statements: [] };
  const corridors: CorridorsDataset = { corridors: [] };
  const seen = new Map<string, { file: string; record: unknown }>();
  /** Whether to keep the record; records a clash otherwise. */
  const admit = (list: string, id: string, file: string, record: unknown): boolean => {
    const key = `${list}:${id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, { file, record });
      return true;
    }
    if (list === "sources" && isDeepStrictEqual(first.record, record)) return false;
    problems.push(`${list} "${id}" is given by both ${first.file} and ${file}`);
    return false;
  };
  for (const { name, dataset } of files) {
    for (const [list, key] of Object.entries(RELATIONS_LISTS) as [keyof RelationsDataset, string][]) {
      const target = relations[list] as unknown[];
      for (const r of dataset.relations[list] as Record<string, unknown>[]) {
        const id = String(r[key]);
        // Within one file a repeat is left to the dataset's own validation, as before.
        if (seen.get(`${list}:${id}`)?.file === name) target.push(r);
        else if (admit(list, id, name, r)) target.push(r);
      }
    }
    for (const c of dataset.corridors.corridors) {
      if (seen.get(`corridors:${c.id}`)?.file === name) corridors.corridors.push(c);
      else if (admit("corridors", c.id, name, c)) corridors.corridors.push(c);
    }
  }
  if (problems.length) throw new Error(`The curated dataset files clash:\n  ${problems.join("\n  ")}`);
  return { relations, corridors };
}

/** Loads every curated file (curatedFiles) and concatenates their parts. */
export function loadCuratedDataset(dir: string = curatedDataDir()): CuratedDataset {
  return mergeDatasets(curatedFiles(dir).map((file) => ({ name: file.slice(dir.length + 1) || basename(file), dataset: readDatasetFile(file) })));
}

const curated = loadCuratedDataset();
export const relationsDataset: RelationsDataset = curated.relations;
export const corridorsDataset: CorridorsDataset = curated.corridors;
