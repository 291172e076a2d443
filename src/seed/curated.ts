/**
 * The curated seed dataset: data/curated/relations.json and data/curated/corridors.json, each a whole
 * dataset document (format "relations-graph/dataset@1"), validated against DatasetSchema when loaded.
 * Editors' notes that do not fit a record's note field are in data/curated/NOTES.md.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
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

/** Loads the relations part of relations.json and the corridors part of corridors.json. */
export function loadCuratedDataset(dir: string = curatedDataDir()): CuratedDataset {
  return {
    relations: readDatasetFile(join(dir, "relations.json")).relations,
    corridors: readDatasetFile(join(dir, "corridors.json")).corridors,
  };
}

const curated = loadCuratedDataset();
export const relationsDataset: RelationsDataset = curated.relations;
export const corridorsDataset: CorridorsDataset = curated.corridors;
