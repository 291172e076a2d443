import { defineFeature } from "../../feature.js";
import { AuditEntry } from "./audit.entity.js";
import { CorridorsAuditResolver } from "./audit.resolver.js";

/** The audit log of writes and dataset import, for admins. */
export const audit = defineFeature({
  name: "audit",
  entities: [AuditEntry],
  resolvers: [CorridorsAuditResolver],
});
