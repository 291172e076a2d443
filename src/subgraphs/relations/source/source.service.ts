import type { DataSource } from "typeorm";
import { keysetList } from "../../../graphql/keyset-list.js";
import type { ConnectionShape } from "../../../graphql/pagination.js";
import type { RelationsLoaders } from "../relations.loaders.js";
import type { Source } from "./source.entity.js";

/** Sources, listed by id. */
export class SourceService {
  constructor(private readonly ds: DataSource) {}

  page(loaders: RelationsLoaders, args: { first?: number | null; after?: string | null }): Promise<ConnectionShape<Source>> {
    return keysetList(
      this.ds,
      "sources:id",
      args,
      () => ({ from: "relations.source s", idExpr: "s.id", sortKey: "s.id", sortCast: "text", dir: "ASC", where: [] }),
      (ids) => loaders.sourceById.loadMany(ids),
    );
  }
}
