import type { DatasetPart } from "../define.js";
import { CorridorSegment } from "./segment/segment.entity.js";
import type { CorridorsDataset } from "../../seed/corridors.types.js";
import { isCorridorsEmpty, seedCorridors, validateCorridorsDataset } from "../../seed/corridors.seed.js";
import { isoCountries } from "../../seed/countries.js";
import { exportCorridors } from "../../seed/transfer.js";

/**
 * The corridors part of the dataset file (key "corridors"); the work is done in src/seed/. Its
 * records cite sources and agreements of the relations subgraph: those of the same file, and
 * (on a command-line import) those already stored. A route may use a segment another corridor
 * defines, in the file or already stored (`citable`: CorridorSegment).
 */
export const corridorsData: DatasetPart<CorridorsDataset> = {
  of: (file) => file.corridors,
  seed: (ds) => seedCorridors(ds),
  isEmpty: isCorridorsEmpty,
  export: exportCorridors,
  write: (ds, part, within) => seedCorridors(ds, part, { checked: true, within }),
  validate: (file, stored = {}) =>
    validateCorridorsDataset(
      file.corridors,
      new Set([...file.relations.sources.map((s) => s.id), ...(stored.Source ?? [])]),
      new Set([...file.relations.agreements.map((a) => a.id), ...(stored.Agreement ?? [])]),
      new Set(isoCountries().map((c) => c.code)),
      new Set(stored.CorridorSegment ?? []),
    ),
  citable: async (ds) => ({ CorridorSegment: (await ds.getRepository(CorridorSegment).find({ select: { id: true } })).map((s) => s.id) }),
  count: (d) => d.corridors.reduce((n, c) => n + 1 + c.members.length + c.nodes.length + c.segments.length + c.routes.length, 0),
  summary: (d) => `${d.corridors.length} corridors`,
};
