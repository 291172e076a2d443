/**
 * The curated seed dataset: data/curated/relations.json and data/curated/corridors.json, each a whole
 * dataset document (format "relations-graph/dataset@1"), validated against DatasetSchema when loaded.
 * Editors' notes that do not fit a record's note field are in data/curated/NOTES.md.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CorridorsDataset } from "./corridors.types.js";
import { DatasetSchema, type Dataset } from "./dataset.schema.js";
import type { RelationsDataset } from "./dataset.types.js";

export interface CuratedDataset {
  relations: RelationsDataset;
  corridors: CorridorsDataset;
}

/** data/curated under the package root: the nearest directory above this module holding package.json (src/seed/ or dist/src/seed/). */
export function curatedDataDir(): string {
  let dir = dirname(fileURLToPath(new URL(import.meta.url)));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${fileURLToPath(new URL(import.meta.url))}`);
    dir = parent;
  }
  return join(dir, "data", "curated");
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
