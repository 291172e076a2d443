import { Directive, ObjectType } from "type-graphql";
import { Node } from "../identity/identity.types.js";
import { Entity, Index } from "typeorm";
import { AuditEntryBase } from "../../../db/audit-entry.base.js";

/** One write to this subgraph: who, when, what, and the record before and after. Written in the write's transaction. */
@Directive('@key(fields: "nodeId")')
@ObjectType("RelationsAuditEntry", { implements: Node, description: "One write to the relations subgraph: who, when, which record, before and after." })
@Entity()
@Index("audit_entry_record_idx", ["recordType", "recordId", "id"])
@Index("audit_entry_actor_idx", ["actor", "id"])
export class AuditEntry extends AuditEntryBase {}
