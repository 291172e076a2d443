import type { RecordSpec } from "../../../db/record-writes.js";
import { userInputError } from "../../../graphql/errors.js";
import { Source } from "./source.entity.js";

/**
 * How sources are written (through the shared RecordWrites). While other records cite a source,
 * a delete is refused unless it cascades: then its links and claims go with it, and so do the
 * statements it reports.
 */
export const sourceSpec: RecordSpec<Source> = {
  type: "Source",
  entity: Source,
  table: "relations.source",
  key: "id",
  columns: {
    id: "id", title: "title", publisher: "publisher", url: "url", archiveUrl: "archive_url", language: "language",
    publishedOn: "published_on", accessedOn: "accessed_on", excerpt: "excerpt",
  },
  required: ["title", "publisher"],
  dependents: [
    { table: "relations.agreement_source", column: "source_id", what: "agreement citation(s)", onCascade: "delete" },
    { table: "relations.ratification_stage_source", column: "source_id", what: "ratification stage citation(s)", onCascade: "delete" },
    { table: "relations.clause_source", column: "source_id", what: "clause citation(s)", onCascade: "delete" },
    { table: "relations.office_source", column: "source_id", what: "office citation(s)", onCascade: "delete" },
    { table: "relations.claim", column: "source_id", what: "claim(s)", onCascade: "delete" },
    { table: "relations.statement", column: "source_id", what: "statement(s) it reports", onCascade: "delete" },
  ],
  check(_m, r) {
    if (r.publishedOn && r.accessedOn && String(r.accessedOn) < String(r.publishedOn)) {
      throw userInputError("input.accessedOn", `must not be before publishedOn (${String(r.accessedOn)} < ${String(r.publishedOn)})`);
    }
  },
};
