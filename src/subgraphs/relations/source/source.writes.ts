import type { RecordSpec } from "../../../db/record-writes.js";
import { userInputError } from "../../../graphql/errors.js";
import { Agreement } from "../agreement/agreement.entity.js";
import { Claim } from "../claim/claim.entity.js";
import { Clause } from "../clause/clause.entity.js";
import { Office } from "../person/person.entity.js";
import { RatificationStage } from "../ratification/ratification.entity.js";
import { Statement } from "../statement/statement.entity.js";
import { Source } from "./source.entity.js";

/**
 * How sources are written (through the shared RecordWrites). While other records cite a source,
 * a delete is refused unless it cascades: then its links and claims go with it, and so do the
 * statements it reports.
 */
export const sourceSpec: RecordSpec<Source> = {
  type: "Source",
  entity: Source,
  key: "id",
  required: ["title", "publisher"],
  dependents: [
    { entity: Agreement, relation: "sources", what: "agreement citation(s)", onCascade: "delete" },
    { entity: RatificationStage, relation: "sources", what: "ratification stage citation(s)", onCascade: "delete" },
    { entity: Clause, relation: "sources", what: "clause citation(s)", onCascade: "delete" },
    { entity: Office, relation: "sources", what: "office citation(s)", onCascade: "delete" },
    { entity: Claim, property: "sourceId", what: "claim(s)", onCascade: "delete" },
    { entity: Statement, property: "sourceId", what: "statement(s) it reports", onCascade: "delete" },
  ],
  check(_m, r) {
    if (r.publishedOn && r.accessedOn && String(r.accessedOn) < String(r.publishedOn)) {
      throw userInputError("input.accessedOn", `must not be before publishedOn (${String(r.accessedOn)} < ${String(r.publishedOn)})`);
    }
  },
};
