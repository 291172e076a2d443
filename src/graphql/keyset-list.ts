import type { DataSource } from "typeorm";
import { keysetQuery, type KeysetQuery, type KeysetSpec } from "../db/keyset.js";
import { present } from "../db/loaders.js";
import { Params } from "../db/params.js";
import { decodeCursor, keysetConnection, pageSize, type ConnectionShape } from "./pagination.js";

/**
 * A top-level connection (countries, people, sources): validates `first` and `after`, runs one
 * keyset query built by `spec`, then loads the page's rows through a batched loader. `source` is
 * a DataSource, or the keyset query a service was given (keysetQuery).
 */
export async function keysetList<T>(
  source: DataSource | KeysetQuery,
  tag: string,
  args: { first?: number | null; after?: string | null },
  spec: (p: Params) => Omit<KeysetSpec, "parentExpr">,
  load: (ids: string[]) => Promise<(T | null | Error)[]>,
): Promise<ConnectionShape<T>> {
  const first = pageSize(args.first);
  const p = new Params();
  const built = spec(p);
  const after = decodeCursor(tag, args.after, 2, [built.sortCast, "text"]) as [string, string] | null;
  const run = typeof source === "function" ? source : keysetQuery(source);
  const pages = await run({ ...built, parentExpr: "''" }, p, first + 1, after);
  const result = pages.get("") ?? { total: 0, rows: [] };
  const items = present(await load(result.rows.slice(0, first).map((r) => r.id)));
  return keysetConnection(tag, result, first, after, items);
}
