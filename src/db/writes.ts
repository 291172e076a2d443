import { GraphQLError } from "graphql";
import type { EntityManager } from "typeorm";
import { userInputError } from "../graphql/errors.js";

/** The record a write touched, before and after, for the audit log. */
export interface AuditRecord {
  operation: "CREATE" | "UPDATE" | "DELETE" | "IMPORT";
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
}

/** A create of a key that is taken: the existence check's error, and a lost race's (insertNew) alike. */
export function alreadyExists(recordType: string, keyField: string, id: string): GraphQLError {
  return userInputError(`input.${keyField}`, `a ${recordType} with ${keyField} "${id}" already exists`);
}

/** PostgreSQL's unique_violation (SQLSTATE 23505), as TypeORM's QueryFailedError or the driver raises it. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: unknown; driverError?: { code?: unknown } } | null;
  return (err?.driverError?.code ?? err?.code) === "23505";
}

/**
 * Runs the INSERT of a create. Concurrent creates of one key all pass the existence check (none
 * sees another's uncommitted row); each loser's INSERT waits for the winner's commit and fails with
 * a unique violation. That is the caller's error, as when the check catches it: BAD_USER_INPUT
 * "already exists", however many race. Every create path inserts its row through here.
 */
export async function insertNew<T>(recordType: string, keyField: string, id: string, insert: () => Promise<T>): Promise<T> {
  try {
    return await insert();
  } catch (e) {
    if (isUniqueViolation(e)) throw alreadyExists(recordType, keyField, id);
    throw e;
  }
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
