import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { tableOf } from "../db/entity-columns.js";

/**
 * Inserts or updates rows by their key, 500 at a time (one statement each). A row whose values
 * did not change is left alone; one that changed gets `version + 1` where the table has a version,
 * so an editor holding the old version gets CONFLICT instead of overwriting what an import wrote.
 * `changed`, when given, hears of every row inserted or changed (not of rows left alone).
 */
export type ChangeSink = (recordType: string, id: string, inserted: boolean) => void;

export async function upsert<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, rows: T[], keys: string[], changed?: ChangeSink): Promise<void> {
  if (!rows.length) return;
  const meta = m.connection.getMetadata(entity);
  const column = (property: string) => {
    const c = meta.findColumnWithPropertyName(property);
    if (!c) throw new Error(`${meta.name} has no column for ${property}`);
    return `"${c.databaseName}"`;
  };
  const properties = Object.keys(rows[0]);
  const cols = properties.map(column);
  const keyCols = keys.map(column);
  const rest = cols.filter((c) => !keyCols.includes(c));
  const version = meta.findColumnWithPropertyName("version") && column("version");
  const table = tableOf(meta);
  const onConflict = rest.length
    ? `DO UPDATE SET ${rest.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}${version ? `, ${version} = t.${version} + 1` : ""}
       WHERE (${rest.map((c) => `t.${c}`).join(", ")}) IS DISTINCT FROM (${rest.map((c) => `EXCLUDED.${c}`).join(", ")})`
    : "DO NOTHING";
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    const values: unknown[] = [];
    const tuples = batch.map((r) => `(${properties.map((p) => `$${values.push((r as Record<string, unknown>)[p] ?? null)}`).join(", ")})`);
    const returning = changed ? ` RETURNING ${keyCols.map((c) => `t.${c}::text`).join(" || ':' || ")} AS key, (t.xmax = 0) AS inserted` : "";
    const result = await m.query(`INSERT INTO ${table} AS t (${cols.join(", ")}) VALUES ${tuples.join(", ")} ON CONFLICT (${keyCols.join(", ")}) ${onConflict}${returning}`, values);
    if (changed) for (const r of result as { key: string; inserted: boolean }[]) changed(meta.name, r.key, r.inserted);
  }
}
