import type { DatasetPart } from "../define.js";
import { Agreement } from "./agreement/agreement.entity.js";
import { Source } from "./source/source.entity.js";
import type { RelationsDataset } from "../../seed/dataset.types.js";
import { importManyTreaties } from "../../seed/manytreaties/import.js";
import { isRelationsEmpty, partyCodes, seedRelations } from "../../seed/seed.js";
import { exportRelations } from "../../seed/transfer.js";
import { validateRelationsDataset } from "../../seed/validate.js";

/** The relations part of the dataset file (key "relations"); the work is done in src/seed/. */
export const relationsData: DatasetPart<RelationsDataset> = {
  of: (file) => file.relations,
  // The shipped data is the curated dataset with the manytreaties GGO data merged under it.
  seed: async (ds) => void (await importManyTreaties(ds)),
  isEmpty: isRelationsEmpty,
  export: exportRelations,
  write: (ds, part, within) => seedRelations(ds, part, within),
  validate: (file) => validateRelationsDataset(file.relations, partyCodes()),
  // Corridor records may cite sources and agreements already in the database as well as in the file.
  citable: async (ds) => {
    const ids = async (entity: typeof Source | typeof Agreement): Promise<string[]> => (await ds.getRepository(entity).find({ select: { id: true } })).map((r) => r.id);
    return { Source: await ids(Source), Agreement: await ids(Agreement) };
  },
  count: (d) => d.sources.length + d.topics.length + d.people.length + d.agreements.length + d.statements.length,
  summary: (d) => `${d.agreements.length} agreements, ${d.sources.length} sources`,
};
