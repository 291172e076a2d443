import type { ObjectLiteral } from "typeorm";
import type { JsonRows } from "../../../db/json-select.js";
import type { KeysetQuery } from "../../../db/keyset.js";
import type { Loader } from "../../../db/loaders.js";
import { keysetList } from "../../../graphql/keyset-list.js";
import type { ConnectionShape, PageArgs } from "../../../graphql/pagination.js";
import type { Source } from "./source.entity.js";

/** Sources, listed by id. */
export class SourceService {
  constructor(private readonly pages: KeysetQuery) {}

  page(loaders: { sourceById: Loader<string, Source | null> }, args: PageArgs): Promise<ConnectionShape<Source>>;
  /** The page's sources as JSON objects of a planned selection (src/graphql/planned-execution.ts). */
  page(loaders: { sourceById: Loader<string, Source | null> }, args: PageArgs, nodes: JsonRows): Promise<ConnectionShape<ObjectLiteral>>;
  page(loaders: { sourceById: Loader<string, Source | null> }, args: PageArgs, nodes?: JsonRows): Promise<ConnectionShape<Source | ObjectLiteral>> {
    const spec = () => ({ from: "relations.source s", idExpr: "s.id", sortKey: "s.id", sortCast: "text" as const, dir: "ASC" as const, where: [] });
    return keysetList(this.pages, "sources:id", args, spec, nodes ?? ((ids) => loaders.sourceById.loadMany(ids)));
  }
}
