import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/** Inserts or updates rows by their key, 500 at a time (one statement each). */
export async function upsert<T extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<T>, rows: T[], keys: string[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await m.getRepository(entity).upsert(rows.slice(i, i + 500) as never, { conflictPaths: keys, skipUpdateIfNoValuesChanged: true });
  }
}
