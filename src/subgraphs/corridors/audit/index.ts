import { defineFeature } from "../../feature.js";
import { AuditEntry } from "./audit.entity.js";
import { CorridorsAuditResolver } from "./audit.resolver.js";
import { auditLoaders, auditReference, type AuditLoaders } from "../../../graphql/audit-log.js";

declare module "../corridors.context.js" {
  interface CorridorsLoaders extends AuditLoaders {}
}

/** The audit log of writes and dataset import, for admins. */
export const audit = defineFeature({
  name: "audit",
  entities: [AuditEntry],
  resolvers: [CorridorsAuditResolver],
  // By global id (Query.node), for admins only, as the log.
  loaders: auditLoaders(AuditEntry),
  references: auditReference("CorridorsAuditEntry"),
});
