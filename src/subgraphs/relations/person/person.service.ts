import type { ObjectLiteral } from "typeorm";
import type { JsonRows } from "../../../db/json-select.js";
import type { KeysetQuery } from "../../../db/keyset.js";
import type { Params } from "../../../db/params.js";
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

  page(loaders: { personById: Loader<string, Person | null> }, args: { search?: string | null } & PageArgs): Promise<ConnectionShape<Person>>;
  /** The page's people as JSON objects of a planned selection (src/graphql/planned-execution.ts). */
  page(loaders: { personById: Loader<string, Person | null> }, args: { search?: string | null } & PageArgs, nodes: JsonRows): Promise<ConnectionShape<ObjectLiteral>>;
  page(loaders: { personById: Loader<string, Person | null> }, args: { search?: string | null } & PageArgs, nodes?: JsonRows): Promise<ConnectionShape<Person | ObjectLiteral>> {
    if (args.search && args.search.length > 200) throw userInputError("search", "must be at most 200 characters");
    const q = args.search ? prefixTsQuery(args.search) : null;
    const spec = (p: Params) => personListSpec(p, q);
    return keysetList(this.pages, "people:name", args, spec, nodes ?? ((ids) => loaders.personById.loadMany(ids)));
  }
}
