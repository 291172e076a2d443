import type { KeysetQuery } from "../../../db/keyset.js";
import type { Loader } from "../../../db/loaders.js";
import { keysetList } from "../../../graphql/keyset-list.js";
import type { ConnectionShape, PageArgs } from "../../../graphql/pagination.js";
import type { Source } from "./source.entity.js";

/** Sources, listed by id. */
export class SourceService {
  constructor(private readonly pages: KeysetQuery) {}

  page(loaders: { sourceById: Loader<string, Source | null> }, args: PageArgs): Promise<ConnectionShape<Source>> {
    return keysetList(
      this.pages,
      "sources:id",
      args,
      () => ({ from: "relations.source s", idExpr: "s.id", sortKey: "s.id", sortCast: "text", dir: "ASC", where: [] }),
      (ids) => loaders.sourceById.loadMany(ids),
    );
  }
}
