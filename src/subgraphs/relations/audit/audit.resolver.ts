import { AuditResolver as auditResolver } from "../../../graphql/audit-log.js";
import { AuditEntry } from "./audit.entity.js";
import { relationsData } from "../dataset.js";

/** relationsAuditLog and importRelationsDataset, for admins. */
export const AuditResolver = auditResolver({ subgraph: "relations", entity: AuditEntry, exampleType: "Source", data: relationsData });
