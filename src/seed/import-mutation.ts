import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { GraphQLError } from "graphql";
import type { WriteService } from "../db/write-service.js";
import type { Authentication } from "../auth/auth.service.js";
import type { DatasetPart } from "../subgraphs/define.js";
import { DatasetSchema } from "./dataset.schema.js";

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
 * The admin import mutations: each subgraph imports its own part of a dataset file (its module's
 * DatasetPart, src/subgraphs/<name>/dataset.ts), validated whole first, written in one transaction
 * with one audit entry (operation IMPORT, the file's SHA-256).
 */
export async function importPart<P>(
  part: DatasetPart<P>,
  ds: DataSource,
  writes: WriteService,
  ctx: { auth: Authentication; requestId: string },
  input: unknown,
): Promise<ImportSummary> {
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`));
  const d = parsed.data;
  const digest = createHash("sha256").update(JSON.stringify(input)).digest("hex");
  // Records of other subgraphs that the part cites: here only the file's own lists can be checked;
  // its own subgraph's stored records (`citable`: a segment a route of another corridor uses) can.
  const problems = part.validate(d, part.citable ? await part.citable(ds) : {});
  if (problems.length) throw invalid(problems);
  const records = part.count(part.of(d));
  // The import and its audit entry share one transaction.
  await writes.write(ctx, async (m, audit) => {
    await part.write(ds, part.of(d), m);
    audit({ operation: "IMPORT", recordType: "Dataset", recordId: digest.slice(0, 16), before: null, after: { records, digest } });
  });
  return { records, digest };
}
