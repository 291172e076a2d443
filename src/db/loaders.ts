import DataLoader from "dataloader";
import type { DataSource, EntityTarget, FindOptionsOrder, ObjectLiteral } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata.js";
import { prepared } from "./data-source.js";

/**
 * Builders for the per-request DataLoaders. Each issues one statement per batch, whatever the
 * number of keys, so a nested query costs a constant number of statements.
 */

/**
 * What a service or resolver needs of one DataLoader. A service names the few loaders it uses with
 * this type, and the per-request loader set satisfies it structurally, so a service never depends
 * on the whole set and a test can hand it plain functions.
 */
export interface Loader<K, V> {
  load(key: K): Promise<V>;
  loadMany(keys: ArrayLike<K>): Promise<(V | Error)[]>;
}

/** Loads entities by a unique column; missing keys give null. */
export function byKey<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, column: keyof T & string): DataLoader<string, T | null> {
  // Its statement is looked up when it first runs: most of a request's loaders never do.
  let select: Select<T> | undefined;
  return new DataLoader<string, T | null>(async (keys) => {
    select ??= entitySelect<T>(ds, entity, column, {});
    const rows = await select([...keys]);
    const map = new Map(rows.map((r) => [String(r[column]), r]));
    return keys.map((k) => map.get(k) ?? null);
  });
}

/** What a loader can be primed with: a DataLoader of another feature, found among the request's loaders. */
export interface Primable<V> {
  prime(key: string, value: V): unknown;
}

/** The request's loaders, as a feature's factory receives them to prime another feature's (see `primable`). */
export type Peers = Readonly<Record<string, unknown>>;

/** The loader `name` among a request's loaders, looked up when a batch runs (every factory has run by then). */
export function primable<V>(peers: Peers, name: string): () => Primable<V> | undefined {
  return () => {
    const found = peers[name] as Partial<Primable<V>> | undefined;
    return typeof found?.prime === "function" ? (found as Primable<V>) : undefined;
  };
}

/**
 * A row to read in the same statement, through a key the loaded rows hold, and the loader it
 * primes: a party's country with the party. The next level of a nested selection then costs no
 * statement. It is read whether or not the request selects it: for rows almost always selected
 * with their parent, where a join costs less than a round trip.
 */
export interface Also<J extends ObjectLiteral> {
  entity: EntityTarget<J>;
  /** The property of the loaded entity that holds the joined row's primary key. */
  via: string;
  loader: () => Primable<J | null> | undefined;
}

/** Loads every entity whose `column` equals the key, in `order`; `also` reads and primes a related row. */
export function groupedBy<T extends ObjectLiteral, J extends ObjectLiteral = ObjectLiteral>(
  ds: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  order: FindOptionsOrder<T>,
  also?: Also<J>,
): DataLoader<string, T[]> {
  let select: Select<T> | undefined;
  return new DataLoader<string, T[]>(async (keys) => {
    select ??= entitySelect<T>(ds, entity, column, order, also);
    const rows = await select([...keys], also?.loader());
    const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const r of rows) groups.get(String(r[column]))?.push(r);
    return keys.map((k) => groups.get(k)!);
  });
}

type Order = "ASC" | "DESC" | { direction: "ASC" | "DESC"; nulls?: "FIRST" | "LAST" };

/**
 * `SELECT <every column> FROM <table> WHERE <column> = ANY($1) ORDER BY ...`, built once per loader
 * from TypeORM's metadata, with rows turned into entities by the driver's own value conversion
 * (prepareHydratedValue). The same entities as `repository.find({ where: { column: In(keys) } })`,
 * which measured twice as slow for a few hundred rows: it rebuilds the query and walks its generic
 * result transformer on every call. Relations are not loaded, as with find() without `relations`.
 */
function entitySelect<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, column: string, order: FindOptionsOrder<T>, also?: Also<ObjectLiteral>): Select<T> {
  // Loaders are made per request, the statement once per DataSource (it was 5% of a lookup's CPU).
  let built = compiled.get(ds);
  if (!built) compiled.set(ds, (built = new Map()));
  const key = JSON.stringify([ds.getMetadata(entity).name, column, order, also ? [ds.getMetadata(also.entity).name, also.via] : null]);
  let select = built.get(key);
  if (!select) built.set(key, (select = compileEntitySelect(ds, entity, column, order, also)));
  return select as Select<T>;
}

/** A compiled loader statement: the entities for some keys; the joined rows (if any) go to `prime`. */
type Select<T> = (keys: string[], prime?: Primable<ObjectLiteral | null>) => Promise<T[]>;

const compiled = new WeakMap<DataSource, Map<string, Select<ObjectLiteral>>>();

/** Prefix of a joined row's columns. */
const JOINED = "j__";

function compileEntitySelect<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>, column: string, order: FindOptionsOrder<T>, also?: Also<ObjectLiteral>): Select<T> {
  const meta = ds.getMetadata(entity);
  const rows = entityRows<T>(ds, entity);
  const byProperty = (p: string) => {
    const c = meta.findColumnWithPropertyPath(p);
    if (!c) throw new Error(`${meta.name} has no column ${p}`);
    return `t."${c.databaseName}"`;
  };
  const orderBy = Object.entries(order as Record<string, Order>).map(([p, o]) => {
    const { direction, nulls } = typeof o === "string" ? { direction: o, nulls: undefined } : o;
    return `${byProperty(p)} ${direction}${nulls ? ` NULLS ${nulls}` : ""}`;
  });
  const joined = also ? entityRows(ds, also.entity) : null;
  const sql = prepared(
    `SELECT ${rows.columns("t")}${joined ? `, ${joined.columns("j", JOINED)}` : ""} FROM ${rows.table} t` +
      (joined && also ? ` LEFT JOIN ${joined.table} j ON j.${joined.key} = ${byProperty(also.via)}` : "") +
      ` WHERE ${byProperty(column)} = ANY($1)${orderBy.length ? ` ORDER BY ${orderBy.join(", ")}` : ""}`,
  );
  const joinedKey = joined ? JOINED + joined.key.slice(1, -1) : "";
  return async (keys, prime) => {
    const found: Record<string, unknown>[] = await ds.query(sql, [keys]);
    // A joined row shared by many (a country of many parties) is read once.
    const primed = new Set<string>();
    return found.map((row) => {
      if (joined && prime && row[joinedKey] != null && !primed.has(String(row[joinedKey]))) {
        primed.add(String(row[joinedKey]));
        prime.prime(String(row[joinedKey]), joined.read(row, JOINED));
      }
      return rows.read(row);
    });
  };
}

/**
 * How one entity's rows are selected and turned into entities, so that a statement can read them
 * beside other columns (a keyset page reads its rows with their sort keys) and prime a loader.
 */
export interface EntityRows<T> {
  /** The table, quoted and schema-qualified. */
  table: string;
  /** Its primary key column, quoted. */
  key: string;
  /** The select list of every selectable column, optionally of a table alias and under a prefix. */
  columns(alias?: string, prefix?: string): string;
  /** An entity from a row those columns were selected into (under the same prefix). */
  read(row: Record<string, unknown>, prefix?: string): T;
}

const readers = new WeakMap<DataSource, Map<string, EntityRows<ObjectLiteral>>>();

/**
 * Column types whose value the PostgreSQL driver's prepareHydratedValue returns unchanged, as pg
 * parsed it (dates stay strings: data-source.ts). Boolean, Number and Date declared by their
 * constructors, arrays, numeric enums and transformers still go through it.
 */
const IDENTITY_TYPES = new Set(["varchar", "character varying", "text", "int", "integer", "smallint", "bigint", "double precision", "numeric", "boolean", "date", "enum", "jsonb", "json", "uuid"]);

/** The row reader of an entity: built once per DataSource from TypeORM's metadata. */
export function entityRows<T extends ObjectLiteral>(ds: DataSource, entity: EntityTarget<T>): EntityRows<T> {
  const meta = ds.getMetadata(entity);
  let byName = readers.get(ds);
  if (!byName) readers.set(ds, (byName = new Map()));
  const known = byName.get(meta.name);
  if (known) return known as EntityRows<T>;
  // Not the columns declared `select: false` (the stored search vectors), as find() leaves them out too.
  const columns = meta.columns.filter((c) => c.isSelect && !c.isVirtual && !(c.relationMetadata && c.propertyName === c.relationMetadata.propertyName));
  // Each column's conversion is decided once: most of them (text, numbers, dates kept as strings,
  // string enums) pass pg's value through unchanged, and calling the driver's generic conversion
  // and setter per value was most of a nested page's hydration (#14).
  const plain = (c: ColumnMetadata) => !c.embeddedMetadata && !c.transformer && !c.isArray && IDENTITY_TYPES.has(String(c.type)) && !(c.type === "enum" && (c.enum ?? []).some((v) => typeof v === "number"));
  const convert = columns.map((c) => ({ from: c.databaseName, to: c.propertyName, column: plain(c) ? null : c }));
  const made: EntityRows<T> = {
    table: meta.tablePath.split(".").map((part) => `"${part}"`).join("."),
    key: `"${meta.primaryColumns[0].databaseName}"`,
    columns: (alias, prefix = "") => columns.map((c) => `${alias ? `${alias}.` : ""}"${c.databaseName}"${prefix ? ` AS "${prefix}${c.databaseName}"` : ""}`).join(", "),
    read(row, prefix = "") {
      // As TypeORM's own result transformer does: the entity's constructor, the driver's value conversion
      // (prepareHydratedValue) where a column needs one. The same entities as `repository.find()`
      // without `relations` (tests/db/entity-rows.test.ts compares them).
      const e = meta.create(undefined, { fromDeserializer: true }) as Record<string, unknown>;
      for (const r of convert) {
        const v = row[prefix + r.from];
        if (r.column) r.column.setEntityValue(e, ds.driver.prepareHydratedValue(v, r.column));
        else e[r.to] = v;
      }
      return e as T;
    },
  };
  byName.set(meta.name, made as EntityRows<ObjectLiteral>);
  return made;
}

/**
 * Loads the child ids linked to each parent through a link table, e.g. agreement_source.
 * `sql` must select (parent_key, child_key) for `parent_key = ANY($1)`, in the order wanted.
 */
export function linkIds<J extends ObjectLiteral = ObjectLiteral>(ds: DataSource, sql: string, also?: Omit<Also<J>, "via">): DataLoader<string, string[]> {
  // With `also`, the linked rows themselves come in the same statement (child_key is their key) and prime its loader.
  // The statement is built when the loader first runs: most of a request's loaders never do.
  let statement: { joined: EntityRows<J> | null; text: string } | undefined;
  return new DataLoader<string, string[]>(async (keys) => {
    if (!statement) {
      const j = also ? entityRows(ds, also.entity) : null;
      const text = j
        ? `SELECT l.parent_key, l.child_key, ${j.columns("e", JOINED)}
         FROM (SELECT x.parent_key, x.child_key, row_number() OVER () AS n FROM (${sql}) x) l
         LEFT JOIN ${j.table} e ON e.${j.key} = l.child_key ORDER BY l.n`
        : sql;
      statement = { joined: j, text: prepared(text) };
    }
    const { joined, text } = statement;
    const rows: ({ parent_key: string; child_key: string } & Record<string, unknown>)[] = await ds.query(text, [[...keys]]);
    const prime = also?.loader();
    const primed = new Set<string>();
    if (joined && prime) {
      for (const r of rows) {
        if (r[JOINED + joined.key.slice(1, -1)] == null || primed.has(r.child_key)) continue;
        primed.add(r.child_key);
        prime.prime(r.child_key, joined.read(r, JOINED));
      }
    }
    const groups = new Map<string, string[]>(keys.map((k) => [k, []]));
    for (const r of rows) groups.get(r.parent_key)?.push(r.child_key);
    return keys.map((k) => groups.get(k)!);
  });
}

/** Follows link ids to the entities themselves, through a byKey loader (one more statement per batch). */
export async function loadLinked<T>(ids: DataLoader<string, string[]>, items: DataLoader<string, T | null>, parent: string): Promise<T[]> {
  const childIds = await ids.load(parent);
  const found = await items.loadMany(childIds);
  return found.filter((x): x is Awaited<T> => x !== null && !(x instanceof Error)) as T[];
}

/** A request for one parent's page: the list's scope, the parent id, and the resolved arguments. */
export interface PageKey<Q> {
  scope: string;
  parent: string;
  query: Q;
}

/**
 * Batches page requests that share scope and arguments into one keyset query over all their
 * parents (see keyset.ts), e.g. `countries { agreements(first: 5) }` across 100 countries.
 */
export function pageLoader<Q, R extends { total: number | (() => Promise<number>) }>(
  run: (scope: string, parents: string[], query: Q) => Promise<Map<string, R>>,
  empty: () => R,
): DataLoader<PageKey<Q>, R, string> {
  return new DataLoader<PageKey<Q>, R, string>(
    async (keys) => {
      const groups = new Map<string, PageKey<Q>[]>();
      for (const k of keys) {
        const g = JSON.stringify([k.scope, k.query]);
        groups.set(g, [...(groups.get(g) ?? []), k]);
      }
      const results = new Map<PageKey<Q>, R>();
      for (const members of groups.values()) {
        const { scope, query } = members[0];
        const pages = await run(scope, [...new Set(members.map((m) => m.parent))], query);
        for (const m of members) results.set(m, pages.get(m.parent) ?? empty());
      }
      return keys.map((k) => results.get(k)!);
    },
    { cacheKeyFn: (k) => JSON.stringify([k.scope, k.parent, k.query]) },
  );
}

/** Drops the nulls and errors of a loadMany result. */
export function present<T>(values: (T | null | Error)[]): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}

/** Key of a record's claims: its GraphQL type name and id. */
export interface ClaimOwner {
  type: string;
  id: string;
}

/**
 * Loads the claims of many records at once from a subgraph's claim table, ordered by field,
 * preferred first. Both subgraphs keep claims in the same shape.
 */
export function claimsLoader<T extends { recordType: string; recordId: string }>(ds: DataSource, entity: EntityTarget<T>): DataLoader<ClaimOwner, T[], string> {
  return new DataLoader<ClaimOwner, T[], string>(
    async (owners) => {
      const rows = await ds
        .getRepository(entity)
        .createQueryBuilder("c")
        .where("(c.record_type, c.record_id) IN (SELECT * FROM unnest(:types::varchar[], :ids::varchar[]))", {
          types: owners.map((o) => o.type),
          ids: owners.map((o) => o.id),
        })
        .orderBy("c.field")
        .addOrderBy("c.preferred", "DESC")
        .addOrderBy("c.id")
        .getMany();
      const groups = new Map<string, T[]>(owners.map((o) => [`${o.type}:${o.id}`, []]));
      for (const c of rows) groups.get(`${c.recordType}:${c.recordId}`)?.push(c);
      return owners.map((o) => groups.get(`${o.type}:${o.id}`)!);
    },
    { cacheKeyFn: (o) => `${o.type}:${o.id}` },
  );
}
