import type { DataSource, ObjectLiteral } from "typeorm";
import type { EntityRows } from "./loaders.js";
import type { Params } from "./params.js";
import { preparedPlan } from "./data-source.js";

/**
 * One keyset-paginated query for many parents at once: "the first N agreements of each of these
 * 100 countries" is one statement, not 100. Rows are ordered by (sortKey, id) and a cursor is the
 * (sortKey, id) of the last row seen, so inserts before it never shift a page.
 */
export interface KeysetSpec {
  /** FROM clause including joins, e.g. `relations.agreement a JOIN relations.agreement_party pp ON ...`. */
  from: string;
  /** Expression naming the parent of each row; `''` for a top-level list. */
  parentExpr: string;
  /** Expression of the row's unique id. */
  idExpr: string;
  /** Expression to order by; ties broken by idExpr. */
  sortKey: string;
  /** SQL type to cast the cursor's sort key to. */
  sortCast: "date" | "text" | "float8";
  dir: "ASC" | "DESC";
  where: string[];
  /**
   * The listed entity, when `idExpr` is its primary key: the page's rows are then read in the same
   * statement (`entity` of each row), so a loader can be primed instead of queried again.
   */
  rows?: EntityRows<ObjectLiteral>;
}

/** A cursor of a keyset list: its sort key and id, as text. */
export type KeysetCursor = [string, string];

/**
 * Which rows of an ordered list a page holds (Relay's `first`/`after`/`last`/`before`): those
 * strictly between `after` and `before` (either may be absent), the first `size` of them, or the
 * last `size` when `fromEnd`. A page read from the end is the same query with every comparison and
 * ORDER BY reversed, its rows put back in the list's order in Node (`windowRows`).
 */
export interface KeysetWindow<K extends readonly unknown[] = KeysetCursor> {
  size: number;
  after: K | null;
  before: K | null;
  fromEnd: boolean;
}

export interface KeysetResult {
  /** Per parent, counted in the same statement; for one top-level list, a count run on demand. */
  total: number | (() => Promise<number>);
  /** The page, in the list's order. */
  rows: { id: string; sortKey: string; entity?: ObjectLiteral }[];
  /** More rows lie beyond the page in the direction it was read: after it, or before it when read from the end. */
  more: boolean;
}

/** One column of a keyset ordering: its expression, direction, and the SQL type a cursor's value is cast to. */
export interface KeyColumn {
  expr: string;
  dir: "ASC" | "DESC";
  cast?: string;
}

const flip = (dir: "ASC" | "DESC") => (dir === "ASC" ? "DESC" : "ASC");

/**
 * The condition "the row comes after `key`" (side "after") or "before `key`" in the list's order.
 * Runs of columns with one direction compare as a row, `(sort_key, id) > ($1, $2)`, which an index
 * on those columns serves as a range; a change of direction (search: score DESC, then kind, id)
 * becomes `score < $1 OR (score = $1 AND (kind, id) > ($2, $3))`.
 */
function comesAfter(columns: readonly KeyColumn[], key: readonly unknown[], side: "after" | "before", p: Params): string {
  const values = key.map((v, i) => `${p.add(v)}${columns[i].cast ? `::${columns[i].cast}` : ""}`);
  const runs: { cols: string[]; vals: string[]; dir: "ASC" | "DESC" }[] = [];
  columns.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last && last.dir === c.dir) {
      last.cols.push(c.expr);
      last.vals.push(values[i]);
    } else runs.push({ cols: [c.expr], vals: [values[i]], dir: c.dir });
  });
  const tuple = (xs: string[]) => (xs.length === 1 ? xs[0] : `(${xs.join(", ")})`);
  const build = (i: number): string => {
    const r = runs[i];
    const op = (r.dir === "ASC") === (side === "after") ? ">" : "<";
    const strict = `${tuple(r.cols)} ${op} ${tuple(r.vals)}`;
    return i === runs.length - 1 ? strict : `(${strict} OR (${tuple(r.cols)} = ${tuple(r.vals)} AND ${build(i + 1)}))`;
  };
  return build(0);
}

/** Conditions keeping the rows strictly between the window's cursors (none without cursors). */
export function keysetBounds(columns: readonly KeyColumn[], window: KeysetWindow<readonly unknown[]>, p: Params): string[] {
  const out: string[] = [];
  if (window.after) out.push(comesAfter(columns, window.after, "after", p));
  if (window.before) out.push(comesAfter(columns, window.before, "before", p));
  return out;
}

/** ORDER BY in the direction a window is read: the list's order, or its reverse when read from the end. */
export function keysetOrder(columns: readonly KeyColumn[], fromEnd: boolean): string {
  return columns.map((c) => `${c.expr} ${fromEnd ? flip(c.dir) : c.dir}`).join(", ");
}

/**
 * Rows read in a window's direction, `size + 1` at most: the page in the list's order, and whether
 * a row beyond it was read. The one place a page read from the end is turned back.
 */
export function windowRows<R>(read: R[], window: { size: number; fromEnd: boolean }): { rows: R[]; more: boolean } {
  const rows = read.slice(0, window.size);
  return { rows: window.fromEnd ? rows.reverse() : rows, more: read.length > window.size };
}

/** Prefix of the entity's columns beside the page's own (id, sort_key, parent_key, total). */
const ROW = "r__";

/**
 * The page of `window` of each parent (one statement), with its total. Reads `size + 1` rows in the
 * window's direction, so `more` tells whether the list goes on past the page.
 */
export async function keysetPages(ds: DataSource, spec: KeysetSpec, params: Params, window: KeysetWindow): Promise<Map<string, KeysetResult>> {
  // Every placeholder of `from` and `where` was added before this call; the count needs only those.
  const filterValues = params.values.slice();
  const key = (alias: string): KeyColumn[] => [
    { expr: `${alias}.sort_key`, dir: spec.dir, cast: spec.sortCast },
    { expr: `${alias}.id`, dir: spec.dir },
  ];
  const cursorCond = keysetBounds(key("b"), window, params)
    .map((c) => `AND ${c}`)
    .join(" ");
  const order = (alias: string) => keysetOrder(key(alias), window.fromEnd);
  const where = spec.where.length ? `WHERE ${spec.where.join(" AND ")}` : "";
  if (spec.parentExpr === "''") {
    // One list (no parents): the page is a range scan of an index on (sortKey, id) however deep the
    // cursor; the count is a separate aggregate, run only if the client asks for totalCount. A CTE
    // shared by both would be materialized whole.
    // The limit is written in the text: a generic plan then knows the page's size. With LIMIT $n,
    // PostgreSQL costs a generic plan for a tenth of the table, and a page of 20 agreements with
    // their parties crossed jit_above_cost and took 13-18 ms (JIT compiling 42 functions) where
    // the plan made for LIMIT 21 takes 2-3 ms.
    const pageSql = `SELECT b.id, b.sort_key
       FROM (SELECT ${spec.idExpr} AS id, ${spec.sortKey} AS sort_key FROM ${spec.from} ${where}) b
       WHERE true ${cursorCond}
       ORDER BY ${order("b")}
       LIMIT ${Math.trunc(window.size) + 1}`;
    const r = spec.rows;
    const text = r
      ? `SELECT p.id, p.sort_key::text AS sort_key, ${r.columns("e", ROW)} FROM (${pageSql}) p JOIN ${r.table} e ON e.${r.key} = p.id ORDER BY ${order("p")}`
      : pageSql.replace("SELECT b.id, b.sort_key", "SELECT b.id, b.sort_key::text AS sort_key");
    // Without a filter its only values are the cursor's, so one plan suits every run: sent as a
    // named prepared statement (planned once per connection). A filter's values can call for
    // different plans, so a filtered page is planned on every run, as before.
    const page: ({ id: string; sort_key: string } & Record<string, unknown>)[] = await ds.query(filterValues.length === 0 ? preparedPlan(text) : text, params.values);
    const count = async () => ((await ds.query(`SELECT count(*)::int AS n FROM ${spec.from} ${where}`, filterValues)) as { n: number }[])[0].n;
    const read = page.map((row) => ({ id: row.id, sortKey: row.sort_key, ...(r ? { entity: r.read(row, ROW) } : {}) }));
    return new Map([["", { total: count, ...windowRows(read, window) }]]);
  }
  const sql = `
    WITH base AS (
      SELECT ${spec.parentExpr} AS parent_key, ${spec.idExpr} AS id, ${spec.sortKey} AS sort_key
      FROM ${spec.from}
      ${where}
    ), counts AS (
      SELECT parent_key, count(*)::int AS total FROM base GROUP BY parent_key
    )
    SELECT c.parent_key, c.total, p.id, p.sort_key::text AS sort_key${spec.rows ? `, ${spec.rows.columns("e", ROW)}` : ""}
    FROM counts c
    LEFT JOIN LATERAL (
      SELECT b.id, b.sort_key FROM base b
      WHERE b.parent_key = c.parent_key ${cursorCond}
      ORDER BY ${order("b")}
      LIMIT ${params.add(window.size + 1)}
    ) p ON true
    ${spec.rows ? `LEFT JOIN ${spec.rows.table} e ON e.${spec.rows.key} = p.id` : ""}
    ORDER BY c.parent_key, ${order("p")}`;
  const rows: ({ parent_key: string; total: number; id: string | null; sort_key: string | null } & Record<string, unknown>)[] = await ds.query(sql, params.values);
  const read = new Map<string, { total: number; rows: KeysetResult["rows"] }>();
  for (const r of rows) {
    let entry = read.get(r.parent_key);
    if (!entry) read.set(r.parent_key, (entry = { total: r.total, rows: [] }));
    if (r.id !== null) entry.rows.push({ id: r.id, sortKey: r.sort_key!, ...(spec.rows ? { entity: spec.rows.read(r, ROW) } : {}) });
  }
  const out = new Map<string, KeysetResult>();
  for (const [parent, entry] of read) out.set(parent, { total: entry.total, ...windowRows(entry.rows, window) });
  return out;
}

/** keysetPages over one DataSource: what a service that lists pages is given instead of the DataSource. */
export type KeysetQuery = (spec: KeysetSpec, params: Params, window: KeysetWindow) => Promise<Map<string, KeysetResult>>;

export function keysetQuery(ds: DataSource): KeysetQuery {
  return (spec, params, window) => keysetPages(ds, spec, params, window);
}
