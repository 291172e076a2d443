import { defineFeature } from "../../feature.js";
import { AuditEntry } from "./audit.entity.js";
import { CorridorsAuditResolver } from "./audit.resolver.js";
import { auditReference } from "../../../graphql/audit-log.js";

/** The audit log of writes and dataset import, for admins. */
export const audit = defineFeature({
  name: "audit",
  entities: [AuditEntry],
  resolvers: [CorridorsAuditResolver],
  // By global id (Query.node), for admins only, as the log.
  references: auditReference("CorridorsAuditEntry", AuditEntry),
});
