import type { DataSource } from "typeorm";
import { byKey } from "../../../db/loaders.js";
import { Source } from "./source.entity.js";

export function createSourceLoaders(ds: DataSource) {
  return { sourceById: byKey(ds, Source, "id") };
}

export type SourceLoaders = ReturnType<typeof createSourceLoaders>;
