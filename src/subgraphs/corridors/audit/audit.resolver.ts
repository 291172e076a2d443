import { AuditResolver as auditResolver } from "../../../graphql/audit-log.js";
import { AuditEntry } from "./audit.entity.js";
import { corridorsData } from "../dataset.js";

/** corridorsAuditLog and importCorridorsDataset, for admins. */
export const CorridorsAuditResolver = auditResolver({ subgraph: "corridors", entity: AuditEntry, exampleType: "CorridorSegment", data: corridorsData });
