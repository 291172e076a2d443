import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";
import type { EntityMetadata } from "typeorm/metadata/EntityMetadata.js";
import { preparedPlan } from "./data-source.js";

/**
 * A nested selection read as one JSON value per row, in one statement (#14): an agreement with its
 * parties, their countries and stages, and its topics, as `json_build_object` over correlated
 * `json_agg` subqueries, the way PostGraphile plans a request. What the value holds is a `JsonShape`
 * (built from a GraphQL selection by src/graphql/planned-execution.ts); how one object reaches
 * another is a `JsonLink`, which a feature declares beside its loaders, as the same facts: the
 * entity, the key it is found by, the order. Nothing here knows GraphQL.
 */

/** How a field's object (or list of objects) is reached from its parent's row. */
export type JsonLink =
  /** The rows of `entity` whose `by` property holds the parent's primary key, in `order` (a list). */
  | { kind: "children"; entity: EntityTarget<ObjectLiteral>; by: string; order: Readonly<Record<string, JsonOrder>> }
  /** The row of `entity` whose primary key the parent's `via` property holds (one object, or null). */
  | { kind: "one"; entity: EntityTarget<ObjectLiteral>; via: string }
  /**
   * The rows of `entity` linked to the parent through `table` (parent column, child column), in the
   * child column's order. `table` is a table's name or a parenthesized SELECT of the two columns.
   */
  | { kind: "through"; entity: EntityTarget<ObjectLiteral>; table: string; parentColumn: string; childColumn: string }
  /** An object made of the parent's own row (a party's ratification): its other fields are declared links and values. */
  | { kind: "same" };

/** A column's direction in a list's order, as the loaders state it (db/loaders.ts `groupedBy`); the primary key breaks ties last. */
export type JsonOrder = "ASC" | "DESC" | { direction: "ASC" | "DESC"; nulls: "FIRST" | "LAST" };

/** A field computed in SQL from its object's row: a per-type id made of another column. */
export interface JsonValue {
  kind: "value";
  sql: (alias: string) => string;
}

/** What one response key of an object holds. */
export type JsonField =
  | { key: string; column: string; names?: ReadonlyMap<string, string>; text?: boolean }
  | { key: string; constant: string }
  | { key: string; value: JsonValue }
  | { key: string; link: JsonLink; shape: JsonShape };

/**
 * An object's response keys, over the row of `entity`; or, with `entity` null, over a key alone (an
 * entity another subgraph owns, known here by its key: `jsonByKeys`), whose links start from the key.
 */
export interface JsonShape {
  entity: EntityTarget<ObjectLiteral> | null;
  fields: JsonField[];
}

/** The key of an object made of a key alone (`jsonByKeys`), as a field's value. */
export const KEY_VALUE: JsonValue = { kind: "value", sql: (alias) => `${alias}."key"` };

/** json_build_object takes at most 100 arguments: an object with more keys is not planned. */
export const MAX_JSON_KEYS = 50;

/** The metadata of a declared entity, and its stored column behind a property (null: none). */
export function columnOf(ds: DataSource, entity: EntityTarget<ObjectLiteral>, property: string): ColumnMetadata | null {
  const meta = ds.getMetadata(entity);
  const c = meta.findColumnWithPropertyPath(property);
  // Not a relation's object, and not a column a plain find() leaves out (the stored search vectors).
  return c && c.isSelect && !c.isVirtual && !(c.relationMetadata && c.propertyName === c.relationMetadata.propertyName) ? c : null;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const tableOf = (meta: EntityMetadata) => meta.tablePath.split(".").map(quote).join(".");
const keyOf = (meta: EntityMetadata) => {
  if (meta.primaryColumns.length !== 1) throw new Error(`${meta.name}: a JSON link needs a single-column primary key`);
  return quote(meta.primaryColumns[0].databaseName);
};

/**
 * The SQL expression of `shape`'s JSON value for the row `alias` of its entity. Aliases of the
 * subqueries are numbered from `depth`, so nested ones never shadow their parents.
 */
export function jsonObjectSql(ds: DataSource, shape: JsonShape, alias: string, depth = 0): string {
  const meta = shape.entity ? ds.getMetadata(shape.entity) : null;
  const column = (property: string) => {
    const c = meta && columnOf(ds, meta.target as EntityTarget<ObjectLiteral>, property);
    if (!c) throw new Error(`${meta?.name ?? "a key"} has no stored column ${property}`);
    return `${alias}.${quote(c.databaseName)}`;
  };
  if (shape.fields.length > MAX_JSON_KEYS) throw new Error(`at most ${MAX_JSON_KEYS} keys in one JSON object`);
  const parts = shape.fields.map((f) => {
    if ("constant" in f) return `${literal(f.key)}, ${literal(f.constant)}::text`;
    if ("value" in f) return `${literal(f.key)}, ${f.value.sql(alias)}`;
    if ("column" in f) {
      const c = column(f.column);
      if (f.names) {
        // A GraphQL enum's names for the stored values (serialize), where any differs.
        const cases = [...f.names].map(([value, name]) => `WHEN ${literal(value)} THEN ${literal(name)}`).join(" ");
        return `${literal(f.key)}, CASE ${c}::text ${cases} END`;
      }
      return `${literal(f.key)}, ${f.text ? `${c}::text` : c}`;
    }
    return `${literal(f.key)}, ${linkSql(ds, meta, f.link, f.shape, alias, depth + 1)}`;
  });
  return `json_build_object(${parts.join(", ")})`;
}

function linkSql(ds: DataSource, parent: EntityMetadata | null, link: JsonLink, shape: JsonShape, alias: string, depth: number): string {
  if (link.kind === "same") return jsonObjectSql(ds, shape, alias, depth);
  const child = ds.getMetadata(link.entity);
  const c = `j${depth}`;
  const object = jsonObjectSql(ds, shape, c, depth);
  // The parent's key: its primary key, or the key an object of a key alone is.
  const parentKey = parent ? `${alias}.${keyOf(parent)}` : KEY_VALUE.sql(alias);
  if (link.kind === "one") {
    if (!parent) throw new Error(`a key alone has no column ${link.via}`);
    const via = columnOf(ds, parent.target as EntityTarget<ObjectLiteral>, link.via);
    if (!via) throw new Error(`${parent.name} has no stored column ${link.via}`);
    return `(SELECT ${object} FROM ${tableOf(child)} ${c} WHERE ${c}.${keyOf(child)} = ${alias}.${quote(via.databaseName)})`;
  }
  if (link.kind === "children") {
    const by = columnOf(ds, link.entity, link.by);
    if (!by) throw new Error(`${child.name} has no stored column ${link.by}`);
    const order = Object.entries(link.order).map(([property, o]) => {
      const column = columnOf(ds, link.entity, property);
      if (!column) throw new Error(`${child.name} has no stored column ${property}`);
      return `${c}.${quote(column.databaseName)} ${typeof o === "string" ? o : `${o.direction} NULLS ${o.nulls}`}`;
    });
    return `(SELECT coalesce(json_agg(${object}${order.length ? ` ORDER BY ${order.join(", ")}` : ""}), '[]'::json) FROM ${tableOf(child)} ${c} WHERE ${c}.${quote(by.databaseName)} = ${parentKey})`;
  }
  // Each link's child by its key, in a LATERAL subquery kept apart (OFFSET 0), so it is always a
  // key look-up per link: joined, PostgreSQL's estimate of a derived link table (a corridor's
  // segments) chose a hash join over a scan of every child, 9-10 ms against 3 ms for Q4 at scale 10.
  const l = `l${depth}`;
  const x = `x${depth}`;
  return (
    `(SELECT coalesce(json_agg(${x}.o ORDER BY ${l}.${quote(link.childColumn)}), '[]'::json) FROM ${link.table} ${l}` +
    ` CROSS JOIN LATERAL (SELECT ${object} AS o FROM ${tableOf(child)} ${c} WHERE ${c}.${keyOf(child)} = ${l}.${quote(link.childColumn)} OFFSET 0) ${x}` +
    ` WHERE ${l}.${quote(link.parentColumn)} = ${parentKey})`
  );
}

/**
 * A page's rows read as JSON objects of `shape` (what a keyset page selects beside its sort keys,
 * db/keyset.ts `KeysetSpec.rows`): its `read` gives each row's parsed object. JSON-serialised (a
 * page loader's key), it is its SQL, so pages of one shape share a batch and others do not.
 */
export interface JsonRows {
  /** The select expression over the alias `e`; also what tells two shapes apart in a loader's key. */
  readonly sql: string;
  readonly table: string;
  readonly key: string;
  columns(alias?: string, prefix?: string): string;
  read(row: Record<string, unknown>, prefix?: string): ObjectLiteral;
}

/** The alias a keyset page gives its rows' table (db/keyset.ts). */
const PAGE_ALIAS = "e";

export function jsonRows(ds: DataSource, shape: JsonShape): JsonRows {
  if (!shape.entity) throw new Error("JSON rows are rows of an entity");
  const meta = ds.getMetadata(shape.entity);
  const sql = jsonObjectSql(ds, shape, PAGE_ALIAS);
  const rows: JsonRows = {
    sql,
    table: tableOf(meta),
    key: keyOf(meta),
    columns(alias = PAGE_ALIAS, prefix = "") {
      if (alias !== PAGE_ALIAS) throw new Error(`JSON rows are read over the alias ${PAGE_ALIAS}`);
      return `${sql} AS ${quote(`${prefix}json`)}`;
    },
    read: (row, prefix = "") => row[`${prefix}json`] as ObjectLiteral,
  };
  // Only the SQL goes into a loader's key.
  Object.defineProperties(rows, { table: { enumerable: false }, key: { enumerable: false }, columns: { enumerable: false }, read: { enumerable: false } });
  return rows;
}

/**
 * Objects made of keys alone, as JSON, one per key and in the keys' order (`shape.entity` null): the
 * entities another subgraph asks this one to extend (a Country by its code, with its corridors),
 * read in one statement.
 */
export function jsonByKeys(ds: DataSource, shape: JsonShape): { read(keys: string[]): Promise<unknown[]> } {
  if (shape.entity) throw new Error("jsonByKeys reads objects made of a key alone");
  const object = jsonObjectSql(ds, shape, "k");
  const many = `SELECT ${object} AS json FROM unnest($1::text[]) WITH ORDINALITY AS k("key", n) ORDER BY k.n`;
  // One key, a router's usual fetch (a country, for its corridors): PostgreSQL keeps one generic plan
  // of this statement, sent named, instead of planning it on every run (3.5 ms of Q4's 7).
  // With an array of keys it plans for their number each time, so that one goes unnamed.
  const one = preparedPlan(`SELECT ${object} AS json FROM (SELECT $1::text AS "key") k`);
  const rows = (keys: string[]) => (keys.length === 1 ? ds.query(one, [keys[0]]) : ds.query(many, [keys]));
  return { read: async (keys) => ((await rows(keys)) as { json: unknown }[]).map((r) => r.json) };
}

/** One object of a shape found by a unique stored column's value (`jsonLookup`): its JSON, or null when no row has it. */
export interface JsonLookup {
  by(property: string, value: string): Promise<ObjectLiteral | null>;
}

/**
 * A root field's look-up read as JSON in one statement (a country by its code, with the fields a
 * client selects): `SELECT <shape> FROM <table> WHERE <column> = $1`, one named statement per
 * column. The column must be the primary key or unique on its own, so a value finds one row at most.
 */
export function jsonLookup(ds: DataSource, shape: JsonShape): JsonLookup {
  const entity = shape.entity;
  if (!entity) throw new Error("a look-up reads rows of an entity");
  const meta = ds.getMetadata(entity);
  const object = jsonObjectSql(ds, shape, "e");
  const texts = new Map<string, string>();
  const textFor = (property: string) => {
    const c = columnOf(ds, entity, property);
    const unique = !!c && (c.isPrimary ? meta.primaryColumns.length === 1 : meta.uniques.some((u) => u.columns.length === 1 && u.columns[0] === c));
    if (!c || !unique) throw new Error(`${meta.name}.${property} is not a unique stored column`);
    return preparedPlan(`SELECT ${object} AS json FROM ${tableOf(meta)} e WHERE e.${quote(c.databaseName)} = $1`);
  };
  return {
    async by(property, value) {
      let text = texts.get(property);
      if (!text) texts.set(property, (text = textFor(property)));
      const rows = (await ds.query(text, [value])) as { json: ObjectLiteral }[];
      return rows[0]?.json ?? null;
    },
  };
}
