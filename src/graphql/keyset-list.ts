import type { DataSource } from "typeorm";
import { keysetQuery, type KeysetCursor, type KeysetQuery, type KeysetSpec } from "../db/keyset.js";
import { present } from "../db/loaders.js";
import { Params } from "../db/params.js";
import { keysetConnection, pageWindow, type ConnectionShape, type PageArgs } from "./pagination.js";

/**
 * A top-level connection (countries, people, sources): validates `first`/`after`/`last`/`before`,
 * runs one keyset query built by `spec`, then loads the page's rows through a batched loader.
 * `source` is a DataSource, or the keyset query a service was given (keysetQuery).
 */
export async function keysetList<T>(
  source: DataSource | KeysetQuery,
  tag: string,
  args: PageArgs,
  spec: (p: Params) => Omit<KeysetSpec, "parentExpr">,
  load: (ids: string[]) => Promise<(T | null | Error)[]>,
): Promise<ConnectionShape<T>> {
  const p = new Params();
  const built = spec(p);
  const window = pageWindow<KeysetCursor>(tag, args, 2, [built.sortCast, "text"]);
  const run = typeof source === "function" ? source : keysetQuery(source);
  const pages = await run({ ...built, parentExpr: "''" }, p, window);
  const result = pages.get("") ?? { total: 0, rows: [], more: false };
  const items = present(await load(result.rows.map((r) => r.id)));
  return keysetConnection(tag, result, window, items);
}
