import { In, type DataSource, type EntityTarget, type ObjectLiteral } from "typeorm";
import { keysetList } from "./keyset-list.js";
import type { ConnectionShape } from "./pagination.js";

export interface AuditLogArgs {
  recordType?: string | null;
  recordId?: string | null;
  actor?: string | null;
  first?: number | null;
  after?: string | null;
}

/** A page of a subgraph's audit table, newest first, filtered by record and by key name. */
export function auditLogPage<T extends ObjectLiteral & { id: string }>(ds: DataSource, table: string, entity: EntityTarget<T>, args: AuditLogArgs): Promise<ConnectionShape<T>> {
  // Ids are bigints: ordered as zero-padded text so the generic keyset cursor can carry them.
  const key = "lpad(e.id::text, 20, '0')";
  return keysetList(
    ds,
    "audit:id",
    args,
    (p) => {
      const where: string[] = [];
      if (args.recordType) where.push(`e.record_type = ${p.add(args.recordType)}`);
      if (args.recordId) where.push(`e.record_id = ${p.add(args.recordId)}`);
      if (args.actor) where.push(`e.actor = ${p.add(args.actor)}`);
      return { from: `${table} e`, idExpr: key, sortKey: key, sortCast: "text", dir: "DESC", where };
    },
    async (ids) => {
      const wanted = ids.map((i) => String(BigInt(i)));
      const rows = await ds.getRepository(entity).findBy({ id: In(wanted) } as never);
      return wanted.map((id) => rows.find((r) => String(r.id) === id) ?? null);
    },
  );
}
