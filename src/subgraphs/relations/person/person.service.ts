import type { DataSource } from "typeorm";
import { userInputError } from "../../../graphql/errors.js";
import { keysetList } from "../../../graphql/keyset-list.js";
import type { ConnectionShape } from "../../../graphql/pagination.js";
import { prefixTsQuery } from "../country/country.service.js";
import type { RelationsLoaders } from "../relations.loaders.js";
import type { Person } from "./person.entity.js";

/** People: look-up and name search in every language and script. */
export class PersonService {
  constructor(private readonly ds: DataSource) {}

  page(loaders: RelationsLoaders, args: { search?: string | null; first?: number | null; after?: string | null }): Promise<ConnectionShape<Person>> {
    if (args.search && args.search.length > 200) throw userInputError("search", "must be at most 200 characters");
    const q = args.search ? prefixTsQuery(args.search) : null;
    return keysetList(
      this.ds,
      "people:name",
      args,
      (p) => {
        const where: string[] = [];
        if (q) {
          const tsq = `to_tsquery('simple', ${p.add(q)})`;
          where.push(`(to_tsvector('simple'::regconfig, pe.name) @@ ${tsq}
            OR EXISTS (SELECT 1 FROM relations.person_name n WHERE n.person_id = pe.id AND to_tsvector('simple'::regconfig, n.text) @@ ${tsq}))`);
        }
        return { from: "relations.person pe", idExpr: "pe.id", sortKey: "pe.name", sortCast: "text", dir: "ASC", where };
      },
      (ids) => loaders.personById.loadMany(ids),
    );
  }
}
