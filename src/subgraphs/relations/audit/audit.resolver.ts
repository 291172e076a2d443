import { GraphQLJSON } from "graphql-scalars";
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { ImportReport } from "../../../graphql/import-types.js";
import { importPart } from "../../../seed/import-mutation.js";
import { auditLogPage } from "../../../graphql/audit-log.js";
import { connectionType } from "../../../graphql/pagination.js";
import type { RelationsContext } from "../relations.services.js";
import { AuditEntry } from "./audit.entity.js";
import { relationsData } from "../dataset.js";

export const RelationsAuditConnection = connectionType(AuditEntry, "RelationsAuditEntry", "audit entries");

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized("admin")
  @Query(() => RelationsAuditConnection, { description: "The relations subgraph's audit log, newest first. Needs an admin key." })
  relationsAuditLog(
    @Arg("recordType", () => String, { nullable: true, description: "Only writes to records of this GraphQL type (\"Source\")." }) recordType: string | null,
    @Arg("recordId", () => ID, { nullable: true, description: "Only writes to this record." }) recordId: string | null,
    @Arg("actor", () => String, { nullable: true, description: "Only writes by the key with this name." }) actor: string | null,
    @Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }) after: string | null,
    @Ctx() ctx: RelationsContext,
  ) {
    return auditLogPage(ctx.services.dataSource, "relations.audit_entry", AuditEntry, { recordType, recordId, actor, first, after });
  }

  @Authorized("admin")
  @Mutation(() => ImportReport, {
    description: "Imports the relations part of a dataset file (schema/dataset.schema.json): validated whole, then written in one transaction. Idempotent. Needs an admin key.",
  })
  importRelationsDataset(@Arg("dataset", () => GraphQLJSON, { description: "The whole dataset file, as JSON." }) dataset: unknown, @Ctx() ctx: RelationsContext) {
    return importPart(relationsData, ctx.services.dataSource, ctx.services.writes, ctx, dataset);
  }
}
