import type { KeysetQuery } from "../../../db/keyset.js";
import type { Loader } from "../../../db/loaders.js";
import { userInputError } from "../../../graphql/errors.js";
import { keysetList } from "../../../graphql/keyset-list.js";
import type { ConnectionShape, PageArgs } from "../../../graphql/pagination.js";
import { prefixTsQuery } from "../country/country.queries.js";
import type { Person } from "./person.entity.js";
import { personListSpec } from "./person.queries.js";

/** People: look-up and name search in every language and script. */
export class PersonService {
  constructor(private readonly pages: KeysetQuery) {}

  page(loaders: { personById: Loader<string, Person | null> }, args: { search?: string | null } & PageArgs): Promise<ConnectionShape<Person>> {
    if (args.search && args.search.length > 200) throw userInputError("search", "must be at most 200 characters");
    const q = args.search ? prefixTsQuery(args.search) : null;
    return keysetList(this.pages, "people:name", args, (p) => personListSpec(p, q), (ids) => loaders.personById.loadMany(ids));
  }
}
