import type { DataSource, ObjectLiteral } from "typeorm";
import type { JsonRows } from "../db/json-select.js";
import { keysetQuery, type KeysetCursor, type KeysetQuery, type KeysetSpec } from "../db/keyset.js";
import { present } from "../db/loaders.js";
import { Params } from "../db/params.js";
import { keysetConnection, pageWindow, type ConnectionShape, type PageArgs } from "./pagination.js";

/**
 * A top-level connection (countries, people, sources): validates `first`/`after`/`last`/`before`,
 * runs one keyset query built by `spec`, then loads the page's rows through a batched loader
 * (`load`), or, given JSON rows of a planned selection (src/graphql/planned-execution.ts), reads
 * them as those objects in the same statement. `source` is a DataSource, or the keyset query a
 * service was given (keysetQuery).
 */
export async function keysetList<T>(
  source: DataSource | KeysetQuery,
  tag: string,
  args: PageArgs,
  spec: (p: Params) => Omit<KeysetSpec, "parentExpr">,
  load: (ids: string[]) => Promise<(T | null | Error)[]>,
): Promise<ConnectionShape<T>>;
export async function keysetList(
  source: DataSource | KeysetQuery,
  tag: string,
  args: PageArgs,
  spec: (p: Params) => Omit<KeysetSpec, "parentExpr">,
  load: JsonRows,
): Promise<ConnectionShape<ObjectLiteral>>;
/** Either: a page function passes its loader, or the planned selection's rows when it has one (`nodes ?? loader`). */
export async function keysetList<T>(
  source: DataSource | KeysetQuery,
  tag: string,
  args: PageArgs,
  spec: (p: Params) => Omit<KeysetSpec, "parentExpr">,
  load: ((ids: string[]) => Promise<(T | null | Error)[]>) | JsonRows,
): Promise<ConnectionShape<T | ObjectLiteral>>;
export async function keysetList<T>(
  source: DataSource | KeysetQuery,
  tag: string,
  args: PageArgs,
  spec: (p: Params) => Omit<KeysetSpec, "parentExpr">,
  load: ((ids: string[]) => Promise<(T | null | Error)[]>) | JsonRows,
): Promise<ConnectionShape<T | ObjectLiteral>> {
  const p = new Params();
  const built = spec(p);
  const window = pageWindow<KeysetCursor>(tag, args, 2, [built.sortCast, "text"]);
  const run = typeof source === "function" ? source : keysetQuery(source);
  const json = typeof load === "function" ? null : load;
  const pages = await run({ ...built, parentExpr: "''", ...(json ? { rows: json } : {}) }, p, window);
  const result = pages.get("") ?? { total: 0, rows: [], more: false };
  const items: (T | ObjectLiteral)[] = typeof load === "function" ? present(await load(result.rows.map((r) => r.id))) : result.rows.flatMap((r) => (r.entity ? [r.entity] : []));
  return keysetConnection(tag, result, window, items);
}
