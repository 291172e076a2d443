import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Table and column names as the TypeORM entity metadata has them. Hand-written SQL takes its
 * names from here, never from string literals, so the entity (and its migration) is the one place
 * a database name is written: writes, seed and export follow a renamed column by themselves.
 */

/** A quoted SQL identifier. */
export const quoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The metadata of an entity, through any manager of its DataSource. */
export const metadataOf = (m: EntityManager, entity: EntityTarget<ObjectLiteral>): EntityMetadata => m.connection.getMetadata(entity);

/** The entity's table with its schema, quoted: `"relations"."agreement"`. */
export function tableOf(meta: EntityMetadata): string {
  return meta.tablePath.split(".").map(quoted).join(".");
}

/** The quoted column an entity property is stored in. */
export function columnOf(meta: EntityMetadata, property: string): string {
  const c = meta.findColumnWithPropertyName(property);
  if (!c) throw new Error(`${meta.name} has no column for property "${property}"`);
  return quoted(c.databaseName);
}

/**
 * Each column of the entity's table with the property it is read into (a join column declared beside its relation keeps its property, "agreementId").
 * Generated columns (the stored search vectors) are left out: PostgreSQL computes them, so nothing writes, exports or audits them.
 */
export function propertyColumns(meta: EntityMetadata): { property: string; column: string }[] {
  return meta.columns.filter((c) => !c.generatedType).map((c) => ({ property: c.propertyName, column: c.databaseName }));
}

/** The database names of the entity's generated columns (`GENERATED ALWAYS AS (...) STORED`), unquoted. */
export function generatedColumns(meta: EntityMetadata): string[] {
  return meta.columns.filter((c) => c.generatedType).map((c) => c.databaseName);
}

/** The join table behind a many-to-many relation (Agreement.topics: agreement_topic), its columns quoted. */
export interface JoinTableNames {
  table: string;
  /** Holds the owning record's key (agreement_id). */
  parent: string;
  /** Holds the related record's key (topic_code). */
  child: string;
  /** The related entity, and the quoted column the child column refers to (topic, code). */
  target: EntityMetadata;
  targetColumn: string;
}

export function joinTableOf(meta: EntityMetadata, relation: string): JoinTableNames {
  const r = meta.findRelationWithPropertyPath(relation);
  const junction = r?.junctionEntityMetadata;
  if (!r || !junction || r.joinColumns.length !== 1 || r.inverseJoinColumns.length !== 1) {
    throw new Error(`${meta.name}.${relation} is not a many-to-many relation with a join table of two columns`);
  }
  const child = r.inverseJoinColumns[0];
  return {
    table: tableOf(junction),
    parent: quoted(r.joinColumns[0].databaseName),
    child: quoted(child.databaseName),
    target: r.inverseEntityMetadata,
    targetColumn: quoted(child.referencedColumn!.databaseName),
  };
}

/**
 * Every row of an entity's table as a plain object keyed by property name, in the given order of
 * properties. Values come as the driver reads them (no entity hydration), which is what an export wants.
 */
export function selectByProperty<T = Record<string, unknown>>(
  m: EntityManager,
  entity: EntityTarget<ObjectLiteral>,
  /** Properties, or an ORDER BY expression built from the columns of properties. */
  orderBy: string[] | ((column: (property: string) => string) => string),
): Promise<T[]> {
  const meta = metadataOf(m, entity);
  const list = propertyColumns(meta).map((c) => `${quoted(c.column)} AS ${quoted(c.property)}`).join(", ");
  const order = typeof orderBy === "function" ? orderBy((p) => columnOf(meta, p)) : orderBy.map((p) => columnOf(meta, p)).join(", ");
  return m.query(`SELECT ${list} FROM ${tableOf(meta)}${order ? ` ORDER BY ${order}` : ""}`);
}

/** Every (parent, child) pair of a many-to-many relation's join table, ordered by parent then child. */
export function selectLinks(m: EntityManager, entity: EntityTarget<ObjectLiteral>, relation: string): Promise<{ parent: string; child: string }[]> {
  const j = joinTableOf(metadataOf(m, entity), relation);
  return m.query(`SELECT ${j.parent} AS parent, ${j.child} AS child FROM ${j.table} ORDER BY 1, 2`);
}

/**
 * Deletes the rows whose properties hold one of the given tuples: `values[i]` lists the values of
 * `properties[i]`, tuple by tuple (as PostgreSQL arrays, so any number of rows is one statement).
 */
export async function deleteWhereIn(m: EntityManager, entity: EntityTarget<ObjectLiteral>, properties: string[], values: string[][]): Promise<void> {
  const meta = metadataOf(m, entity);
  const columns = properties.map((p) => columnOf(meta, p));
  const cond = columns.length === 1
    ? `${columns[0]} = ANY($1)`
    : `(${columns.join(", ")}) IN (SELECT * FROM unnest(${columns.map((_, i) => `$${i + 1}::varchar[]`).join(", ")}))`;
  await m.query(`DELETE FROM ${tableOf(meta)} WHERE ${cond}`, values);
}

/** Replaces the join-table rows of a many-to-many relation that belong to `parents` with `pairs` (parent, child). */
export async function replaceLinks(m: EntityManager, entity: EntityTarget<ObjectLiteral>, relation: string, parents: string[], pairs: [string, string][]): Promise<void> {
  if (!parents.length) return;
  const j = joinTableOf(metadataOf(m, entity), relation);
  await m.query(`DELETE FROM ${j.table} WHERE ${j.parent} = ANY($1)`, [parents]);
  if (!pairs.length) return;
  await m.query(
    `INSERT INTO ${j.table} (${j.parent}, ${j.child}) SELECT * FROM unnest($1::varchar[], $2::varchar[]) ON CONFLICT DO NOTHING`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
}

/** True when the entity's table has no row. */
export async function isEmpty(m: EntityManager, entity: EntityTarget<ObjectLiteral>): Promise<boolean> {
  const [row] = await m.query(`SELECT NOT EXISTS (SELECT 1 FROM ${tableOf(metadataOf(m, entity))}) AS empty`);
  return row.empty === true;
}
