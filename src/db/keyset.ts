import type { DataSource, ObjectLiteral } from "typeorm";
import type { EntityRows } from "./loaders.js";
import type { Params } from "./params.js";

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

export interface KeysetResult {
  /** Per parent, counted in the same statement; for one top-level list, a count run on demand. */
  total: number | (() => Promise<number>);
  rows: { id: string; sortKey: string; entity?: ObjectLiteral }[];
}

/** Prefix of the entity's columns beside the page's own (id, sort_key, parent_key, total). */
const ROW = "r__";

export async function keysetPages(
  ds: DataSource,
  spec: KeysetSpec,
  params: Params,
  limit: number,
  after: [string, string] | null,
): Promise<Map<string, KeysetResult>> {
  // Every placeholder of `from` and `where` was added before this call; the count needs only those.
  const filterValues = params.values.slice();
  const cmp = spec.dir === "DESC" ? "<" : ">";
  const cursorCond = after ? `AND (b.sort_key, b.id) ${cmp} (${params.add(after[0])}::${spec.sortCast}, ${params.add(after[1])})` : "";
  const where = spec.where.length ? `WHERE ${spec.where.join(" AND ")}` : "";
  // One list (no parents): the page is a range scan of an index on (sortKey, id) however deep the
  // cursor, and the count is a separate aggregate. A CTE shared by both would be materialized whole.
  if (spec.parentExpr === "''") {
    // One list (no parents): the page is a range scan of an index on (sortKey, id) however deep the
    // cursor; the count is a separate aggregate, run only if the client asks for totalCount.
    const pageSql = `SELECT b.id, b.sort_key
       FROM (SELECT ${spec.idExpr} AS id, ${spec.sortKey} AS sort_key FROM ${spec.from} ${where}) b
       WHERE true ${cursorCond}
       ORDER BY b.sort_key ${spec.dir}, b.id ${spec.dir}
       LIMIT ${params.add(limit)}`;
    const r = spec.rows;
    const page: ({ id: string; sort_key: string } & Record<string, unknown>)[] = await ds.query(
      r
        ? `SELECT p.id, p.sort_key::text AS sort_key, ${r.columns("e", ROW)} FROM (${pageSql}) p JOIN ${r.table} e ON e.${r.key} = p.id ORDER BY p.sort_key ${spec.dir}, p.id ${spec.dir}`
        : pageSql.replace("SELECT b.id, b.sort_key", "SELECT b.id, b.sort_key::text AS sort_key"),
      params.values,
    );
    const count = async () => ((await ds.query(`SELECT count(*)::int AS n FROM ${spec.from} ${where}`, filterValues)) as { n: number }[])[0].n;
    return new Map([["", { total: count, rows: page.map((row) => ({ id: row.id, sortKey: row.sort_key, ...(r ? { entity: r.read(row, ROW) } : {}) })) }]]);
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
      ORDER BY b.sort_key ${spec.dir}, b.id ${spec.dir}
      LIMIT ${params.add(limit)}
    ) p ON true
    ${spec.rows ? `LEFT JOIN ${spec.rows.table} e ON e.${spec.rows.key} = p.id` : ""}
    ORDER BY c.parent_key, p.sort_key ${spec.dir}, p.id ${spec.dir}`;
  const rows: ({ parent_key: string; total: number; id: string | null; sort_key: string | null } & Record<string, unknown>)[] = await ds.query(sql, params.values);
  const out = new Map<string, KeysetResult>();
  for (const r of rows) {
    let entry = out.get(r.parent_key);
    if (!entry) out.set(r.parent_key, (entry = { total: r.total, rows: [] }));
    if (r.id !== null) entry.rows.push({ id: r.id, sortKey: r.sort_key!, ...(spec.rows ? { entity: spec.rows.read(r, ROW) } : {}) });
  }
  return out;
}

/** keysetPages over one DataSource: what a service that lists pages is given instead of the DataSource. */
export type KeysetQuery = (spec: KeysetSpec, params: Params, limit: number, after: [string, string] | null) => Promise<Map<string, KeysetResult>>;

export function keysetQuery(ds: DataSource): KeysetQuery {
  return (spec, params, limit, after) => keysetPages(ds, spec, params, limit, after);
}
