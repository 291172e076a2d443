import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { connectionType } from "../../../graphql/pagination.js";
import { keysetList } from "../../../graphql/keyset-list.js";
import type { RelationsContext } from "../relations.services.js";
import { AuditEntry } from "./audit.entity.js";

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
    return keysetList(
      ctx.services.dataSource,
      "audit:id",
      { first, after },
      (p) => {
        const where: string[] = [];
        if (recordType) where.push(`e.record_type = ${p.add(recordType)}`);
        if (recordId) where.push(`e.record_id = ${p.add(recordId)}`);
        if (actor) where.push(`e.actor = ${p.add(actor)}`);
        return { from: "relations.audit_entry e", idExpr: "lpad(e.id::text, 20, '0')", sortKey: "lpad(e.id::text, 20, '0')", sortCast: "text", dir: "DESC", where };
      },
      (ids) => ctx.services.auditEntries(ids.map((i) => String(BigInt(i)))),
    );
  }
}
