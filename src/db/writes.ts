import { GraphQLError } from "graphql";
import type { EntityManager } from "typeorm";

/** The record a write touched, before and after, for the audit log. */
export interface AuditRecord {
  operation: "CREATE" | "UPDATE" | "DELETE" | "IMPORT";
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
}

export function notFound(recordType: string, id: string): GraphQLError {
  return new GraphQLError(`No ${recordType} with id "${id}".`, { extensions: { code: "NOT_FOUND", recordType, id } });
}

/**
 * Optimistic locking: `UPDATE … SET …, version = version + 1 WHERE <key> = $1 AND version = $2`.
 * No row updated means either no such record (NOT_FOUND) or a stale version (CONFLICT, with the
 * current version), so two editors never silently overwrite each other.
 */
export async function conditionalUpdate(
  m: EntityManager,
  table: string,
  recordType: string,
  id: string,
  expectedVersion: number,
  set: Record<string, unknown>,
  keyColumn = "id",
): Promise<void> {
  const columns = Object.keys(set);
  const assignments = columns.map((c, i) => `"${c}" = $${i + 3}`).join(", ");
  const rows: unknown[] = await m.query(
    `UPDATE ${table} SET ${assignments ? `${assignments}, ` : ""}version = version + 1 WHERE "${keyColumn}" = $1 AND version = $2 RETURNING 1`,
    [id, expectedVersion, ...columns.map((c) => set[c])],
  );
  // node-postgres through TypeORM returns [rows, count] for UPDATE ... RETURNING
  const updated = Array.isArray(rows[0]) ? (rows[0] as unknown[]).length : rows.length;
  if (updated === 1) return;
  const [current] = await m.query(`SELECT version FROM ${table} WHERE "${keyColumn}" = $1`, [id]);
  if (!current) throw notFound(recordType, id);
  throw new GraphQLError(`${recordType} "${id}" was changed by someone else: you sent expectedVersion ${expectedVersion}, the current version is ${current.version}.`, {
    extensions: { code: "CONFLICT", currentVersion: current.version },
  });
}
