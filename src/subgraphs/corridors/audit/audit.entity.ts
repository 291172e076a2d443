import { ObjectType } from "type-graphql";
import { Entity, Index } from "typeorm";
import { AuditEntryBase } from "../../../db/audit-entry.base.js";

/** One write to this subgraph: who, when, what, and the record before and after. Written in the write's transaction. */
@ObjectType("CorridorsAuditEntry", { description: "One write to the corridors subgraph: who, when, which record, before and after." })
@Entity()
@Index("audit_entry_record_idx", ["recordType", "recordId", "id"])
@Index("audit_entry_actor_idx", ["actor", "id"])
export class AuditEntry extends AuditEntryBase {}
