import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { GraphQLError } from "graphql";
import type { WriteService } from "../db/write-service.js";
import type { Authentication } from "../auth/auth.service.js";
import { seedCorridors, validateCorridorsDataset } from "./corridors.seed.js";
import { isoCountries } from "./countries.js";
import { DatasetSchema } from "./dataset.schema.js";
import { partyCodes, seedRelations } from "./seed.js";
import { validateRelationsDataset } from "./validate.js";

export interface ImportSummary {
  records: number;
  digest: string;
}

function invalid(problems: string[]): GraphQLError {
  return new GraphQLError(`The dataset is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}): ${problems.slice(0, 50).join("; ")}`, {
    extensions: { code: "BAD_USER_INPUT", problems },
  });
}

/**
 * The admin import mutations: each subgraph imports its own part of a dataset file, validated whole
 * first, written in one transaction with one audit entry (operation IMPORT, the file's SHA-256).
 */
export async function importPart(
  part: "relations" | "corridors",
  ds: DataSource,
  writes: WriteService,
  ctx: { auth: Authentication; requestId: string },
  input: unknown,
): Promise<ImportSummary> {
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`));
  const d = parsed.data;
  const countries = partyCodes();
  const digest = createHash("sha256").update(JSON.stringify(input)).digest("hex");
  if (part === "relations") {
    const problems = validateRelationsDataset(d.relations, countries);
    if (problems.length) throw invalid(problems);
  } else {
    // Sources and agreements belong to the relations subgraph: here only the file's own lists can be checked.
    const problems = validateCorridorsDataset(d.corridors, new Set(d.relations.sources.map((s) => s.id)), new Set(d.relations.agreements.map((a) => a.id)), new Set(isoCountries().map((c) => c.code)));
    if (problems.length) throw invalid(problems);
  }
  const records =
    part === "relations"
      ? d.relations.sources.length + d.relations.topics.length + d.relations.people.length + d.relations.agreements.length + d.relations.statements.length
      : d.corridors.corridors.reduce((n, c) => n + 1 + c.members.length + c.nodes.length + c.segments.length + c.routes.length, 0);
  // The import and its audit entry share one transaction.
  await writes.write(ctx, async (m, audit) => {
    if (part === "relations") await seedRelations(ds, d.relations, m);
    else await seedCorridors(ds, d.corridors, { checked: true, within: m });
    audit({ operation: "IMPORT", recordType: "Dataset", recordId: digest.slice(0, 16), before: null, after: { records, digest } });
  });
  return { records, digest };
}
